import { chromium } from '@playwright/test'
const [,, url, out, w = '1280', full = '1'] = process.argv
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
const ctx = await b.newContext({ baseURL: 'http://127.0.0.1:3014', storageState: '/tmp/reports/state.json', viewport: { width: +w, height: 900 } })
const page = await ctx.newPage()
page.on('console', (m) => { if (m.type() === 'error') console.log('console:', m.text()) })
const t0 = Date.now()
const res = await page.goto(url, { waitUntil: 'networkidle' })
console.log('status', res.status(), 'ms', Date.now() - t0, 'html bytes', (await res.body()).length)
await page.waitForTimeout(1500)
await page.screenshot({ path: out, fullPage: full === '1' })
await b.close()
