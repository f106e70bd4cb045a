import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ForteUnavailableError } from './errors'
import { MAX_REF_KEY_LENGTH } from './ref-key'
import { getReport } from './reports'
import { getReport1C } from './review'

describe('a ref_key longer than the contract allows', () => {
  const saved = process.env.FORTE_API_URL
  // Nothing listens here: any call to the API would fail with ForteUnavailableError.
  beforeAll(() => {
    process.env.FORTE_API_URL = 'http://127.0.0.1:9'
  })
  afterAll(() => {
    process.env.FORTE_API_URL = saved
  })
  const client = { kind: 'bearer', token: 't' } as const
  const staff = { kind: 'basic', login: 'l', password: 'p' } as const

  it('is "not found" without asking the API', async () => {
    const long = 'a'.repeat(MAX_REF_KEY_LENGTH + 1)
    expect(await getReport(client, long)).toBeUndefined()
    expect(await getReport1C(staff, long)).toBeUndefined()
    expect(await getReport(client, '')).toBeUndefined()
  })

  it('while one of the allowed length is asked for', async () => {
    const longest = 'a'.repeat(MAX_REF_KEY_LENGTH)
    await expect(getReport(client, longest)).rejects.toBeInstanceOf(ForteUnavailableError)
    await expect(getReport1C(staff, longest)).rejects.toBeInstanceOf(ForteUnavailableError)
  })
})
