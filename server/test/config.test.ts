import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ConfigError, loadConfig } from '../src/config.js'
import { DEMO_BIN, startApi } from './helper.js'
import { runCli } from './run-cli.js'
import { requestCode } from './sign-in-client.js'

// A fixed secret keeps loadConfig from writing one next to the default database.
const env = (vars: Record<string, string> = {}): NodeJS.ProcessEnv => ({ NODE_ENV: 'test', JWT_SECRET: 'x', ...vars })

describe('reminder settings', () => {
  it('REMINDER_AT is an Almaty HH:MM (default 09:00) or off, anything else a refusal to start; PORTAL_PUBLIC_URL defaults to the portal', () => {
    expect(loadConfig(env())).toMatchObject({
      reminderAt: { hour: 9, minute: 0 },
      portalPublicUrl: 'http://localhost:3000',
    })
    expect(loadConfig(env({ REMINDER_AT: '07:30' })).reminderAt).toEqual({ hour: 7, minute: 30 })
    expect(loadConfig(env({ REMINDER_AT: 'off' })).reminderAt).toBeNull()
    for (const bad of ['24:00', '9', '09:60', 'noon'])
      expect(() => loadConfig(env({ REMINDER_AT: bad })), bad).toThrow(/REMINDER_AT=.*HH:MM/)
    expect(loadConfig(env({ PORTAL_PUBLIC_URL: 'https://portal.forteleasing.kz/' })).portalPublicUrl).toBe(
      'https://portal.forteleasing.kz',
    )
  })
})

describe('settings of a sign-in that faces the internet', () => {
  it('listens on 127.0.0.1 unless FORTE_API_HOST says otherwise', () => {
    expect(loadConfig(env()).host).toBe('127.0.0.1')
    expect(loadConfig(env({ FORTE_API_HOST: '0.0.0.0' })).host).toBe('0.0.0.0')
  })

  it('keeps the dev mailbox off unless DEV_MAILBOX=1, and off with NODE_ENV=production whatever it says', () => {
    expect(loadConfig(env()).devMailbox).toBe(false)
    expect(loadConfig(env({ DEV_MAILBOX: '1' })).devMailbox).toBe(true)
    expect(loadConfig(env({ DEV_MAILBOX: '0' })).devMailbox).toBe(false)
    const prod = loadConfig(env({ DEV_MAILBOX: '1', NODE_ENV: 'production' }))
    expect(prod).toMatchObject({ devMailbox: false, devMailboxRefused: true })
    expect(loadConfig(env({ NODE_ENV: 'production' }), { devMailbox: true }).devMailbox).toBe(false)
  })

  it('reads the abuse limits, with 0 turning one off', () => {
    expect(loadConfig(env())).toMatchObject({
      authFailsPerBiin: 10,
      authFailsPerBiinDay: 30,
      authFailsPerIp: 30,
      lettersPerBiin: 30,
      lettersPerIp: 60,
      loginFails1C: 10,
    })
    const set = loadConfig(
      env({
        AUTH_FAILS_PER_BIIN: '0',
        AUTH_FAILS_PER_BIIN_DAY: '5',
        AUTH_FAILS_PER_IP: '7',
        LETTERS_PER_BIIN: '1000',
        LETTERS_PER_IP: '0',
        LOGIN_FAILS_1C: '3',
      }),
    )
    expect(set).toMatchObject({
      authFailsPerBiin: 0,
      authFailsPerBiinDay: 5,
      authFailsPerIp: 7,
      lettersPerBiin: 1000,
      lettersPerIp: 0,
      loginFails1C: 3,
    })
    // Nonsense never turns a limit off (nor keeps a default silently): the server refuses to start.
    expect(() => loadConfig(env({ AUTH_FAILS_PER_BIIN: 'lots', LETTERS_PER_IP: '-1' }))).toThrow(ConfigError)
  })

  it('without the dev mailbox, /dev/outbox is 404 while sign-in codes are still requested', async () => {
    const api = await startApi({ devMailbox: false })
    try {
      expect((await fetch(`${api.url}/dev/outbox`)).status).toBe(404)
      expect((await requestCode(api.url, DEMO_BIN)).status).toBe(200)
      expect((await fetch(`${api.url}/dev/outbox?limit=1`)).status).toBe(404)
    } finally {
      await api.close()
    }
  })
})

/** The message loadConfig throws for `vars`, or '' when they are accepted. */
const refusal = (vars: Record<string, string>) => {
  try {
    loadConfig(env(vars))
    return ''
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError)
    return (e as Error).message
  }
}

