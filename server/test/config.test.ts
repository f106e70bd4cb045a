import { describe, expect, it } from 'vitest'
import { loadConfig } from '../src/config.js'
import { DEMO_BIN, startApi } from './helper.js'
import { requestCode } from './sign-in-client.js'

// A fixed secret keeps loadConfig from writing one next to the default database.
const env = (vars: Record<string, string> = {}): NodeJS.ProcessEnv => ({ NODE_ENV: 'test', JWT_SECRET: 'x', ...vars })

describe('reminder settings', () => {
  it('REMINDER_AT is an Almaty HH:MM (default 09:00) or off; PORTAL_PUBLIC_URL defaults to the portal', () => {
    expect(loadConfig(env())).toMatchObject({
      reminderAt: { hour: 9, minute: 0 },
      portalPublicUrl: 'http://localhost:3000',
    })
    expect(loadConfig(env({ REMINDER_AT: '07:30' })).reminderAt).toEqual({ hour: 7, minute: 30 })
    expect(loadConfig(env({ REMINDER_AT: 'off' })).reminderAt).toBeNull()
    for (const bad of ['24:00', '9', '09:60', 'noon'])
      expect(loadConfig(env({ REMINDER_AT: bad })).reminderAt, bad).toEqual({ hour: 9, minute: 0 })
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
    // Nonsense keeps the default rather than turning a limit off.
    expect(loadConfig(env({ AUTH_FAILS_PER_BIIN: 'lots', LETTERS_PER_IP: '-1' }))).toMatchObject({
      authFailsPerBiin: 10,
      lettersPerIp: 60,
    })
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
