import { mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expectNoSeriousA11yViolations } from './support/axe'
import { expect, test } from './support/fixtures'
import { seedFleet, staffVehicles } from './support/fleet'
import { printPdf } from './support/print-pdf'
import { decodeQr } from './support/qr'

// Bulk stickers at fleet size: one company of 195 vehicles (4 picker pages of 50, 2 API pages of 100).
const shotsDir = process.env.STICKER_SHOTS_DIR || join(tmpdir(), 'stickers-scale')
mkdirSync(shotsDir, { recursive: true })

let fleet: Awaited<ReturnType<typeof seedFleet>>
test.beforeAll(async () => {
  fleet = await seedFleet(195)
})

test.describe.configure({ mode: 'serial' })

test.describe('stickers at scale', () => {
  test('staff tick vehicles on different pages: the choice survives paging; start at label 5 leaves 4 empty cells', async ({
    staffPage: page,
  }) => {
    await page.goto(`/stickers?biin=${fleet.biin}`)
    await expect(page.getByText('Найдено: 195')).toBeVisible()
    await expect(page.locator('input[name="v"]')).toHaveCount(50)
    const counter = page.getByTestId('selected-count')
    await expect(counter).toHaveText('Выбрано: 0')

    await page.getByLabel('Выбрать S000KZ02').check()
    await page.getByLabel('Выбрать S001KZ02').check()
    await expect(counter).toHaveText('Выбрано: 2')
    await page.getByRole('link', { name: 'Вперёд' }).click()
    await expect(page).toHaveURL(/page=2/)
    await page.getByRole('link', { name: 'Вперёд' }).click()
    await expect(page).toHaveURL(/page=3/)
    await expect(counter).toHaveText('Выбрано: 2')
    await page.getByLabel('Выбрать S120KZ02').check()
    await expect(counter).toHaveText('Выбрано: 3')
    // a reload keeps it too
    await page.reload()
    await expect(counter).toHaveText('Выбрано: 3')
    await expect(page.getByLabel('Выбрать S120KZ02')).toBeChecked()

    await page.getByLabel(/3×8/).check()
    await page.getByLabel('Начать с наклейки №').fill('5')
    await page.getByRole('button', { name: 'Показать для печати' }).click()
    await expect(page).toHaveURL(/\/stickers\/print\?/)
    await expect(page.getByTestId('sticker')).toHaveCount(3)
    await expect(page.getByTestId('sticker-blank')).toHaveCount(4)
    await expect(page.getByText(/начало с наклейки №5/)).toBeVisible()

    // the first sticker sits in cell 5: row 2, column 2 of the 3×8 grid (70×37 mm cells)
    const sheet = (await page.getByTestId('sticker-sheet').first().boundingBox())!
    const first = (await page.getByTestId('sticker').first().boundingBox())!
    const px = 96 / 25.4
    expect(Math.round((first.x - sheet.x) / px)).toBe(70)
    expect(Math.round((first.y - sheet.y - 0.5 * px) / px)).toBe(37)
    await expect(page.getByTestId('sticker').first()).toHaveAttribute('data-guid', fleet.vehicles[0]!.vehicle_guid)
    await page.screenshot({ path: join(shotsDir, 'start-at-5.png') })

    const pdf = await printPdf(page, shotsDir, 'start-at-5')
    expect(pdf.pages).toBe(1)
    expect(pdf.perPage).toEqual([3])
    expect(pdf.texts[0]!.match(/Отсканируйте/g)).toHaveLength(3)
    for (const plate of ['S000KZ02', 'S001KZ02', 'S120KZ02']) expect(pdf.texts[0]).toContain(plate)
  })

  test('staff select all 195 by the filter across pages and print them in one job of 195 stickers', async ({
    staffPage: page,
  }) => {
    await page.goto(`/stickers?biin=${fleet.biin}`)
    const counter = page.getByTestId('selected-count')
    await page.getByRole('button', { name: 'Выбрать все 195 по фильтру' }).click()
    await expect(counter).toHaveText('Выбрано: 195')
    await expect(page.getByText('Выбраны все 195 по фильтру.')).toBeVisible()
    await expectNoSeriousA11yViolations(page)
    await page.screenshot({ path: join(shotsDir, 'picker-all-selected.png'), fullPage: true })

    // the last page: every row ticked, and unticking one counts down (then back)
    await page.goto(`/stickers?biin=${fleet.biin}&page=4`)
    await expect(page.locator('input[name="v"]')).toHaveCount(45)
    await expect(counter).toHaveText('Выбрано: 195')
    for (const box of await page.locator('input[name="v"]').all()) await expect(box).toBeChecked()
    await page.getByLabel('Выбрать S194KZ02').uncheck()
    await expect(counter).toHaveText('Выбрано: 194')
    await page.getByLabel('Выбрать S194KZ02').check()
    await expect(counter).toHaveText('Выбрано: 195')

    await page.getByLabel(/3×8/).check()
    await page.getByRole('button', { name: 'Показать для печати' }).click()
    await expect(page).toHaveURL(/all=1/)
    await expect(page.getByTestId('sticker')).toHaveCount(195)
    await expect(page.getByTestId('sticker-sheet')).toHaveCount(9)
    await expect(page.getByText('195 наклеек на 9 стр.')).toBeVisible()
    const guids = await page.getByTestId('sticker').evaluateAll((els) => els.map((e) => e.getAttribute('data-guid')))
    expect(new Set(guids)).toEqual(new Set(fleet.vehicles.map((v) => v.vehicle_guid)))
    // QR codes carry the bare guid (a sample: first, one from the second API page, last)
    for (const i of [0, 150, 194]) {
      const sticker = page.getByTestId('sticker').nth(i)
      expect(await decodeQr(sticker.locator('svg'))).toBe(await sticker.getAttribute('data-guid'))
    }
    await expectNoSeriousA11yViolations(page)
    await page.screenshot({ path: join(shotsDir, 'print-195.png') })

    const pdf = await printPdf(page, shotsDir, 'print-195')
    expect(pdf.pages).toBe(9)
    expect(pdf.perPage).toEqual([24, 24, 24, 24, 24, 24, 24, 24, 3])
    const all = pdf.texts.join('\n')
    expect(all.match(/Отсканируйте/g)).toHaveLength(195)
    for (const v of fleet.vehicles) expect(all.match(new RegExp(v.plate_number, 'g')), v.plate_number).toHaveLength(1)

    // Printing records sticker_printed_at for all 195 (through the portal's action)
    expect((await staffVehicles(`?biin=${fleet.biin}&sticker=none`)).total).toBe(195)
    await page.getByRole('button', { name: 'Печать', exact: true }).click()
    await expect(page.getByTestId('print-status')).toHaveText('Отмечено как напечатанные: 195.')
    expect((await staffVehicles(`?biin=${fleet.biin}&sticker=none`)).total).toBe(0)

    // "без наклейки" now finds none of them; the list shows the print date
    await page.goto(`/stickers?biin=${fleet.biin}`)
    await expect(counter).toHaveText('Выбрано: 0')
    await page.getByLabel('Только без наклейки (новые)').check()
    await page.getByRole('button', { name: 'Найти' }).click()
    await expect(page).toHaveURL(/sticker=none/)
    await expect(page.getByText('Найдено: 0')).toBeVisible()
  })

  test('director: "без наклейки" hides a vehicle once its sticker is printed', async ({ directorPage: page }) => {
    await page.goto('/stickers?sticker=none')
    await expect(page.getByLabel('Только без наклейки (новые)')).toBeChecked()
    const boxes = page.locator('input[name="v"]')
    const before = await boxes.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))
    expect(before.length).toBeGreaterThan(1)
    await expect(page.getByTestId('selected-count')).toHaveText(`Выбрано: ${before.length}`)
    await expectNoSeriousA11yViolations(page)
    await page.screenshot({ path: join(shotsDir, 'director-new-only.png'), fullPage: true })

    await page.goto(`/stickers/print?layout=label-100x60&v=${before[0]}`)
    await expect(page.getByTestId('sticker')).toHaveCount(1)
    await expect(page.getByTestId('sticker')).toContainText('Отсканируйте в приложении ForteLeasing')
    await page.getByRole('button', { name: 'Печать', exact: true }).click()
    await expect(page.getByTestId('print-status')).toHaveText('Отмечено как напечатанные: 1.')

    await page.goto('/stickers?sticker=none')
    await expect(boxes).toHaveCount(before.length - 1)
    await expect(page.locator(`input[value="${before[0]}"]`)).toHaveCount(0)
    await page.goto('/stickers')
    await expect(page.locator(`input[value="${before[0]}"]`)).toHaveCount(1)
  })

  test('nothing ticked: the print form says so instead of printing an empty job', async ({ staffPage: page }) => {
    await page.goto(`/stickers?biin=${fleet.biin}&page=2`)
    await page.getByRole('button', { name: 'Показать для печати' }).click()
    await expect(page.getByRole('alert').filter({ hasText: 'Отметьте хотя бы один транспорт.' })).toBeVisible()
    await expect(page).toHaveURL(/\/stickers\?/)
  })
})
