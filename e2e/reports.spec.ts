import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Page } from '@playwright/test'
import { expectNoSeriousA11yViolations } from './support/axe'
import { expect, test } from './support/fixtures'
import { enterCode, readOtpFromMailbox, requestCode } from './support/sign-in'

// A sent report of the demo director's company (the seed's ref_key), with the demo video.
const SENT_REPORT = '646ba713-d1d7-11ec-9405-005056aaa4ae'
// The second demo company (ИП Сагинтаев): the upload tests change its data, not the main company's.
const OTHER_BIN = '790920300817'

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)

/** A fresh 2 s MP4 made with ffmpeg; the committed sample when ffmpeg is missing. */
function generatedMp4(): Buffer {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'reports-e2e-')), 'clip.mp4')
  try {
    execFileSync('ffmpeg', [
      '-v',
      'error',
      '-f',
      'lavfi',
      '-i',
      'testsrc2=size=160x120:rate=10',
      '-t',
      '2',
      '-c:v',
      'libx264',
      '-pix_fmt',
      'yuv420p',
      '-movflags',
      '+faststart',
      file,
    ])
    return readFileSync(file)
  } catch {
    return readFileSync('server/seed/sample.mp4')
  }
}

const rowsOf = (page: Page, table: 'important' | 'general') =>
  page.getByTestId(`table-${table}`).locator('tbody tr[data-row-id]')

