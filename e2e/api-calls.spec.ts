import { apiCallsDuring, apiLogFile } from './support/api-process'
import { expect, test } from './support/fixtures'

const API_PORT = Number(process.env.E2E_API_PORT || 4100)
const API = `http://127.0.0.1:${API_PORT}`
const LOG = apiLogFile(API_PORT)
const REPORTS_CALL = /^GET \/reports\/general\/filter\//

test.describe('one API call per page view (counted in the API log)', () => {
  test('a /reports page load asks the API once: its data, no token probe, no /health', async ({
    directorPage: page,
  }) => {
    // The server render alone, as a browser's reload sends it.
    const calls = await apiCallsDuring(API, LOG, async () => {
      const res = await page.request.get('/reports')
      expect(res.status()).toBe(200)
    })
    expect(calls).toHaveLength(1)
    expect(calls[0]).toMatch(REPORTS_CALL)
  })

  test('the whole view in the browser, prefetches included, still makes one call', async ({ directorPage: page }) => {
    const calls = await apiCallsDuring(API, LOG, async () => {
      await page.goto('/reports', { waitUntil: 'networkidle' })
      await expect(page.getByTestId('table-important')).toBeVisible()
    })
    expect(calls).toHaveLength(1)
    expect(calls[0]).toMatch(REPORTS_CALL)
  })

  test("an employee's /reports view makes one call too", async ({ employeePage: page }) => {
    const calls = await apiCallsDuring(API, LOG, async () => {
      await page.goto('/reports', { waitUntil: 'networkidle' })
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    })
    expect(calls).toHaveLength(1)
    expect(calls[0]).toMatch(REPORTS_CALL)
  })
})
