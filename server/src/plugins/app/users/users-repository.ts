import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { ROLE } from '../../../lib/codes.js'

declare module 'fastify' {
  interface FastifyInstance {
    usersRepository: ReturnType<typeof createUsersRepository>
  }
}

/**
 * Companies, directors, employees and the Forte reviewers (1C accounts). Deleted employees keep their
 * row (`deleted_at`).
 * @see https://github.com/fastify/demo/blob/main/src/plugins/app/users/users-repository.ts
 */
export function createUsersRepository(fastify: FastifyInstance) {
  const { db } = fastify

  const findCompanyByBiin = async (biin: string) =>
    (await db.selectFrom('companies').selectAll().where('biin', '=', biin).executeTakeFirst()) ?? null

  const findDirector = async (companyId: number) =>
    (await db
      .selectFrom('users')
      .selectAll()
      .where('company_id', '=', companyId)
      .where('role_id', '=', ROLE.DIRECTOR)
      .where('deleted_at', 'is', null)
      .orderBy('id')
      .limit(1)
      .executeTakeFirst()) ?? null

  /**
   * An employee is known by (mobile, first name) within the company: the seed has two people on one phone.
   * Called only once their code is verified (/auth).
   */
  async function upsertEmployee(companyId: number, mobile: string, firstName: string, fcm: string) {
    const candidates = await db
      .selectFrom('users')
      .selectAll()
      .where('company_id', '=', companyId)
      .where('role_id', '=', ROLE.EMPLOYEE)
      .where('deleted_at', 'is', null)
      .where('mobile', '=', mobile)
      .execute()
    const same = candidates.find((u) => u.first_name.trim().toLowerCase() === firstName.trim().toLowerCase())
    if (same) {
      // An empty FCM (a browser) leaves the phone's push token alone.
      if (!fcm) return same
      await db.updateTable('users').set({ fcm }).where('id', '=', same.id).execute()
      return { ...same, fcm }
    }
    const row = {
      company_id: companyId,
      role_id: ROLE.EMPLOYEE,
      first_name: firstName.trim(),
      last_name: '',
      patronic_name: '',
      mobile,
      fcm,
      deleted_at: null,
      created_at: new Date().toISOString(),
    }
    const { id } = await db.insertInto('users').values(row).returning('id').executeTakeFirstOrThrow()
    return { id, ...row }
  }

  const setFcm = (userId: number, fcm: string) =>
    db.updateTable('users').set({ fcm }).where('id', '=', userId).execute()

  const findUserWithCompany = async (userId: number) =>
    (await db
      .selectFrom('users')
      .innerJoin('companies', 'companies.id', 'users.company_id')
      .select([
        'users.id',
        'users.company_id',
        'users.role_id',
        'users.first_name',
        'users.last_name',
        'users.patronic_name',
        'users.mobile',
        'users.deleted_at',
        'companies.biin',
        'companies.name as company_name',
        'companies.email',
      ])
      .where('users.id', '=', userId)
      .executeTakeFirst()) ?? null

  /**
   * The user behind an access token, with its company's BIN/IIN and when this device (`uuid`) last
   * logged out (null: never); null when there is no such user.
   */
  const findSessionUser = async (userId: number, uuid: string) =>
    (await db
      .selectFrom('users')
      .innerJoin('companies', 'companies.id', 'users.company_id')
      .leftJoin('session_logouts as l', (j) => j.onRef('l.user_id', '=', 'users.id').on('l.uuid', '=', uuid))
      .select(['users.id', 'users.company_id', 'users.role_id', 'users.deleted_at', 'companies.biin'])
      .select('l.logged_out_at')
      .where('users.id', '=', userId)
      .executeTakeFirst()) ?? null

  /** A 1C account by login, or null. */
  const findReviewer = async (login: string) =>
    (await db.selectFrom('reviewers').selectAll().where('login', '=', login).executeTakeFirst()) ?? null

  const listEmployees = (companyId: number) =>
    db
      .selectFrom('users')
      .select(['id', 'first_name', 'mobile'])
      .where('company_id', '=', companyId)
      .where('role_id', '=', ROLE.EMPLOYEE)
      .where('deleted_at', 'is', null)
      .orderBy('id', 'desc')
      .execute()

  /** Soft-deletes a live employee of the company; false when there is none with that id. */
  async function deleteEmployee(companyId: number, id: number): Promise<boolean> {
    const res = await db
      .updateTable('users')
      .set({ deleted_at: new Date().toISOString() })
      .where('id', '=', id)
      .where('company_id', '=', companyId)
      .where('role_id', '=', ROLE.EMPLOYEE)
      .where('deleted_at', 'is', null)
      .executeTakeFirst()
    return Number(res.numUpdatedRows) === 1
  }

  return {
    findCompanyByBiin,
    findDirector,
    upsertEmployee,
    setFcm,
    findUserWithCompany,
    findSessionUser,
    findReviewer,
    listEmployees,
    deleteEmployee,
  }
}

export default fp(
  async (fastify) => {
    fastify.decorate('usersRepository', createUsersRepository(fastify))
  },
  { name: 'users-repository', dependencies: ['database'] },
)
