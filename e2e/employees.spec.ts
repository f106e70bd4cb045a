import { expect, test, type Browser, type Page } from '@playwright/test'
import { expectNoSeriousA11yViolations } from './support/axe'
import { DEMO } from './support/demo'
import { enterCode, readOtpFromMailbox, signInClient } from './support/sign-in'

const SHOTS = process.env.EMPLOYEES_SHOTS_DIR // e.g. /tmp/employees-shots (never inside the repo)

/** Signs in as a NEW employee through the login page (the API creates them), leaving the demo employees alone. */
async function signInNewEmployee(page: Page, mobile: string, firstName: string) {
  await page.goto('/login')
  await page.getByLabel('БИН/ИИН').fill(DEMO.biin)
  await page.getByLabel('Сотрудник', { exact: true }).check()
  await page.getByLabel('Мобильный телефон').fill(mobile)
  await page.getByLabel('Имя').fill(firstName)
  await page.getByRole('button', { name: 'Получить код' }).click()
  await expect(page.getByText(/Код отправлен на/)).toBeVisible()
  await enterCode(page, await readOtpFromMailbox(page))
  await expect(page.getByRole('button', { name: 'Выйти' })).toBeVisible()
}

async function newSignedInPage(browser: Browser, role: 'director' | 'employee') {
  const context = await browser.newContext()
  const page = await context.newPage()
  await signInClient(page, role)
  return page
}

const rowOf = (page: Page, name: string) =>
  page.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) })

