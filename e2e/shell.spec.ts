import { expect, test } from '@playwright/test'
import { expectNoSeriousA11yViolations } from './support/axe'
import { DEMO } from './support/demo'
import { signInClient, signInStaff } from './support/sign-in'

/** The session JSON and the HTML of a page must never carry an API token or the 1C password. */
async function expectNoSecrets(text: string) {
  expect(text).not.toContain('eyJ')
  expect(text).not.toMatch(/access_?token|refresh_?token|accessToken|refreshToken/i)
  expect(text).not.toContain(DEMO.staff.password)
}

test('the session JSON and page HTML hold no token (client)', async ({ page }) => {
  await signInClient(page, 'director')
  const session = await page.request.get('/api/auth/session')
  const body = await session.text()
  await expectNoSecrets(body)
  expect(JSON.parse(body).user).toEqual({ name: expect.any(String), role: 'director', company: 'Alpha AJI Gruppe ТОО' })
  for (const path of ['/reports', '/vehicles', '/employees', '/stickers']) {
    const res = await page.request.get(path)
    expect(res.status()).toBe(200)
    await expectNoSecrets(await res.text())
  }
  // The API accepts the session's credentials (checked server-side).
  expect((await (await page.request.get('/api/me')).json()).api).toBe('ok')
})

test('the session JSON and page HTML hold no 1C password (staff)', async ({ page }) => {
  await signInStaff(page)
  await expectNoSecrets(await (await page.request.get('/api/auth/session')).text())
  for (const path of ['/review', '/stickers']) await expectNoSecrets(await (await page.request.get(path)).text())
  expect((await (await page.request.get('/api/me')).json()).api).toBe('ok')
})

test('a wrong role gets the 403 page', async ({ page }) => {
  await signInClient(page, 'employee')
  for (const path of ['/employees', '/stickers', '/review']) {
    await page.goto(path)
    await expect(page.getByRole('heading', { name: 'Нет доступа' })).toBeVisible()
  }
  await page.goto('/reports')
  await expect(page.getByRole('heading', { name: 'Отчёты' })).toBeVisible()
})

test('staff cannot open client pages', async ({ page }) => {
  await signInStaff(page)
  for (const path of ['/reports', '/employees']) {
    await page.goto(path)
    await expect(page.getByRole('heading', { name: 'Нет доступа' })).toBeVisible()
  }
})

test('security headers and a cookie the page cannot read', async ({ page }) => {
  const res = await page.request.get('/login')
  const h = res.headers()
  expect(h['content-security-policy']).toMatch(/frame-ancestors 'none'/)
  expect(h['content-security-policy']).toMatch(/script-src 'self' 'nonce-[^']+'/)
  expect(h['content-security-policy']).toMatch(/object-src 'none'/)
  expect(h['x-content-type-options']).toBe('nosniff')
  expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin')
  expect(h['strict-transport-security']).toBeUndefined() // plain HTTP here
  await signInClient(page, 'director')
  const cookies = await page.context().cookies()
  const session = cookies.find((c) => c.name === 'next-auth.session-token')
  expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax' })
  expect(cookies.find((c) => c.name === 'forte_device')).toMatchObject({ httpOnly: true })
  expect(await page.evaluate(() => document.cookie)).not.toContain('next-auth.session-token')
})

test('the language switch persists across reloads', async ({ page }) => {
  await signInClient(page, 'director')
  await page.getByRole('button', { name: 'EN' }).click()
  // The navigation is named in the reader's language too.
  const nav = page.getByRole('navigation', { name: /^(Основная навигация|Main navigation)$/ })
  await expect(nav.getByRole('link', { name: 'Reports' })).toBeVisible()
  await page.reload()
  await expect(nav.getByRole('link', { name: 'Reports' })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await page.getByRole('button', { name: 'RU' }).click()
  await expect(nav.getByRole('link', { name: 'Отчёты' })).toBeVisible()
})

test('unknown URLs show the not-found page', async ({ page }) => {
  await signInClient(page, 'director')
  const res = await page.goto('/no-such-page')
  expect(res?.status()).toBe(404)
  await expect(page.getByRole('heading', { name: 'Страница не найдена' })).toBeVisible()
})

test.describe('accessibility (axe-core: no serious or critical violations)', () => {
  test('login (both tabs), code step, demo mailbox', async ({ page }) => {
    await page.goto('/login')
    await expectNoSeriousA11yViolations(page)
    await page.getByRole('tab', { name: 'Сотрудник Forte' }).click()
    await expectNoSeriousA11yViolations(page)
    await page.goto('/login?reason=expired')
    await expect(page.getByText('Сессия истекла')).toBeVisible()
    await expectNoSeriousA11yViolations(page)
    await page.getByLabel('БИН/ИИН').fill(DEMO.biin)
    await page.getByRole('button', { name: 'Получить код' }).click()
    await expect(page.getByText(/Код отправлен на/)).toBeVisible()
    await expectNoSeriousA11yViolations(page)
    await page.goto('/login/mailbox')
    await expectNoSeriousA11yViolations(page)
  })

  test('director pages, 403 and 404', async ({ page }) => {
    await signInClient(page, 'director')
    for (const path of ['/reports', '/vehicles', '/employees', '/stickers', '/review', '/no-such-page']) {
      await page.goto(path)
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      await expectNoSeriousA11yViolations(page)
    }
  })

  test('staff pages', async ({ page }) => {
    await signInStaff(page)
    await page.goto('/review')
    await expectNoSeriousA11yViolations(page)
  })
})
