import { chromium } from '@playwright/test'
const base = 'http://127.0.0.1:3015'
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
const ctx = await browser.newContext({ baseURL: base, locale: 'ru-RU', deviceScaleFactor: 1 })
const page = await ctx.newPage()
const role = process.argv[2] || 'director'
await page.goto('/login')
if (role === 'staff') {
  await page.getByRole('tab', { name: 'Сотрудник Forte' }).click()
  await page.getByLabel('Логин 1С').fill('admin_1C'); await page.getByLabel('Пароль').fill('pass_1C')
  await page.getByRole('button', { name: 'Войти', exact: true }).click()
} else {
  await page.getByLabel('БИН/ИИН').fill('200940026146')
  await page.getByLabel(role === 'director' ? 'Директор' : 'Сотрудник', { exact: true }).check()
  if (role === 'employee') { await page.getByLabel('Мобильный телефон').fill('87781578800'); await page.getByLabel('Имя').fill('Иван') }
  await page.getByRole('button', { name: 'Получить код' }).click()
  await page.getByText(/Код отправлен на/).waitFor()
  const mb = await ctx.newPage(); await mb.goto('/login/mailbox')
  const code = (await mb.getByTestId('letter-text').first().innerText()).match(/\b(\d{4})\b/)[1]; await mb.close()
  await page.getByLabel('Код из письма').fill(code)
  await page.getByRole('button', { name: 'Войти', exact: true }).click()
}
await page.getByRole('button', { name: 'Выйти' }).waitFor()
for (const [i, url] of process.argv.slice(3).entries()) {
  await page.goto(url); await page.waitForTimeout(800)
  await page.screenshot({ path: `/tmp/vehicles-shots/${role}-${i}.png`, fullPage: true })
  console.log(url, '->', (await page.locator('main').innerText()).slice(0, 300).replace(/\n/g, ' | '))
}
await browser.close()
