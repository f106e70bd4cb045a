import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { checkVideoFile, isMp4Signature, MAX_VIDEO_BYTES, toApiTimeSent, uploadFieldsSchema } from './upload'

const sample = new Uint8Array(readFileSync('server/seed/sample.mp4'))
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52])

describe('isMp4Signature', () => {
  it('accepts the sample video and refuses a PNG, text and short input', () => {
    expect(isMp4Signature(sample.subarray(0, 12))).toBe(true)
    expect(isMp4Signature(png)).toBe(false)
    expect(isMp4Signature(new TextEncoder().encode('....ftyp<html>'))).toBe(false) // size 0x2e2e2e2e is absurd
    expect(isMp4Signature(sample.subarray(0, 8))).toBe(false)
  })
})

describe('checkVideoFile', () => {
  it('reads the first bytes of a Blob', async () => {
    expect(await checkVideoFile(new Blob([sample]))).toBeNull()
    expect(await checkVideoFile(new Blob([png]))).toBe('Файл не является видео MP4')
  })
  it('refuses more than 64 MiB without reading it', async () => {
    const big = { size: MAX_VIDEO_BYTES + 1 } as Blob
    expect(await checkVideoFile(big)).toBe('Файл больше 64 МБ')
  })
})

describe('uploadFieldsSchema', () => {
  const ok = { ref_key: 'abc', time_sent: '2024-05-01T10:20:30', lat: '43.238949', long: '76,889709' }
  it('turns a datetime-local value into the API format and accepts a comma decimal', () => {
    expect(uploadFieldsSchema.parse(ok)).toEqual({
      ref_key: 'abc',
      time_sent: '2024-05-01 10:20:30',
      lat: '43.238949',
      long: '76.889709',
    })
    expect(toApiTimeSent('2024-05-01T10:20')).toBe('2024-05-01 10:20:00')
  })
  it.each([
    ['lat', '91'],
    ['lat', '-90.5'],
    ['lat', '43.123456789'],
    ['lat', 'abc'],
    ['lat', ''],
    ['long', '180.1'],
    ['long', '1234'],
    ['time_sent', '2024-02-30T10:00'],
    ['time_sent', 'вчера'],
  ])('refuses %s = %j', (field, value) => {
    const r = uploadFieldsSchema.safeParse({ ...ok, [field]: value })
    expect(r.success).toBe(false)
    expect(r.error?.issues[0]?.path).toEqual([field])
  })
})
