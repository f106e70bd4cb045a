import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'

declare module 'fastify' {
  interface FastifyInstance {
    settingsRepository: ReturnType<typeof createSettingsRepository>
  }
}

export interface CompanySettings {
  /** Reminder letters (the daily digest and rejection letters) to the company's email. */
  reminders: boolean
  /** The digest lists reports due within this many days (1..14). */
  reminder_days_before: number
}

/** A company that never chose: reminders on, 3 days before. */
export const DEFAULT_SETTINGS: CompanySettings = { reminders: true, reminder_days_before: 3 }

/** A company's reminder settings (`company_settings`, migration 006); no row means the defaults. */
export function createSettingsRepository(fastify: FastifyInstance) {
  const { db } = fastify

  async function get(companyId: number): Promise<CompanySettings> {
    const row = await db
      .selectFrom('company_settings')
      .select(['reminders', 'reminder_days_before'])
      .where('company_id', '=', companyId)
      .executeTakeFirst()
    return row ? { reminders: row.reminders === 1, reminder_days_before: row.reminder_days_before } : DEFAULT_SETTINGS
  }

  async function put(companyId: number, s: CompanySettings): Promise<CompanySettings> {
    const values = {
      reminders: s.reminders ? 1 : 0,
      reminder_days_before: s.reminder_days_before,
      updated_at: new Date().toISOString(),
    }
    await db
      .insertInto('company_settings')
      .values({ company_id: companyId, ...values })
      .onConflict((oc) => oc.column('company_id').doUpdateSet(values))
      .execute()
    return get(companyId)
  }

  return { get, put }
}

export default fp(
  async (fastify) => {
    fastify.decorate('settingsRepository', createSettingsRepository(fastify))
  },
  { name: 'settings-repository', dependencies: ['database'] },
)
