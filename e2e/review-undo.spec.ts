import { randomUUID } from 'node:crypto'
import type { Page } from '@playwright/test'
import { expectNoSeriousA11yViolations } from './support/axe'
import { expect, test } from './support/fixtures'
import { signInStaff } from './support/sign-in'
import { api, createDueReport, directorToken, STAFF_1C, uploadVideo, ymd } from './support/forte-api'

// The reviewer's safety net (undo with Z), the queue's wait and facets, and "Мои решения сегодня",
// against the real API of this run (its UNDO_WINDOW_S is short: e2e/support/start-api.mjs).
const SHOTS = process.env.REVIEW_SHOTS_DIR // e.g. /tmp/review-shots (never inside the repo)

/** A report of its own, sent (status 2) with a video. */
async function sentReport(tag: string) {
  const report = await createDueReport(tag)
  await uploadVideo(await directorToken(), report.refKey)
  return report
}

const statusOf = async (refKey: string) => (await api(`/1c/reports/${refKey}`, { auth: STAFF_1C })).data

const shot = async (page: Page, name: string) => {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true })
}

/** The Almaty date of today, as the API's decision filters take it. */
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Almaty' }).format(new Date())

test.describe('undo a decision', () => {
  test('approve, then Z within the window: the report is back in the queue with both events in its history', async ({
    staffPage: page,
  }) => {
    const report = await sentReport(`U${Date.now() % 100000}`)
    await page.goto(`/review/${report.refKey}`, { waitUntil: 'networkidle' }) // the keys work once its code has run
    await expect(page.getByRole('heading', { name: `Отчёт № ${report.number}` })).toBeVisible()
    await page.keyboard.press('a')

    const notice = page.getByTestId('undo-notice')
    await expect(notice.getByTestId('decided-notice')).toHaveText(`Отчёт одобрен: № ${report.number}.`)
    await expect(notice.getByRole('button', { name: /Отменить/ })).toBeVisible()
    await expect(notice.getByTestId('undo-left')).toContainText(/ещё \d+ с/)
    await shot(page, 'undo-notice')
    await expectNoSeriousA11yViolations(page)
    expect((await statusOf(report.refKey)).report).toMatchObject({ status_code: 3 })

    await page.keyboard.press('z')
    await expect(page.getByTestId('undone-notice')).toHaveText(
      `Решение по отчёту № ${report.number} отменено: он снова в очереди.`,
    )
    await expect(page).toHaveURL(new RegExp(`/review/${report.refKey}`))
    await expect(page.getByTestId('report-status')).toHaveText('Отправлено')
    await expect(page.getByRole('button', { name: /^Одобрить/ })).toBeEnabled()
    const history = page.getByTestId('report-history')
    await expect(history.locator('li[data-kind="decision"]')).toHaveText(/Одобрено \(отменено\)/)
    await expect(history.locator('li[data-kind="undo"]')).toHaveText(/Решение «Одобрено» отменено/)
    await shot(page, 'undone-report')

    await page.goto(`/review?company=${report.plate}`)
    await expect(page.getByRole('link', { name: `№ ${report.number}` })).toBeVisible()
    expect((await statusOf(report.refKey)).report).toMatchObject({ status_code: 2 })
  })

  test('after the window Z is refused with a message, and the decision stands', async ({ staffPage: page }) => {
    const report = await sentReport(`W${Date.now() % 100000}`)
    await page.goto(`/review/${report.refKey}`)
    await page.getByRole('button', { name: /^Одобрить/ }).click()
    const notice = page.getByTestId('undo-notice')
    await expect(notice.getByTestId('decided-notice')).toContainText(report.number)
    // The countdown runs out (the run's UNDO_WINDOW_S is 12 s).
    await expect(notice).toContainText('Время на отмену вышло.', { timeout: 30_000 })
    await page.keyboard.press('z')
    await expect(page.getByTestId('undo-refused')).toHaveText(
      'Отменить решение нельзя. Время на отмену вышло: решение остаётся в силе.',
    )
    await shot(page, 'undo-refused')
    expect((await statusOf(report.refKey)).report).toMatchObject({ status_code: 3 })
  })
})

