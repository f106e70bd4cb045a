import { randomInt, randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { isValidBiin } from '../server/src/lib/biin'
import { expectNoSeriousA11yViolations } from './support/axe'
import { DEMO } from './support/demo'
import { enterCode, readOtpFromMailbox, requestCode, signInClient } from './support/sign-in'

// Sign-in that faces the internet, through the built portal and the real API of this run.
const API = `http://127.0.0.1:${process.env.E2E_API_PORT || 4100}`
const SHOTS = process.env.SECURITY_SHOTS_DIR // e.g. /tmp/security-shots (never inside the repo)
const STAFF_1C = `Basic ${Buffer.from(`${DEMO.staff.login}:${DEMO.staff.password}`).toString('base64')}`
const SAMPLE = readFileSync('server/seed/sample.mp4')

const portalOrigin = (page: Page) => new URL(test.info().project.use.baseURL!).origin === new URL(page.url()).origin

test.describe('sign-out', () => {
  test('ends the session on the API too: a copied session cookie gets the sign-in page', async ({ page, browser }) => {
    await signInClient(page, 'director')
    const copied = (await page.context().cookies()).filter((c) => c.name.includes('next-auth.session-token'))
    expect(copied.length).toBeGreaterThan(0)
    const thief = await browser.newContext({ baseURL: test.info().project.use.baseURL })
    try {
      await thief.addCookies(copied)
      const other = await thief.newPage()
      await other.goto('/vehicles')
      await expect(other.getByRole('heading', { name: 'Транспорт' })).toBeVisible()

      await page.getByRole('button', { name: 'Выйти' }).click()
      await expect(page).toHaveURL(/\/login/)

      await other.goto('/vehicles')
      await expect(other).toHaveURL(/\/login\?/)
      await expect(other.getByRole('button', { name: 'Получить код' })).toBeVisible()
    } finally {
      await thief.close()
    }
  })

  test('a sign-out posted from another site is refused and the session stays', async ({ page }) => {
    await signInClient(page, 'director')
    const csrf = (await (await page.request.get('/api/auth/csrf')).json()).csrfToken as string
    const forged = await page.request.post('/api/auth/signout', {
      form: { csrfToken: csrf, callbackUrl: 'https://evil.example/', json: 'true' },
      headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
    })
    expect(forged.status()).toBe(403)
    await page.goto('/reports')
    await expect(page.getByRole('heading', { name: 'Отчёты' })).toBeVisible()
  })
})

test.describe('requests from another site', () => {
  test('a cross-site upload is refused and the report stays due', async ({ page }) => {
    await signInClient(page, 'director')
    await page.goto('/reports?status=1')
    const due = page.getByTestId('table-important').locator('tbody tr[data-row-id]')
    await expect(due.first()).toBeVisible()
    const refKey = (await due.first().getAttribute('data-row-id'))!
    const upload = (headers: Record<string, string>) =>
      page.request.post('/api/reports/upload', {
        headers,
        multipart: {
          ref_key: refKey,
          time_sent: '2024-05-01 10:00:00',
          lat: '43.2',
          long: '76.8',
          file: { name: 'clip.mp4', mimeType: 'video/mp4', buffer: SAMPLE },
        },
      })
    const forged: Record<string, string>[] = [
      { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
      { origin: 'https://sub.evil.example' }, // a browser without Sec-Fetch-Site
      { origin: 'null', 'sec-fetch-site': 'same-site' },
    ]
    for (const headers of forged) {
      const res = await upload(headers)
      expect(res.status(), JSON.stringify(headers)).toBe(403)
      expect((await res.json()).message).toMatch(/другого сайта/)
    }
    await page.goto(`/reports/${refKey}`)
    await expect(page.getByTestId('report-status')).toContainText('Сдать отчёт')
  })
})

test.describe('?from= after sign-in', () => {
  for (const [name, query] of [
    ['backslash', '/\\evil.example'],
    ['encoded backslash', '/%5Cevil.example'],
    ['protocol-relative', '//evil.example'],
    ['absolute', 'https://evil.example'],
    ['tab-prefixed', '/%09/evil.example'],
  ] as const) {
    test(`${name} (${query}) ends on a portal page`, async ({ page }) => {
      await page.route(
        (url) => url.hostname.endsWith('evil.example'),
        (route) => route.fulfill({ body: 'evil', contentType: 'text/html' }),
      )
      await page.goto(`/login?from=${query}`)
      await requestCode(page, 'director')
      await enterCode(page, await readOtpFromMailbox(page))
      await expect(page.getByRole('button', { name: 'Выйти' })).toBeVisible()
      expect(portalOrigin(page), page.url()).toBe(true)
      // Signed in, the sign-in page sends the same link home at once.
      await page.goto(`/login?from=${query}`)
      await expect(page.getByRole('button', { name: 'Выйти' })).toBeVisible()
      expect(portalOrigin(page), page.url()).toBe(true)
    })
  }
})

/** A BIN that passes the check digit and belongs to no demo company. */
function newBin(): string {
  for (;;) {
    const head = `99${String(randomInt(0, 1e9)).padStart(9, '0')}`
    for (let d = 0; d <= 9; d++) if (isValidBiin(`${head}${d}`)) return `${head}${d}`
  }
}

test.describe('locks', () => {
  test('after 10 wrong codes for a company the sign-in page says it is locked and for how long', async ({ page }) => {
    // A company of its own (1C upsert), so no other test meets the lock.
    const bin = newBin()
    const put = await fetch(`${API}/1c/companies/${bin}`, {
      method: 'PUT',
      headers: { authorization: STAFF_1C, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'ТОО Замок', email: 'lock.test@mail.kz' }),
    })
    expect(put.status).toBeLessThan(300)
    for (let i = 0; i < 10; i++) {
      const login = Buffer.from(`${bin}-${randomUUID()}:0000`).toString('base64')
      const res = await fetch(`${API}/auth`, { method: 'POST', headers: { authorization: `Basic ${login}` } })
      expect(res.status).toBe(401)
    }

    await requestCode(page, 'employee', bin)
    await enterCode(page, await readOtpFromMailbox(page))
    const alert = page.getByText('Слишком много неверных кодов: вход временно закрыт. Повторите через 15 мин.')
    await expect(alert).toBeVisible()
    await expect(page).toHaveURL(/\/login/)
    await expectNoSeriousA11yViolations(page)
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/lock-ru.png`, fullPage: true })

    // The same in English.
    await page.getByRole('button', { name: 'EN' }).click()
    await expect(page.getByLabel('Code from the letter')).toBeVisible()
    await page.getByRole('button', { name: 'Sign in', exact: true }).click()
    await expect(page.getByText('Too many wrong codes: sign-in is closed for now. Try again in 15 min.')).toBeVisible()
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/lock-en.png`, fullPage: true })
    await page.getByRole('button', { name: 'RU' }).click()
    await expect(page.getByLabel('Код из письма')).toBeVisible()
  })

  test('after 10 wrong passwords for a 1C login the staff form says it is locked and for how long', async ({
    page,
  }) => {
    const login = `locked-${randomUUID().slice(0, 8)}` // a login of its own: no other test meets the lock
    const basic = (password: string) => `Basic ${Buffer.from(`${login}:${password}`).toString('base64')}`
    for (let i = 0; i < 10; i++) {
      const res = await fetch(`${API}/1c/me`, { headers: { authorization: basic(`wrong-${i}`) } })
      expect(res.status).toBe(401)
    }
    await page.goto('/login')
    await page.getByRole('tab', { name: 'Сотрудник Forte' }).click()
    await page.getByLabel('Логин 1С').fill(login)
    await page.getByLabel('Пароль').fill('any-password')
    await page.getByRole('button', { name: 'Войти', exact: true }).click()
    await expect(
      page.getByText('Слишком много неверных паролей для этого логина: вход временно закрыт. Повторите через 15 мин.'),
    ).toBeVisible()
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/staff-lock-ru.png`, fullPage: true })
  })
})
