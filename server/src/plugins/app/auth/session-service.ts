import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { ROLE, type Role, ROLE_TITLES } from '../../../lib/codes.js'
import { unauthorized } from '../../../lib/errors.js'
import type { TokenPair } from './token-service.js'

declare module 'fastify' {
  interface FastifyInstance {
    sessions: ReturnType<typeof createSessionService>
  }
}

/**
 * The body of /auth and /refresh_token: tokens + profile + reports/info/filter, keys exactly as the
 * seed's examples (the EMPLOYEE example has no `email`); ADMIN also gets `employees`.
 */
export function createSessionService(fastify: FastifyInstance) {
  async function body(pair: TokenPair) {
    const u = await fastify.usersRepository.findUserWithCompany(pair.subject.userId)
    if (!u || u.deleted_at) throw unauthorized('The user no longer exists.')
    const authUser = { userId: u.id, companyId: u.company_id, roleId: u.role_id, biin: u.biin, uuid: pair.subject.uuid }
    const isDirector = u.role_id === ROLE.DIRECTOR
    const [reports, employees] = await Promise.all([
      fastify.reportsService.general(authUser),
      isDirector ? fastify.usersRepository.listEmployees(u.company_id) : Promise.resolve(null),
    ])
    return {
      access_token: pair.access_token,
      refresh_token: pair.refresh_token,
      mobile: u.mobile,
      ...(isDirector ? { email: u.email } : {}),
      first_name: u.first_name,
      last_name: u.last_name,
      patronic_name: u.patronic_name,
      biin: u.biin,
      company_name: u.company_name,
      user_type: ROLE_TITLES[u.role_id as Role] ?? ROLE_TITLES[ROLE.EMPLOYEE],
      ...reports,
      ...(employees ? { employees } : {}),
    }
  }
  return { body }
}

export default fp(
  async (fastify) => {
    fastify.decorate('sessions', createSessionService(fastify))
  },
  { name: 'sessions', dependencies: ['users-repository', 'reports-service'] },
)
