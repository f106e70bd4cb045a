import { describe, expect, it } from 'vitest'
import { safeCallbackUrl, safePortalPath } from './safe-redirect'

describe('safePortalPath', () => {
  it.each([
    ['/vehicles?q=abc', '/vehicles?q=abc'],
    ['/reports/ABC-1#video', '/reports/ABC-1#video'],
    ['/review?status=2&page=3', '/review?status=2&page=3'],
  ])('keeps a portal path: %s', (from, expected) => expect(safePortalPath(from)).toBe(expected))

  it.each([
    '/\\evil.example',
    '/\\/evil.example',
    '\\\\evil.example',
    '//evil.example',
    '///evil.example',
    'https://evil.example',
    'http:evil.example',
    '/\t/evil.example',
    '/\n/evil.example',
    '\t//evil.example',
    '/%09/evil.example'.replace('%09', '\t'),
    'javascript:alert(1)',
    'evil.example',
    '',
    null,
    undefined,
    '/login',
    '/login/mailbox',
    '/api/auth/signout',
  ])('sends %j home instead', (from) => expect(safePortalPath(from)).toBe('/'))

  it('keeps an encoded backslash encoded: it stays a (missing) page of the portal', () => {
    expect(safePortalPath('/%5Cevil.example')).toBe('/%5Cevil.example')
  })
})

describe('safeCallbackUrl (NextAuth redirect callback)', () => {
  const base = 'http://portal.example.kz'
  it.each([
    ['/login', 'http://portal.example.kz/login'],
    ['http://portal.example.kz/reports?status=1', 'http://portal.example.kz/reports?status=1'],
    ['/vehicles', 'http://portal.example.kz/vehicles'],
    ['https://evil.example/phish', 'http://portal.example.kz/'],
    ['//evil.example', 'http://portal.example.kz/'],
    ['/\\evil.example', 'http://portal.example.kz/'],
    ['http://portal.example.kz.evil.example/', 'http://portal.example.kz/'],
  ])('%s → %s', (url, expected) => expect(safeCallbackUrl(url, base)).toBe(expected))
})
