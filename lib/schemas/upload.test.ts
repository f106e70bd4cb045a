import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import * as shared from '@/server/test/fixtures/upload-cases'
import { uploadFieldsSchema, videoFileSchema } from './upload'
import { checkVideoFile, isMp4Signature, MAX_VIDEO_BYTES, toApiTimeSent } from './video-file'

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

// The upload rules' shared case table (server/test/fixtures/upload-cases.ts), also run against the API
// over HTTP in server/test/upload-rules.test.ts: the form refuses what the API refuses, and sends only what it takes.
describe('the upload rules shared with the API', () => {
  it('has the same 64 MiB limit', () => {
    expect(MAX_VIDEO_BYTES).toBe(shared.MAX_VIDEO_BYTES)
  })

  it('the table itself: what the API takes as sent, the form sends as it is (trimmed)', () => {
    for (const c of shared.FIELD_CASES.filter((c) => c.api)) expect(c.browser).toBe(c.value.trim())
  })

  it.each(shared.FIELD_CASES)('$field = $value: the form sends $browser', ({ field, value, browser }) => {
    const r = uploadFieldsSchema.safeParse({ ref_key: 'some-report', ...shared.GOOD_FIELDS, [field]: value })
    if (browser === null) {
      expect(r.success).toBe(false)
      expect(new Set(r.error!.issues.map((i) => i.path[0]))).toEqual(new Set([field])) // that field alone
    } else {
      expect(r.success).toBe(true)
      expect(r.data![field]).toBe(browser)
    }
  })

  it.each(shared.SIGNATURE_CASES)('a file that starts with $name: MP4 $mp4', async (c) => {
    const bytes = shared.signatureBytes(c)
    expect(isMp4Signature(bytes.subarray(0, 12))).toBe(c.mp4)
    expect(await checkVideoFile(new Blob([bytes]))).toBe(c.mp4 ? null : 'Файл не является видео MP4')
  })

  it.each(shared.SIZE_CASES)('a video of $name: within the limit $ok', async (c) => {
    const bytes = new Uint8Array(c.bytes)
    bytes.set(shared.signatureBytes(shared.SIGNATURE_CASES[0]!).subarray(0, 16))
    const file = new File([bytes], 'video.mp4', { type: 'video/mp4' })
    expect(await checkVideoFile(file)).toBe(c.ok ? null : 'Файл больше 64 МБ')
    expect(videoFileSchema.safeParse(file).success).toBe(c.ok)
  })
})
