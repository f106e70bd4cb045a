import { randomBytes } from 'node:crypto'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { unauthorized } from '../../../lib/errors.js'
import { type AccessClaims, type RefreshClaims, signJwt, type SubjectClaims, verifyJwt } from '../../../lib/jwt.js'

export interface TokenSubject {
  userId: number
  companyId: number
  biin: string
  uuid: string
}
export interface TokenPair {
  access_token: string
  refresh_token: string
  subject: TokenSubject
}

declare module 'fastify' {
  interface FastifyInstance {
    tokens: ReturnType<typeof createTokenService>
  }
}

const nowSec = () => Math.floor(Date.now() / 1000)

/**
 * Access and refresh tokens (api-contract.md "Roles and authentication").
 * A refresh token row is the JWT's `rti`; its `family` the `rtp`. Rotation retires the row and
 * records the successor; a retired token seen again within the reuse window gets the same successor
 * pair (re-signed from the stored iat/exp, so byte-identical); later it revokes the family.
 */
export function createTokenService(fastify: FastifyInstance) {
  const { config, db } = fastify

  // Subject claims come last in both tokens, in this order (a re-signed pair must be byte-identical).
  const subjectClaims = (s: TokenSubject): SubjectClaims => ({
    iss: config.jwtIssuer,
    biin: s.biin,
    company_id: s.companyId,
    user_id: s.userId,
    uuid: s.uuid,
  })

  /** Deterministic for a given iat: lets the reuse window hand back the same pair. */
  function accessToken(s: TokenSubject, iat: number): string {
    const claims: AccessClaims = { exp: iat + config.accessTokenTtl, type: 'access', iat, ...subjectClaims(s) }
    return signJwt(claims, config.jwtSecret)
  }

  function refreshToken(
    s: TokenSubject,
    row: { id: number; family: string; issued_at: number; expires_at: number },
  ): string {
    const claims: RefreshClaims = {
      exp: row.expires_at,
      type: 'refresh',
      rti: String(row.id),
      rtp: row.family,
      iat: row.issued_at,
      ...subjectClaims(s),
    }
    return signJwt(claims, config.jwtSecret)
  }

  async function insertRefresh(s: TokenSubject, family: string, iat: number) {
    const row = { family, user_id: s.userId, uuid: s.uuid, issued_at: iat, expires_at: iat + config.refreshTokenTtl }
    const { id } = await db.insertInto('refresh_tokens').values(row).returning('id').executeTakeFirstOrThrow()
    return { id, ...row }
  }

  /** When (user, device) last logged out (seconds), or null: tokens of that pair issued then or before are dead. */
  async function loggedOutAt(userId: number, uuid: string): Promise<number | null> {
    const row = await db
      .selectFrom('session_logouts')
      .select('logged_out_at')
      .where('user_id', '=', userId)
      .where('uuid', '=', uuid)
      .executeTakeFirst()
    return row ? Number(row.logged_out_at) : null
  }

  /** A new family: after a successful /auth. */
  async function issue(s: TokenSubject): Promise<TokenPair> {
    // A sign-in in the very second of a logout on the same device waits for the next second, so its
    // tokens are not mistaken for the ended session's.
    const out = await loggedOutAt(s.userId, s.uuid)
    if (out !== null && nowSec() <= out) await new Promise((r) => setTimeout(r, (out + 1) * 1000 - Date.now() + 5))
    const iat = nowSec()
    const row = await insertRefresh(s, randomBytes(8).toString('hex').toUpperCase(), iat)
    return { access_token: accessToken(s, iat), refresh_token: refreshToken(s, row), subject: s }
  }

  /** Verifies an access token's signature, type and expiry; the guard checks the user. */
  function verifyAccess(token: string): AccessClaims | null {
    const c = verifyJwt(token, config.jwtSecret)
    if (!c || c.type !== 'access' || typeof c.user_id !== 'number' || typeof c.company_id !== 'number') return null
    return c as unknown as AccessClaims
  }

  /** Revokes the live refresh tokens of one family (a stolen token's), or of a user on every device. */
  async function revoke(whose: { family: string } | { userId: number }) {
    const live = db
      .updateTable('refresh_tokens')
      .set({ revoked_at: new Date().toISOString() })
      .where('revoked_at', 'is', null)
    await (
      'family' in whose ? live.where('family', '=', whose.family) : live.where('user_id', '=', whose.userId)
    ).execute()
  }
  const revokeFamily = (family: string) => revoke({ family })
  const revokeUser = (userId: number) => revoke({ userId })

  /** /refresh_token: rotation with a reuse window; theft (late reuse) revokes the family. */
  async function rotate(token: string): Promise<TokenPair> {
    const c = verifyJwt(token, config.jwtSecret)
    if (!c || c.type !== 'refresh') throw unauthorized('Invalid or expired refresh token.')
    const id = Number(c.rti)
    const row = Number.isInteger(id)
      ? await db.selectFrom('refresh_tokens').selectAll().where('id', '=', id).executeTakeFirst()
      : undefined
    if (!row || row.family !== c.rtp || row.user_id !== c.user_id || row.revoked_at) {
      throw unauthorized('Invalid or revoked refresh token.')
    }
    const endedSince = async () => {
      const out = await loggedOutAt(row.user_id, row.uuid)
      return out !== null && row.issued_at <= out
    }
    if (await endedSince()) throw unauthorized('The session has ended.')
    const s: TokenSubject = {
      userId: row.user_id,
      companyId: Number(c.company_id),
      biin: String(c.biin),
      uuid: row.uuid,
    }

    if (!row.retired_at) {
      const iat = nowSec()
      const successor = await db
        .transaction()
        .execute(async (trx) => {
          const next = {
            family: row.family,
            user_id: s.userId,
            uuid: s.uuid,
            issued_at: iat,
            expires_at: iat + config.refreshTokenTtl,
          }
          const { id: nextId } = await trx
            .insertInto('refresh_tokens')
            .values(next)
            .returning('id')
            .executeTakeFirstOrThrow()
          // Only one concurrent rotation wins; the loser falls through to the reuse branch below.
          const res = await trx
            .updateTable('refresh_tokens')
            .set({ retired_at: new Date().toISOString(), successor_id: nextId })
            .where('id', '=', row.id)
            .where('retired_at', 'is', null)
            .executeTakeFirst()
          if (Number(res.numUpdatedRows) !== 1) throw new LostRace()
          return { id: nextId, ...next }
        })
        .catch((e) => {
          if (e instanceof LostRace) return null
          throw e
        })
      if (successor) {
        // A logout that ran while we rotated ends the successor too.
        if (await endedSince()) {
          await revokeFamily(row.family)
          throw unauthorized('The session has ended.')
        }
        return { access_token: accessToken(s, iat), refresh_token: refreshToken(s, successor), subject: s }
      }
    }

    const retired = await db.selectFrom('refresh_tokens').selectAll().where('id', '=', row.id).executeTakeFirstOrThrow()
    const retiredAt = retired.retired_at ? Date.parse(retired.retired_at) : 0
    if (retired.successor_id && Date.now() - retiredAt <= config.refreshReuseWindow * 1000) {
      const succ = await db
        .selectFrom('refresh_tokens')
        .selectAll()
        .where('id', '=', retired.successor_id)
        .executeTakeFirst()
      if (succ && !succ.revoked_at) {
        return { access_token: accessToken(s, succ.issued_at), refresh_token: refreshToken(s, succ), subject: s }
      }
    }
    await revokeFamily(row.family)
    throw unauthorized('Refresh token was already used; the session is revoked.')
  }

  /**
   * POST /logout: ends the session of (user, device) at once. The time is written before and after
   * the refresh tokens are revoked, so a rotation racing with it ends up refused as well.
   */
  async function logout(userId: number, uuid: string): Promise<void> {
    const mark = () =>
      db
        .insertInto('session_logouts')
        .values({ user_id: userId, uuid, logged_out_at: nowSec() })
        .onConflict((oc) => oc.columns(['user_id', 'uuid']).doUpdateSet({ logged_out_at: nowSec() }))
        .execute()
    await mark()
    await db
      .updateTable('refresh_tokens')
      .set({ revoked_at: new Date().toISOString() })
      .where('user_id', '=', userId)
      .where('uuid', '=', uuid)
      .where('revoked_at', 'is', null)
      .execute()
    await mark()
  }

  return { issue, verifyAccess, rotate, revokeUser, revokeFamily, logout, loggedOutAt }
}

class LostRace extends Error {}

export default fp(
  async (fastify) => {
    fastify.decorate('tokens', createTokenService(fastify))
  },
  { name: 'tokens', dependencies: ['database'] },
)
