import { createHash } from 'node:crypto'
import type { FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { parseBasic, parseBearer } from '../../../lib/basic-auth.js'
import { ROLE } from '../../../lib/codes.js'
import { forbidden, unauthorized } from '../../../lib/errors.js'
import { dummyPasswordHash, verifyPassword } from '../../../lib/passwords.js'

export interface AuthUser {
  userId: number
  companyId: number
  roleId: number
  biin: string
  uuid: string
}
export interface AuthReviewer {
  login: string
  displayName: string
}

type Guard = (request: FastifyRequest, reply: FastifyReply) => Promise<void>

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by `requireBearer` (a client company's director or employee). */
    user?: AuthUser
    /** Set by `require1C` (a Forte reviewer / 1C account). */
    reviewer?: AuthReviewer
  }
  interface FastifyInstance {
    /** preHandler: valid access JWT of a live user; sets `request.user`. */
    requireBearer: Guard
    /** preHandler: `requireBearer` + role ADMIN (director), else 403. */
    requireDirector: Guard
    /** preHandler: HTTP Basic against `reviewers`; sets `request.reviewer`; 401 asks the browser for credentials. */
    require1C: Guard
    /** preHandler: Bearer (client) or Basic (1C), whichever the request carries. */
    requireBearerOr1C: Guard
  }
}

export const BASIC_1C_CHALLENGE = { 'www-authenticate': 'Basic realm="ForteLeasing 1C", charset="UTF-8"' }

/**
 * Authentication guards, used as route `preHandler`s.
 * @see https://github.com/fastify/demo/blob/main/src/plugins/app/authorization.ts
 */
export default fp(
  async (fastify) => {
    const { usersRepository, tokens, abuseLimits } = fastify

    const requireBearer: Guard = async (request) => {
      if (request.user) return
      const token = parseBearer(request.headers.authorization)
      if (!token) throw unauthorized('Bearer access token required.')
      const claims = tokens.verifyAccess(token)
      if (!claims) throw unauthorized('Invalid or expired access token.')
      const uuid = String(claims.uuid)
      const user = await usersRepository.findSessionUser(claims.user_id, uuid)
      if (!user || user.deleted_at || user.company_id !== claims.company_id)
        throw unauthorized('The user no longer exists.')
      // POST /logout ended this device's session: tokens issued up to then are dead.
      if (user.logged_out_at !== null && claims.iat <= Number(user.logged_out_at))
        throw unauthorized('The session has ended.')
      request.user = {
        userId: user.id,
        companyId: user.company_id,
        roleId: user.role_id,
        biin: user.biin,
        uuid,
      }
    }

    const requireDirector: Guard = async (request, reply) => {
      await requireBearer(request, reply)
      if (request.user!.roleId !== ROLE.DIRECTOR) throw forbidden('Only the director may do this.')
    }

    // scrypt is deliberately slow; video Range requests repeat the same credentials many times, so
    // good credentials are remembered for 60 s. The lock is still checked for them on every request:
    // once a login is locked (LOGIN_FAILS_1C), it is refused everywhere, cached or not, on every
    // instance alike, until the window passes.
    const verified = new Map<string, { reviewer: AuthReviewer; until: number }>()
    void dummyPasswordHash() // made now, so the first unknown login costs no more than a known one
    const require1C: Guard = async (request) => {
      if (request.reviewer) return
      const cred = parseBasic(request.headers.authorization)
      if (!cred) throw unauthorized('1C credentials required.', BASIC_1C_CHALLENGE)
      const key = createHash('sha256').update(`${cred.login}\0${cred.password}`).digest('hex')
      const hit = verified.get(key)
      if (hit && hit.until > Date.now()) {
        await abuseLimits.assert1CNotLocked(cred.login)
        request.reviewer = hit.reviewer
        return
      }
      // Counted as a failure until the password proves right; a locked login runs no hash at all.
      const attempt = await abuseLimits.login1CAttempt(cred.login, request.ip)
      const row = await usersRepository.findReviewer(cred.login)
      // An unknown login is checked against a dummy hash: the same work, the same time, the same answer.
      const ok = await verifyPassword(cred.password, row?.password_hash ?? (await dummyPasswordHash()))
      if (!row || !ok) {
        verified.delete(key)
        throw unauthorized('Invalid 1C login or password.', BASIC_1C_CHALLENGE)
      }
      await attempt.release()
      const reviewer = { login: row.login, displayName: row.display_name }
      if (verified.size > 1000) verified.clear()
      verified.set(key, { reviewer, until: Date.now() + 60_000 })
      request.reviewer = reviewer
    }

    const requireBearerOr1C: Guard = async (request, reply) => {
      if (/^Bearer\s/i.test(request.headers.authorization ?? '')) return requireBearer(request, reply)
      return require1C(request, reply)
    }

    fastify.decorate('requireBearer', requireBearer)
    fastify.decorate('requireDirector', requireDirector)
    fastify.decorate('require1C', require1C)
    fastify.decorate('requireBearerOr1C', requireBearerOr1C)
    fastify.decorateRequest('user', undefined)
    fastify.decorateRequest('reviewer', undefined)
  },
  { name: 'guards', dependencies: ['users-repository', 'tokens', 'abuse-limits'] },
)