describe('settings are checked at start', () => {
  it('keeps the documented defaults when nothing is set (and blank means unset)', () => {
    const blank = Object.fromEntries(
      ['FORTE_API_PORT', 'ACCESS_TOKEN_TTL', 'MEDIA_WORKERS', 'LOG_LEVEL'].map((k) => [k, ' ']),
    )
    for (const config of [loadConfig(env()), loadConfig(env(blank))]) {
      expect(config).toMatchObject({
        port: 4010,
        host: '127.0.0.1',
        accessTokenTtl: 300,
        refreshTokenTtl: 2_592_000,
        otpTtl: 600,
        otpResendInterval: 60,
        refreshReuseWindow: 10,
        trustProxy: 'loopback',
        mailFrom: 'ForteLeasing <no-reply@forteleasing.kz>',
        apiPublicUrl: undefined,
        smtpUrl: undefined,
        seedDemo: true,
        logLevel: 'info',
        ffmpegFallback: true,
        mediaWorkers: 1,
        mediaLeaseS: 60,
      })
    }
  })

  it('reads good values in every accepted spelling', () => {
    expect(
      loadConfig(
        env({
          FORTE_API_PORT: '65535',
          ACCESS_TOKEN_TTL: '1',
          DEV_MAILBOX: 'Yes',
          SEED_DEMO: 'off',
          FFMPEG_FALLBACK: 'false',
          MEDIA_WORKERS: '0',
          TRUST_PROXY: '10.0.0.0/8, ::1, loopback',
          API_PUBLIC_URL: 'https://api.example.kz/',
          SMTP_URL: 'smtps://user:pass@mail.example.kz:465',
          LOG_LEVEL: 'warn',
        }),
      ),
    ).toMatchObject({
      port: 65535,
      accessTokenTtl: 1,
      devMailbox: true,
      seedDemo: false,
      ffmpegFallback: false,
      mediaWorkers: 0,
      trustProxy: '10.0.0.0/8,::1,loopback',
      apiPublicUrl: 'https://api.example.kz',
      smtpUrl: 'smtps://user:pass@mail.example.kz:465',
      logLevel: 'warn',
    })
    expect(loadConfig(env({ TRUST_PROXY: 'off' })).trustProxy).toBe(false)
  })

  it.each([
    ['ACCESS_TOKEN_TTL', 'abc', 'whole number of seconds'],
    ['ACCESS_TOKEN_TTL', '0', 'whole number of seconds'],
    ['REFRESH_TOKEN_TTL', '1.5', 'whole number of seconds'],
    ['OTP_TTL', '-600', 'whole number of seconds'],
    ['FORTE_API_PORT', '99999', 'port number from 1 to 65535'],
    ['FORTE_API_PORT', 'http', 'port number from 1 to 65535'],
    ['AUTH_FAILS_PER_BIIN', '-1', '0 (no limit) or more'],
    ['LOGIN_FAILS_1C', 'ten', '0 (no limit) or more'],
    ['LETTERS_PER_IP', '2.5', '0 (no limit) or more'],
    ['DEV_MAILBOX', 'maybe', '1/true/on/yes'],
    ['SEED_DEMO', 'nope', '1/true/on/yes'],
    ['FFMPEG_FALLBACK', '2', '1/true/on/yes'],
    ['MEDIA_WORKERS', 'many', 'from 0 (none here) to 64'],
    ['MEDIA_LEASE_S', '0', 'seconds from 1 to 86400'],
    ['TRUST_PROXY', 'true', 'IP addresses or CIDRs'],
    ['TRUST_PROXY', '10.0.0.0/99', 'IP addresses or CIDRs'],
    ['LOG_LEVEL', 'loud', 'fatal, error, warn, info, debug, trace, silent'],
    ['API_PUBLIC_URL', 'api.example.kz', 'http:// or https://'],
    ['SMTP_URL', 'mail.example.kz', 'smtp://… or smtps://…'],
    ['DATABASE_URL', 'mysql://db/forte', 'file:<path> (SQLite) or postgres://'],
  ])('refuses %s=%s, naming it and what it expects', (name, value, expects) => {
    const message = refusal({ [name]: value })
    expect(message).toContain(`${name}=`)
    expect(message).toContain(expects)
  })

  it('names every bad variable at once, and never echoes a value that may hold a password', () => {
    const message = refusal({
      ACCESS_TOKEN_TTL: 'abc',
      FORTE_API_PORT: '99999',
      SMTP_URL: 'ftp://user:hunter2@mail',
      DATABASE_URL: 'mysql://root:hunter2@db',
    })
    for (const name of ['ACCESS_TOKEN_TTL="abc"', 'FORTE_API_PORT="99999"', 'SMTP_URL=', 'DATABASE_URL='])
      expect(message).toContain(name)
    expect(message).not.toContain('hunter2')
  })

  it('a bad value stops `npm run api` with the message and exit code 1, before it listens', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'forte-config-'))
    try {
      const { code, output } = await runCli('api', `file:${path.join(dir, 'forte.sqlite')}`, [], {
        env: {
          ACCESS_TOKEN_TTL: 'abc',
          FORTE_API_PORT: '99999',
          AUTH_FAILS_PER_BIIN: '-1',
          DEV_MAILBOX: 'maybe',
          VIDEO_DIR: path.join(dir, 'videos'),
        },
        timeoutMs: 30_000,
      })
      expect(code).toBe(1)
      expect(output).toContain('Invalid settings')
      expect(output).toContain('ACCESS_TOKEN_TTL="abc": expected a whole number of seconds')
      expect(output).toContain('FORTE_API_PORT="99999": expected a port number from 1 to 65535')
      expect(output).toContain('AUTH_FAILS_PER_BIIN="-1": expected a whole number, 0 (no limit) or more')
      expect(output).toContain('DEV_MAILBOX="maybe": expected one of')
      expect(output).not.toMatch(/^\s+at /m) // no stack trace
      expect(existsSync(path.join(dir, 'forte.sqlite'))).toBe(false) // nothing was opened or created
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
