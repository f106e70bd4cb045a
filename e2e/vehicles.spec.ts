import { expectNoSeriousA11yViolations } from './support/axe'
import { expect, test } from './support/fixtures'
import { decodeQr } from './support/qr'

// A vehicle of the other demo company (ИП Сагинтаев, BIN 790920300817): the demo director must not see it.
const OTHER_COMPANY_VEHICLE = '9e1f0a10-5b6d-11ee-9405-005056aaa4ae'

test.describe('vehicles', () => {
  test('director: list with filters in the URL, a vehicle card with checklist and a QR code holding its guid', async ({
    directorPage: page,
  }) => {
    await page.goto('/vehicles')
    await expect(page.getByRole('heading', { level: 1, name: 'Транспорт' })).toBeVisible()
    const rows = page.getByTestId('vehicles-table').locator('tbody tr')
    await expect(rows.first()).toBeVisible()
    const all = await rows.count()
    expect(all).toBeGreaterThan(1)
    // every row: a status badge, plate link or "без номера", a VIN
    await expect(rows.first().locator('td').nth(3)).toHaveText(/^[A-Z0-9]{17}$/)
    await expectNoSeriousA11yViolations(page)

    // filter by status "Отправлено" (2): the URL changes and only such rows remain
    await page.getByLabel('Статус').selectOption('2')
    await expect(page).toHaveURL(/status=2/)
    await expect(page.getByLabel('Статус')).toHaveValue('2')
    const sent = page.getByTestId('vehicles-table').locator('tbody tr')
    await expect(sent.first()).toBeVisible()
    for (const badge of await sent.locator('td:first-child').allInnerTexts()) expect(badge).toContain('Отправлено')
    expect(await sent.count()).toBeLessThan(all)

    // the filter survives a reload (URL is the source of truth)
    await page.reload()
    await expect(page.getByLabel('Статус')).toHaveValue('2')
    await page.getByRole('button', { name: 'Сбросить' }).click()
    await expect(page).not.toHaveURL(/status=/)
    await expect(rows).toHaveCount(all)

    // open the first vehicle with a plate
    const row = rows.filter({ has: page.locator('a') }).first()
    const guid = await row.getAttribute('data-vehicle-guid')
    await row.getByRole('link').click()
    await expect(page).toHaveURL(new RegExp(`/vehicles/${guid}$`))
    const card = page.getByTestId('vehicle-card')
    await expect(card).toContainText('Договор')
    await expect(card).toContainText(/\d{2}\.\d{2}\.\d{4}/) // contract end
    await expect(page.getByTestId('instructions').getByRole('checkbox').first()).toBeVisible()
    const box = page.getByTestId('instructions').getByRole('checkbox').first()
    await box.check()
    await expect(box).toBeChecked()
    expect(await decodeQr(page.getByTestId('vehicle-qr'))).toBe(guid)
    await expect(page.getByRole('link', { name: 'Печать наклейки' })).toHaveAttribute('href', new RegExp(guid!))
    await expect(page.getByRole('button', { name: 'Скачать SVG' })).toBeVisible()
    await expectNoSeriousA11yViolations(page)

    // SVG download carries the same QR
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Скачать SVG' }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(/\.svg$/)
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Скачать PNG' }).click(),
    ])
    expect(png.suggestedFilename()).toMatch(/\.png$/)
  })

  test('director: a report video plays in place on the vehicle card', async ({ directorPage: page }) => {
    await page.goto('/vehicles?status=2')
    await page.getByTestId('vehicles-table').locator('tbody tr a').first().click()
    // Players load on request, so the card downloads no video nobody watches.
    await page
      .getByRole('button', { name: /Смотреть видео/ })
      .first()
      .click()
    const video = page.getByTestId('report-video').first().locator('video')
    await expect(video).toBeVisible()
    await video.evaluate((v: HTMLVideoElement) => {
      v.muted = true
      return v.play()
    })
    await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime)).toBeGreaterThan(0)
  })

  test("director: another company's vehicle is a clear not-found page", async ({ directorPage: page }) => {
    // (the status line is already sent by the streamed shell, so the page itself must say it)
    await page.goto(`/vehicles/${OTHER_COMPANY_VEHICLE}`)
    await expect(page.getByRole('heading', { name: 'Транспорт не найден' })).toBeVisible()
    await expect(page.getByText('9e1f0a10')).toHaveCount(0)
    await expect(page.getByRole('link', { name: 'К списку транспорта' })).toBeVisible()
    await expectNoSeriousA11yViolations(page)
    // its picture is not reachable either
    expect((await page.request.get(`/vehicles/${OTHER_COMPANY_VEHICLE}/image`)).status()).toBe(404)
  })

  test('employee: sees the vehicles and the QR code, without sticker printing', async ({ employeePage: page }) => {
    await page.goto('/vehicles')
    const link = page.getByTestId('vehicles-table').locator('tbody tr a').first()
    await link.click()
    await expect(page.getByTestId('vehicle-qr')).toBeVisible()
    await expect(page.getByRole('link', { name: 'Печать наклейки' })).toHaveCount(0)
  })
})
