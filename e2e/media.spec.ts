import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { testVideoArgs } from '../server/test/test-video'
import { expectNoSeriousA11yViolations } from './support/axe'
import { expect, test } from './support/fixtures'
import { API, api, createDueReport, directorToken, STAFF_1C, uploadVideo } from './support/forte-api'
import { signInClient, signInStaff } from './support/sign-in'

// Media and review signals against the real API of this run: its pipeline runs the system's ffmpeg.
// The second API of the run takes no media jobs (MEDIA_WORKERS=0): its videos stay "processing".
const API2 = `http://127.0.0.1:${process.env.E2E_API2_PORT || 4101}`
const PORTAL2 = `http://127.0.0.1:${process.env.E2E_PORTAL2_PORT || 3101}`
const SHOTS = process.env.MEDIA_SHOTS_DIR // e.g. /tmp/media-shots (never inside the repo)
const SAMPLE = readFileSync('server/seed/sample.mp4')

type Submission = {
  size: number
  media: { status: string; duration_s: number | null; width: number | null; height: number | null }
  signals: { code: string; detail: Record<string, unknown> }[]
}

/** A phone-like 1080p clip at 6 Mbit/s: far above the review rendition's 2 Mbit/s, so the API makes a smaller one. */
function phoneClip(): Buffer {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'media-e2e-')), 'phone.mp4')
  execFileSync('ffmpeg', testVideoArgs(file, { seconds: 12, width: 1920, height: 1080, kbps: 6000, tag: file }))
  return readFileSync(file)
}

/** The report's latest submission once its media job has ended, polled from the API (1C). */
async function processed(refKey: string): Promise<Submission> {
  let sub: Submission | undefined
  await expect
    .poll(
      async () => {
        const r = await api(`/1c/reports/${refKey}`, { auth: STAFF_1C })
        sub = (r.data.report as { submission: Submission }).submission
        return sub.media.status
      },
      { timeout: 240_000, intervals: [500, 1000, 2000] },
    )
    .not.toBe('processing')
  return sub!
}

/** The whole size of a rendition as the API serves it (from a one-byte range's Content-Range). */
async function servedSize(refKey: string, rendition: 'review' | 'original'): Promise<number> {
  const res = await fetch(`${API}/reports/video/${refKey}?rendition=${rendition}`, {
    headers: { authorization: STAFF_1C, range: 'bytes=0-0' },
  })
  await res.body?.cancel()
  expect(res.status).toBe(206)
  return Number(res.headers.get('content-range')?.split('/')[1])
}

