import { createHash } from 'node:crypto'
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { type Kysely, PostgresAdapter, sql } from 'kysely'
import type { AppConfig } from '../config.js'
import type { Database } from '../db/types.js'
import { addDays, addMonths, todayYmd } from '../lib/dates.js'
import { STATUS } from '../lib/codes.js'
import { hashPassword } from '../lib/passwords.js'
import { demoHistory, type HistoryReport, type HistoryStep } from './demo-history.js'
import { ALMATY, COMPANIES, FAR_SUBMISSION, REPORTS, REVIEWERS, USERS, VEHICLE_TYPES, VEHICLES } from './demo-data.js'

export const SAMPLE_VIDEO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../seed/sample.mp4')
/** Where the demo video lands, relative to VIDEO_DIR (`submissions.file_name` is relative to VIDEO_DIR). */
export const DEMO_VIDEO_FILE = 'demo/sample.mp4'

/** `YYYY-MM-DD` + hh:mm in Almaty (UTC+5, no DST) → UTC ISO instant. */
const almatyInstant = (ymd: string, hh: number, mm: number) =>
  new Date(Date.parse(`${ymd}T${String(hh).padStart(2, '0')}:${String(mm).padStart(2, '0')}:00+05:00`))

/** Deterministic ref_key for the n-th generated report (1C-style time-based GUID look). */
const refKeyOf = (n: number) => `${(0x5a000000 + n).toString(16)}-a1b2-11ee-9405-005056aaa4ae`

interface SeedReport extends HistoryReport {
  ref_key: string | null
}

/** The demo's recent reports (demo-data.ts REPORTS, offsets from today) as the steps that made them. */
function recentReports(today: string): SeedReport[] {
  return REPORTS.map(([ref_key, vehicle_guid, startOff, finishOff, status, reason = '', reviewer = 'admin_1C'], i) => {
    // Videos are sent within the period (clamped to not after today), at a time of day of the report's own.
    const sentDay = addDays(today, Math.min(Math.max(startOff, finishOff - 1), 0))
    const at = (day: string, geo: number) => ({ kind: 'submit' as const, day, hh: 10 + (i % 8), mm: (i * 7) % 60, geo })
    const decide = (code: typeof STATUS.APPROVED | typeof STATUS.REJECTED, why: string) => ({
      kind: 'decide' as const,
      code,
      reason: why,
      reviewer,
    })
    const steps: HistoryStep[] =
      status === STATUS.DUE
        ? []
        : status === STATUS.SENT && reason
          ? // Rejected once, then sent again: two videos and the old decision in the history.
            [at(addDays(sentDay, -2), 1), decide(STATUS.REJECTED, reason), at(sentDay, 2)]
          : [
              at(sentDay, 0),
              ...(status === STATUS.APPROVED ? [decide(STATUS.APPROVED, '')] : []),
              ...(status === STATUS.REJECTED ? [decide(STATUS.REJECTED, reason)] : []),
            ]
    return {
      ref_key,
      vehicle_guid,
      date_start: addDays(today, startOff),
      date_finish: addDays(today, finishOff),
      status,
      reject_reason: reason,
      steps,
    }
  })
}

const historyReports = (today: string): SeedReport[] => demoHistory(today).map((r) => ({ ...r, ref_key: null }))

export const isDatabaseEmpty = async (db: Kysely<Database>) =>
  !(await db.selectFrom('companies').select('id').limit(1).executeTakeFirst())

/**
 * Seeds the demo data (companies, people, vehicle types, vehicles, reports with videos and decisions,
 * 1C accounts) into an empty database: the recent reports of demo-data.ts, then eleven months of
 * history (demo-history.ts). Deterministic apart from "today".
 */
