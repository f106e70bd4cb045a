import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'

/**
 * Prints the page to PDF (print media, CSS page size) into `dir` and reads it back with poppler:
 * the page count and sizes, each page's text, and per page how many stickers (one «ForteLeasing» each).
 */
export async function printPdf(page: Page, dir: string, name: string) {
  await page.emulateMedia({ media: 'print' })
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true })
  await page.emulateMedia({ media: 'screen' })
  const file = join(dir, `${name}.pdf`)
  writeFileSync(file, pdf)
  const info = execFileSync('pdfinfo', ['-l', '1000', file], { encoding: 'utf8' })
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)![1])
  const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => [
    Number(m[1]),
    Number(m[2]),
  ])
  const texts = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f').slice(0, pages)
  return { file, pages, sizes, texts, perPage: texts.map((t) => (t.match(/ForteLeasing/g) ?? []).length) }
}
