import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { expectNoSeriousA11yViolations } from './support/axe'
import { DEMO } from './support/demo'
import { expect, test } from './support/fixtures'

// The insights pages against the real API of this run: every figure on the page is the API's own
// (or recomputed here from the API's counts the way a reader would).
const API = `http://127.0.0.1:${process.env.E2E_API_PORT || 4100}`
const STAFF_1C = `Basic ${Buffer.from(`${DEMO.staff.login}:${DEMO.staff.password}`).toString('base64')}`
const SHOTS = process.env.INSIGHTS_SHOTS_DIR // e.g. /tmp/insights-shots (never inside the repo)

type Counts = { due: number; on_time: number; late: number; rejected: number }
type Company = {
  biin: string
  company_name: string
  open_overdue: number
  on_time_rate_90d: number | null
  rejected_rate_90d: number | null
}
type Stats = {
  months: ({ month: string } & Counts)[]
  on_time_rate: number | null
  companies: Company[]
  queue: { size: number; oldest_wait_h: number | null; median_wait_h: number | null }
  reject_reasons: { reason: string; count: number }[]
  reviewers: { login: string; by_day: { approved: number; rejected: number }[] }[]
}

async function staffStats(biin?: string): Promise<Stats> {
  const res = await fetch(`${API}/1c/stats?months=12${biin ? `&biin=${biin}` : ''}`, {
    headers: { authorization: STAFF_1C },
  })
  expect(res.status).toBe(200)
  return ((await res.json()) as { data: Stats }).data
}

const pct = (r: number | null) =>
  r === null ? '—' : new Intl.NumberFormat('ru-RU', { style: 'percent', maximumFractionDigits: 1 }).format(r)
const cellTexts = async (page: Page, testId: string, col: number) =>
  (await page.getByTestId(testId).locator(`tbody tr > :nth-child(${col})`).allInnerTexts()).map((t) => t.trim())

async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true })
}

