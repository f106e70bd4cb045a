import jsQR from 'jsqr'
import { PNG } from 'pngjs'

/** Decodes a QR code PNG back to its text (undefined when no code is found). */
export function decodeQrPng(buf: Buffer): string | undefined {
  const png = PNG.sync.read(buf)
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data
}
