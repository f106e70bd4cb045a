import type { Page } from '@playwright/test'
import { expectNoSeriousA11yViolations } from './support/axe'
import { DEMO } from './support/demo'
import { expect, test } from './support/fixtures'
import { expectNothingWiderThanViewport } from './support/layout'
import { decodeQr } from './support/qr'
import { enterCode, readOtpFromMailbox, requestCode } from './support/sign-in'

// The director's questions ("what is wrong?") against the real API of this run.
const API = `http://127.0.0.1:${process.env.E2E_API_PORT || 4100}`
const SHOTS = process.env.DIRECTOR_SHOTS_DIR // e.g. /tmp/director-shots (never inside the repo)
const STAFF_1C = `Basic ${Buffer.from(`${DEMO.staff.login}:${DEMO.staff.password}`).toString('base64')}`
const TRUCK = 'b71ea01f-1664-11ea-8dad-1831bf7dd029'
// Demo vehicle 285YE02: rejected once then sent again (b1791e66), and due now.
const V7 = '6b5c24f5-3d2d-11ea-8db2-1831bf7dd028'
const RESENT = 'b1791e66-f089-11ec-9405-005056aaa4ae'
const RESENT_REASON = 'Плохое качество видеоматериала'
const PHONE = { width: 390, height: 844 }

const shot = async (page: Page, name: string) => {
  // a phone's first screen is what the issue measures; a desktop page whole
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: !name.startsWith('phone') })
}

/** A BIN/IIN with the Kazakhstan check digit (weights 1..11 mod 11; at 10, weights 3..11,1,2). */
function biinFrom(prefix11: string): string {
  const digits = prefix11.split('').map(Number)
  const sum = (w: number[]) => digits.reduce((s, d, i) => s + d * w[i]!, 0) % 11
  let check = sum([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])
  if (check === 10) check = sum([3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2])
  if (check === 10) throw new Error(`no check digit for ${prefix11}`)
  return `${prefix11}${check}`
}

// Almaty is UTC+5 all year.
const almatyDay = (offset: number) =>
  new Date(Date.now() + 5 * 3_600_000 + offset * 86_400_000).toISOString().slice(0, 10)

/**
 * A company of its own with 60 trucks (1C's bulk sync): truck i's report ended i−30 days from today, due.
 * 1C creates no director, so its employee looks (employees see every vehicle of their company).
 */
async function createFleet() {
  const biin = biinFrom('26112900001')
  const n = 60
  const vehicles = Array.from({ length: n }, (_, i) => ({
    vehicle_guid: `e2e-dir-v-${String(i).padStart(3, '0')}`,
    biin,
    vehicle_type_code: TRUCK,
    vin_code: `XTCDIR${String(i).padStart(11, '0')}`,
    plate_number: `${String(100 + i)}DIR02`,
    contract_number: `№D${i}/26`,
    contract_date_end: '2029-12-31',
  }))
  const reports = vehicles.map((v, i) => ({
    ref_key: `e2e-dir-r-${String(i).padStart(3, '0')}`,
    vehicle_guid: v.vehicle_guid,
    report_number: `D${String(i).padStart(6, '0')}`,
    date_start: almatyDay(i - 37),
    date_finish: almatyDay(i - 30),
  }))
  const res = await fetch(`${API}/1c/sync`, {
    method: 'POST',
    headers: { authorization: STAFF_1C, 'content-type': 'application/json' },
    body: JSON.stringify({
      companies: [{ biin, name: 'ТОО «Флот E2E»', email: `${biin}@mail.kz` }],
      vehicles,
      reports,
    }),
  })
  expect(res.status, await res.clone().text()).toBe(200)
  return { biin, n }
}

const rowsOf = (page: Page, table: 'important' | 'general') =>
  page.getByTestId(`table-${table}`).locator('tbody tr[data-row-id]')

