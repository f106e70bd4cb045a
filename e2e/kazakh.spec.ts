import type { Page } from '@playwright/test'
import { expectNoSeriousA11yViolations } from './support/axe'
import { expect, test } from './support/fixtures'

// The Kazakh portal (kk): the KZ switch, <html lang="kk">, the cookie that keeps it, and every heading
// and status of the main pages in Kazakh, for a director and for a Forte reviewer.
const SHOTS = process.env.KAZAKH_SHOTS_DIR // e.g. /tmp/kazakh-shots (never inside the repo)

const KK_STATUSES = ['Есеп тапсыру', 'Жіберілді', 'Мақұлданды', 'Қабылданбады']
const RU_DATE = /\d{1,2} (января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)/
const RU_STATUSES = ['Сдать отчёт', 'Отправлено', 'Одобрено', 'Отказано', 'Просрочен']
const CYRILLIC = /[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]/

async function switchToKazakh(page: Page) {
  await page.getByRole('group', { name: 'Язык / Тіл / Language' }).getByRole('button', { name: 'KZ' }).click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk')
  await expect(page.getByRole('button', { name: 'KZ' })).toHaveAttribute('aria-pressed', 'true')
}

const headings = (page: Page) => page.getByRole('heading').allInnerTexts()

/** The same page read in another language (the cookie the switch writes), then back in Kazakh. */
async function headingsIn(page: Page, locale: 'ru' | 'kk') {
  await page.evaluate((l) => (document.cookie = `locale=${l}; path=/`), locale)
  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('lang', locale)
  // A streamed page shows its loading state (the title over grey blocks) first: read the headings once
  // the page itself is there.
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.locator('main .animate-pulse')).toHaveCount(0)
  return headings(page)
}

/**
 * The page is in Kazakh: its h1 is `title`; every heading differs from the same heading in Russian
 * (one with Cyrillic words equal in both languages was left untranslated); no Russian status title or
 * date is left; axe is clean.
 */
async function expectKazakhPage(page: Page, title: string | RegExp, shot?: string) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
  const ru = await headingsIn(page, 'ru')
  const kk = await headingsIn(page, 'kk')
  expect(kk.length, `headings on ${page.url()}`).toBe(ru.length)
  const untranslated = kk.filter((h, i) => h === ru[i] && CYRILLIC.test(h))
  expect(untranslated, `headings not in Kazakh on ${page.url()}`).toEqual([])
  const main = await page.locator('main').innerText()
  for (const r of RU_STATUSES) expect(main, `Russian status «${r}» on ${page.url()}`).not.toContain(r)
  expect(main, `a date in Russian on ${page.url()}`).not.toMatch(RU_DATE)
  await expectNoSeriousA11yViolations(page)
  if (SHOTS && shot) await page.screenshot({ path: `${SHOTS}/${shot}.png`, fullPage: true })
}