test.describe('employees page (director)', () => {
  test('lists the employees with formatted mobiles, explains joining, searches through the URL', async ({ page }) => {
    await signInClient(page, 'director')
    await page.getByRole('navigation', { name: 'Основная навигация' }).getByRole('link', { name: 'Сотрудники' }).click()
    await expect(page).toHaveURL(/\/employees$/)
    await expect(page.getByRole('heading', { name: 'Сотрудники', level: 1 })).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Как сотрудник получает доступ' })).toBeVisible()
    await expect(page.getByText('Код входа приходит на электронную почту компании')).toBeVisible()

    const ivan = rowOf(page, 'Иван')
    await expect(ivan.getByRole('cell')).toHaveText(['+7 (778) 157-88-00', '153', 'Удалить'])
    await expect(rowOf(page, 'Ерлан').getByRole('cell').first()).toHaveText('+7 (702) 157-88-00')
    await expectNoSeriousA11yViolations(page)
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/list.png`, fullPage: true })

    // Search by the number as shown: the URL keeps it, a reload shows the same rows.
    await page.getByLabel('Поиск сотрудника').fill('+7 (702)')
    await expect(page).toHaveURL(/\/employees\?q=%2B7\+%28702%29$/)
    await expect(page.getByRole('rowheader')).toHaveText(['Ерлан'])
    await page.reload()
    await expect(page.getByLabel('Поиск сотрудника')).toHaveValue('+7 (702)')
    await expect(page.getByRole('rowheader')).toHaveText(['Ерлан'])
    await page.getByLabel('Поиск сотрудника').fill('Пётр')
    await expect(page.getByText('Никого не нашлось по запросу «Пётр».')).toBeVisible()
    await page.getByLabel('Поиск сотрудника').fill('')
    await expect(page).toHaveURL(/\/employees$/)
    await expect(rowOf(page, 'Иван')).toBeVisible()
  })

  test('deleting an employee signed in elsewhere ends their session: their next page load goes to /login', async ({
    browser,
  }) => {
    // Context B: a new employee signs in through the login page.
    const employee = await (await browser.newContext()).newPage()
    await signInNewEmployee(employee, '87015550123', 'Тимур')
    await employee.goto('/vehicles')
    await expect(employee).toHaveURL(/\/vehicles$/)

    // Context A: the director deletes them through the confirmation dialog.
    const director = await newSignedInPage(browser, 'director')
    await director.goto('/employees')
    const row = rowOf(director, 'Тимур')
    await expect(row.getByRole('cell').first()).toHaveText('+7 (701) 555-01-23')
    await row.getByRole('button', { name: 'Удалить сотрудника Тимур' }).click()
    const dialog = director.getByRole('dialog', { name: 'Удалить сотрудника Тимур?' })
    await expect(dialog).toBeVisible()
    await expect(dialog).toContainText('Тимур (+7 (701) 555-01-23) больше не сможет')
    await expect(dialog.getByRole('button', { name: 'Отмена' })).toBeFocused()
    await expectNoSeriousA11yViolations(director)
    if (SHOTS) await director.screenshot({ path: `${SHOTS}/dialog.png` })
    // Tab stays inside the modal; Esc closes it without deleting.
    for (let i = 0; i < 4; i++) await director.keyboard.press('Tab')
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true)
    await director.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    await expect(row).toBeVisible()

    await row.getByRole('button', { name: 'Удалить сотрудника Тимур' }).click()
    await dialog.getByRole('button', { name: 'Удалить', exact: true }).click()
    await expect(row).toHaveCount(0)
    await expect(director.getByTestId('employees-notice')).toHaveText('Сотрудник Тимур удалён.')
    await director.reload()
    await expect(director.getByRole('rowheader', { name: 'Иван' })).toBeVisible()
    await expect(rowOf(director, 'Тимур')).toHaveCount(0)

    // B's next page load: signed out, on /login, and the session is gone for good.
    await employee.goto('/reports')
    await expect(employee).toHaveURL(/\/login\?/)
    await expect(employee.getByText('Сессия истекла. Войдите снова.')).toBeVisible()
    await employee.goto('/vehicles')
    await expect(employee).toHaveURL(/\/login\?from=%2Fvehicles$/)
    await employee.context().close()
    await director.context().close()
  })

  test('when the deletion fails the row comes back with a message; an employee cannot call the action', async ({
    browser,
  }) => {
    const director = await newSignedInPage(browser, 'director')
    await director.goto('/employees')
    const row = rowOf(director, 'Ерлан')
    await expect(row).toBeVisible()

    // The action call never reaches the portal: the optimistic removal is rolled back.
    let actionId = ''
    let actionBody = ''
    await director.route('**/employees', async (route) => {
      const req = route.request()
      if (req.method() !== 'POST') return route.continue()
      actionId = (await req.headerValue('next-action')) ?? ''
      actionBody = req.postData() ?? ''
      await route.abort('connectionrefused')
    })
    await row.getByRole('button', { name: 'Удалить сотрудника Ерлан' }).click()
    await director.getByRole('dialog').getByRole('button', { name: 'Удалить', exact: true }).click()
    await expect(director.getByTestId('employees-notice')).toContainText(
      'Не удалось удалить сотрудника Ерлан: нет связи с порталом',
    )
    await expect(row).toBeVisible()
    await expect(director.getByRole('alert').filter({ hasText: 'Ерлан' })).toBeVisible()
    if (SHOTS) await director.screenshot({ path: `${SHOTS}/restored.png`, fullPage: true })
    expect(actionId, 'the delete action id').toMatch(/^[0-9a-f]{20,}$/)
    await director.unroute('**/employees')

    // The employee: no nav entry, the 403 page, and the same server action refused on the server.
    const employee = await newSignedInPage(browser, 'employee')
    await expect(
      employee.getByRole('navigation', { name: 'Основная навигация' }).getByRole('link', { name: 'Сотрудники' }),
    ).toHaveCount(0)
    await employee.goto('/employees')
    await expect(employee).toHaveURL(/\/forbidden$/)
    await expect(employee.getByRole('heading', { name: 'Нет доступа' })).toBeVisible()
    await expect(employee.getByText('Ерлан')).toHaveCount(0)
    await expectNoSeriousA11yViolations(employee)

    const res = await employee.request.post('/employees', {
      headers: { 'next-action': actionId, 'content-type': 'text/plain;charset=UTF-8', accept: 'text/x-component' },
      data: actionBody,
      maxRedirects: 0,
    })
    // The action ran and its role check sent the caller to the 403 page instead of deleting.
    expect(res.headers()['x-action-redirect']).toMatch(/^\/forbidden\b/)
    expect(await res.text()).not.toContain('"ok":true')
    await director.reload()
    await expect(rowOf(director, 'Ерлан')).toBeVisible()
    await employee.context().close()
    await director.context().close()
  })
})
