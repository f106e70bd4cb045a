import { isRedirectError } from 'next/dist/client/components/redirect-error'
import { getURLFromRedirectError } from 'next/dist/client/components/redirect'
import { describe, expect, it } from 'vitest'
import { ForteApiError, ForteMalformedError, ForteTimeoutError, ForteUnavailableError } from './errors'
import { loadPageData } from './page-data'

const failWith = (e: Error) => () => Promise.reject(e)

describe('loadPageData', () => {
  it('gives the data of a call that succeeds', async () => {
    expect(await loadPageData('/vehicles', async () => [1, 2])).toEqual({ data: [1, 2] })
  })

  it('sends a 401 to sign-in again, coming back to the encoded page', async () => {
    const e = await loadPageData('/reports?range=1m&vehicle=A 1', failWith(new ForteApiError(401, 'no'))).catch(
      (x: unknown) => x,
    )
    expect(isRedirectError(e)).toBe(true)
    expect(getURLFromRedirectError(e as never)).toBe(
      '/login?reason=expired&from=%2Freports%3Frange%3D1m%26vehicle%3DA%201',
    )
  })

  it('reports an unreachable or too slow API as apiDown', async () => {
    expect(await loadPageData('/review', failWith(new ForteUnavailableError()))).toEqual({ apiDown: true })
    expect(await loadPageData('/review', failWith(new ForteTimeoutError()))).toEqual({ apiDown: true })
  })

  it('gives up on an API that does not answer within the page budget', async () => {
    const hung = () => new Promise<never>(() => {})
    expect(await loadPageData('/reports', hung, 50)).toEqual({ apiDown: true })
  })

  it('rethrows anything else for error.tsx', async () => {
    await expect(loadPageData('/employees', failWith(new ForteApiError(500, 'boom')))).rejects.toThrow('boom')
    await expect(loadPageData('/employees', failWith(new ForteMalformedError('bad json')))).rejects.toBeInstanceOf(
      ForteMalformedError,
    )
  })
})
