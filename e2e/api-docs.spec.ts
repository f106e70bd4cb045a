import { expect, test } from '@playwright/test'

// The API's reference page, as an integrator opens it: straight from the API (no portal, no sign-in).
const API = `http://127.0.0.1:${process.env.E2E_API_PORT || 4100}`
const SHOTS = process.env.DOCS_SHOTS_DIR // e.g. /tmp/docs-shots (never inside the repo)

test.describe('GET /docs', () => {
  test('renders every operation of /openapi.json from this server alone, with no console error', async ({ page }) => {
    const problems: string[] = []
    const elsewhere: string[] = []
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()))
    page.on('pageerror', (e) => problems.push(e.message))
    page.on('request', (r) => {
      const url = new URL(r.url())
      if (url.protocol !== 'data:' && url.origin !== API) elsewhere.push(r.url())
    })
    const doc = await (await page.request.get(`${API}/openapi.json`)).json()
    const operations = Object.entries(doc.paths as Record<string, object>).flatMap(([path, item]) =>
      Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`),
    )
    expect(operations.length).toBeGreaterThan(20)

    await page.goto(`${API}/docs`)
    await expect(page.getByRole('heading', { name: /ForteLeasing API/ })).toBeVisible()
    const blocks = page.locator('.opblock')
    await expect(blocks).toHaveCount(operations.length)
    const shown = await blocks.evaluateAll((els) =>
      els.map(
        (el) =>
          `${el.querySelector('.opblock-summary-method')?.textContent} ${el
            .querySelector('.opblock-summary-path')
            ?.getAttribute('data-path')}`,
      ),
    )
    expect(shown.sort()).toEqual([...operations].sort())

    // An operation opens with its seed example and its error answers.
    const auth = page.locator('.opblock').filter({ has: page.locator('[data-path="/auth"]') })
    await auth.locator('.opblock-summary-control').click()
    await expect(auth.getByText('Alpha AJI Gruppe ТОО').first()).toBeVisible()
    await expect(auth.getByText('No, wrong or expired credentials')).toBeVisible()
    const sync = page.locator('.opblock').filter({ has: page.locator('[data-path="/1c/sync"]') })
    await sync.locator('.opblock-summary-control').click()
    await expect(sync.getByText('application/x-ndjson').first()).toBeAttached()
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/docs.png`, fullPage: false })

    expect(problems, 'console errors').toEqual([])
    expect(elsewhere, 'requests that left the API').toEqual([])
  })
})
