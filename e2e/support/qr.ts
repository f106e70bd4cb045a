import jsQR from 'jsqr'
import { PNG } from 'pngjs'
import type { Locator } from '@playwright/test'

/** Screenshots the element and reads the QR code in it back (null when none is readable). */
export async function decodeQr(el: Locator): Promise<string | null> {
  const png = PNG.sync.read(await el.screenshot())
  return (
    jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), png.width, png.height)?.data ??
    null
  )
}
