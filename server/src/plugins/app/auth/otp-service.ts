import { createHmac, randomInt, timingSafeEqual } from 'node:crypto'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { sql } from 'kysely'
import { notFound, tooMany, unauthorized } from '../../../lib/errors.js'
import { otpLetter } from '../../../mail/otp-letter.js'

export const MAX_OTP_ATTEMPTS = 5

export interface OtpRequest {
  roleId: 1 | 2
  uuid: string
  fcm: string
  mobile?: string
  firstName?: string
}

declare module 'fastify' {
  interface FastifyInstance {
    otp: ReturnType<typeof createOtpService>
  }
}

/** `email@mail.ru` → `e****l@mail.ru` (as the seed shows). */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@')
  if (at < 0) return '****'
  const local = email.slice(0, at)
  const head = local.slice(0, 1)
  const tail = local.length > 1 ? local.slice(-1) : ''
  return `${head}****${tail}${email.slice(at)}`
}

/**
 * One-time passwords: 4 digits, stored as an HMAC bound to (BIIN, uuid), single use, limited tries,
 * at most one new code a minute per (BIIN, uuid). The letter goes to the company's email.
 */
export function createOtpService(fastify: FastifyInstance) {
  const { db, config, usersRepository: users } = fastify
  const hash = (biin: string, uuid: string, code: string) =>
    createHmac('sha256', config.jwtSecret).update(`otp\0${biin}\0${uuid}\0${code}`).digest('hex')

  async function latest(biin: string, uuid: string) {
    return db
      .selectFrom('otps')
      .selectAll()
      .where('biin', '=', biin)
      .where('uuid', '=', uuid)
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst()
  }

  /** Seconds until a new code may be requested for (biin, uuid); 0 = now. */
  async function resendWait(biin: string, uuid: string): Promise<number> {
    const last = await latest(biin, uuid)
    if (!last) return 0
    const wait = Date.parse(last.created_at) + config.otpResendInterval * 1000 - Date.now()
    return wait > 0 ? Math.ceil(wait / 1000) : 0
  }

  async function request(biin: string, req: OtpRequest): Promise<{ email: string }> {
    const company = await users.findCompanyByBiin(biin)
    if (!company) throw notFound('Company with this BIN/IIN not found.')
    const wait = await resendWait(biin, req.uuid)
    if (wait > 0) throw tooMany(`A code was sent recently; try again in ${wait} s.`, wait)

    let userId: number
    if (req.roleId === 1) {
      const director = await users.findDirector(company.id)
      if (!director) throw notFound('Company with this BIN/IIN not found.')
      if (req.fcm) await users.setFcm(director.id, req.fcm)
      userId = director.id
    } else {
      userId = (await users.upsertEmployee(company.id, req.mobile!, req.firstName!, req.fcm)).id
    }

    const code = String(randomInt(0, 10_000)).padStart(4, '0')
    const now = new Date()
    await db
      .insertInto('otps')
      .values({
        biin,
        uuid: req.uuid,
        user_id: userId,
        code_hash: hash(biin, req.uuid, code),
        attempts: 0,
        expires_at: new Date(now.getTime() + config.otpTtl * 1000).toISOString(),
        used_at: null,
        created_at: now.toISOString(),
      })
      .execute()
    const expiresAt = new Date(now.getTime() + config.otpTtl * 1000)
    const { roleId, firstName } = req
    await fastify.mailer.send(otpLetter({ to: company.email, code, expiresAt, ttl: config.otpTtl, roleId, firstName }))
    return { email: maskEmail(company.email) }
  }

  /** Checks a code; returns the user it was issued for. Each try is counted before comparing. */
  async function verify(biin: string, uuid: string, code: string): Promise<number> {
    const row = await latest(biin, uuid)
    if (!row || row.used_at) throw unauthorized('No valid code: request a new one.')
    if (Date.parse(row.expires_at) <= Date.now()) throw unauthorized('The code has expired: request a new one.')
    const claimed = await db
      .updateTable('otps')
      .set({ attempts: sql<number>`attempts + 1` })
      .where('id', '=', row.id)
      .where('attempts', '<', MAX_OTP_ATTEMPTS)
      .where('used_at', 'is', null)
      .executeTakeFirst()
    if (Number(claimed.numUpdatedRows) !== 1) throw unauthorized('Too many wrong codes: request a new one.')

    const expected = Buffer.from(row.code_hash, 'hex')
    const given = Buffer.from(hash(biin, uuid, code), 'hex')
    if (/^\d{4}$/.test(code) && timingSafeEqual(expected, given)) {
      const used = await db
        .updateTable('otps')
        .set({ used_at: new Date().toISOString() })
        .where('id', '=', row.id)
        .where('used_at', 'is', null)
        .executeTakeFirst()
      if (Number(used.numUpdatedRows) === 1) return row.user_id
      throw unauthorized('No valid code: request a new one.')
    }
    const after = await db.selectFrom('otps').select('attempts').where('id', '=', row.id).executeTakeFirstOrThrow()
    if (after.attempts >= MAX_OTP_ATTEMPTS) {
      throw tooMany('Too many wrong codes: request a new one.', Math.max(1, await resendWait(biin, uuid)))
    }
    throw unauthorized('Wrong code.')
  }

  return { request, verify }
}

export default fp(
  async (fastify) => {
    fastify.decorate('otp', createOtpService(fastify))
  },
  { name: 'otp', dependencies: ['database', 'users-repository', 'mailer'] },
)
