import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MAX_UPLOAD_BYTES } from '../src/plugins/external/multipart.js'
import {
  FIELD_CASES,
  GOOD_FIELDS,
  MAX_VIDEO_BYTES,
  SIGNATURE_CASES,
  SIZE_CASES,
  signatureBytes,
} from './fixtures/upload-cases.js'
import { bearer, loginDirector, startApi, type StartedApi } from './helper.js'
import { dueReports, rawUpload, storedVideos } from './upload-client.js'

// The upload rules' shared case table (fixtures/upload-cases.ts) against the API over HTTP; the browser's
// form runs the same table in lib/schemas/upload.test.ts.

let api: StartedApi
let token: string

beforeAll(async () => {
  api = await startApi({ mediaWorkers: 0 })
  token = (await loginDirector(api.url)).access_token
})
afterAll(async () => {
  await api?.close()
})

type Part = [name: string, value: string | Blob]
const post = async (parts: Part[]) => {
  const form = new FormData()
  for (const [name, value] of parts) form.append(name, value as string)
  const res = await fetch(`${api.url}/reports/upload`, { method: 'POST', headers: bearer(token), body: form })
  return { status: res.status, body: (await res.json()) as any }
}
const textParts = (fields: Record<string, string>): Part[] => Object.entries(fields)

/** The fields' verdicts without any video: the API names each bad field, and always the missing file. */
const fieldErrors = async (fields: Record<string, string>) => {
  const { status, body } = await post(textParts(fields))
  expect(status).toBe(422)
  expect(body.data.errors.file).toBe('A video file is required.')
  return body.data.errors as Record<string, string>
}

describe('POST /reports/upload keeps the shared upload rules', () => {
  it('allows the same 64 MiB as the table', () => {
    expect(MAX_UPLOAD_BYTES).toBe(MAX_VIDEO_BYTES)
  })

  it.each(FIELD_CASES)('$field = $value: taken as sent: $api', async ({ field, value, api: taken }) => {
    const errors = await fieldErrors({ ref_key: 'some-report', ...GOOD_FIELDS, [field]: value })
    expect(Object.keys(errors).sort()).toEqual(taken ? ['file'] : [field, 'file'].sort())
  })

  it.each(FIELD_CASES.filter((c) => c.browser !== null))(
    '$field: what the form sends for $value ($browser) is taken',
    async ({ field, browser }) => {
      expect(await fieldErrors({ ref_key: 'some-report', ...GOOD_FIELDS, [field]: browser! })).toEqual({
        file: 'A video file is required.',
      })
    },
  )

  // The file comes first, then fields without ref_key: a file the API takes leaves only that field to name.
  it.each(SIGNATURE_CASES)('a file that starts with $name: MP4 $mp4', async (c) => {
    const file = new Blob([signatureBytes(c)], { type: 'video/mp4' })
    const { status, body } = await post([['file', file], ...textParts(GOOD_FIELDS)])
    if (c.mp4) expect({ status, errors: body.data.errors }).toEqual({ status: 422, errors: { ref_key: 'Required.' } })
    else
      expect({ status, message: body.data.message }).toEqual({ status: 415, message: 'The file is not an MP4 video.' })
  })

  it.each(SIZE_CASES)('a video of $name: within the limit $ok', async (c) => {
    const head = signatureBytes(SIGNATURE_CASES[0]!).subarray(0, 16)
    const res = await rawUpload({
      url: api.url,
      token,
      fields: GOOD_FIELDS,
      fileSize: c.bytes,
      declareLength: true,
      *file() {
        yield Buffer.from(head)
        const chunk = Buffer.alloc(1024 * 1024)
        for (let left = c.bytes - head.length; left > 0; left -= chunk.length) yield chunk.subarray(0, left)
      },
    })
    const body = JSON.parse(res.body)
    if (c.ok)
      expect({ status: res.status, errors: body.data.errors }).toEqual({
        status: 422,
        errors: { ref_key: 'Required.' },
      })
    else expect(res.status).toBe(413)
    expect(storedVideos(api.config.videoDir)).toEqual([]) // nothing kept of a refused upload
  })

  it('stores what the browser form sends for its own spellings (datetime-local, decimal comma)', async () => {
    const [ref_key] = await dueReports(api.url, token)
    const sent = (field: string, value: string) =>
      FIELD_CASES.find((c) => c.field === field && c.value === value && c.api === false)!.browser!
    const fields = {
      ref_key: ref_key!,
      time_sent: sent('time_sent', '2025-05-12T10:15'),
      lat: sent('lat', '43,2389'),
      long: sent('long', '76,5'),
    }
    const video = new Blob([signatureBytes(SIGNATURE_CASES[0]!)], { type: 'video/mp4' })
    expect((await post([...textParts(fields), ['file', video]])).status).toBe(201)
    const report = await fetch(`${api.url}/reports/select/${ref_key}`, { headers: bearer(token) })
    expect((await report.json()).data.submission).toMatchObject({
      time_sent: '2025-05-12 10:15:00',
      lat: 43.2389,
      long: 76.5,
      size: 1024 + 16,
    })
  })
})
