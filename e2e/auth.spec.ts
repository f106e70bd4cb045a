import { expect, test } from '@playwright/test'
import { DEMO } from './support/demo'
import { enterCode, readOtpFromMailbox, requestCode, signInClient, signInStaff } from './support/sign-in'

test.describe('client sign-in with OTP', () => {
  test('a director signs in with the code from the demo mailbox page and lands on the dashboard', async ({ page }) => {
    await page.goto('/login')
    await expect(page.getByRole('tab', { name: 'Клиент' })).toHaveAttribute('aria-selected', 'true')
    await requestCode(page, 'director')
    await expect(page.getByText('Код отправлен на e****l@mail.ru')).toBeVisible()
    await expect(page.getByRole('button', { name: /Новый код через \d+ с/ })).toBeDisabled()
    await enterCode(page, await readOtpFromMailbox(page))
    await expect(page).toHaveURL(/\/reports$/)
    await expect(page.getByRole('heading', { name: 'Отчёты' })).toBeVisible()
    await expect(page.getByTestId('company-name')).toContainText('Alpha AJI Gruppe ТОО')
    const nav = page.getByRole('navigation', { name: 'Основная навигация' })
    for (const item of ['Отчёты', 'Транспорт', 'Сотрудники', 'Наклейки'])
      await expect(nav.getByRole('link', { name: item })).toBeVisible()
    await expect(nav.getByRole('link', { name: 'Проверка' })).toHaveCount(0)
  })

  test('a wrong code shows its own message and the right one still works', async ({ page }) => {
    await requestCode(page, 'director')
    const code = await readOtpFromMailbox(page)
    const wrong = code === '0000' ? '1111' : '0000'
    await enterCode(page, wrong)
    await expect(page.getByText('Неверный код. Проверьте 4 цифры из письма')).toBeVisible()
    await expect(page).toHaveURL(/\/login/)
    await enterCode(page, code)
    await expect(page.getByRole('heading', { name: 'Отчёты' })).toBeVisible()
  })

  test('five wrong codes burn it: the message says to request a new code', async ({ page }) => {
    await requestCode(page, 'director')
    const code = await readOtpFromMailbox(page)
    const wrong = code === '0000' ? '1111' : '0000'
    for (let i = 0; i < 5; i++) {
      await enterCode(page, wrong)
      await expect(page.getByRole('button', { name: 'Войти', exact: true })).toBeEnabled()
    }
    await enterCode(page, code)
    await expect(page.getByText('Слишком много неверных попыток')).toBeVisible()
  })

  test('a BIN/IIN with a wrong check digit is refused before anything is sent', async ({ page }) => {
    await page.goto('/login')
    await page.getByLabel('БИН/ИИН').fill('200940026147')
    await page.getByRole('button', { name: 'Получить код' }).click()
    await expect(page.getByText('Неверная контрольная цифра БИН/ИИН')).toBeVisible()
    await expect(page.getByLabel('БИН/ИИН')).toHaveAttribute('aria-invalid', 'true')
  })

  test('an employee signs in and sees their tasks, reports and vehicles only', async ({ page }) => {
    await signInClient(page, 'employee')
    await expect(page.getByTestId('user-name')).toContainText(DEMO.employee.firstName)
    const nav = page.getByRole('navigation', { name: 'Основная навигация' })
    await expect(nav.getByRole('link')).toHaveText(['Мои задачи', 'Отчёты', 'Транспорт'])
  })
})

test.describe('Forte staff sign-in', () => {
  test('a reviewer signs in with the 1C account and lands on the review workspace', async ({ page }) => {
    await signInStaff(page)
    await expect(page).toHaveURL(/\/review$/)
    const nav = page.getByRole('navigation', { name: 'Основная навигация' })
    await expect(nav.getByRole('link')).toHaveText(['Проверка', 'Наклейки', 'Клиенты'])
  })

  test('wrong 1C credentials get a clear message', async ({ page }) => {
    await page.goto('/login')
    await page.getByRole('tab', { name: 'Клиент' }).focus()
    await page.keyboard.press('ArrowRight') // tabs are keyboard-accessible
    await expect(page.getByRole('tab', { name: 'Сотрудник Forte' })).toHaveAttribute('aria-selected', 'true')
    await page.getByLabel('Логин 1С').fill(DEMO.staff.login)
    await page.getByLabel('Пароль').fill('wrong-password')
    await page.getByRole('button', { name: 'Войти', exact: true }).click()
    await expect(page.getByText('Неверный логин или пароль.')).toBeVisible()
  })
})

test.describe('session lifecycle', () => {
  test('a protected URL redirects to /login and comes back after sign-in', async ({ page }) => {
    await page.goto('/vehicles?q=abc')
    await expect(page).toHaveURL(/\/login\?from=%2Fvehicles%3Fq%3Dabc/)
    await requestCode(page, 'director')
    await enterCode(page, await readOtpFromMailbox(page))
    await expect(page).toHaveURL(/\/vehicles\?q=abc$/)
    await expect(page.getByRole('heading', { name: 'Транспорт' })).toBeVisible()
  })

  test('logout ends the session', async ({ page }) => {
    await signInClient(page, 'director')
    await page.getByRole('button', { name: 'Выйти' }).click()
    await expect(page).toHaveURL(/\/login/)
    await page.goto('/reports')
    await expect(page).toHaveURL(/\/login\?from=%2Freports/)
    const session = await (await page.request.get('/api/auth/session')).json()
    expect(session).toEqual({})
  })
})