test.describe('director: what is wrong, in one click', () => {
  test('"Просрочено" is a counter that filters in one click, and a status filter in the URL', async ({
    directorPage: page,
  }) => {
    await page.goto('/reports')
    const counter = page.getByRole('button', { name: /Просрочено/ })
    await expect(page.getByTestId('count-overdue')).not.toHaveText('…')
    const overdue = Number(await page.getByTestId('count-overdue').innerText())
    expect(overdue).toBeGreaterThan(0)

    // Before: no filter showed "overdue" (the counter was plain text; the director scanned two tables
    // for red badges). After: one click.
    await counter.click()
    await expect(page).toHaveURL(/status=overdue/)
    await expect(counter).toHaveAttribute('aria-pressed', 'true')
    await expect(page.getByLabel('Статус')).toHaveValue('overdue')
    const important = rowsOf(page, 'important')
    await expect(important).toHaveCount(overdue)
    await expect(rowsOf(page, 'general')).toHaveCount(0)
    for (const t of await important.locator('td:nth-child(2)').allInnerTexts())
      expect(t).toMatch(/Просрочен на \d+ дн\./)
    await shot(page, 'desktop-reports-overdue')
    await expectNoSeriousA11yViolations(page)

    // The filter is a link like any other: a reload keeps it, a second click clears it.
    await page.reload()
    await expect(important).toHaveCount(overdue)
    await page.getByRole('button', { name: /Просрочено/ }).click()
    await expect(page).not.toHaveURL(/status=/)
  })

  test('a rejected report shows its reason as a second line; one sent again after a rejection does not', async ({
    directorPage: page,
  }) => {
    await page.goto('/reports?status=4')
    const rejected = rowsOf(page, 'important')
    await expect(rejected.first()).toBeVisible()
    for (const row of await rejected.all()) await expect(row.getByTestId('row-reject-reason')).not.toBeEmpty()
    await expect(rejected.getByTestId('row-reject-reason').filter({ hasText: 'Не виден VIN-код' })).toHaveCount(1)

    await page.goto('/reports?status=2')
    const resent = page.locator(`tr[data-row-id="${RESENT}"]`)
    await expect(resent).toBeVisible()
    await expect(resent.getByTestId('row-reject-reason')).toHaveCount(0)
    await expect(resent).not.toContainText(RESENT_REASON)

    // Its page: the reason is history beside «Отправлено», not «Причина отказа».
    await page.goto(`/reports/${RESENT}`)
    await expect(page.getByTestId('report-status')).toContainText('Отправлено')
    await expect(page.getByTestId('reject-reason')).toHaveCount(0)
    await expect(page.getByTestId('reject-history')).toHaveText(
      `Ранее отклонено, отправлено новое видео: ${RESENT_REASON}`,
    )
  })

  test('the vehicle page lists its reports newest first, each a link; the due one has "Отправить видео"', async ({
    directorPage: page,
  }) => {
    await page.goto(`/vehicles/${V7}`)
    const items = page.getByTestId('vehicle-reports').locator(':scope > li')
    await expect(items.first()).toBeVisible()
    // newest first (by the period's last day): due now (ends in 7 days), then sent again (ended 2 days ago), then history
    const finishes = await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-finish') ?? ''))
    expect(finishes.length).toBeGreaterThan(2)
    expect(finishes).toEqual([...finishes].sort().reverse())
    await expect(items.nth(0)).toContainText('Сдать отчёт')
    await expect(items.nth(1)).toContainText('Отправлено')
    const refs = await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-ref-key')))
    expect(refs[1]).toBe(RESENT)

    // each number links to its report
    for (const [i, ref] of refs.entries())
      await expect(items.nth(i).getByRole('heading').getByRole('link')).toHaveAttribute(
        'href',
        `/reports/${encodeURIComponent(ref!)}`,
      )
    // the history line, not the current reason, on the report that was sent again
    await expect(items.nth(1).getByTestId('reject-history')).toContainText(RESENT_REASON)
    await expect(items.nth(1).getByTestId('reject-reason')).toHaveCount(0)

    // only a due (or rejected) report offers to send a video; it opens that report's upload form
    const open = items.filter({ hasText: /Сдать отчёт|Отказано/ })
    await expect(page.getByRole('link', { name: /Отправить видео/ })).toHaveCount(await open.count())
    await expect(items.nth(0).getByRole('link', { name: /Отправить видео/ })).toBeVisible()
    await shot(page, 'desktop-vehicle')
    await expectNoSeriousA11yViolations(page)
    await items
      .nth(0)
      .getByRole('link', { name: /Отправить видео/ })
      .click()
    await expect(page).toHaveURL(new RegExp(`/reports/${refs[0]}$`))
    await expect(page.getByRole('heading', { name: 'Отправить видео' })).toBeVisible() // the upload form's card
  })
})

