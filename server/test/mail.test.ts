import { randomUUID } from 'node:crypto'
import { afterEach, describe, expect, it } from 'vitest'
import { BUSINESS_TZ } from '../src/lib/dates.js'
import { appBasic, DEMO_BIN, DEMO_IIN, startApi, type StartedApi } from './helper.js'
import { fourDigitNumbers, type SmtpSink, startSmtpSink } from './smtp-sink.js'

const COMPANY_EMAIL = 'email@mail.ru'
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

// Servers and SMTP sinks of the running test, closed after it whatever happens.
const opened: { close(): Promise<void> }[] = []
afterEach(async () => {
  for (const o of opened.splice(0).reverse()) await o.close()
})
async function api(overrides: Parameters<typeof startApi>[0]): Promise<StartedApi> {
  const a = await startApi(overrides)
  opened.push(a)
  return a
}
async function sink(opts?: Parameters<typeof startSmtpSink>[0]): Promise<SmtpSink> {
  const s = await startSmtpSink(opts)
  opened.push({ close: () => s.stop() })
  return s
}

const requestCode = (url: string, body: Record<string, unknown>, biin = DEMO_BIN) =>
  fetch(`${url}/biin/${biin}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ FCM: 'f', ...body }),
  })
const signIn = (url: string, biin: string, uuid: string, code: string) =>
  fetch(`${url}/auth`, { method: 'POST', headers: { authorization: appBasic(biin, uuid, code) } })
const outboxRows = (a: StartedApi) => a.app.db.selectFrom('outbox').selectAll().orderBy('id').execute()
const clock = (d: Date) =>
  new Intl.DateTimeFormat('ru-RU', {
    timeZone: BUSINESS_TZ,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(d)

describe('OTP letters through SMTP', () => {
  it('arrive in Russian and English, text and HTML, saying who asked and until when; the code signs in', async () => {
    const smtp = await sink()
    const a = await api({ smtpUrl: smtp.url, devMailbox: false })

    const uuid = randomUUID()
    const before = new Date(Date.now() + 600_000)
    const res = await requestCode(a.url, { role_id: 2, uuid, mobile: '87770001234', first_name: 'Айгерим' })
    expect(res.status).toBe(200)
    const after = new Date(Date.now() + 600_000)
    const mail = await smtp.next({ to: COMPANY_EMAIL })

    expect(mail.subject).toMatch(/Код входа/)
    expect(mail.from?.value[0]?.address).toBe('no-reply@forteleasing.kz')
    const text = mail.text ?? ''
    const [code, ...others] = fourDigitNumbers(text)
    expect(code).toMatch(/^\d{4}$/)
    expect(others).toEqual([]) // the code is the only 4-digit number (no mobile tail, no year)
    expect(text).toMatch(/Код для входа/)
    expect(text).toMatch(/sign-in code/)
    expect(text).toContain('сотрудник компании Айгерим')
    expect(text).toContain('employee Айгерим')
    expect(text).toContain('10 минут')
    expect(text).toContain('10 minutes')
    const until = /до (\d\d:\d\d) по времени Алматы/.exec(text)?.[1]
    expect([clock(before), clock(after)]).toContain(until)
    expect(text).toContain(`until ${until} Almaty time`)
    expect(mail.html).toEqual(expect.stringContaining(code!))
    expect(mail.html).toEqual(expect.stringContaining('lang="en"'))
    expect(mail.html).toEqual(expect.stringContaining('Айгерим'))

    expect((await signIn(a.url, DEMO_BIN, uuid, code!)).status).toBe(200)

    // A director's letter names the role, and no name. With the dev mailbox off, a delivered letter
    // keeps no text in the database.
    expect((await requestCode(a.url, { role_id: 1, uuid: randomUUID() }, DEMO_IIN)).status).toBe(200)
    const director = await smtp.next({ to: 'ip.demo@mail.kz' })
    expect(director.text).toContain('директор компании')
    expect(director.text).toContain("company's director")
    expect(fourDigitNumbers(director.text ?? '')).toHaveLength(1)
    const rows = await outboxRows(a)
    expect(rows.map((r) => [r.kind, !!r.sent_at, r.body, r.html])).toEqual([
      ['otp', true, '', ''],
      ['otp', true, '', ''],
    ])
  })

  it('keep a hostile name out of the letter: no digits, links or markup', async () => {
    const smtp = await sink()
    const a = await api({ smtpUrl: smtp.url, devMailbox: false })
    const res = await requestCode(a.url, {
      role_id: 2,
      uuid: randomUUID(),
      mobile: '87770001235',
      first_name: '<b>Иван</b> 1234 http://evil.example',
    })
    expect(res.status).toBe(200)
    const mail = await smtp.next()
    expect(fourDigitNumbers(mail.text ?? '')).toHaveLength(1)
    expect(mail.text).not.toMatch(/evil\.example|<b>|1234/)
    expect(mail.html).not.toMatch(/<b>Иван|evil\.example/)
  })

  it('SMTP down for 20 s: /biin answers at once, and the letter arrives when SMTP is back', async () => {
    const smtp = await sink()
    const a = await api({ smtpUrl: smtp.url, devMailbox: false })
    await smtp.stop()

    const uuid = randomUUID()
    const res = await requestCode(a.url, { role_id: 1, uuid })
    expect(res.status).toBe(200) // answered while SMTP is still down
    expect(smtp.messages).toHaveLength(0)

    await sleep(20_000)
    const [waiting] = await outboxRows(a)
    expect(waiting).toMatchObject({ sent_at: null, last_error: expect.any(String) })
    expect(waiting!.attempts).toBeGreaterThanOrEqual(2) // retried, backing off
    expect(smtp.messages).toHaveLength(0)

    await smtp.restart()
    const mail = await smtp.next({ to: COMPANY_EMAIL, seconds: 60 })
    const [code] = fourDigitNumbers(mail.text ?? '')
    expect((await signIn(a.url, DEMO_BIN, uuid, code!)).status).toBe(200)
  }, 120_000)

  it('two instances on one database deliver every letter exactly once', async () => {
    const smtp = await sink()
    const one = await api({ smtpUrl: smtp.url, devMailbox: false })
    const two = await api({
      smtpUrl: smtp.url,
      devMailbox: false,
      databaseUrl: one.config.databaseUrl,
      videoDir: one.config.videoDir,
      jwtSecret: one.config.jwtSecret,
    })
    const both = [one, two]

    // Sign-in codes asked of both instances at once, then a burst of letters written on both while
    // both senders drain the outbox as fast as they can.
    const codes = await Promise.all(
      Array.from({ length: 8 }, (_, i) => requestCode(both[i % 2]!.url, { role_id: 1, uuid: randomUUID() })),
    )
    expect(codes.map((r) => r.status)).toEqual(Array(8).fill(200))
    const burst = Array.from({ length: 24 }, (_, i) =>
      both[i % 2]!.app.mailer.send({ to: `burst-${i}@example.kz`, subject: `Letter ${i}`, text: `Body ${i}` }),
    )
    const drains = both.flatMap((a) => Array.from({ length: 6 }, () => a.app.mailer.flush()))
    await Promise.all([...burst, ...drains])
    await smtp.waitForCount(32)

    const rows = await outboxRows(one)
    expect(rows).toHaveLength(32)
    expect(rows.every((r) => r.sent_at && r.attempts === 1)).toBe(true)
    // Closing drains both senders: a second copy of any letter would have arrived by now.
    await two.close()
    opened.splice(opened.indexOf(two), 1)
    await one.close()
    opened.splice(opened.indexOf(one), 1)
    expect(smtp.messages).toHaveLength(32)
    expect(new Set(smtp.messages.map((m) => m.messageId)).size).toBe(32)
  }, 60_000)

  it('a letter written in a transaction exists only if the transaction commits', async () => {
    const smtp = await sink()
    const a = await api({ smtpUrl: smtp.url, devMailbox: false })
    const letter = { to: 'tx@example.kz', subject: 'Tx', text: 'Body' }
    await expect(
      a.app.db.transaction().execute(async (trx) => {
        await a.app.mailer.send(letter, trx)
        throw new Error('the cause failed')
      }),
    ).rejects.toThrow('the cause failed')
    expect(await outboxRows(a)).toHaveLength(0)

    await a.app.db.transaction().execute((trx) => a.app.mailer.send(letter, trx))
    expect((await smtp.next({ to: 'tx@example.kz' })).subject).toBe('Tx')
  })

  it('a letter SMTP refuses for good is not retried', async () => {
    const smtp = await sink({ refuse: ['nobody@example.kz'] })
    const a = await api({ smtpUrl: smtp.url, devMailbox: false })
    await a.app.mailer.send({ to: 'nobody@example.kz', subject: 'Nope', text: 'x' })
    await a.app.mailer.flush()
    await a.app.mailer.flush()
    const [row] = await outboxRows(a)
    expect(row).toMatchObject({ sent_at: null, attempts: 1, last_error: expect.stringMatching(/550|mailbox/i) })
    expect(Date.parse(row!.expires_at)).toBeLessThanOrEqual(Date.now())
  })

  it('the dev mailbox reads the same outbox the sender delivers from', async () => {
    const smtp = await sink()
    const a = await api({ smtpUrl: smtp.url, devMailbox: true })
    expect((await requestCode(a.url, { role_id: 1, uuid: randomUUID() })).status).toBe(200)
    const mail = await smtp.next()
    const box = await (await fetch(`${a.url}/dev/outbox?to=${encodeURIComponent(COMPANY_EMAIL)}&limit=1`)).json()
    expect(box.data.messages[0]).toMatchObject({ to: COMPANY_EMAIL, subject: mail.subject })
    expect(box.data.messages[0].text.trim()).toBe(mail.text?.trim())
  })
})