test.describe('Аналитика (director)', () => {
  test('the charts, their text alternatives, the figures of the API and the overdue reports', async ({
    directorPage: page,
  }) => {
    await page.getByRole('navigation', { name: 'Основная навигация' }).getByRole('link', { name: 'Аналитика' }).click()
    await expect(page).toHaveURL(/\/insights$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Аналитика' })).toBeVisible()
    const stats = await staffStats(DEMO.biin) // the same company's figures, as Forte's side of the API counts them

    // Two server-drawn charts, each an image with a title and a description; no chart script in the page.
    const trend = page.getByRole('img', { name: /^Доля отчётов, сданных в срок/ })
    const bars = page.getByRole('img', { name: /^Отчёты по месяцам/ })
    await expect(trend).toBeVisible()
    await expect(bars).toBeVisible()
    await expect(page.getByTestId('chart-on-time-trend').locator('desc')).toContainText('Точные числа в таблице')
    await expect(page.getByTestId('chart-monthly-bars').locator('rect')).toHaveCount(12 * 3)

    // The table alternative: one row per month, the API's counts and the on-time share recomputed.
    const rows = page.getByTestId('months-table').locator('tbody tr')
    await expect(rows).toHaveCount(12)
    const months = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-month')))
    expect(months).toEqual(stats.months.map((m) => m.month))
    const figures = await rows.evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim())),
    )
    expect(figures).toEqual(
      stats.months.map((m) => [
        String(m.due),
        String(m.on_time),
        String(m.late),
        String(m.rejected),
        pct(m.due ? m.on_time / m.due : null),
      ]),
    )
    await expect(page.getByTestId('kpi-rate-90')).toHaveText(pct(stats.on_time_rate))
    const company = stats.companies.find((c) => c.biin === DEMO.biin)!
    await expect(page.getByTestId('kpi-overdue')).toHaveText(String(company.open_overdue))
    await expect(page.getByTestId('kpi-due-12')).toHaveText(String(stats.months.reduce((n, m) => n + m.due, 0)))
    await expect(page.getByTestId('types-table').locator('tbody tr')).not.toHaveCount(0)

    // Open overdue reports, each a link to its report.
    const overdue = page.getByTestId('overdue-table').locator('tbody tr')
    await expect(overdue).toHaveCount(Math.min(company.open_overdue, 100))
    await expectNoSeriousA11yViolations(page)
    await shot(page, 'insights-director')
    const first = overdue.first()
    const refKey = await first.getAttribute('data-ref-key')
    await first.getByRole('link').click()
    await expect(page).toHaveURL(new RegExp(`/reports/${refKey}$`))
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  })

  test('the reminder settings: a bad value is refused in words and kept, a good one is saved', async ({
    directorPage: page,
  }) => {
    await page.goto('/insights')
    const reminders = page.getByLabel('Присылать напоминания')
    const days = page.getByLabel('За сколько дней до срока')
    const save = page.getByRole('button', { name: 'Сохранить' })
    await expect(reminders).toBeChecked() // the demo's default: on, 3 days
    await expect(days).toHaveValue('3')

    await reminders.uncheck()
    await days.fill('20')
    await save.click()
    await expect(page.getByText('Введите целое число от 1 до 14.')).toBeVisible()
    await expect(days).toHaveValue('20')
    await expect(days).toHaveAttribute('aria-invalid', 'true')
    await expect(reminders).not.toBeChecked()

    await days.fill('5')
    await save.click()
    await expect(page.getByText('Настройки сохранены.')).toBeVisible()
    await page.reload()
    await expect(page.getByLabel('За сколько дней до срока')).toHaveValue('5')
    await expect(page.getByLabel('Присылать напоминания')).not.toBeChecked()
    await expectNoSeriousA11yViolations(page)

    // Back to the demo's defaults, through the same form.
    await page.getByLabel('Присылать напоминания').check()
    await page.getByLabel('За сколько дней до срока').fill('3')
    await page.getByRole('button', { name: 'Сохранить' }).click()
    await expect(page.getByText('Настройки сохранены.')).toBeVisible()
  })

  test('the settings action refuses a cross-site post, and changes nothing', async ({ directorPage: page }) => {
    await page.goto('/insights')
    // Record the form's own request (the action id and its multipart body).
    let action = { id: '', type: '', body: '' }
    await page.route('**/insights', async (route) => {
      const r = route.request()
      if (r.method() === 'POST')
        action = {
          id: r.headers()['next-action'] ?? '',
          type: r.headers()['content-type'] ?? '',
          body: r.postData() ?? '',
        }
      await route.continue()
    })
    await page.getByRole('button', { name: 'Сохранить' }).click()
    await expect(page.getByText('Настройки сохранены.')).toBeVisible()
    await page.unroute('**/insights')
    expect(action.id).toMatch(/^[0-9a-f]{20,}$/)
    const replay = (days: string, headers: Record<string, string>) =>
      page.request.post('/insights', {
        headers: { 'next-action': action.id, 'content-type': action.type, accept: 'text/x-component', ...headers },
        data: action.body.replace(/(reminder_days_before"\r\n\r\n)\d+/, `$1${days}`),
        maxRedirects: 0,
      })
    const days = page.getByLabel('За сколько дней до срока')

    // The same request from the portal's own origin saves (so the replay is a real one)…
    expect((await replay('4', { origin: new URL(page.url()).origin, 'sec-fetch-site': 'same-origin' })).status()).toBe(
      200,
    )
    await page.reload()
    await expect(days).toHaveValue('4')
    // …and from another site it is refused.
    const forged = await replay('9', { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' })
    expect(await forged.text()).not.toContain('"status":"saved"')
    await page.reload()
    await expect(days).toHaveValue('4')

    await days.fill('3')
    await page.getByRole('button', { name: 'Сохранить' }).click()
    await expect(page.getByText('Настройки сохранены.')).toBeVisible()
  })

  test('an employee may not open it, and has no link to it', async ({ employeePage: page }) => {
    await expect(page.getByRole('link', { name: 'Аналитика' })).toHaveCount(0)
    await page.goto('/insights')
    await expect(page).toHaveURL(/\/forbidden$/)
    await expect(page.getByRole('heading', { name: 'Нет доступа' })).toBeVisible()
  })
})

test.describe('Клиенты (Forte staff)', () => {
  test('sort by overdue, search, open a company, export the CSV of the table', async ({ staffPage: page }) => {
    await page.getByRole('navigation', { name: 'Основная навигация' }).getByRole('link', { name: 'Клиенты' }).click()
    await expect(page).toHaveURL(/\/clients$/)
    const stats = await staffStats()

    // The queue and every company, as the API counts them.
    await expect(page.getByTestId('queue-size')).toHaveText(String(stats.queue.size))
    const hours = (h: number | null) => (h === null ? '—' : `${new Intl.NumberFormat('ru-RU').format(h)} ч`)
    await expect(page.getByTestId('queue-oldest')).toHaveText(hours(stats.queue.oldest_wait_h))
    await expect(page.getByTestId('queue-median')).toHaveText(hours(stats.queue.median_wait_h))
    expect(await cellTexts(page, 'clients-table', 2)).toEqual(stats.companies.map((c) => c.biin))
    expect(await cellTexts(page, 'clients-table', 3)).toEqual(stats.companies.map((c) => String(c.open_overdue)))
    expect(await cellTexts(page, 'clients-table', 4)).toEqual(stats.companies.map((c) => pct(c.on_time_rate_90d)))
    expect(await cellTexts(page, 'clients-table', 5)).toEqual(stats.companies.map((c) => pct(c.rejected_rate_90d)))
    expect(await cellTexts(page, 'reasons-table', 2)).toEqual(stats.reject_reasons.map((r) => String(r.count)))
    expect(await cellTexts(page, 'reviewers-table', 2)).toEqual(
      stats.reviewers.map((r) => String(r.by_day.reduce((n, d) => n + d.approved, 0))),
    )
    await expect(page.getByTestId('reviewers-table').getByRole('img').first()).toHaveAccessibleName(/из 30 дней/)
    await expect(page.getByRole('img', { name: /^Доля отчётов, сданных в срок/ })).toBeVisible()
    await expectNoSeriousA11yViolations(page)
    await shot(page, 'clients-staff')

    // Sort by overdue: fewest first, then most first again.
    const overdue = page.getByTestId('clients-table').locator('thead th').nth(2)
    await expect(overdue).toHaveAttribute('aria-sort', 'descending')
    await overdue.getByRole('link').click()
    await expect(overdue).toHaveAttribute('aria-sort', 'ascending')
    const ascending = (await cellTexts(page, 'clients-table', 3)).map(Number)
    expect(ascending).toEqual([...stats.companies.map((c) => c.open_overdue)].sort((a, b) => a - b))
    await overdue.getByRole('link').click()
    await expect(overdue).toHaveAttribute('aria-sort', 'descending')
    const descending = (await cellTexts(page, 'clients-table', 3)).map(Number)
    expect(descending).toEqual([...ascending].reverse())

    // The CSV holds the rows of the table, in its order.
    const table = await page
      .getByTestId('clients-table')
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent?.trim()).join(';')),
      )
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('clients-csv').click()])
    const csv = readFileSync((await download.path())!, 'utf8')
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    const lines = csv.slice(1).trim().split('\r\n')
    expect(lines[0]).toBe('Компания;БИН/ИИН;Просрочено;В срок (90 дн.);Отклонено (90 дн.)')
    expect(lines.slice(1).map((l) => l.replace(/"/g, ''))).toEqual(table.map((l) => l.replace(/;—/g, ';')))

    // Search narrows the table (and the CSV link carries the search); a click opens the company's reports.
    const target = stats.companies[0]!
    await page.getByLabel('Поиск компании').fill(target.company_name.slice(0, 8))
    await page.getByRole('button', { name: 'Найти' }).click()
    await expect(page.getByTestId('clients-table').locator('tbody tr').first()).toHaveAttribute(
      'data-biin',
      target.biin,
    )
    await expect(page.getByTestId('clients-csv')).toHaveAttribute('href', /q=/)
    await page.getByRole('link', { name: `Отчёты компании ${target.company_name}` }).click()
    await expect(page).toHaveURL(new RegExp(`/review\\?company=${target.biin}$`))
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  })

  test('a search that finds nothing says so; the CSV needs a staff session', async ({ staffPage: page }) => {
    await page.goto('/clients?q=%D0%BD%D0%B5%D1%82-%D1%82%D0%B0%D0%BA%D0%BE%D0%B9')
    await expect(page.getByText('Ни одна компания не найдена по запросу «нет-такой».')).toBeVisible()
    const anonymous = await fetch(`${page.url().split('/clients')[0]}/clients/csv`, { redirect: 'manual' })
    expect([401, 307]).toContain(anonymous.status)
  })

  test('a director may not open it', async ({ directorPage: page }) => {
    await expect(page.getByRole('link', { name: 'Клиенты' })).toHaveCount(0)
    await page.goto('/clients')
    await expect(page).toHaveURL(/\/forbidden$/)
    await expect(page.getByRole('heading', { name: 'Нет доступа' })).toBeVisible()
  })
})
