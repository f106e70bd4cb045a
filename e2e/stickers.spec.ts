import { execFileSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expectNoSeriousA11yViolations } from './support/axe'
import { expect, test } from './support/fixtures'
import { printPdf as printPdfTo } from './support/print-pdf'
import { decodeQr } from './support/qr'

// Sharper screenshots so every small QR code reads back reliably.
test.use({ deviceScaleFactor: 2 })

const shotsDir = process.env.STICKER_SHOTS_DIR || mkdtempSync(join(tmpdir(), 'stickers-'))

const printPdf = (page: Page, name: string) => printPdfTo(page, shotsDir, name)

const mm = (pts: number) => (pts * 25.4) / 72

/** Every sticker's QR code, read back from a screenshot, equals the guid the picker offered for it. */
async function expectQrCodesMatch(page: Page, offered: Set<string>) {
  const stickers = page.getByTestId('sticker')
  const n = await stickers.count()
  for (let i = 0; i < n; i++) {
    const sticker = stickers.nth(i)
    const guid = await sticker.getAttribute('data-guid')
    expect(offered.has(guid!), `sticker ${i} is for an offered vehicle`).toBe(true)
    expect(await decodeQr(sticker.locator('svg')), `QR of sticker ${i}`).toBe(guid)
  }
  return n
}

test.describe('stickers', () => {
  test('director: A4 3×8 — QR codes read back as guids, 24 per printed page, right page count', async ({
    directorPage: page,
  }) => {
    await page.goto('/stickers')
    await expect(page.getByRole('heading', { level: 1, name: 'Наклейки' })).toBeVisible()
    const boxes = page.locator('input[name="v"]')
    const offered = new Set(await boxes.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value)))
    expect(offered.size).toBeGreaterThan(1)
    await expectNoSeriousA11yViolations(page)

    await page.getByLabel(/3×8/).check()
    await page.getByLabel('Копий каждой наклейки').fill('4')
    await page.getByRole('button', { name: 'Показать для печати' }).click()
    await expect(page).toHaveURL(/\/stickers\/print\?/)
    const total = offered.size * 4
    await expect(page.getByTestId('sticker')).toHaveCount(total)
    const sheets = Math.ceil(total / 24)
    await expect(page.getByTestId('sticker-sheet')).toHaveCount(sheets)

    // exact sizes on screen: a sticker is 70×37 mm (96 px per inch)
    const size = await page.getByTestId('sticker').first().boundingBox()
    expect(Math.abs(size!.width - (70 * 96) / 25.4)).toBeLessThan(1)
    expect(Math.abs(size!.height - (37 * 96) / 25.4)).toBeLessThan(1)

    expect(await expectQrCodesMatch(page, offered)).toBe(total)
    await expectNoSeriousA11yViolations(page)

    const pdf = await printPdf(page, 'a4-3x8')
    expect(pdf.pages).toBe(sheets)
    for (const [w, h] of pdf.sizes) {
      expect(Math.round(mm(w))).toBe(210)
      expect(Math.round(mm(h))).toBe(297)
    }
    expect(pdf.perPage).toEqual(Array.from({ length: sheets }, (_, i) => Math.min(24, total - i * 24)))
    // a picture of the first printed A4 sheet, to look at
    execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', pdf.file, join(shotsDir, 'a4-3x8')])
  })

  test('director: A4 2×5 gives 10 per page; the 100×60 label gives one per 100×60 mm page', async ({
    directorPage: page,
  }) => {
    await page.goto('/stickers')
    const guids = await page
      .locator('input[name="v"]')
      .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))
    const three = guids.slice(0, 3)

    await page.goto(`/stickers/print?layout=a4-2x5&copies=4&${three.map((g) => `v=${g}`).join('&')}`)
    await expect(page.getByTestId('sticker')).toHaveCount(12)
    expect(await expectQrCodesMatch(page, new Set(three))).toBe(12)
    const a4 = await printPdf(page, 'a4-2x5')
    expect(a4.pages).toBe(2)
    expect(a4.perPage).toEqual([10, 2])
    execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', a4.file, join(shotsDir, 'a4-2x5')])

    await page.goto(`/stickers/print?layout=label-100x60&${three.map((g) => `v=${g}`).join('&')}`)
    await expect(page.getByTestId('sticker')).toHaveCount(3)
    expect(await expectQrCodesMatch(page, new Set(three))).toBe(3)
    const labels = await printPdf(page, 'label-100x60')
    expect(labels.pages).toBe(3)
    expect(labels.perPage).toEqual([1, 1, 1])
    for (const [w, h] of labels.sizes) {
      expect(Math.round(mm(w))).toBe(100)
      expect(Math.round(mm(h))).toBe(60)
    }
  })

  test("director: another company's vehicle id in the URL prints nothing for it", async ({ directorPage: page }) => {
    await page.goto('/stickers/print?layout=a4-3x8&v=9e1f0a10-5b6d-11ee-9405-005056aaa4ae')
    await expect(page.getByTestId('sticker')).toHaveCount(0)
    await expect(page.getByText(/не найдено среди доступного вам транспорта/)).toBeVisible()
  })

  test("staff: searches any company's vehicles by BIN, plate and VIN and prints them", async ({ staffPage: page }) => {
    await page.goto('/stickers')
    await page.getByLabel('БИН/ИИН компании').fill('790920300817')
    await page.getByRole('button', { name: 'Найти' }).click()
    await expect(page).toHaveURL(/biin=790920300817/)
    const boxes = page.locator('input[name="v"]')
    await expect(boxes.first()).toBeVisible()
    await expect(page.locator('tbody')).toContainText('790920300817')
    await expect(page.locator('tbody')).not.toContainText('200940026146')
    await expectNoSeriousA11yViolations(page)

    // by plate of the demo company's truck
    await page.goto('/stickers?q=264LE02')
    await expect(boxes).toHaveCount(1)
    await expect(page.locator('tbody')).toContainText('X2FXXXESGXKM42757')
    // by VIN
    await page.goto('/stickers?q=X2FXXXESGXKM42757')
    await expect(boxes).toHaveCount(1)
    const guid = await boxes.first().getAttribute('value')
    await boxes.first().check()
    await page.getByLabel(/100×60/).check()
    await page.getByRole('button', { name: 'Показать для печати' }).click()
    await expect(page.getByTestId('sticker')).toHaveCount(1)
    await expect(page.getByTestId('sticker')).toContainText('264LE02')
    expect(await decodeQr(page.getByTestId('sticker').locator('svg'))).toBe(guid)
  })
})
