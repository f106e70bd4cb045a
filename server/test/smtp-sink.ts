import type { AddressInfo } from 'node:net'
import { type ParsedMail, simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

/**
 * A real SMTP server in the test process (smtp-server), every letter parsed with mailparser.
 * `stop()` closes the port (senders get "connection refused"); `restart()` opens the same port again.
 */
export interface SmtpSink {
  /** SMTP_URL for the API. */
  url: string
  /** Every letter received, in order. */
  messages: ParsedMail[]
  /** Waits (bounded) until a letter not yet returned arrives, optionally to `to`; returns it. */
  next(opts?: { to?: string; seconds?: number }): Promise<ParsedMail>
  /** Waits (bounded) until at least `count` letters arrived in all. */
  waitForCount(count: number, seconds?: number): Promise<void>
  stop(): Promise<void>
  restart(): Promise<void>
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** `refuse`: recipients answered `550 No such mailbox` (a permanent failure). */
export async function startSmtpSink(opts: { refuse?: string[] } = {}): Promise<SmtpSink> {
  const messages: ParsedMail[] = []
  const taken = new Set<ParsedMail>()
  let server: SMTPServer | null = null
  let port = 0

  const listen = async () => {
    const s = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onRcptTo(address, _session, done) {
        if (!opts.refuse?.includes(address.address)) return done()
        done(Object.assign(new Error('No such mailbox'), { responseCode: 550 }))
      },
      onData(stream, _session, done) {
        simpleParser(stream).then(
          (mail) => {
            messages.push(mail)
            done()
          },
          (err: Error) => done(err),
        )
      },
    })
    await new Promise<void>((resolve, reject) => {
      s.server.once('error', reject)
      s.listen(port, '127.0.0.1', () => resolve())
    })
    port = (s.server.address() as AddressInfo).port
    server = s
  }

  const until = async (cond: () => boolean, seconds: number, what: string) => {
    const deadline = Date.now() + seconds * 1000
    while (!cond()) {
      if (Date.now() > deadline) throw new Error(`SMTP sink: ${what} within ${seconds} s`)
      await sleep(100)
    }
  }

  await listen()
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    async next({ to, seconds = 30 } = {}) {
      const find = () =>
        messages.find((m) => !taken.has(m) && (!to || (m.to && !Array.isArray(m.to) && m.to.text === to)))
      await until(() => !!find(), seconds, `no letter${to ? ` to ${to}` : ''}`)
      const mail = find()!
      taken.add(mail)
      return mail
    },
    waitForCount(count, seconds = 30) {
      return until(() => messages.length >= count, seconds, `fewer than ${count} letters`)
    },
    async stop() {
      const s = server
      server = null
      if (s) await new Promise<void>((r) => s.close(() => r()))
    },
    async restart() {
      if (!server) await listen()
    },
  }
}

/** The 4-digit numbers standing alone in a text (an OTP letter has exactly one: its code). */
export const fourDigitNumbers = (text: string) => text.match(/(?<!\d)\d{4}(?!\d)/g) ?? []
