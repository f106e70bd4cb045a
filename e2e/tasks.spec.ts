import { execFileSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { CDPSession, Page } from '@playwright/test'
import { expectNoSeriousA11yViolations } from './support/axe'
import { expect, test } from './support/fixtures'

// A phone in the field: 390×844, touch, the position allowed.
test.use({
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
  permissions: ['geolocation'],
  geolocation: { latitude: 43.238949, longitude: 76.889709, accuracy: 12 },
})

const MB = 1024 * 1024
let video: string

/** An 8 MB MP4 (lossless test pattern), written once: big enough that a slow network takes seconds over it. */
test.beforeAll(() => {
  video = path.join(mkdtempSync(path.join(tmpdir(), 'tasks-e2e-')), 'inspection.mp4')
  execFileSync('ffmpeg', [
    '-v', 'error', '-f', 'lavfi', '-i', 'testsrc2=size=960x540:rate=25', '-t', '8', '-c:v', 'libx264',
    '-preset', 'ultrafast', '-qp', '0', '-pix_fmt', 'yuv420p', '-movflags', '+faststart', video,
  ]) // prettier-ignore
})

/** Upload speed of a weak mobile network (bytes per second), or offline. */
async function network(cdp: CDPSession, state: 'slow' | 'offline' | 'normal') {
  await cdp.send('Network.emulateNetworkConditions', {
    offline: state === 'offline',
    latency: state === 'normal' ? 0 : 50,
    downloadThroughput: state === 'normal' ? -1 : 2 * MB,
    uploadThroughput: state === 'normal' ? -1 : MB,
  })
}

async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  expect(overflow, `horizontal scroll on ${page.url()}`).toBeLessThanOrEqual(0)
}

/** Bytes the progress line says were sent (`3,4 МБ из 7,7 МБ`). */
async function sentMb(page: Page): Promise<number> {
  const line = await page
    .getByTestId('capture-progress')
    .innerText()
    .catch(() => '')
  const m = /([\d,]+) МБ из/.exec(line)
  return m ? Number(m[1]!.replace(',', '.')) : 0
}

/** Opens the capture screen of the n-th task of the list. */
async function openTask(page: Page, n: number): Promise<string> {
  await page.goto('/tasks')
  const task = page.getByTestId('task').nth(n)
  const href = (await task.getAttribute('href'))!
  await task.click()
  await expect(page).toHaveURL(href)
  return decodeURIComponent(href.split('/').pop()!)
}

test.describe('Мои задачи on a phone', () => {
  test('the list: most urgent first, big tap targets, no horizontal scroll, axe clean', async ({
    employeePage: page,
  }) => {
    await page.goto('/tasks')
    await expect(page.getByRole('heading', { level: 1, name: 'Мои задачи' })).toBeVisible()
    const tasks = page.getByTestId('task')
    await expect(tasks.first()).toBeVisible()
    // The first card is overdue when any is (the demo has overdue reports).
    await expect(tasks.first()).toContainText('Просрочен')
    const box = (await tasks.first().boundingBox())!
    expect(box.height).toBeGreaterThanOrEqual(48)
    expect(box.width).toBeGreaterThan(300)
    await expectNoHorizontalScroll(page)
    await expectNoSeriousA11yViolations(page)
    await page.screenshot({ path: 'test-results/tasks-list-ru.png', fullPage: true })
  })

  test('capture: checklist, GPS with accuracy, a .mov refused with what to do, then throttled, offline 5 s, resumed, «Отправлено»', async ({
    employeePage: page,
  }) => {
    const refKey = await openTask(page, 0)
    await expect(page.getByTestId('capture-vehicle')).toContainText('VIN')
    await expect(page.getByTestId('capture-checklist').locator('li').first()).toBeVisible()
    await expect(page.getByTestId('capture-geo')).toHaveText('Точность ±12 м')
    await expect(page.getByLabel('Широта')).toHaveValue('43.23894900')
    await expect(page.getByTestId('capture-camera')).toHaveAttribute('capture', 'environment')
    await expect(page.getByTestId('capture-camera')).toHaveAttribute('accept', 'video/*')

    // An iPhone .mov (QuickTime: no `ftyp` box first) gets the way out, not a bare refusal.
    await page.getByTestId('capture-file').setInputFiles({
      name: 'IMG_0001.MOV',
      mimeType: 'video/quicktime',
      buffer: Buffer.concat([Buffer.from([0, 0, 0, 8]), Buffer.from('wide'), Buffer.alloc(64)]),
    })
    await expect(page.getByTestId('capture-file-error')).toContainText('Наиболее совместимый')
    await expect(page.getByTestId('capture-file-error')).toContainText('с компьютера')

    await page.getByTestId('capture-file').setInputFiles(video)
    await expect(page.getByTestId('capture-summary')).toContainText('7,7 МБ')
    await expect(page.getByTestId('capture-summary')).toContainText('8 с')
    await expectNoHorizontalScroll(page)
    await expectNoSeriousA11yViolations(page)
    await page.screenshot({ path: 'test-results/tasks-capture-ru.png', fullPage: true })

    const cdp = await page.context().newCDPSession(page)
    await network(cdp, 'slow')
    await page.getByTestId('capture-send').click()
    await expect.poll(() => sentMb(page), { timeout: 30_000 }).toBeGreaterThan(1.5)
    await network(cdp, 'offline')
    await expect(page.getByText('Нет связи. Отправка продолжится сама')).toBeVisible()
    await page.screenshot({ path: 'test-results/tasks-offline-ru.png', fullPage: true })
    await page.waitForTimeout(5000) // the 5 s without a network the proof asks for
    await network(cdp, 'slow')
    await expect(page.getByTestId('capture-done')).toContainText('Отправлено', { timeout: 60_000 })
    await network(cdp, 'normal')
    // The page re-reads the report: its own status says so too.
    await expect(page.getByTestId('capture-status')).toContainText('Отправлено')
    await expectNoHorizontalScroll(page)
    await page.screenshot({ path: 'test-results/tasks-sent-ru.png', fullPage: true })

    // The report itself is now «Отправлено», and gone from the tasks.
    await page.goto(`/reports/${encodeURIComponent(refKey)}`)
    await expect(page.getByText('Отправлено').first()).toBeVisible()
    await page.goto('/tasks')
    await expect(page.locator(`a[href="/tasks/${refKey}"]`)).toHaveCount(0)
  })

  test('a reload in the middle resumes from where the server stopped', async ({ employeePage: page }) => {
    const refKey = await openTask(page, 0)
    const cdp = await page.context().newCDPSession(page)
    await network(cdp, 'slow')
    await page.getByTestId('capture-file').setInputFiles(video)
    await page.getByTestId('capture-send').click()
    // Past the first 4 MiB piece: the server has it on disk.
    await expect.poll(() => sentMb(page), { timeout: 30_000 }).toBeGreaterThan(4.5)
    await page.reload()
    await network(cdp, 'normal')
    await page.getByTestId('capture-file').setInputFiles(video)
    await page.getByTestId('capture-send').click()
    await expect(page.getByTestId('capture-resumed')).toContainText(/Продолжаем с [4-8]/)
    await expect(page.getByTestId('capture-done')).toContainText('Отправлено', { timeout: 60_000 })
    await page.goto(`/reports/${encodeURIComponent(refKey)}`)
    await expect(page.getByText('Отправлено').first()).toBeVisible()
  })
})
