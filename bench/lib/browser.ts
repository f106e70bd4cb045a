import { type Browser, type BrowserContext, chromium } from '@playwright/test'
import { chromiumLaunchOptions } from '../../e2e/support/chromium'
import { DEMO_BIN } from './stack'

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions)
}

/** A browser context signed in as the demo director through the portal's own login page. */
export async function directorContext(browser: Browser, portalUrl: string, apiUrl: string): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: portalUrl, locale: 'ru-RU' })
  const page = await context.newPage()
  await page.goto('/login')
  await page.getByLabel('БИН/ИИН').fill(DEMO_BIN)
  await page.getByLabel('Директор', { exact: true }).check()
  await page.getByRole('button', { name: 'Получить код' }).click()
  await page.getByText(/Код отправлен на/).waitFor()
  const mail = (await (await fetch(`${apiUrl}/dev/outbox?limit=1`)).json()) as {
    data: { messages: { text: string }[] }
  }
  const code = /(?<!\d)\d{4}(?!\d)/.exec(mail.data.messages[0]?.text ?? '')?.[0] ?? ''
  await page.getByLabel('Код из письма').fill(code)
  await page.getByRole('button', { name: 'Войти', exact: true }).click()
  await page.getByRole('button', { name: 'Выйти' }).waitFor()
  await page.close()
  return context
}

/** A browser context signed in as the demo Forte reviewer (1C login) through the portal's own login page. */
export async function staffContext(browser: Browser, portalUrl: string): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: portalUrl, locale: 'ru-RU' })
  const page = await context.newPage()
  await page.goto('/login')
  await page.getByRole('tab', { name: 'Сотрудник Forte' }).click()
  await page.getByLabel('Логин 1С').fill('admin_1C')
  await page.getByLabel('Пароль').fill('pass_1C')
  await page.getByRole('button', { name: 'Войти', exact: true }).click()
  await page.getByRole('button', { name: 'Выйти' }).waitFor()
  await page.close()
  return context
}

/** The session cookie header of a context, for plain HTTP requests to the portal. */
export async function cookieHeader(context: BrowserContext): Promise<string> {
  return (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ')
}

/** Compressed bytes of JavaScript a fresh load of `path` transfers (what the user downloads). */
export async function firstLoadJs(context: BrowserContext, path: string): Promise<{ bytes: number; scripts: number }> {
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Network.enable')
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
  const scripts = new Map<string, number>()
  const isScript = new Set<string>()
  cdp.on('Network.responseReceived', (e) => {
    if (e.type === 'Script') isScript.add(e.requestId)
  })
  cdp.on('Network.loadingFinished', (e) => {
    if (isScript.has(e.requestId)) scripts.set(e.requestId, e.encodedDataLength)
  })
  await page.goto(path, { waitUntil: 'networkidle' })
  await page.close()
  return { bytes: [...scripts.values()].reduce((a, b) => a + b, 0), scripts: scripts.size }
}
