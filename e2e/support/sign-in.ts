import { expect, type Page } from '@playwright/test'
import { DEMO } from './demo'

/** Reads the newest OTP from the demo mailbox page (the way a newcomer does), in a second tab. */
export async function readOtpFromMailbox(page: Page): Promise<string> {
  const mailbox = await page.context().newPage()
  try {
    await mailbox.goto('/login/mailbox')
    const text = await mailbox.getByTestId('letter-text').first().innerText()
    const code = text.match(/\b(\d{4})\b/)?.[1]
    expect(code, `no 4-digit code in the newest letter: ${text}`).toBeTruthy()
    return code!
  } finally {
    await mailbox.close()
  }
}

/** Step 1 of the client sign-in: fills BIN/IIN and role, asks for the code, waits for "Код отправлен". */
export async function requestCode(page: Page, role: 'director' | 'employee', biin: string = DEMO.biin) {
  if (!page.url().includes('/login')) await page.goto('/login')
  await page.getByLabel('БИН/ИИН').fill(biin)
  await page.getByLabel(role === 'director' ? 'Директор' : 'Сотрудник', { exact: true }).check()
  if (role === 'employee') {
    await page.getByLabel('Мобильный телефон').fill(DEMO.employee.mobile)
    await page.getByLabel('Имя').fill(DEMO.employee.firstName)
  }
  await page.getByRole('button', { name: 'Получить код' }).click()
  await expect(page.getByText(/Код отправлен на/)).toBeVisible()
}

export async function enterCode(page: Page, code: string) {
  await page.getByLabel('Код из письма').fill(code)
  await page.getByRole('button', { name: 'Войти', exact: true }).click()
}

/** Signs in through the real UI as a client (director or employee) and waits for the portal shell. */
export async function signInClient(page: Page, role: 'director' | 'employee', from?: string) {
  await page.goto(from ? `/login?from=${encodeURIComponent(from)}` : '/login')
  await requestCode(page, role)
  await enterCode(page, await readOtpFromMailbox(page))
  await expectShell(page)
}

/** The signed-in shell: "Выйти" in the header, or behind "Меню" on a phone. */
async function expectShell(page: Page) {
  await expect(page.getByRole('button', { name: 'Выйти' }).or(page.getByRole('button', { name: 'Меню' }))).toBeVisible()
}

/** Signs in through the real UI as a Forte reviewer (1C account). */
export async function signInStaff(
  page: Page,
  login: string = DEMO.staff.login,
  password: string = DEMO.staff.password,
) {
  await page.goto('/login')
  await page.getByRole('tab', { name: 'Сотрудник Forte' }).click()
  await page.getByLabel('Логин 1С').fill(login)
  await page.getByLabel('Пароль').fill(password)
  await page.getByRole('button', { name: 'Войти', exact: true }).click()
  await expectShell(page)
}