test.describe('reports', () => {
  test('dashboard: filters change the rows and the URL, survive a reload, back works; CSV holds the filtered rows', async ({
    directorPage: page,
  }) => {
    await page.goto('/reports')
    await expect(page.getByRole('heading', { level: 2, name: /Требуют внимания/ })).toBeVisible()
    await expect(page.getByRole('heading', { level: 2, name: /Остальные/ })).toBeVisible()
    const important = rowsOf(page, 'important')
    const general = rowsOf(page, 'general')
    await expect(important.first()).toBeVisible()
    const allImportant = await important.count()
    expect(Number(await page.getByTestId('count-overdue').innerText())).toBeGreaterThan(0)
    // an overdue row shows how late it is
    await expect(important.filter({ hasText: /Просрочен/ }).first()).toBeVisible()
    await expectNoSeriousA11yViolations(page)

    // status "Отказано": the URL says so and only rejected rows remain
    await page.getByLabel('Статус').selectOption('4')
    await expect(page).toHaveURL(/status=4/)
    await expect(general).toHaveCount(0)
    await expect.poll(() => important.count()).toBeLessThan(allImportant)
    for (const t of await important.locator('td:nth-child(2)').allInnerTexts()) expect(t).toContain('Отказано')

    // free-text search by plate narrows it further (debounced into the URL)
    await page.getByLabel('Поиск').fill('264LE02')
    await expect(page).toHaveURL(/q=264LE02/)
    await expect(important).toHaveCount(1)
    await expect(important.first()).toContainText('264LE02')

    // a reload keeps the view
    await page.reload()
    await expect(page.getByLabel('Статус')).toHaveValue('4')
    await expect(page.getByLabel('Поиск')).toHaveValue('264LE02')
    await expect(important).toHaveCount(1)

    // back: the step before the status filter (the search replaced its entry)
    await page.goBack()
    await expect(page).not.toHaveURL(/status=/)
    await expect(important).toHaveCount(allImportant)

    // period + status 2: CSV = exactly these rows
    await page.getByLabel('Статус').selectOption('2')
    await page.getByLabel('Период').selectOption('1m')
    await expect(page).toHaveURL(/status=2/)
    await expect(page).toHaveURL(/range=1m/)
    await expect(general.first()).toBeVisible()
    // The rows follow the URL a moment later (many more rows with the demo's history): wait for them.
    await expect
      .poll(async () => {
        const statuses = await general.locator('td:nth-child(2)').allInnerTexts()
        return statuses.length > 0 && statuses.every((t) => t.includes('Отправлено'))
      })
      .toBe(true)
    const numbers = await general.locator('td:first-child').allInnerTexts()
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /Скачать CSV/ }).click(),
    ])
    const csv = readFileSync((await download.path())!, 'utf8')
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    const lines = csv.slice(1).trim().split('\r\n')
    expect(lines[0]).toBe(
      'Группа;№ отчёта;Статус;Просрочка;Начало периода;Срок сдачи;Госномер;VIN;Договор;Тип транспорта',
    )
    expect(
      lines
        .slice(1)
        .map((l) => l.split(';')[1])
        .sort(),
    ).toEqual(numbers.map((n) => n.trim()).sort())
    for (const l of lines.slice(1)) expect(l).toContain(';Отправлено;')
  })

  test('report page: the video plays, a seek is a Range request answered 206', async ({ directorPage: page }) => {
    const ranged: number[] = []
    page.on('response', (r) => {
      if (r.url().includes(`/api/videos/${SENT_REPORT}`) && r.request().headers().range) ranged.push(r.status())
    })
    await page.goto(`/reports/${SENT_REPORT}`)
    await expect(page.getByTestId('report-status')).toContainText('Отправлено')
    await expect(page.getByTestId('instructions').locator('li').first()).toBeVisible()
    // the seeded submission: its Almaty time and GPS point, with a map link in a new tab
    const submission = page.getByTestId('submission')
    await expect(submission).toContainText(/Отправлено: \d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}/)
    await expect(submission).toContainText(/Точка GPS: 43\.\d+, 76\.\d+/)
    const map = submission.getByRole('link', { name: /Открыть на карте/ })
    await expect(map).toHaveAttribute(
      'href',
      /^https:\/\/www\.openstreetmap\.org\/\?mlat=43\.\d+&mlon=76\.\d+#map=17\/43\.\d+\/76\.\d+$/,
    )
    await expect(map).toHaveAttribute('target', '_blank')
    await expect(map).toHaveAttribute('rel', 'noopener noreferrer')
    const video = page.getByTestId('video-player').locator('video')
    await expect(video).toHaveCount(1)
    await page
      .getByRole('button', { name: /Play Video|Воспроизвести/ })
      .first()
      .click()
    await expect
      .poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime), { timeout: 20_000 })
      .toBeGreaterThan(0.3)
    await video.evaluate((v: HTMLVideoElement) => {
      v.currentTime = 4
    })
    await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime)).toBeGreaterThanOrEqual(4)
    expect(ranged).toContain(206)
    // the pass-through answers a mid-file range with exactly those bytes
    const part = await page.request.get(`/api/videos/${SENT_REPORT}`, { headers: { range: 'bytes=1000-1999' } })
    expect(part.status()).toBe(206)
    expect(part.headers()['content-range']).toMatch(/^bytes 1000-1999\/\d+$/)
    expect((await part.body()).length).toBe(1000)
    await expectNoSeriousA11yViolations(page)
  })

  test('sending a video: a PNG named .mp4 is refused (browser and server), a real mp4 makes the report "Отправлено"', async ({
    page,
  }) => {
    await page.goto('/login')
    await requestCode(page, 'director', OTHER_BIN)
    await enterCode(page, await readOtpFromMailbox(page))
    await expect(page.getByRole('button', { name: 'Выйти' })).toBeVisible()

    await page.goto('/reports?status=1')
    const due = rowsOf(page, 'important')
    await expect(due.first()).toBeVisible()
    const refKey = (await due.first().getAttribute('data-row-id'))!
    await due.first().getByRole('link').click()
    await expect(page).toHaveURL(new RegExp(`/reports/${refKey}$`))
    await expect(page.getByTestId('report-status')).toContainText('Сдать отчёт')
    await expect(page.getByLabel('Время отправки')).not.toHaveValue('')
    await page.getByLabel('Широта').fill('43.238949')
    await page.getByLabel('Долгота').fill('76.889709')
    await expectNoSeriousA11yViolations(page)

    // the browser refuses a PNG renamed .mp4
    await page.getByLabel('Видеофайл (MP4)').setInputFiles({ name: 'photo.mp4', mimeType: 'video/mp4', buffer: PNG })
    await page.getByRole('button', { name: 'Отправить', exact: true }).click()
    await expect(page.getByText('Файл не является видео MP4')).toBeVisible()
    // so does the server, when the browser check is skipped
    const direct = await page.request.post('/api/reports/upload', {
      multipart: {
        ref_key: refKey,
        time_sent: '2024-05-01 10:00:00',
        lat: '43.2',
        long: '76.8',
        file: { name: 'photo.mp4', mimeType: 'video/mp4', buffer: PNG },
      },
    })
    expect(direct.status()).toBe(415)
    expect((await direct.json()).message).toBe('Файл не является видео MP4')
    await page.reload()
    await expect(page.getByTestId('report-status')).toContainText('Сдать отчёт')

    // a generated mp4 goes through
    await page.getByLabel('Время отправки').fill('2024-05-01T10:20:30')
    await page.getByLabel('Широта').fill('43.238949')
    await page.getByLabel('Долгота').fill('76.889709')
    await page
      .getByLabel('Видеофайл (MP4)')
      .setInputFiles({ name: 'clip.mp4', mimeType: 'video/mp4', buffer: generatedMp4() })
    await page.getByRole('button', { name: 'Отправить', exact: true }).click()
    // a real upload, then the API reads the file's header: on a busy 2-core CI machine that can pass 15 s
    await expect(page.getByTestId('upload-done')).toContainText('Отправлено', { timeout: 45_000 })
    await expect(page.getByTestId('report-status')).toContainText('Отправлено')
    // the report page now shows where and when the video was filmed (Almaty time), linked to the map
    await page.reload()
    await expect(page.getByTestId('submission-point')).toContainText('Точка GPS: 43.238949, 76.889709')
    await expect(page.getByTestId('submission')).toContainText('Отправлено: 01.05.2024, 10:20')
    await expect(page.getByTestId('submission').getByRole('link', { name: /Открыть на карте/ })).toHaveAttribute(
      'href',
      'https://www.openstreetmap.org/?mlat=43.238949&mlon=76.889709#map=17/43.238949/76.889709',
    )
    await page.goto('/reports?status=2')
    await expect(page.getByTestId('table-general').locator(`tr[data-row-id="${refKey}"]`)).toContainText('Отправлено')
  })
})
