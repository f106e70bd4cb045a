/** Bytes needed to decide: box size (4) + `ftyp` (4) + major brand (4). */
export const MP4_SNIFF_BYTES = 12

/**
 * Is this the start of an MP4 / ISO-BMFF file? Decided from the bytes, never from the client's
 * Content-Type or file name: the first box must be `ftyp` with a sane size and a printable brand.
 */
export function isMp4Signature(head: Uint8Array): boolean {
  if (head.length < MP4_SNIFF_BYTES) return false
  const b = Buffer.from(head.buffer, head.byteOffset, head.byteLength)
  if (b.toString('latin1', 4, 8) !== 'ftyp') return false
  const size = b.readUInt32BE(0)
  // A real ftyp box holds a major brand, a minor version and a few compatible brands.
  if (size < 16 || size > 4096 || (size - 16) % 4 !== 0) return false
  for (let i = 8; i < 12; i++) {
    const c = b[i]!
    if (c < 0x20 || c > 0x7e) return false
  }
  return true
}
