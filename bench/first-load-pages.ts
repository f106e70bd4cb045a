import type { Browser } from '@playwright/test'
import { DEMO } from '../e2e/support/demo'
import { directorContext, firstLoadJs } from './lib/browser'

/** A browser context signed in as the demo reviewer (Forte staff) through the login page. */
async function staffContext(browser: Browser, portalUrl: string) {
  const context = await browser.newContext({ baseURL: portalUrl, locale: 'ru-RU' })
  const page = await context.newPage()
  await page.goto('/login')
  await page.getByRole('tab', { name: 'Сотрудник Forte' }).click()
  await page.getByLabel('Логин 1С').fill(DEMO.staff.login)
  await page.getByLabel('Пароль').fill(DEMO.staff.password)
  await page.getByRole('button', { name: 'Войти', exact: true }).click()
  await page.getByRole('button', { name: 'Выйти' }).waitFor()
  await page.close()
  return context
}

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
  ])
    pages[name!] = await firstLoadJs(director, path!)
  await director.close()
  const staff = await staffContext(browser, portalUrl)
  pages['/review'] = await firstLoadJs(staff, '/review')
  // The first report of the queue, as the reviewer would open it.
  const queue = await staff.newPage()
  await queue.goto('/review')
  const href = await queue.locator('a[href^="/review/"]').first().getAttribute('href')
  await queue.close()
  if (href) pages['/review/[ref_key]'] = await firstLoadJs(staff, href)
  await staff.close()
  return pages
}
