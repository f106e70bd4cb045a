import { expect, test } from '@playwright/test'
import { signInClient } from './support/sign-in'

// Runs against the second API (ACCESS_TOKEN_TTL=5) and its portal: see playwright.config.ts.
test('a session used for 30 seconds keeps working through at least four refreshes', async ({ page }) => {
  test.setTimeout(120_000)
  await signInClient(page, 'director')
  const sessionValues = new Set<string>()
  const readCookie = async () =>
    (await page.context().cookies()).find((c) => c.name === 'next-auth.session-token')?.value
  sessionValues.add((await readCookie())!)

  const started = Date.now()
  let requests = 0
  while (Date.now() - started < 30_000) {
    await page.waitForTimeout(2_500)
    // Alternate full page loads and API probes; both go through proxy.ts.
    if (requests % 2 === 0) {
      await page.goto('/reports')
      await expect(page).toHaveURL(/\/reports$/)
      await expect(page.getByRole('heading', { name: 'Отчёты' })).toBeVisible()
    } else {
      const me = await page.request.get('/api/me')
      expect(me.status()).toBe(200)
      expect((await me.json()).api, 'the API accepts the current access token').toBe('ok')
    }
    requests++
    sessionValues.add((await readCookie())!)
  }
  // Each refresh rotates the tokens and rewrites the cookie: > 5 token lifetimes → ≥ 4 refreshes.
  expect(sessionValues.size).toBeGreaterThanOrEqual(5)
  await page.goto('/employees')
  await expect(page.getByRole('heading', { name: 'Сотрудники' })).toBeVisible()
})
