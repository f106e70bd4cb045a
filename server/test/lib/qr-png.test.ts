import { describe, expect, it } from 'vitest'
import { qrPng } from '../../src/lib/qr-png.js'
import { decodeQrPng } from './qr-decode.js'

describe('qrPng', () => {
  it('encodes exactly the guid', async () => {
    const guid = '4cac2fb0-3cc2-11ea-8db2-1831bf7dd028'
    const buf = await qrPng(guid)
    expect(buf.subarray(1, 4).toString()).toBe('PNG')
    expect(decodeQrPng(buf)).toBe(guid)
  })
})