test.describe('vehicles at fleet size', () => {
  test('search, sort by days overdue and by next due date, the next-due column, pages and a total', async ({
    page,
  }) => {
    const fleet = await createFleet()
    await page.goto('/login')
    await requestCode(page, 'employee', fleet.biin)
    await enterCode(page, await readOtpFromMailbox(page))
    await expect(page.getByRole('button', { name: 'Выйти' })).toBeVisible()

    await page.goto('/vehicles')
    const rows = page.getByTestId('vehicles-table').locator('tbody tr')
    await expect(page.getByTestId('vehicles-total')).toHaveText('Найдено: 60')
    await expect(rows).toHaveCount(50)
    const pager = page.getByRole('navigation', { name: /Транспорт компании: страницы/ })
    await expect(pager).toContainText('Страница 1 из 2')
    await pager.getByRole('link', { name: 'Вперёд' }).click()
    await expect(page).toHaveURL(/page=2/)
    await expect(rows).toHaveCount(10)
    await expect(page.getByTestId('vehicles-total')).toHaveText('Найдено: 60')

    // sort by days overdue: truck 0 (30 days) first, the not-yet-due ones last; the page resets to 1
    await page.getByLabel('Сортировка').selectOption('overdue')
    await expect(page).toHaveURL(/sort=overdue/)
    await expect(page).not.toHaveURL(/page=/)
    await expect(rows.first()).toContainText('100DIR02')
    await expect(rows.first().getByTestId('days-overdue')).toHaveText('просрочен на 30 дн.')
    await expect(rows.nth(1).getByTestId('days-overdue')).toHaveText('просрочен на 29 дн.')
    await expect(rows.first().getByTestId('next-due')).toContainText(almatyDay(-30).split('-').reverse().join('.'))

    // sort by next due date: the nearest deadline first, ascending down the page
    await page.getByLabel('Сортировка').selectOption('due')
    await expect(page).toHaveURL(/sort=due/)
    await expect(rows.first()).toContainText('100DIR02')
    const dues = (await rows.getByTestId('next-due').allInnerTexts()).map((t) =>
      t.slice(0, 10).split('.').reverse().join('-'),
    )
    expect(dues).toEqual([...dues].sort())

    // search by plate (or VIN): one truck, total 1, no pager
    await page.getByLabel('Поиск').fill('15 9dir')
    await expect(page).toHaveURL(/q=15/)
    await expect(page.getByTestId('vehicles-total')).toHaveText('Найдено: 1')
    await expect(rows).toHaveCount(1)
    await expect(rows.first()).toContainText('159DIR02')
    await expect(pager).toHaveCount(0)
    await page.getByLabel('Поиск').fill('XTCDIR00000000042')
    await expect(rows).toHaveCount(1)
    await expect(rows.first()).toContainText('142DIR02')
    await shot(page, 'desktop-vehicles-search')
    await expectNoSeriousA11yViolations(page)
  })
})

