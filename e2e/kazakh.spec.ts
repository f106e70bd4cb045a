import type { Page } from '@playwright/test'
import { expectNoSeriousA11yViolations } from './support/axe'
import { expect, test } from './support/fixtures'

// The Kazakh portal (kk): the KZ switch, <html lang="kk">, the cookie that keeps it, and every heading
// and status of the main pages in Kazakh, for a director and for a Forte reviewer.
const SHOTS = process.env.KAZAKH_SHOTS_DIR // e.g. /tmp/kazakh-shots (never inside the repo)

const KK_STATUSES = ['Есеп тапсыру', 'Жіберілді', 'Мақұлданды', 'Қабылданбады']
const RU_STATUSES = ['Сдать отчёт', 'Отправлено', 'Одобрено', 'Отказано', 'Просрочен']
const KAZAKH_LETTER = /[ӘәҒғҚқҢңӨөҰұҮүҺһІі]/
const CYRILLIC = /[А-Яа-яЁё]/

async function switchToKazakh(page: Page) {
  await page.getByRole('group', { name: 'Язык / Тіл / Language' }).getByRole('button', { name: 'KZ' }).click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk')
  await expect(page.getByRole('button', { name: 'KZ' })).toHaveAttribute('aria-pressed', 'true')
}

/**
 * The page is in Kazakh: its h1 is `title`, every heading that has Cyrillic words is Kazakh (has a
 * letter Russian lacks: ә, ғ, қ, ң, ө, ұ, ү, һ, і), no Russian status title is left, and axe is clean.
 */
async function expectKazakhPage(page: Page, title: string | RegExp, shot?: string) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
  const headings = await page.getByRole('heading').allInnerTexts()
  const notKazakh = headings.filter((h) => CYRILLIC.test(h) && !KAZAKH_LETTER.test(h))
  expect(notKazakh, `headings not in Kazakh on ${page.url()}`).toEqual([])
  const main = await page.locator('main').innerText()
  for (const ru of RU_STATUSES) expect(main, `Russian status «${ru}» on ${page.url()}`).not.toContain(ru)
  await expectNoSeriousA11yViolations(page)
  if (SHOTS && shot) await page.screenshot({ path: `${SHOTS}/${shot}.png`, fullPage: true })
}

/** The status badges of the page (a table's status column, a report's status). */
async function expectKazakhStatuses(page: Page) {
  const main = page.locator('main')
  await expect(main.getByText(new RegExp(`^(${KK_STATUSES.join('|')})$`)).first()).toBeVisible()
}

test('the sign-in page switches to Kazakh before signing in', async ({ page }) => {
  await page.goto('/login')
  await switchToKazakh(page)
  await expect(page.getByRole('heading', { name: 'Көлікті қарау порталына кіру' })).toBeVisible()
  await expect(page.getByLabel('БСН/ЖСН')).toBeVisible()
  await expect(page.getByRole('tab', { name: 'Forte қызметкері' })).toBeVisible()
  await expectNoSeriousA11yViolations(page)
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/login-kk.png`, fullPage: true })
})

test('director: KZ turns the main pages into Kazakh, and it survives a reload', async ({ directorPage: page }) => {
  await page.goto('/reports')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Отчёты')
  await switchToKazakh(page)

  const nav = page.getByRole('navigation', { name: 'Негізгі мәзір' })
  for (const link of ['Есептер', 'Көліктер', 'Қызметкерлер', 'Жапсырмалар']) {
    await expect(nav.getByRole('link', { name: link })).toBeVisible()
  }
  await expect(page.getByRole('button', { name: 'Шығу' })).toBeVisible()
  await expectKazakhPage(page, 'Есептер', 'reports-kk')
  await expectKazakhStatuses(page)
  await expect(page.getByRole('columnheader', { name: /Мемнөмір/ })).toBeVisible()

  // The choice is a cookie: a reload, and a new page, stay in Kazakh.
  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Есептер')
  const cookie = (await page.context().cookies()).find((c) => c.name === 'locale')
  expect(cookie?.value).toBe('kk')

  // A report's own page: its title, its cards and its status.
  await page.locator('main').getByRole('link', { name: /^\d+/ }).first().click()
  await expect(page).toHaveURL(/\/reports\/[^/]+$/)
  await expectKazakhPage(page, /^№ .+ есеп$/, 'report-kk')
  await expectKazakhStatuses(page)

  await page.goto('/vehicles')
  await expectKazakhPage(page, 'Көліктер', 'vehicles-kk')
  await expectKazakhStatuses(page)
  await page.locator('main').getByRole('link', { name: 'Ашу' }).first().click()
  await expect(page).toHaveURL(/\/vehicles\/[^/]+$/)
  await expect(page.getByRole('heading', { name: 'Бейнеге не түсіру керек' })).toBeVisible()
  await expectKazakhPage(page, /.+/, 'vehicle-kk')

  await page.goto('/employees')
  await expectKazakhPage(page, 'Қызметкерлер', 'employees-kk')
  await expect(page.getByRole('heading', { name: 'Қызметкер порталға қалай кіреді' })).toBeVisible()

  await page.goto('/stickers')
  await expectKazakhPage(page, 'Жапсырмалар', 'stickers-kk')

  // And back: RU undoes it.
  await page.getByRole('button', { name: 'RU' }).click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Наклейки')
})

test('reviewer: the queue and a report to decide, in Kazakh', async ({ staffPage: page }) => {
  await page.goto('/review')
  await switchToKazakh(page)
  await expectKazakhPage(page, 'Тексеру', 'review-queue-kk')
  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk')

  await page.locator('main').getByRole('link', { name: 'Ашу' }).first().click()
  await expect(page).toHaveURL(/\/review\/[^/?]+/)
  await expectKazakhPage(page, /^№ .+ есеп$/, 'review-report-kk')
  await expect(page.getByRole('button', { name: 'Мақұлдау' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Қабылдамау' })).toBeVisible()
  await expectKazakhStatuses(page)
  // The video player's own controls speak Kazakh too.
  await expect(page.locator('.vjs-big-play-button')).toHaveAttribute('title', 'Бейнені ойнату')
})
