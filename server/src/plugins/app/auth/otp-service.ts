import { createHmac, randomInt, timingSafeEqual } from 'node:crypto'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { sql } from 'kysely'
import { ROLE, type Role } from '../../../lib/codes.js'
import { notFound, tooMany, unauthorized } from '../../../lib/errors.js'
import { otpLetter } from '../../../mail/otp-letter.js'

export const MAX_OTP_ATTEMPTS = 5

export interface OtpRequest {
  roleId: Role
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
 * at most one new code a minute per (BIIN, uuid), and the letter and failure budgets of
 * `abuse-limits.ts`. The letter goes to the company's email. Nothing about the user changes before
 * the code is verified: the employee's mobile and first name, and the FCM, wait on the code's row.
 */
export function createOtpService(fastify: FastifyInstance) {
  const { db, config, usersRepository: users, abuseLimits: limits } = fastify
  const hash = (biin: string, uuid: string, code: string) =>
    createHmac('sha256', config.jwtSecret).update(`otp\0${biin}\0${uuid}\0${code}`).digest('hex')

  async function latest(biin: string, uuid: string) {
    return db
      .selectFrom('otps')
      .selectAll()
      .where('biin', '=', biin)
      .where('uuid', '=', uuid)
      .where('retired_at', 'is', null)
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

  async function request(biin: string, req: OtpRequest, ip: string): Promise<{ email: string }> {
    const company = await users.findCompanyByBiin(biin)
    if (!company) throw notFound('Company with this BIN/IIN not found.')
    let directorId: number | null = null
    if (req.roleId === ROLE.DIRECTOR) {
      const director = await users.findDirector(company.id)
      if (!director) throw notFound('Company with this BIN/IIN not found.')
      directorId = director.id
    }
    await limits.letter(biin, req.uuid, ip)

    const code = String(randomInt(0, 10_000)).padStart(4, '0')
    const now = new Date()
    const expiresAt = new Date(now.getTime() + config.otpTtl * 1000)
    await db.transaction().execute(async (trx) => {
      // A new code retires the older ones of the same device.
      await trx
        .updateTable('otps')
        .set({ retired_at: now.toISOString() })
        .where('biin', '=', biin)
        .where('uuid', '=', req.uuid)
        .where('retired_at', 'is', null)
        .execute()
      await trx
        .insertInto('otps')
        .values({
          biin,
          uuid: req.uuid,
          company_id: company.id,
          role_id: req.roleId,
          user_id: directorId,
          mobile: req.roleId === ROLE.EMPLOYEE ? (req.mobile ?? '') : '',
          first_name: req.roleId === ROLE.EMPLOYEE ? (req.firstName ?? '').trim() : '',
          fcm: req.fcm,
          code_hash: hash(biin, req.uuid, code),
          attempts: 0,
          expires_at: expiresAt.toISOString(),
          used_at: null,
          retired_at: null,
          created_at: now.toISOString(),
        })
        .execute()
      const { roleId, firstName } = req
      // The letter is written with the code: both exist, or neither does.
      await fastify.mailer.send(
        otpLetter({ to: company.email, code, expiresAt, ttl: config.otpTtl, roleId, firstName }),
        trx,
      )
    })
    return { email: maskEmail(company.email) }
  }

  /** Checks a code; returns its row once it is used up. Each try is counted before comparing. */
  async function spendCode(biin: string, uuid: string, code: string) {
    const row = await latest(biin, uuid)
    if (!row || row.used_at) throw unauthorized('No valid code: request a new one.')
    if (Date.parse(row.expires_at) <= Date.now()) throw unauthorized('The code has expired: request a new one.')
    const claimed = await db
      .updateTable('otps')
      .set({ attempts: sql<number>`attempts + 1` })
      .where('id', '=', row.id)
      .where('attempts', '<', MAX_OTP_ATTEMPTS)
      .where('used_at', 'is', null)
      .where('retired_at', 'is', null)
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
        .where('retired_at', 'is', null)
        .executeTakeFirst()
      if (Number(used.numUpdatedRows) === 1) return row
      throw unauthorized('No valid code: request a new one.')
    }
    const after = await db.selectFrom('otps').select('attempts').where('id', '=', row.id).executeTakeFirstOrThrow()
    if (after.attempts >= MAX_OTP_ATTEMPTS) {
      throw tooMany('Too many wrong codes: request a new one.', Math.max(1, await resendWait(biin, uuid)))
    }
    throw unauthorized('Wrong code.')
  }

  /**
   * /auth: within the failure budgets, checks the code, then does what the code was asked for:
   * the director's FCM, or the employee found or created. Returns the user who signed in.
   */
  async function verify(biin: string, uuid: string, code: string, ip: string): Promise<number> {
    const attempt = await limits.authAttempt(biin, ip)
    const row = await spendCode(biin, uuid, code)
    let userId: number
    if (row.role_id === ROLE.DIRECTOR && row.user_id !== null) {
      if (row.fcm) await users.setFcm(row.user_id, row.fcm)
      userId = row.user_id
    } else {
      userId = (await users.upsertEmployee(row.company_id, row.mobile, row.first_name, row.fcm)).id
    }
    await attempt.release()
    return userId
  }

  return { request, verify }
}

export default fp(
  async (fastify) => {
    fastify.decorate('otp', createOtpService(fastify))
  },
  { name: 'otp', dependencies: ['database', 'users-repository', 'mailer', 'abuse-limits'] },
)