/** The status badges of the page (a table's status column, a report's status). */
async function expectKazakhStatuses(page: Page) {
  const main = page.locator('main')
  const badge = main.getByText(new RegExp(`^(${KK_STATUSES.join('|')})$`))
  await expect(badge.filter({ visible: true }).first()).toBeVisible()
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
  for (const link of ['Есептер', 'Көліктер', 'Қызметкерлер', 'Жапсырмалар', 'Талдау']) {
    await expect(nav.getByRole('link', { name: link })).toBeVisible()
  }
  await expect(page.getByRole('button', { name: 'Шығу' })).toBeVisible()
  await expectKazakhPage(page, 'Есептер', 'reports-kk')
  await expectKazakhStatuses(page)
  await expect(page.getByRole('columnheader', { name: 'Мемнөмір' }).first()).toBeVisible()

  // The choice is a cookie: a reload, and a new page, stay in Kazakh.
  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Есептер')
  const cookie = (await page.context().cookies()).find((c) => c.name === 'locale')
  expect(cookie?.value).toBe('kk')

  // A report's own page: its title, its cards and its status. (Clicked once the page is whole and its
  // code has run: the loading state shows the same title before the table streams in.)
  await expect(page.locator('main .animate-pulse')).toHaveCount(0)
  await page.waitForLoadState('networkidle')
  await page.locator('main').getByRole('link', { name: /^\d+/ }).first().click()
  await expect(page).toHaveURL(/\/reports\/[^/]+$/)
  await expectKazakhPage(page, /^№ .+ есеп$/, 'report-kk')
  await expectKazakhStatuses(page)

  await page.goto('/vehicles')
  await expectKazakhPage(page, 'Көліктер', 'vehicles-kk')
  await expectKazakhStatuses(page)
  await page
    .locator('main')
    .getByRole('link', { name: /^\d{3}[A-Z]{2}\d{2}$/ })
    .first()
    .click()
  await expect(page).toHaveURL(/\/vehicles\/[^/]+$/)
  await expect(page.getByRole('heading', { name: 'Бейнеге не түсіру керек' })).toBeVisible()
  await expectKazakhPage(page, /.+/, 'vehicle-kk')

  await page.goto('/employees')
  await expectKazakhPage(page, 'Қызметкерлер', 'employees-kk')
  await expect(page.getByRole('heading', { name: 'Қызметкер порталға қалай кіреді' })).toBeVisible()

  await page.goto('/stickers')
  await expectKazakhPage(page, 'Жапсырмалар', 'stickers-kk')

  await page.goto('/insights')
  await expectKazakhPage(page, 'Талдау', 'insights-kk')

  // And back: RU undoes it.
  await page.getByRole('button', { name: 'RU' }).click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Аналитика')
})

test('reviewer: the queue and a report to decide, in Kazakh', async ({ staffPage: page }) => {
  await page.goto('/review')
  await switchToKazakh(page)
  await expectKazakhPage(page, 'Тексеру', 'review-queue-kk')
  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk')

  await page.locator('main').getByRole('link', { name: /^№ / }).first().click()
  await expect(page).toHaveURL(/\/review\/[^/?]+/)
  await expectKazakhPage(page, /^№ .+ есеп$/, 'review-report-kk')
  await expect(page.getByRole('button', { name: 'Мақұлдау' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Қабылдамау' })).toBeVisible()
  await expectKazakhStatuses(page)
  // Who sent the video: the API titles the role in Russian, the page says it in Kazakh.
  await expect(page.getByTestId('report-history')).toContainText(/Қызметкер|Директор/)
  await expect(page.getByTestId('report-history')).not.toContainText('Сотрудник')
  // The video player speaks Kazakh too: its play button, and video.js's own controls once it takes over.
  const player = page.getByTestId('review-video')
  await expect(player.getByRole('button', { name: 'Бейнені ойнату' }).first()).toBeVisible()
  await player.hover()
  await expect(player.locator('.vjs-big-play-button')).toHaveAttribute('title', 'Бейнені ойнату')

  await page.goto('/review/all')
  await expectKazakhPage(page, 'Барлық есептер', 'review-all-kk')
  await page.goto('/clients')
  await expectKazakhPage(page, 'Клиенттер', 'clients-kk')
})

test('employee: Менің тапсырмаларым and the capture screen, in Kazakh', async ({ employeePage: page }) => {
  await page.goto('/tasks')
  await switchToKazakh(page)
  await expectKazakhPage(page, 'Менің тапсырмаларым', 'tasks-kk')
  await expect(page.getByTestId('task').first()).toContainText('Бейне түсіру')
  await page.getByTestId('task').first().click()
  await expect(page).toHaveURL(/\/tasks\/[^/]+$/)
  await expectKazakhPage(page, /^Қарау · есеп .+/, 'capture-kk')
  await expect(page.getByRole('button', { name: 'Бейнені жіберу' })).toBeVisible()
})
