import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { isMp4Signature } from '../../src/lib/mp4-signature.js'

const sample = readFileSync(path.resolve(import.meta.dirname, '../../seed/sample.mp4'))

describe('isMp4Signature', () => {
  it('accepts the sample MP4', () => {
    expect(isMp4Signature(sample.subarray(0, 12))).toBe(true)
  })
  it('rejects a PNG, text, short input and an absurd ftyp size', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])
    expect(isMp4Signature(png)).toBe(false)
    expect(isMp4Signature(Buffer.from('hello world, not a video'))).toBe(false)
    expect(isMp4Signature(sample.subarray(0, 8))).toBe(false)
    const huge = Buffer.from(sample.subarray(0, 12))
    huge.writeUInt32BE(0x7fffffff, 0)
    expect(isMp4Signature(huge)).toBe(false)
  })
  it('accepts a minimal ftyp box and rejects other first boxes', () => {
    const box = (type: string, size: number, brand = 'isom') => {
      const b = Buffer.alloc(16)
      b.writeUInt32BE(size, 0)
      b.write(type, 4, 'latin1')
      b.write(brand, 8, 'latin1')
      return b
    }
    expect(isMp4Signature(box('ftyp', 16))).toBe(true)
    expect(isMp4Signature(box('ftyp', 24, 'mp42'))).toBe(true)
    expect(isMp4Signature(box('moov', 16))).toBe(false)
    expect(isMp4Signature(box('ftyp', 8))).toBe(false)
    expect(isMp4Signature(box('ftyp', 18))).toBe(false)
    expect(isMp4Signature(box('ftyp', 16, '\u0000\u0001ab'))).toBe(false)
  })
})