test('the queue: waits and sorts by wait, type facets sum to its total, skip link, whole rows open', async ({
  staffPage: page,
}) => {
  await sentReport(`Q${Date.now() % 100000}`)
  await page.goto('/review')
  const counts = page.getByTestId('queue-counts')
  const total = Number((await counts.getByText(/В очереди: \d+/).innerText()).match(/\d+/)![0])
  const facetCounts = (await counts.getByTestId('type-facet-count').allInnerTexts()).map(Number)
  expect(facetCounts.length).toBeGreaterThan(0)
  expect(facetCounts.reduce((a, b) => a + b, 0)).toBe(total)
  // The API's own count of the queue agrees.
  expect((await api('/1c/reports?status_code=2&per_page=1', { auth: STAFF_1C })).data.total).toBe(total)

  // Longest waiting first: waiting_since ascending down the page.
  const waits = page.getByTestId('waited')
  await expect(waits.first()).toHaveText(/\d+ (мин|ч|дн\.|г\.)/)
  const firstKey = await page.locator('tbody tr').first().getAttribute('data-ref-key')
  const oldest = (await api('/1c/reports?status_code=2&order=waiting_longest&per_page=1', { auth: STAFF_1C })).data
  expect(firstKey).toBe((oldest.items as { ref_key: string }[])[0]!.ref_key)
  await page.getByTestId('wait-sort').click()
  await expect(page).toHaveURL(/sort=newest/)
  await expect(page.locator('th[aria-sort="ascending"]')).toBeVisible()
  await page.getByTestId('wait-sort').click()
  await expect(page.locator('th[aria-sort="descending"]')).toBeVisible()
  await shot(page, 'queue')
  await expectNoSeriousA11yViolations(page)

  // The skip link is the page's first stop after the shell and lands on the first row's link.
  await page.goto('/review')
  const skip = page.getByRole('link', { name: 'Перейти к первому отчёту' })
  for (let i = 0; i < 12 && !(await skip.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab')
  await expect(skip).toBeFocused()
  await page.keyboard.press('Enter')
  await page.keyboard.press('Tab')
  await expect(page.locator('tbody tr').nth(1).getByRole('link')).toBeFocused()

  // A click anywhere on a row opens its report.
  const row = page.locator('tbody tr').first()
  const number = (await row.getByRole('rowheader').innerText()).trim()
  await row.getByTestId('waited').click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Отчёт ${number}`)
})

test('"Мои решения сегодня" lists exactly that reviewer\'s decisions of today', async ({ page }) => {
  const mine = [await sentReport(`M${Date.now() % 100000}`), await sentReport(`N${Date.now() % 100000}`)]
  const someoneElse = await sentReport(`O${Date.now() % 100000}`)
  const day = today()
  // What reviewer_2 had decided today before this test (the demo's data may hold some).
  const before = (
    await api(`/1c/reports?decided_by=reviewer_2&decided_from=${day}&decided_to=${day}&per_page=200`, {
      auth: STAFF_1C,
    })
  ).data.items as { report_number: string }[]

  await signInStaff(page, 'reviewer_2', 'pass_2')
  // The keys work once the page's code has run: wait for it before pressing.
  await page.goto(`/review/${mine[0]!.refKey}`, { waitUntil: 'networkidle' })
  await page.keyboard.press('a')
  await expect(page.getByTestId('decided-notice')).toContainText(mine[0]!.number)
  await page.goto(`/review/${mine[1]!.refKey}`, { waitUntil: 'networkidle' })
  await page.keyboard.press('2') // a common reason by its number
  await expect(page.getByLabel('Причина отказа')).toHaveValue('Не виден госномер')
  await page.getByTestId('checklist').getByRole('checkbox').first().focus()
  await page.keyboard.press('Control+Enter') // rejects wherever the focus is
  await expect(page.getByTestId('decided-notice')).toContainText(`Отчёт отклонён: № ${mine[1]!.number}`)
  // Another reviewer's decision today is not "mine".
  const other = await api(`/1c/reports/${someoneElse.refKey}/decision`, {
    method: 'POST',
    auth: STAFF_1C,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ status_code: 3, expected_status_code: 2 }),
  })
  expect(other.status).toBe(200)

  await page.goto('/review')
  const expected = [...before.map((b) => `№ ${b.report_number}`), ...mine.map((m) => `№ ${m.number}`)].sort()
  const link = page.getByTestId('my-today')
  await expect(link).toHaveText(`Мои решения сегодня (${expected.length})`)
  await link.click()
  await expect(page.getByRole('heading', { name: 'Все отчёты', level: 1 })).toBeVisible()
  await expect(page.getByTestId('all-count')).toHaveText(`Найдено: ${expected.length}`)
  const rows = page.getByTestId('all-reports').getByRole('rowheader')
  expect((await rows.allInnerTexts()).map((t) => t.trim()).sort()).toEqual(expected)
  await expect(page.getByTestId('all-reports').getByTestId('decided-by').first()).toContainText('reviewer_2')
  await expect(page.getByLabel('Решение принял')).toHaveValue('me')
  await shot(page, 'my-decisions-today')
  await expectNoSeriousA11yViolations(page)

  // The same page, for anyone and any status: the other reviewer's decision is there.
  await page.getByLabel('Решение принял').selectOption('')
  await page.getByLabel('Поиск: № отчёта, госномер, VIN или компания').fill(someoneElse.plate)
  await page.getByRole('button', { name: 'Применить' }).click()
  await expect(page.getByTestId('all-reports').getByRole('rowheader')).toHaveText([`№ ${someoneElse.number}`])
  await expect(page.getByTestId('all-reports').getByTestId('decided-by')).toContainText('admin_1C')
})

test('workspace keys: arrows seek 5 s, [ and ] change speed, P shows the previous approved video; controls in Russian', async ({
  staffPage: page,
}) => {
  // An approved report of a vehicle, then a newer one of the same vehicle under review.
  const tag = `K${Date.now() % 100000}`
  const earlier = await sentReport(tag)
  const approved = await api(`/1c/reports/${earlier.refKey}/decision`, {
    method: 'POST',
    auth: STAFF_1C,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ status_code: 3, expected_status_code: 2 }),
  })
  expect(approved.status).toBe(200)
  const refKey = randomUUID()
  const put = await api(`/1c/reports/${refKey}`, {
    method: 'PUT',
    auth: STAFF_1C,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      vehicle_guid: earlier.guid,
      report_number: `R${tag}B`,
      date_start: ymd(-2),
      date_finish: ymd(5),
    }),
  })
  expect(put.status).toBe(201)
  await uploadVideo(await directorToken(), refKey)

  await page.goto(`/review/${refKey}`)
  const video = page.getByTestId('review-video').locator('video')
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.readyState)).toBeGreaterThanOrEqual(1)
  // The player speaks the portal's language.
  await expect(
    page.getByTestId('review-video').getByRole('button', { name: 'Воспроизвести видео' }).first(),
  ).toBeAttached()

  await page.locator('h1').click() // the focus on the page, not on a control
  await page.keyboard.press('ArrowRight')
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime)).toBe(5)
  await page.keyboard.press('ArrowLeft')
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime)).toBe(0)
  await page.keyboard.press(']')
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.playbackRate)).toBe(1.25)
  await page.keyboard.press('[')
  await page.keyboard.press('[')
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.playbackRate)).toBe(0.75)

  await page.keyboard.press('p')
  const previous = page.getByTestId('previous-video')
  await expect(previous).toContainText(`Отчёт № ${earlier.number}`)
  await expect(previous.getByTestId('previous-video-player').locator('video')).toBeAttached()
  await shot(page, 'previous-video')
  await expectNoSeriousA11yViolations(page)
  await page.keyboard.press('p')
  await expect(previous).toHaveCount(0)
})
