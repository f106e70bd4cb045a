import type { Browser, Page } from '@playwright/test'
import { expectNoSeriousA11yViolations } from './support/axe'
import { DEMO } from './support/demo'
import { expect, test } from './support/fixtures'
import { api, createDueReport, directorToken, STAFF_1C, uploadVideo } from './support/forte-api'
import { signInClient, signInStaff } from './support/sign-in'

const SHOTS = process.env.REVIEW_SHOTS_DIR // e.g. /tmp/review-shots (never inside the repo)

async function newStaffPage(browser: Browser, login: string, password: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage()
  await signInStaff(page, login, password)
  return page
}

/** The director's view of the report: the vehicle page lists its reports with status and reason. */
async function directorSees(page: Page, guid: string, number: string) {
  await page.goto(`/vehicles/${guid}`)
  return page
    .getByTestId('vehicle-reports')
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: `№ ${number}` }) })
}

test.describe('review workspace', () => {
  test('reject with a reason, the director sees it and sends again, approve with the keyboard', async ({
    page,
    browser,
  }) => {
    const report = await createDueReport('701')
    const token = await directorToken()
    await uploadVideo(token, report.refKey)

    // The reviewer finds it in the queue by the company's BIN.
    await signInStaff(page)
    await page.getByRole('navigation', { name: 'Основная навигация' }).getByRole('link', { name: 'Проверка' }).click()
    await expect(page.getByRole('heading', { name: 'Проверка', level: 1 })).toBeVisible()
    await expect(page.getByTestId('queue-counts')).toContainText('В очереди:')
    await page.getByLabel('Компания: БИН или название').fill(DEMO.biin)
    await page.getByRole('button', { name: 'Применить' }).click()
    await expect(page).toHaveURL(/\/review\?company=200940026146/)
    await expect(page.getByRole('row').filter({ hasText: 'ИП Сагинтаев' })).toHaveCount(0)
    // Oldest submission first: the report sent just now is the last row.
    await expect(page.getByRole('rowheader').last()).toHaveText(`№ ${report.number}`)
    await expectNoSeriousA11yViolations(page)
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/queue.png`, fullPage: true })
    await page.getByRole('link', { name: `№ ${report.number}` }).click()

    await expect(page.getByRole('heading', { name: `Отчёт № ${report.number}` })).toBeVisible()
    const facts = page.getByTestId('report-facts')
    await expect(facts).toContainText('Alpha AJI Gruppe ТОО')
    await expect(facts).toContainText(report.plate)
    await expect(facts).toContainText(`№E2E-701`)
    await expect(facts).toContainText('43.238000, 76.945000')
    await expect(page.getByTestId('checklist').getByRole('checkbox')).toHaveCount(10)
    await expect(page.getByTestId('report-history')).toContainText('Видео отправлено')
    await expectNoSeriousA11yViolations(page)
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/report.png`, fullPage: true })

    // Space plays and pauses the video (video.js, streamed through the portal with Range).
    const video = page.getByTestId('review-video').locator('video')
    await expect(video).toHaveJSProperty('paused', true)
    await page.locator('body').click({ position: { x: 5, y: 5 } })
    await page.keyboard.press(' ')
    await expect(video).toHaveJSProperty('paused', false)
    await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime)).toBeGreaterThan(0)
    await page.keyboard.press(' ')
    await expect(video).toHaveJSProperty('paused', true)

    // "?" lists the shortcuts.
    await page.keyboard.press('?')
    const help = page.getByRole('dialog', { name: 'Горячие клавиши' })
    await expect(help).toBeVisible()
    await expect(help.getByTestId('shortcut-list')).toContainText('Одобрить')
    await expectNoSeriousA11yViolations(page)
    await page.keyboard.press('Escape')
    await expect(help).toBeHidden()

    // Reject needs a reason; R focuses it; a common reason is one click away, unticked items can be added.
    await page.getByRole('button', { name: /^Отказать/ }).click()
    await expect(page.getByText('Укажите причину отказа.')).toBeVisible()
    await page.locator('body').click({ position: { x: 5, y: 5 } })
    await page.keyboard.press('r')
    await expect(page.getByLabel('Причина отказа')).toBeFocused()
    // Typing "a" in the reason is text, not "approve".
    await page.keyboard.type('a')
    await expect(page.getByLabel('Причина отказа')).toHaveValue('a')
    await page.getByLabel('Причина отказа').fill('')
    await page.getByRole('button', { name: 'Не виден госномер' }).click()
    await page.getByTestId('checklist').getByRole('checkbox').first().check()
    await page.getByRole('button', { name: /Добавить неотмеченные пункты \(9\)/ }).click()
    await expect(page.getByLabel('Причина отказа')).toHaveValue(/^Не виден госномер\nНе показано: 2\./)
    await page.getByRole('button', { name: /^Отказать/ }).click()

    // The next report of the queue opens (or the queue, when this was the last one).
    await expect(page.getByTestId('decided-notice')).toHaveText(/Отчёт отклонён/)
    expect(page.url()).not.toContain(report.refKey)

    // The director sees "Отказано" and the reason.
    const director = await (await browser.newContext()).newPage()
    await signInClient(director, 'director')
    let item = await directorSees(director, report.guid, report.number)
    await expect(item).toContainText('Отказано')
    await expect(item).toContainText('Не виден госномер')

    // The director sends a new video; the reviewer approves it with the A key.
    await uploadVideo(token, report.refKey)
    await page.goto(`/review/${report.refKey}`, { waitUntil: 'networkidle' }) // the keys work once its code has run
    await expect(page.getByTestId('report-status')).toHaveText('Отправлено')
    await expect(page.getByTestId('report-history').getByRole('listitem')).toHaveCount(3)
    await page.locator('body').click({ position: { x: 5, y: 5 } })
    await page.keyboard.press('a')
    await expect(page.getByTestId('decided-notice')).toHaveText(/Отчёт одобрен/)

    item = await directorSees(director, report.guid, report.number)
    await expect(item).toContainText('Одобрено')

    // The history of the report tells every step, with who and when.
    await page.goto(`/review/${report.refKey}`)
    const history = page.getByTestId('report-history').getByRole('listitem')
    await expect(history).toHaveCount(4)
    await expect(history.nth(1)).toContainText('Отказано')
    await expect(history.nth(1)).toContainText('Администратор 1С')
    await expect(history.nth(3)).toContainText('Одобрено')
    await expect(page.getByRole('button', { name: /^Одобрить/ })).toBeDisabled()
  })

  test('two reviewers open the same report: the second decision gets the conflict message', async ({ browser }) => {
    const report = await createDueReport('702')
    await uploadVideo(await directorToken(), report.refKey)
    const first = await newStaffPage(browser, DEMO.staff.login, DEMO.staff.password)
    const second = await newStaffPage(browser, 'reviewer_2', 'pass_2')
    await first.goto(`/review/${report.refKey}`)
    await second.goto(`/review/${report.refKey}`)
    await expect(second.getByRole('button', { name: /^Одобрить/ })).toBeEnabled()

    await first.getByRole('button', { name: /^Одобрить/ }).click()
    await expect(first.getByTestId('decided-notice')).toHaveText(/Отчёт одобрен/)

    await second.getByLabel('Причина отказа').fill('Темно, номер не читается')
    await second.getByRole('button', { name: /^Отказать/ }).click()
    const conflict = second.getByTestId('decision-conflict')
    await expect(conflict).toContainText('Решение уже принято другим проверяющим')
    await expect(conflict).toContainText('Администратор 1С принял(а) решение «Одобрено»')
    await expect(second.getByRole('button', { name: /^Одобрить/ })).toBeDisabled()
    await expectNoSeriousA11yViolations(second)
    if (SHOTS) await second.screenshot({ path: `${SHOTS}/conflict.png`, fullPage: true })

    // Nothing was overwritten: still approved, one decision only.
    const detail = await api(`/1c/reports/${report.refKey}`, { auth: STAFF_1C })
    expect((detail.data.report as { status_code: number }).status_code).toBe(3)
    expect((detail.data.history as { kind: string }[]).filter((h) => h.kind === 'decision')).toHaveLength(1)
  })

  test('J and K move through the queue', async ({ staffPage: page }) => {
    await page.goto('/review')
    const rows = page.getByRole('rowheader')
    await expect(rows.nth(1)).toBeVisible()
    const [a, b] = [await rows.nth(0).innerText(), await rows.nth(1).innerText()]
    await rows.nth(0).getByRole('link').click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Отчёт ${a}`)
    await page.keyboard.press('j')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Отчёт ${b}`)
    await page.keyboard.press('k')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Отчёт ${a}`)
  })
})
