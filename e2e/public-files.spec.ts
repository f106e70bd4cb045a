import { expect, test } from '@playwright/test'

// The files of public/ are for anyone, signed in or not: a crawler must read robots.txt, not a sign-in page.
test('robots.txt, the manifest and the icons are served to anonymous visitors', async ({ request }) => {
  const files: [string, RegExp][] = [
    ['/robots.txt', /^text\/plain/],
    ['/manifest.webmanifest', /manifest\+json/],
    ['/favicon.ico', /^image\//],
    ['/logo.svg', /^image\/svg\+xml/],
    ['/icon-192.png', /^image\/png/],
  ]
  for (const [path, type] of files) {
    const res = await request.get(path, { maxRedirects: 0 })
    expect(res.status(), path).toBe(200)
    expect(res.headers()['content-type'], path).toMatch(type)
  }
  expect(await (await request.get('/robots.txt')).text()).toMatch(/User-agent: \*\s+Disallow: \/\s*$/)
  const manifest = await (await request.get('/manifest.webmanifest')).json()
  expect(manifest).toMatchObject({ short_name: 'ForteLeasing', start_url: '/' })
})

test('the pages name the favicon and the manifest', async ({ page }) => {
  await page.goto('/login')
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', '/manifest.webmanifest')
  await expect(page.locator('link[rel="icon"][href="/logo.svg"]')).toHaveCount(1)
})

test('each fixed security header is sent exactly once, on pages, redirects and static files', async ({ request }) => {
  for (const path of ['/login', '/reports', '/robots.txt', '/logo.svg']) {
    const res = await request.get(path, { maxRedirects: 0 })
    for (const name of ['x-content-type-options', 'referrer-policy', 'x-frame-options']) {
      const sent = res.headersArray().filter((h) => h.name.toLowerCase() === name)
      expect(sent, `${name} on ${path} (${res.status()})`).toHaveLength(1)
    }
  }
})
