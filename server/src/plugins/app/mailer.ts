import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'

export interface Letter {
  to: string
  subject: string
  text: string
}

declare module 'fastify' {
  interface FastifyInstance {
    mailer: { send(letter: Letter): Promise<void> }
  }
}

type Transport = { sendMail(m: { from: string; to: string; subject: string; text: string }): Promise<unknown> }

/**
 * Letters (OTP codes). With SMTP_URL they go out through nodemailer (loaded only then, so the
 * package stays optional); with the dev mailbox on they are also kept in `outbox` (GET /dev/outbox).
 * A letter's text is never logged: it carries a sign-in code.
 */
export function createMailer(fastify: FastifyInstance) {
  const { config, db, log } = fastify
  let transport: Promise<Transport | null> | undefined
  const smtp = () =>
    (transport ??= (async () => {
      if (!config.smtpUrl) return null
      try {
        const name = 'nodemailer'
        const mod = (await import(name)) as { default: { createTransport(url: string): Transport } }
        return mod.default.createTransport(config.smtpUrl)
      } catch (err) {
        log.error(
          { err },
          'SMTP_URL is set but nodemailer is not installed (npm i -E nodemailer@7); letters are not sent',
        )
        return null
      }
    })())

  async function send(letter: Letter): Promise<void> {
    if (config.devMailbox) {
      await db
        .insertInto('outbox')
        .values({
          to_addr: letter.to,
          subject: letter.subject,
          body: letter.text,
          created_at: new Date().toISOString(),
        })
        .execute()
    }
    const t = await smtp()
    if (t) await t.sendMail({ from: process.env.SMTP_FROM ?? 'ForteLeasing <no-reply@forteleasing.kz>', ...letter })
  }

  return { send }
}

export default fp(
  async (fastify) => {
    fastify.decorate('mailer', createMailer(fastify))
  },
  { name: 'mailer', dependencies: ['database'] },
)
