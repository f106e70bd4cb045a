import { expect, type Page } from '@playwright/test'

/**
 * The phone check: the page does not scroll sideways and no visible element reaches past the
 * viewport's edges, not even inside a box that scrolls sideways (a table cell pushed out of reach is
 * the bug this catches). A failure names the offenders as `tag.class (left..right px)`.
 */
export async function expectNothingWiderThanViewport(page: Page) {
  const offenders = await page.evaluate(() => {
    const vw = document.documentElement.clientWidth
    const out: string[] = []
    if (document.documentElement.scrollWidth > vw + 1) out.push(`document (${document.documentElement.scrollWidth}px)`)
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      const r = el.getBoundingClientRect()
      if (r.width === 0 || r.height <= 1) continue // not rendered, or visually hidden (sr-only)
      if (r.right > vw + 1 || r.left < -1)
        out.push(
          `${el.tagName.toLowerCase()}.${String(el.className).slice(0, 60)} (${Math.round(r.left)}..${Math.round(r.right)}px)`,
        )
    }
    return out.slice(0, 10)
  })
  expect(offenders, `wider than the ${page.viewportSize()?.width}px viewport on ${page.url()}`).toEqual([])
}