export async function seedDemo(
  db: Kysely<Database>,
  config: Pick<AppConfig, 'videoDir'>,
  now = new Date(),
): Promise<void> {
  const today = todayYmd(now)
  const nowIso = now.toISOString()

  mkdirSync(path.join(config.videoDir, path.dirname(DEMO_VIDEO_FILE)), { recursive: true })
  const videoPath = path.join(config.videoDir, DEMO_VIDEO_FILE)
  if (!existsSync(videoPath)) copyFileSync(SAMPLE_VIDEO, videoPath)
  const size = statSync(videoPath).size
  const etag = createHash('sha256').update(readFileSync(videoPath)).digest('hex').slice(0, 32)

  const passwordHashes = await Promise.all(REVIEWERS.map((r) => hashPassword(r.password)))

  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('companies')
      .values(COMPANIES.map((c) => ({ ...c, created_at: nowIso })))
      .execute()
    await trx
      .insertInto('users')
      .values(USERS.map((u) => ({ ...u, fcm: '', deleted_at: null, created_at: nowIso })))
      .execute()
    await trx
      .insertInto('vehicle_types')
      .values(
        VEHICLE_TYPES.map((t) => ({ code: t.code, title: t.title, instructions: JSON.stringify(t.instructions) })),
      )
      .execute()
    await trx
      .insertInto('vehicles')
      .values(
        VEHICLES.map((v) => ({
          guid: v.guid,
          company_id: v.company_id,
          vehicle_type_code: v.type,
          vin_code: v.vin,
          plate_number: v.plate,
          contract_number: v.contract,
          contract_date_end: addMonths(today, v.contract_end_months),
        })),
      )
      .execute()
    await trx
      .insertInto('reviewers')
      .values(
        REVIEWERS.map((r, i) => ({ login: r.login, display_name: r.display_name, password_hash: passwordHashes[i]! })),
      )
      .execute()

    const numbers = new Map<number, number>()
    for (const [i, r] of [...recentReports(today), ...historyReports(today)].entries()) {
      const vehicle = VEHICLES.find((v) => v.guid === r.vehicle_guid)!
      const n = (numbers.get(vehicle.company_id) ?? 0) + 1
      numbers.set(vehicle.company_id, n)
      const ref_key = r.ref_key ?? refKeyOf(i + 1)
      await trx
        .insertInto('reports')
        .values({
          ref_key,
          company_id: vehicle.company_id,
          vehicle_guid: vehicle.guid,
          report_number: String(n).padStart(9, '0'),
          contract_number: vehicle.contract,
          date_start: r.date_start,
          date_finish: r.date_finish,
          status_code: r.status,
          reject_reason: r.reject_reason,
          updated_at: nowIso,
        })
        .execute()

      // Uploads a minute after the filming; decisions a day after the upload they judge (never after now).
      let lastAt = now
      for (const [k, step] of r.steps.entries()) {
        if (step.kind === 'submit') {
          lastAt = almatyInstant(step.day, step.hh, step.mm)
          const far = ref_key === FAR_SUBMISSION.ref_key
          const geo = step.geo ?? k
          await trx
            .insertInto('submissions')
            .values({
              ref_key,
              user_id: vehicle.company_id === 71 ? 153 : 21,
              file_name: DEMO_VIDEO_FILE,
              size,
              etag,
              time_sent: `${step.day} ${String(step.hh).padStart(2, '0')}:${String(step.mm).padStart(2, '0')}:00`,
              lat: far ? FAR_SUBMISSION.lat : Number((ALMATY.lat + ((i * 37 + geo) % 100) / 10_000).toFixed(8)),
              long: far ? FAR_SUBMISSION.long : Number((ALMATY.long + ((i * 53 + geo) % 100) / 10_000).toFixed(8)),
              uploaded_at: new Date(Math.min(lastAt.getTime() + 60_000, now.getTime())).toISOString(),
            })
            .execute()
        } else {
          await trx
            .insertInto('decisions')
            .values({
              ref_key,
              status_code: step.code,
              reject_reason: step.reason,
              reviewer_login: step.reviewer,
              decided_at: new Date(Math.min(lastAt.getTime() + 86_400_000, now.getTime())).toISOString(),
            })
            .execute()
        }
      }
    }
  })

  // PostgreSQL identities do not advance on explicit ids.
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    for (const table of ['companies', 'users'] as const) {
      await sql`select setval(pg_get_serial_sequence(${table}, 'id'), (select max(id) from ${sql.table(table)}))`.execute(
        db,
      )
    }
  }
}
