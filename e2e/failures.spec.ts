import http from 'node:http'
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Page } from '@playwright/test'
import { portalUrl } from '../playwright.config'
import { withApiStopped } from './support/api-process'
import { expectNoSeriousA11yViolations } from './support/axe'
import { expect, test } from './support/fixtures'
import { signInStaff } from './support/sign-in'

const API_PORT = Number(process.env.E2E_API_PORT || 4100)
const SAMPLE = readFileSync(path.resolve(import.meta.dirname, '../server/seed/sample.mp4'))
const MiB = 1024 * 1024
const shot = (name: string) => ({ path: `test-results/screens/failures-${name}.png`, fullPage: true })

/** A 65 MiB file that starts like a real MP4 (only its size is wrong), written to disk once. */
function oversizeMp4(): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'failures-e2e-')), 'big.mp4')
  const fd = openSync(file, 'w')
  writeSync(fd, SAMPLE.subarray(0, 64 * 1024))
  const zeros = Buffer.alloc(MiB)
  for (let n = 64 * 1024; n < 65 * MiB; n += zeros.length) writeSync(fd, zeros, 0, Math.min(MiB, 65 * MiB - n))
  closeSync(fd)
  return file
}

/** A due report of the signed-in client's company (the first row of the "Сдать отчёт" filter). */
async function dueReport(page: Page): Promise<string> {
  await page.goto('/reports?status=1')
  const row = page.getByTestId('table-important').locator('tbody tr[data-row-id]').first()
  await expect(row).toBeVisible()
  return (await row.getAttribute('data-row-id'))!
}

const banner = (page: Page) => page.getByRole('alert').filter({ hasText: 'API недоступен' })

test.describe('failures a user can read', () => {
  test('a not-found report or vehicle answers HTTP 404, the 403 page HTTP 403', async ({ directorPage: page }) => {
    for (const [url, heading] of [
      ['/reports/no-such-report', 'Отчёт не найден'],
      [`/reports/${'a'.repeat(65)}`, 'Отчёт не найден'], // longer than a ref_key can be: the API is not asked
      ['/vehicles/no-such-vehicle', 'Транспорт не найден'],
      ['/reports/%ff%fe', 'Страница не найдена'], // not a valid URL encoding
      ['/vehicles/%E0%A4%A', 'Страница не найдена'],
    ]) {
      const res = await page.goto(url)
      expect(res?.status(), url).toBe(404)
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible()
    }
    await page.goto('/reports/no-such-report')
    await page.screenshot(shot('report-not-found'))
    await expectNoSeriousA11yViolations(page)

    // The staff workspace is not the director's: the redirect lands on the 403 page, answered as 403.
    const res = await page.goto('/review')
    expect(page.url()).toMatch(/\/forbidden$/)
    expect(res?.status()).toBe(403)
    await expect(page.getByRole('heading', { level: 1, name: 'Нет доступа' })).toBeVisible()
    await page.screenshot(shot('forbidden'))
    await expectNoSeriousA11yViolations(page)
  })

  test('a not-found review page answers HTTP 404', async ({ page }) => {
    await signInStaff(page)
    for (const url of ['/review/no-such-report', `/review/${'b'.repeat(65)}`]) {
      const res = await page.goto(url)
      expect(res?.status(), url).toBe(404)
      await expect(page.getByRole('heading', { level: 1, name: 'Отчёт не найден' })).toBeVisible()
    }
  })

  test('with the API hung, pages answer within 5 s with the banner once, and recover', async ({
    directorPage: page,
    browser,
  }) => {
    const ref = await dueReport(page)
    const staff = await browser.newPage({ baseURL: portalUrl })
    await signInStaff(staff)

    await withApiStopped(API_PORT, async () => {
      for (const [p, url] of [
        [page, '/reports'],
        [page, `/reports/${ref}`],
        [page, '/vehicles'],
        [staff, '/review'],
      ] as const) {
        // The whole page, streamed to its end, within the 5 s the contract of the portal allows.
        await p.goto(url, { timeout: 5_000 })
        await expect(banner(p), url).toHaveCount(1)
        await expect(banner(p)).toBeVisible()
      }
      await page.goto('/reports', { timeout: 5_000 })
      await page.screenshot(shot('api-down'))
    })

    // The API runs again: "Повторить" brings the data back and the banner goes.
    await banner(page).getByRole('button', { name: 'Повторить' }).click()
    await expect(page.getByTestId('table-important')).toBeVisible()
    await expect(banner(page)).toHaveCount(0)
    await staff.close()
  })

  test('a 65 MiB file forced past the browser check shows the 413 message', async ({ directorPage: page }) => {
    const ref = await dueReport(page)
    await page.goto(`/reports/${ref}`)
    await expect(page.getByTestId('report-status')).toContainText('Сдать отчёт')
    // The form refuses files over 64 MiB by their size: make the browser report a small one. A resumable
    // (tus) upload would declare that small size and send only those bytes, so this is the single
    // request the form falls back to when the API has no /uploads/ (its OPTIONS answered 404 here).
    await page.route('**/api/uploads**', (route) =>
      route.request().method() === 'OPTIONS' ? route.fulfill({ status: 404 }) : route.continue(),
    )
    await page.evaluate(() => Object.defineProperty(Blob.prototype, 'size', { get: () => 1024 }))
    await page.getByLabel('Широта').fill('43.238949')
    await page.getByLabel('Долгота').fill('76.889709')
    const big = oversizeMp4()
    try {
      await page.getByLabel('Видеофайл (MP4)').setInputFiles(big)
      await page.getByRole('button', { name: 'Отправить', exact: true }).click()
      await expect(page.getByTestId('upload-error')).toContainText('Файл больше 64 МБ')
    } finally {
      rmSync(path.dirname(big), { recursive: true, force: true })
    }
    await page.screenshot(shot('upload-413'))
    await page.reload()
    await expect(page.getByTestId('report-status')).toContainText('Сдать отчёт')
  })

  test('a chunked oversize upload through the portal gets the 413 message, not "API недоступен"', async ({
    directorPage: page,
  }) => {
    const ref = await dueReport(page)
    const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ')
    const boundary = '----failures-e2e'
    const head = Buffer.from(
      Object.entries({ ref_key: ref, time_sent: '2024-05-01 10:00:00', lat: '43.2', long: '76.8' })
        .map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`)
        .join('') +
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.mp4"\r\nContent-Type: video/mp4\r\n\r\n`,
    )
    // No Content-Length: node's client sends the body chunked, so only the API can count it.
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request(`${portalUrl}/api/reports/upload`, {
        method: 'POST',
        headers: { cookie, origin: portalUrl, 'content-type': `multipart/form-data; boundary=${boundary}` },
      })
      req.on('response', (res) => {
        let body = ''
        res.setEncoding('utf8').on('data', (c: string) => (body += c))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
      })
      req.on('error', reject)
      const zeros = Buffer.alloc(MiB)
      let sent = 0
      const pump = () => {
        while (sent < 65 * MiB) {
          const chunk = sent === 0 ? Buffer.concat([head, SAMPLE.subarray(0, 64 * 1024)]) : zeros
          sent += sent === 0 ? 64 * 1024 : chunk.length
          if (!req.write(chunk)) return void req.once('drain', pump)
        }
        req.end(`\r\n--${boundary}--\r\n`)
      }
      pump()
    })
    expect(answer.status).toBe(413)
    expect(JSON.parse(answer.body).message).toBe('Файл больше 64 МБ')
  })
})
