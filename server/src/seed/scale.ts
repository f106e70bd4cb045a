import { createHash } from 'node:crypto'
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import type { Insertable, Kysely } from 'kysely'
import type { Database } from '../db/types.js'
import { isValidBiin } from '../lib/biin.js'
import { STATUS } from '../lib/codes.js'
import { addDays, todayYmd } from '../lib/dates.js'
import { DEMO_VIDEO_FILE, SAMPLE_VIDEO } from './demo.js'
import { prng } from './prng.js'
import { seedScaleMedia } from './scale-media.js'
import { ALMATY, COMPANIES, REVIEWERS, VEHICLE_TYPES } from './demo-data.js'

/**
 * Synthetic volume for trying the portal at scale: deterministic (seeded PRNG) companies, vehicles
 * and reports over about 13 months (periods from 380 days ago to 27 days ahead) with videos (some
 * late, some rejected then sent again and approved) and decisions; `demoShare` of the reports belong to the demo company
 * (Alpha AJI Gruppe ТОО). Everything generated is marked so `resetScale` can remove it:
 * ids contain `-5ca1-`, company emails end with `@scale.forte.test`.
 */

export const SCALE_MARK = '-5ca1-'
const SCALE_EMAIL = '@scale.forte.test'
const BATCH = 500
const REPORTS_PER_VEHICLE = 8
const REPORTS_PER_COMPANY = 150
const REJECT_REASONS = ['Плохое качество видеоматериала', 'Не виден VIN-код', 'Видео обрезано, не показан салон']

export interface ScaleOptions {
  reports: number
  seed?: number
  /** Share of the reports in the demo company (default 0.4). */
  demoShare?: number
  videoDir: string
  now?: Date
}

const hex = (n: number, width: number) => n.toString(16).padStart(width, '0').slice(-width)
const guidOf = (kind: number, n: number, seed: number) =>
  `${hex(n, 8)}${SCALE_MARK}4${hex(kind, 3)}-8${hex(seed, 3)}-${hex(n * 2654435761, 12)}`

async function inBatches<T>(rows: T[], insert: (batch: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += BATCH) await insert(rows.slice(i, i + BATCH))
}

/** Removes everything `seedScale` generated (the demo data stays). */
export async function resetScale(db: Kysely<Database>): Promise<void> {
  const like = `%${SCALE_MARK}%`
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('decisions').where('ref_key', 'like', like).execute()
    const scaled = trx.selectFrom('submissions').select('id').where('ref_key', 'like', like)
    await trx.deleteFrom('submission_signals').where('submission_id', 'in', scaled).execute()
    await trx.deleteFrom('submission_media').where('submission_id', 'in', scaled).execute()
    await trx.deleteFrom('submissions').where('ref_key', 'like', like).execute()
    await trx.deleteFrom('reports').where('ref_key', 'like', like).execute()
    await trx.deleteFrom('vehicles').where('guid', 'like', like).execute()
    await trx.deleteFrom('companies').where('email', 'like', `%${SCALE_EMAIL}`).execute()
  })
}