test.describe('media and review signals', () => {
  test('a reviewer filters to reports with signals, sees the duplicate explained with a link to the other report, and the player streams the review rendition', async ({
    page,
  }) => {
    test.setTimeout(420_000)
    const clip = phoneClip()
    const first = await createDueReport('801')
    const second = await createDueReport('802')
    const token = await directorToken()
    // The same bytes sent for two reports.
    await uploadVideo(token, first.refKey, clip)
    await uploadVideo(token, second.refKey, clip)
    const [a, b] = [await processed(first.refKey), await processed(second.refKey)]
    expect([a.media.status, b.media.status]).toEqual(['ready', 'ready'])
    expect(a.signals.find((s) => s.code === 'duplicate_video')?.detail.ref_key).toBe(second.refKey)
    expect(b.signals.find((s) => s.code === 'duplicate_video')?.detail.ref_key).toBe(first.refKey)
    const reviewSize = await servedSize(first.refKey, 'review')
    const originalSize = await servedSize(first.refKey, 'original')
    expect(originalSize).toBe(clip.length)
    expect(reviewSize).toBeLessThan(originalSize / 2)

    // The queue, filtered to reports with signals: each row has its poster, duration and badges.
    await signInStaff(page)
    await page.goto('/review')
    await page.getByLabel('Замечания').selectOption({ label: 'С замечаниями' })
    await page.getByRole('button', { name: 'Применить' }).click()
    await expect(page).toHaveURL(/[?&]signals=any/)
    const rows = page.getByRole('row').filter({ has: page.getByRole('rowheader') })
    const row = rows.filter({ has: page.getByRole('rowheader', { name: `№ ${first.number}` }) })
    await expect(row).toHaveCount(1)
    // Every row listed has at least one signal badge.
    const count = await rows.count()
    await expect(rows.filter({ has: page.getByTestId('signal-badges') })).toHaveCount(count)
    await expect(row.getByTestId('signal-badges')).toContainText('Повтор видео')
    await expect(row.getByTestId('media-duration')).toHaveText('0:12')
    const poster = row.locator('img')
    await expect(poster).toHaveAttribute('src', `/api/videos/${first.refKey}/poster`)
    await poster.scrollIntoViewIfNeeded()
    await expect.poll(() => poster.evaluate((i: HTMLImageElement) => i.naturalWidth)).toBeGreaterThan(0)
    await expectNoSeriousA11yViolations(page)
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/queue-signals.png`, fullPage: true })

    // By one signal: the two duplicates are there; "без замечаний" does not list them.
    await page.getByLabel('Замечания').selectOption({ label: 'Повтор видео' })
    await page.getByRole('button', { name: 'Применить' }).click()
    await expect(page).toHaveURL(/signals=duplicate_video/)
    await expect(page.getByRole('rowheader', { name: `№ ${second.number}` })).toBeVisible()
    await page.goto('/review?signals=none')
    await expect(page.getByLabel('Замечания')).toHaveValue('none')
    await expect(page.getByRole('rowheader', { name: `№ ${first.number}` })).toHaveCount(0)

    // The workspace: the review rendition streams, the duplicate is explained and links to the other report.
    const streamed = page.waitForResponse(
      (r) => r.url().includes(`/api/videos/${first.refKey}?rendition=review`) && r.status() === 206,
    )
    await page.goto(`/review/${first.refKey}`)
    const video = await streamed
    expect(video.headers()['forte-rendition']).toBe('review')
    expect(Number(video.headers()['content-range']?.split('/')[1])).toBe(reviewSize)

    const signal = page.getByTestId('signal-list').locator('[data-code="duplicate_video"]')
    await expect(signal).toContainText('Повтор видео')
    await expect(signal).toContainText(`Этот же файл отправлен в отчёте № ${second.number}`)
    const facts = page.getByTestId('media-facts')
    await expect(facts).toContainText('облегчённая версия для проверки')
    await expect(facts).toContainText('1920 × 1080')
    await expect(facts).toContainText('0:12')
    // The poster is on the player before playback.
    await expect(page.getByTestId('review-video').locator('video')).toHaveAttribute(
      'poster',
      `/api/videos/${first.refKey}/poster`,
    )

    // The original, one click away: the file exactly as it was sent.
    const original = page.getByRole('link', { name: 'Скачать оригинал' })
    await expect(original).toHaveAttribute('href', `/api/videos/${first.refKey}?rendition=original`)
    const part = await page.request.get(`/api/videos/${first.refKey}?rendition=original`, {
      headers: { range: 'bytes=0-99' },
    })
    expect(part.status()).toBe(206)
    expect(part.headers()['content-range']).toBe(`bytes 0-99/${originalSize}`)
    expect(part.headers()['forte-rendition']).toBe('original')
    expect((await page.request.get(`/api/videos/${first.refKey}?rendition=best`)).status()).toBe(400)

    // Hovering the timeline previews the frame from the strip; a frame of the strip jumps there.
    // (video.js shows its control bar once playback has started.)
    const player = page.getByTestId('review-video').locator('video')
    await page.getByTestId('review-video').getByRole('button', { name: 'Воспроизвести видео' }).first().click()
    await expect.poll(() => player.evaluate((v: HTMLVideoElement) => v.currentTime)).toBeGreaterThan(0)
    await player.evaluate((v: HTMLVideoElement) => v.pause())
    const bar = page.getByTestId('review-video').locator('.vjs-progress-holder')
    await expect(bar).toBeVisible()
    const box = (await bar.boundingBox())!
    await page.mouse.move(box.x + 2, box.y + box.height / 2)
    const preview = page.getByTestId('frame-preview')
    await expect(preview).toBeVisible()
    await expect(preview).toHaveAttribute('data-frame', '0')
    await page.mouse.move(box.x + box.width - 2, box.y + box.height / 2)
    await expect(preview).toHaveAttribute('data-frame', '5')
    const thumbs = await page.request.get(`/api/videos/${first.refKey}/thumbs`)
    expect(thumbs.status()).toBe(200)
    expect(thumbs.headers()['content-type']).toBe('image/jpeg')
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/workspace-preview.png`, fullPage: true })
    await page.mouse.move(0, 0)
    await expect(preview).toBeHidden()
    await page.getByTestId('frame-strip').getByRole('button', { name: 'Перейти к 0:07' }).click()
    await expect
      .poll(() =>
        page
          .getByTestId('review-video')
          .locator('video')
          .evaluate((v: HTMLVideoElement) => v.currentTime),
      )
      .toBeCloseTo(7, 0)
    await expectNoSeriousA11yViolations(page)

    await signal.getByRole('link', { name: `Открыть отчёт № ${second.number}` }).click()
    await expect(page.getByRole('heading', { name: `Отчёт № ${second.number}` })).toBeVisible()
    await expect(page.getByTestId('signal-list')).toContainText(`Этот же файл отправлен в отчёте № ${first.number}`)
  })

  test('a video that cannot be processed is served as sent; the director is told, the reviewer sees why', async ({
    directorPage: page,
    browser,
  }) => {
    const report = await createDueReport('803')
    // An MP4 signature followed by no video at all: the upload is taken, ffprobe fails on it.
    const ftyp = SAMPLE.readUInt32BE(0)
    const broken = Buffer.concat([SAMPLE.subarray(0, ftyp), Buffer.alloc(40_000, 7)])
    await uploadVideo(await directorToken(), report.refKey, broken)
    expect((await processed(report.refKey)).media.status).toBe('failed')

    await page.goto(`/reports/${report.refKey}`)
    await expect(page.getByTestId('media-state')).toContainText('Видео не удалось обработать')
    await expect(page.getByTestId('media-state')).toContainText('Показан исходный файл в том виде')
    await expect(page.locator('video')).toBeAttached()
    await expect(page.locator('video')).not.toHaveAttribute('poster')
    const served = await page.request.get(`/api/videos/${report.refKey}`, { headers: { range: 'bytes=0-0' } })
    expect(served.headers()['forte-rendition']).toBe('original')
    expect((await page.request.get(`/api/videos/${report.refKey}/poster`)).status()).toBe(404)
    await expectNoSeriousA11yViolations(page)
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/report-failed.png`, fullPage: true })

    const staff = await (await browser.newContext()).newPage()
    await signInStaff(staff)
    await staff.goto(`/review/${report.refKey}`)
    await expect(staff.getByTestId('media-state')).toContainText('Показан исходный файл. Причина: ffprobe')
    await expect(staff.getByTestId('media-facts')).toContainText('исходный файл')
    await expect(staff.getByTestId('frame-strip')).toHaveCount(0)
  })

  test("while the video is processed, the director's pages say so and play the original, without a poster", async ({
    browser,
  }) => {
    const report = await createDueReport('804', API2)
    await uploadVideo(await directorToken(API2), report.refKey, SAMPLE, API2)
    const page = await (await browser.newContext({ baseURL: PORTAL2 })).newPage()
    await signInClient(page, 'director')

    await page.goto(`/reports/${report.refKey}`)
    await expect(page.getByTestId('media-state')).toContainText('Видео обрабатывается')
    await expect(page.getByRole('button', { name: 'Обновить' })).toBeVisible()
    const player = page.locator('video')
    await expect(player).toBeAttached()
    await expect(player).not.toHaveAttribute('poster')
    const served = await page.request.get(`/api/videos/${report.refKey}`, { headers: { range: 'bytes=0-0' } })
    expect(served.status()).toBe(206)
    expect(served.headers()['forte-rendition']).toBe('original')
    expect((await page.request.get(`/api/videos/${report.refKey}/poster`)).status()).toBe(404)
    await expectNoSeriousA11yViolations(page)
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/report-processing.png`, fullPage: true })

    // The vehicle page: no poster yet (none, not a broken picture), and the video still opens.
    await page.goto(`/vehicles/${report.guid}`)
    const item = page
      .getByTestId('vehicle-reports')
      .getByRole('listitem')
      .filter({ hasText: `№ ${report.number}` })
    const watch = item.getByRole('button', { name: /Смотреть видео/ })
    await expect(watch).toBeVisible()
    await expect(item.locator('img')).toHaveCount(0)
    await watch.click()
    await expect(item.getByTestId('report-video').locator('video')).toBeAttached()
  })

  test("the director's report and vehicle pages show the poster before playback", async ({
    directorPage: page,
    browser,
  }) => {
    const report = await createDueReport('805')
    await uploadVideo(await directorToken(), report.refKey, SAMPLE)
    expect((await processed(report.refKey)).media.status).toBe('ready')

    // The page as the server sends it, before any script: the player already has its size (nothing moves
    // when the video element comes in) and shows the poster, which the page asks for with its HTML.
    const noScript = await browser.newContext({
      javaScriptEnabled: false,
      storageState: await page.context().storageState(),
      viewport: { width: 412, height: 823 },
    })
    const plain = await noScript.newPage()
    await plain.goto(`/reports/${report.refKey}`)
    const box = plain.getByTestId('video-player')
    const size = (await box.boundingBox())!
    expect(size.height).toBeCloseTo((size.width * 9) / 16, 0)
    expect(await box.evaluate((el) => getComputedStyle(el).backgroundImage)).toContain(
      `/api/videos/${report.refKey}/poster`,
    )
    await expect(
      plain.locator(`head link[rel="preload"][as="image"][href="/api/videos/${report.refKey}/poster"]`),
    ).toHaveCount(1)
    await noScript.close()

    await page.goto(`/reports/${report.refKey}`)
    await expect(page.getByTestId('media-state')).toHaveCount(0)
    await expect(page.locator('video')).toHaveAttribute('poster', `/api/videos/${report.refKey}/poster`)

    await page.goto(`/vehicles/${report.guid}`)
    const item = page
      .getByTestId('vehicle-reports')
      .getByRole('listitem')
      .filter({ hasText: `№ ${report.number}` })
    const poster = item.locator('img')
    await expect.poll(() => poster.evaluate((i: HTMLImageElement) => i.naturalWidth)).toBeGreaterThan(0)
    await expectNoSeriousA11yViolations(page)
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/vehicle-poster.png`, fullPage: true })
    await item.getByRole('button', { name: /Смотреть видео/ }).click()
    await expect(item.getByTestId('report-video').locator('video')).toHaveAttribute(
      'poster',
      `/api/videos/${report.refKey}/poster`,
    )
    // Played, the player (video.js, loaded only now) keeps the same poster and plays the same video.
    // (First: for a moment, while video.js takes over under the pointer, both play buttons are there.)
    await item.getByRole('button', { name: 'Воспроизвести видео' }).first().click()
    await expect(item.getByTestId('report-video').locator('.vjs-poster img')).toHaveAttribute(
      'src',
      `/api/videos/${report.refKey}/poster`,
    )
    await expect
      .poll(() =>
        item
          .getByTestId('report-video')
          .locator('video')
          .evaluate((v: HTMLVideoElement) => v.currentTime),
      )
      .toBeGreaterThan(0)
  })
})
