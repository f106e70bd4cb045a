import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { basic1C, startApi, type StartedApi } from './helper.js'

let api: StartedApi
beforeAll(async () => {
  api = await startApi()
})
afterAll(async () => {
  await api.close()
})

const admin = { authorization: basic1C() }
const decide = (refKey: string, body: unknown) =>
  fetch(`${api.url}/1c/reports/${refKey}/decision`, {
    method: 'POST',
    headers: { ...admin, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
/** What a decision could change: the report's status and reason, and its decisions in the history. */
async function stateOf(refKey: string) {
  const res = await fetch(`${api.url}/1c/reports/${refKey}`, { headers: admin })
  const { data } = (await res.json()) as any
  return {
    status_code: data.report.status_code,
    reject_reason: data.report.reject_reason,
    decisions: data.history.filter((h: any) => h.kind === 'decision').length,
  }
}
const firstWithStatus = async (status: number): Promise<string> => {
  const res = await fetch(`${api.url}/1c/reports?status_code=${status}&per_page=1`, { headers: admin })
  const ref = ((await res.json()) as any).data.items[0]?.ref_key
  if (!ref) throw new Error(`the demo has no report in status ${status}`)
  return ref
}

describe('POST /1c/reports/{ref_key}/decision applies only to sent reports (status 2)', () => {
  for (const status of [1, 3, 4]) {
    it(`refuses a decision on a report in status ${status} with 409, whatever status it expects, and changes nothing`, async () => {
      const ref = await firstWithStatus(status)
      const before = await stateOf(ref)
      for (const expected of [status, 2, undefined]) {
        for (const decision of [{ status_code: 3 }, { status_code: 4, reject_reason: 'Видео не видно' }]) {
          const res = await decide(ref, { ...decision, expected_status_code: expected })
          const body = (await res.json()) as any
          expect(res.status, JSON.stringify({ expected, decision, body })).toBe(409)
          expect(body).toMatchObject({ status: 'error', data: { code: 409, current_status_code: status } })
        }
      }
      expect(await stateOf(ref)).toEqual(before)
    })
  }

  it('refuses a sent report when the caller expects another status, and still takes the right decision', async () => {
    const ref = await firstWithStatus(2)
    const before = await stateOf(ref)
    for (const expected of [1, 3, 4]) {
      const res = await decide(ref, { status_code: 3, expected_status_code: expected })
      expect(res.status).toBe(409)
      expect(((await res.json()) as any).data.current_status_code).toBe(2)
    }
    expect(await stateOf(ref)).toEqual(before)
    const ok = await decide(ref, { status_code: 3, expected_status_code: 2 })
    expect(ok.status).toBe(200)
    expect(await stateOf(ref)).toEqual({ ...before, status_code: 3, decisions: before.decisions + 1 })
  })
})