/** Adds `reports` synthetic reports (plus the companies and vehicles they need). Needs the demo seeded. */
export async function seedScale(
  db: Kysely<Database>,
  opts: ScaleOptions,
): Promise<{ reports: number; vehicles: number; companies: number }> {
  const { reports: total, seed = 1, demoShare = 0.4, videoDir, now = new Date() } = opts
  const rnd = prng(seed)
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!
  const today = todayYmd(now)
  const nowIso = now.toISOString()

  const demo = await db.selectFrom('companies').select('id').where('biin', '=', COMPANIES[0]!.biin).executeTakeFirst()
  if (!demo) throw new Error('Seed the demo data first (start the API once on this database).')
  const demoUser = await db
    .selectFrom('users')
    .select('id')
    .where('company_id', '=', demo.id)
    .where('role_id', '=', 2)
    .where('deleted_at', 'is', null)
    .orderBy('id')
    .executeTakeFirst()

  // The demo video backs every synthetic submission.
  const videoPath = path.join(videoDir, DEMO_VIDEO_FILE)
  if (!existsSync(videoPath)) {
    mkdirSync(path.dirname(videoPath), { recursive: true })
    copyFileSync(SAMPLE_VIDEO, videoPath)
  }
  const size = statSync(videoPath).size
  const etag = createHash('sha256').update(readFileSync(videoPath)).digest('hex').slice(0, 32)

  // Numbering continues after earlier runs so a second run adds rather than collides.
  const countLike = async (table: 'reports' | 'vehicles', col: 'ref_key' | 'guid') =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number | string>().as('n'))
          .where(col, 'like', `%${SCALE_MARK}%`)
          .executeTakeFirstOrThrow()
      ).n,
    )
  const reportBase = await countLike('reports', 'ref_key')
  const vehicleBase = await countLike('vehicles', 'guid')
  const companyBase = Number(
    (
      await db
        .selectFrom('companies')
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .where('email', 'like', `%${SCALE_EMAIL}`)
        .executeTakeFirstOrThrow()
    ).n,
  )

  const demoReports = Math.round(total * demoShare)
  const otherReports = total - demoReports
  const companyCount = otherReports > 0 ? Math.max(1, Math.ceil(otherReports / REPORTS_PER_COMPANY)) : 0

  const usedBins = new Set((await db.selectFrom('companies').select('biin').execute()).map((c) => c.biin))
  const companyRows: { biin: string; name: string; email: string; created_at: string }[] = []
  while (companyRows.length < companyCount) {
    const prefix = String(Math.floor(rnd() * 1e11)).padStart(11, '0')
    const biin = [...Array(10).keys()].map((d) => `${prefix}${d}`).find(isValidBiin)
    if (!biin || usedBins.has(biin)) continue
    usedBins.add(biin)
    const n = companyBase + companyRows.length + 1
    companyRows.push({
      biin,
      name: `ТОО «Тестовая компания ${String(n).padStart(4, '0')}»`,
      email: `c${n}${SCALE_EMAIL}`,
      created_at: nowIso,
    })
  }

  return db.transaction().execute(async (trx) => {
    await inBatches(companyRows, (b) => trx.insertInto('companies').values(b).execute())
    const companyIds = companyRows.length
      ? (await trx.selectFrom('companies').select(['id', 'biin']).where('email', 'like', `%${SCALE_EMAIL}`).execute())
          .filter((c) => companyRows.some((r) => r.biin === c.biin))
          .map((c) => c.id)
      : []

    // Vehicles: the demo company's share first, then the others round-robin.
    const vehicleRows: Insertable<Database['vehicles']>[] = []
    const addVehicles = (companyId: number, count: number) => {
      const out: string[] = []
      for (let i = 0; i < count; i++) {
        const n = vehicleBase + vehicleRows.length + 1
        const guid = guidOf(1, n, seed)
        const region = String(1 + Math.floor(rnd() * 17)).padStart(2, '0')
        const letters = 'ABCEHKMOPTXY'
        vehicleRows.push({
          guid,
          company_id: companyId,
          vehicle_type_code: pick(VEHICLE_TYPES).code,
          vin_code: `X${hex(Math.floor(rnd() * 0xffffffff), 8).toUpperCase()}${String(n).padStart(8, '0')}`,
          plate_number: `${String(Math.floor(rnd() * 1000)).padStart(3, '0')}${pick([...letters])}${pick([...letters])}${pick([...letters])}${region}`,
          contract_number: `№${1 + Math.floor(rnd() * 99)}/${20 + Math.floor(rnd() * 6)} (ДЛ)`,
          contract_date_end: addDays(today, 30 + Math.floor(rnd() * 1500)),
        })
        out.push(guid)
      }
      return out
    }
    const demoVehicles = demoReports
      ? addVehicles(demo.id, Math.max(1, Math.ceil(demoReports / REPORTS_PER_VEHICLE)))
      : []
    const otherVehicles = companyIds.flatMap((id) =>
      addVehicles(id, Math.max(1, Math.ceil(REPORTS_PER_COMPANY / REPORTS_PER_VEHICLE))),
    )
    await inBatches(vehicleRows, (b) => trx.insertInto('vehicles').values(b).execute())
    const companyOf = new Map(vehicleRows.map((v) => [v.guid, v.company_id]))
    const contractOf = new Map(vehicleRows.map((v) => [v.guid, v.contract_number]))
    const typeOf = new Map(vehicleRows.map((v) => [v.guid, v.vehicle_type_code]))

    const reports: Insertable<Database['reports']>[] = []
    const submissions: Omit<Database['submissions'], 'id'>[] = []
    const decisions: Omit<Database['decisions'], 'id' | 'undone_at' | 'undone_by'>[] = []
    for (let i = 0; i < total; i++) {
      const n = reportBase + i + 1
      const guid =
        i < demoReports
          ? demoVehicles[i % demoVehicles.length]!
          : otherVehicles[(i - demoReports) % otherVehicles.length]!
      const ref_key = guidOf(2, n, seed)
      const date_start = addDays(today, -Math.floor(rnd() * 400) + 20)
      const date_finish = addDays(date_start, 7)
      const roll = rnd()
      // A future period cannot have a video yet: it is due (1).
      const status = date_start > today ? 1 : roll < 0.25 ? 1 : roll < 0.42 ? 2 : roll < 0.9 ? 3 : 4
      const reason = status === 4 ? pick(REJECT_REASONS) : ''
      const companyId = companyOf.get(guid)!
      const report: Insertable<Database['reports']> = {
        ref_key,
        company_id: companyId,
        vehicle_guid: guid,
        report_number: `9${String(n).padStart(8, '0')}`,
        contract_number: contractOf.get(guid)!,
        date_start,
        date_finish,
        status_code: status,
        reject_reason: reason,
        updated_at: nowIso,
        // The facts the triggers keep (migration 006), given right away: a bulk load then costs them nothing.
        vehicle_type_code: typeOf.get(guid)!,
        rejected_once: status === STATUS.REJECTED ? 1 : 0,
      }
      reports.push(report)
      if (status === 1) continue
      // Mostly within the period; some late (after date_finish, not after today).
      const late = date_finish < today && rnd() < 0.18
      const sentDay = late
        ? [addDays(date_finish, 1 + Math.floor(rnd() * 10)), today].sort()[0]!
        : date_finish < today
          ? addDays(date_start, Math.floor(rnd() * 7))
          : date_start
      const video = (day: string) => {
        const hh = 8 + Math.floor(rnd() * 10)
        const mm = Math.floor(rnd() * 60)
        const time_sent = `${day} ${String(hh).padStart(2, '0')}:${String(mm).padStart(2, '0')}:00`
        const uploaded = new Date(Math.min(Date.parse(`${day}T${time_sent.slice(11)}+05:00`) + 60_000, now.getTime()))
        submissions.push({
          ref_key,
          user_id: companyId === demo.id ? (demoUser?.id ?? null) : null,
          file_name: DEMO_VIDEO_FILE,
          size,
          etag,
          time_sent,
          lat: Number((ALMATY.lat + (rnd() - 0.5) / 10).toFixed(8)),
          long: Number((ALMATY.long + (rnd() - 0.5) / 10).toFixed(8)),
          uploaded_at: uploaded.toISOString(),
        })
        report.first_uploaded_at ??= uploaded.toISOString()
        report.last_uploaded_at = uploaded.toISOString()
        return uploaded
      }
      const decide = (after: Date, code: number, why: string) =>
        decisions.push({
          ref_key,
          status_code: code,
          reject_reason: why,
          reviewer_login: pick(REVIEWERS).login,
          decided_at: new Date(
            Math.min(after.getTime() + 3_600_000 * (1 + Math.floor(rnd() * 48)), now.getTime()),
          ).toISOString(),
        })
      // Some approved reports were rejected first and sent again two days later (when that is not after today).
      if (status === STATUS.APPROVED && addDays(sentDay, 2) <= today && rnd() < 0.12) {
        const why = pick(REJECT_REASONS)
        report.reject_reason = why // a later approval leaves the reason, as the decision route does
        report.rejected_once = 1
        decide(video(sentDay), STATUS.REJECTED, why)
        decide(video(addDays(sentDay, 2)), STATUS.APPROVED, '')
        continue
      }
      const uploaded = video(sentDay)
      if (status === STATUS.APPROVED || status === STATUS.REJECTED) decide(uploaded, status, reason)
    }
    await inBatches(reports, (b) => trx.insertInto('reports').values(b).execute())
    await inBatches(submissions, (b) => trx.insertInto('submissions').values(b).execute())
    await seedScaleMedia(trx, DEMO_VIDEO_FILE, `%${SCALE_MARK}%`)
    await inBatches(decisions, (b) => trx.insertInto('decisions').values(b).execute())
    return { reports: reports.length, vehicles: vehicleRows.length, companies: companyRows.length }
  })
}