test.describe('phone (390 px)', () => {
  test('every client page fits the phone; the header is one line with a menu; tables become cards', async ({
    page,
    browser,
  }) => {
    await page.setViewportSize(PHONE)
    // Signed out: the sign-in page, its code step and the demo mailbox.
    await page.goto('/login')
    await expectNothingWiderThanViewport(page)
    await shot(page, 'phone-login')
    await requestCode(page, 'director')
    await expectNothingWiderThanViewport(page)
    await shot(page, 'phone-code-step')
    await enterCode(page, await readOtpFromMailbox(page))
    // "Выйти" is behind the menu on a phone
    await expect(page.getByRole('button', { name: 'Меню' })).toBeVisible()
    await page.goto('/login/mailbox')
    await expectNothingWiderThanViewport(page)
    const header = page.locator('header').first()
    await page.goto('/reports')
    const menu = page.getByRole('button', { name: 'Меню' })
    await expect(menu).toBeVisible()
    expect((await header.boundingBox())!.height).toBeLessThan(PHONE.height * 0.1)
    const nav = page.getByRole('navigation', { name: 'Основная навигация' })
    await expect(nav).toBeHidden()
    await menu.click()
    await expect(menu).toHaveAttribute('aria-expanded', 'true')
    await expect(nav.getByRole('link', { name: 'Транспорт' })).toBeVisible()
    await shot(page, 'phone-menu-open')
    await expectNoSeriousA11yViolations(page)
    await nav.getByRole('link', { name: 'Транспорт' }).click()
    await expect(page).toHaveURL(/\/vehicles$/)
    await expect(nav).toBeHidden() // following a link closes the menu

    // Tables are cards: a row is no wider than the phone, and «Удалить» is on screen.
    const reportRef = RESENT
    for (const path of [
      '/reports',
      `/reports/${reportRef}`,
      '/vehicles',
      `/vehicles/${V7}`,
      '/employees',
      '/stickers',
    ]) {
      await page.goto(path)
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      await page.waitForLoadState('networkidle')
      await expectNothingWiderThanViewport(page)
      await shot(page, `phone${path.replace(/\//g, '-').slice(0, 40)}`)
    }
    await page.goto('/employees')
    const del = page.getByRole('button', { name: /Удалить/ }).first()
    if (await del.count()) {
      const box = (await del.boundingBox())!
      expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width)
    }
    await page.goto('/reports')
    const firstRow = rowsOf(page, 'important').first()
    await expect(firstRow).toBeVisible()
    expect((await firstRow.boundingBox())!.width).toBeLessThanOrEqual(PHONE.width)

    // The employee's pages too.
    const employee = await (await browser.newContext({ viewport: PHONE })).newPage()
    await employee.goto('/login')
    await requestCode(employee, 'employee')
    await expectNothingWiderThanViewport(employee)
    await enterCode(employee, await readOtpFromMailbox(employee))
    await expect(employee.getByRole('button', { name: 'Меню' })).toBeVisible()
    for (const path of ['/reports', '/vehicles', `/vehicles/${V7}`, `/reports/${reportRef}`]) {
      await employee.goto(path)
      await expect(employee.getByRole('heading', { level: 1 })).toBeVisible()
      await employee.waitForLoadState('networkidle')
      await expectNothingWiderThanViewport(employee)
    }
    await employee.context().close()
  })
})

test.describe("employees' sign-in, said plainly", () => {
  test('the code step tells an employee the code went to the company and to ask the director', async ({ page }) => {
    await page.goto('/login')
    await requestCode(page, 'employee')
    const notice = page.getByText(/Код отправлен на адрес компании/)
    await expect(notice).toContainText(/\S+@\S+/)
    await expect(notice).toContainText('попросите код у директора')
    await expectNoSeriousA11yViolations(page)
  })

  test('"Пригласить сотрудника": the link and its QR open the sign-in with the BIN and the role filled in', async ({
    directorPage: page,
    browser,
  }) => {
    await page.goto('/employees')
    const card = page.getByTestId('invite-employee')
    await expect(card.getByRole('heading', { name: 'Пригласить сотрудника' })).toBeVisible()
    const link = await card.getByTestId('invite-link').getAttribute('href')
    expect(link).toMatch(new RegExp(`/login\\?biin=${DEMO.biin}&role=employee$`))
    expect(await decodeQr(card.getByTestId('invite-qr'))).toBe(link)
    await shot(page, 'desktop-employees-invite')
    await expectNoSeriousA11yViolations(page)

    // Someone without a session opens it (a phone that scanned the QR).
    const guest = await (await browser.newContext({ viewport: PHONE })).newPage()
    await guest.goto(link!)
    await expect(guest.getByLabel('БИН/ИИН')).toHaveValue(DEMO.biin)
    await expect(guest.getByLabel('Сотрудник', { exact: true })).toBeChecked()
    await expect(guest.getByLabel('Мобильный телефон')).toBeVisible()
    await expect(guest.getByLabel('Имя')).toBeVisible()
    await shot(guest, 'phone-invite-login')
    // What the URL says is taken only when it is well-formed.
    await guest.goto('/login?biin=%3Cscript%3Ealert(1)%3C%2Fscript%3E&role=admin')
    await expect(guest.getByLabel('БИН/ИИН')).toHaveValue('')
    await expect(guest.getByLabel('Директор', { exact: true })).toBeChecked()
    await guest.context().close()
  })
})
