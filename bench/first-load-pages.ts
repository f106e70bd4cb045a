import type { Browser, BrowserContext } from '@playwright/test'
import { STATUS } from '../server/src/lib/codes'
import { directorContext, firstLoadJs, staffContext } from './lib/browser'

export type User = 'guest' | 'director' | 'staff'
export type BenchPage = { name: string; path: string; user: User }
/** Reports of the demo data the detail pages open. */
export type PageIds = { vehicleGuid: string; refKey: string; dueRefKey: string }

/** The portal's users, each signed in through the login page (the guest is not). */
export async function signIn(
  browser: Browser,
  portalUrl: string,
  apiUrl: string,
): Promise<Record<User, BrowserContext>> {
  return {
    guest: await browser.newContext({ baseURL: portalUrl, locale: 'ru-RU' }),
    director: await directorContext(browser, portalUrl, apiUrl),
    staff: await staffContext(browser, portalUrl),
  }
}

/** Every page of the portal, each with the user who opens it. */
export async function everyPage(users: Record<User, BrowserContext>, ids: PageIds): Promise<BenchPage[]> {
  const pages: BenchPage[] = [
    { name: '/login', path: '/login', user: 'guest' },
    ...(
      [
        ['/reports', '/reports'],
        ['/reports/[ref_key]', `/reports/${ids.refKey}`],
        ['/vehicles', '/vehicles'],
        ['/vehicles/[guid]', `/vehicles/${ids.vehicleGuid}`],
        ['/employees', '/employees'],
        ['/stickers', '/stickers'],
        ['/insights', '/insights'],
        ['/tasks', '/tasks'],
        ['/tasks/[ref_key]', `/tasks/${ids.dueRefKey}`],
      ] as const
    ).map(([name, path]) => ({ name, path, user: 'director' as const })),
    ...['/review', '/review/all', '/clients'].map((path) => ({ name: path, path, user: 'staff' as const })),
  ]
  // The first report of the queue, as the reviewer would open it.
  const queue = await users.staff.newPage()
  await queue.goto('/review')
  const href = await queue.locator('[data-ref-key] a[href^="/review/"]').first().getAttribute('href')
  await queue.close()
  if (href) pages.push({ name: '/review/[ref_key]', path: href, user: 'staff' })
  return pages
}

/** The ids `everyPage` needs, from the director's report list of the demo data. */
export function pageIds(reports: { ref_key: string; vehicle_guid?: string | null; status_code: number }[]): PageIds {
  return {
    refKey: reports[0]!.ref_key,
    vehicleGuid: reports.find((r) => r.vehicle_guid)!.vehicle_guid!,
    dueRefKey: reports.find((r) => r.status_code === STATUS.DUE)!.ref_key,
  }
}

/** First-load JS of every page of the portal, each as its user opens it. */
export async function firstLoadOfEveryPage(users: Record<User, BrowserContext>, pages: BenchPage[]) {
  const js: Record<string, { bytes: number; scripts: number }> = {}
  for (const p of pages) js[p.name] = await firstLoadJs(users[p.user], p.path)
  return js
}
