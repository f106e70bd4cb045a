import type { Browser } from '@playwright/test'
import { directorContext, firstLoadJs, staffContext } from './lib/browser'

/** First-load JS of every page of the portal, each as its user opens it. */
export async function firstLoadOfEveryPage(
  browser: Browser,
  portalUrl: string,
  apiUrl: string,
  ids: { vehicleGuid: string; refKey: string },
) {
  const pages: Record<string, { bytes: number; scripts: number }> = {}
  const guest = await browser.newContext({ baseURL: portalUrl })
  pages['/login'] = await firstLoadJs(guest, '/login')
  await guest.close()
  const director = await directorContext(browser, portalUrl, apiUrl)
  for (const [name, path] of [
    ['/reports', '/reports'],
    ['/reports/[ref_key]', `/reports/${ids.refKey}`],
    ['/vehicles', '/vehicles'],
    ['/vehicles/[guid]', `/vehicles/${ids.vehicleGuid}`],
    ['/employees', '/employees'],
    ['/stickers', '/stickers'],
    ['/insights', '/insights'],
    ['/tasks', '/tasks'],
    ['/tasks/[ref_key]', `/tasks/${ids.refKey}`],
  ])
    pages[name!] = await firstLoadJs(director, path!)
  await director.close()
  const staff = await staffContext(browser, portalUrl)
  for (const path of ['/review', '/review/all', '/clients']) pages[path] = await firstLoadJs(staff, path)
  // The first report of the queue, as the reviewer would open it.
  const queue = await staff.newPage()
  await queue.goto('/review')
  const href = await queue.locator('[data-ref-key] a[href^="/review/"]').first().getAttribute('href')
  await queue.close()
  if (href) pages['/review/[ref_key]'] = await firstLoadJs(staff, href)
  await staff.close()
  return pages
}
