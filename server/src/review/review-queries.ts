import { type Kysely, sql } from 'kysely'
import type { Database } from '../db/types.js'
import { todayYmd } from '../lib/dates.js'
import { type DateRangeCode, formatReport, instructionsMap, rangeStart, statusTitle } from '../lib/report-format.js'
import { mediaOfSubmissions, type SubmissionMedia } from '../plugins/app/media/media-serializer.js'
import { type SignalsFilter, signalsWhere } from '../plugins/app/media/signals-filter.js'

/**
 * Read side of the reviewer (1C) workspace: all companies' reports with their latest video,
 * one report's full history. Dialect-neutral SQL (SQLite and PostgreSQL).
 */

export interface ReviewListFilter {
  status_code?: number
  date_range?: DateRangeCode
  biin?: string
  q?: string
  vehicle_type?: string
  signals?: SignalsFilter
  order: 'newest' | 'oldest'
  page: number
  per_page: number
}

/** `%q%` for LIKE with the wildcards in the user's text escaped. */
export const likePattern = (q: string) => `%${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`

function reportsBase(db: Kysely<Database>, f: Omit<ReviewListFilter, 'order' | 'page' | 'per_page'>, today: string) {
  let q = db
    .selectFrom('reports as r')
    .innerJoin('vehicles as v', 'v.guid', 'r.vehicle_guid')
    .innerJoin('companies as c', 'c.id', 'r.company_id')
    .innerJoin('vehicle_types as t', 't.code', 'v.vehicle_type_code')
  if (f.status_code) q = q.where('r.status_code', '=', f.status_code)
  if (f.date_range) q = q.where('r.date_finish', '>=', rangeStart(f.date_range, today))
  if (f.biin) q = q.where('c.biin', '=', f.biin)
  if (f.vehicle_type) q = q.where('v.vehicle_type_code', '=', f.vehicle_type)
  if (f.signals) q = q.where(signalsWhere(f.signals))
  if (f.q) {
    const p = likePattern(f.q.trim())
    q = q.where((eb) =>
      eb.or(
        (['r.report_number', 'r.ref_key', 'v.plate_number', 'v.vin_code', 'c.name', 'c.biin'] as const).map((col) =>
          eb(sql`lower(${sql.ref(col)})`, 'like', sql`${p} escape '\\'`),
        ),
      ),
    )
  }
  return q
}

// The latest submission of a report: the one a reviewer watches.
const latestSubmissionJoin = sql<boolean>`s.id = (select max(s2.id) from submissions s2 where s2.ref_key = r.ref_key)`

export async function listReviewReports(db: Kysely<Database>, f: ReviewListFilter, now = new Date()) {
  const today = todayYmd(now)
  const base = reportsBase(db, f, today)
  const dir = f.order === 'oldest' ? sql`asc` : sql`desc`
  const [rows, count] = await Promise.all([
    base
      .leftJoin('submissions as s', (j) => j.on(latestSubmissionJoin))
      .select([
        'r.ref_key',
        'r.report_number',
        'r.contract_number',
        'r.date_start',
        'r.date_finish',
        'r.status_code',
        'r.reject_reason',
        'r.vehicle_guid',
        'r.updated_at',
        'v.vin_code',
        'v.plate_number',
        'v.vehicle_type_code',
        't.title as vehicle_type_title',
        'c.name as company_name',
        'c.biin',
        's.id as submission_id',
        's.time_sent',
        's.lat',
        's.long',
        's.size',
        's.uploaded_at',
      ])
      // Reports with a video first, by its upload time; then by the period's end.
      .orderBy(sql`case when s.id is null then 1 else 0 end`)
      .orderBy(sql`s.uploaded_at ${dir}`)
      .orderBy(sql`r.date_finish ${dir}`)
      .orderBy('r.ref_key')
      .limit(f.per_page)
      .offset((f.page - 1) * f.per_page)
      .execute(),
    base.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow(),
  ])
  const media = await mediaOfSubmissions(
    db,
    rows.flatMap((r) => r.submission_id ?? []),
  )
  const items = rows.map((r) => ({
    ...formatReport(r, today),
    vehicle_type_title: r.vehicle_type_title,
    company_name: r.company_name,
    biin: r.biin,
    updated_at: r.updated_at,
    submission:
      r.uploaded_at === null
        ? null
        : {
            time_sent: r.time_sent!,
            lat: Number(r.lat),
            long: Number(r.long),
            size: Number(r.size),
            uploaded_at: r.uploaded_at,
            ...media.get(r.submission_id!)!,
          },
  }))
  return { items, total: Number(count.n), page: f.page, per_page: f.per_page }
}

export type HistoryEntry =
  | ({
      kind: 'submission'
      at: string
      id: number
      time_sent: string
      lat: number
      long: number
      size: number
      user_id: number | null
      user_name: string
      user_role: string
    } & SubmissionMedia)
  | {
      kind: 'decision'
      at: string
      id: number
      status_code: number
      status_title: string
      reject_reason: string
      reviewer_login: string
      reviewer_name: string
    }

const ROLE_TITLES: Record<number, string> = { 1: 'Директор', 2: 'Сотрудник' }

/** One report for the review screen: report, vehicle, type instructions, company, latest video, history. */
export async function getReviewReport(db: Kysely<Database>, refKey: string, now = new Date()) {
  const r = await db
    .selectFrom('reports as r')
    .innerJoin('vehicles as v', 'v.guid', 'r.vehicle_guid')
    .innerJoin('companies as c', 'c.id', 'r.company_id')
    .innerJoin('vehicle_types as t', 't.code', 'v.vehicle_type_code')
    .select([
      'r.ref_key',
      'r.report_number',
      'r.contract_number',
      'r.date_start',
      'r.date_finish',
      'r.status_code',
      'r.reject_reason',
      'r.vehicle_guid',
      'r.updated_at',
      'v.vin_code',
      'v.plate_number',
      'v.vehicle_type_code',
      'v.contract_number as vehicle_contract_number',
      'v.contract_date_end',
      't.title as vehicle_type_title',
      't.instructions',
      'c.id as company_id',
      'c.name as company_name',
      'c.biin',
      'c.email',
    ])
    .where('r.ref_key', '=', refKey)
    .executeTakeFirst()
  if (!r) return null

  const [subs, decs] = await Promise.all([
    db
      .selectFrom('submissions as s')
      .leftJoin('users as u', 'u.id', 's.user_id')
      .select([
        's.id',
        's.time_sent',
        's.lat',
        's.long',
        's.size',
        's.uploaded_at',
        's.user_id',
        'u.first_name',
        'u.last_name',
        'u.role_id',
      ])
      .where('s.ref_key', '=', refKey)
      .orderBy('s.id')
      .execute(),
    db
      .selectFrom('decisions as d')
      .leftJoin('reviewers as w', 'w.login', 'd.reviewer_login')
      .select(['d.id', 'd.status_code', 'd.reject_reason', 'd.reviewer_login', 'd.decided_at', 'w.display_name'])
      .where('d.ref_key', '=', refKey)
      .orderBy('d.id')
      .execute(),
  ])
  const media = await mediaOfSubmissions(
    db,
    subs.map((s) => s.id),
  )
  const history: HistoryEntry[] = [
    ...subs.map((s) => ({
      kind: 'submission' as const,
      at: s.uploaded_at,
      id: s.id,
      time_sent: s.time_sent,
      lat: Number(s.lat),
      long: Number(s.long),
      size: Number(s.size),
      user_id: s.user_id,
      user_name: [s.first_name, s.last_name].filter(Boolean).join(' '),
      user_role: s.role_id ? (ROLE_TITLES[s.role_id] ?? '') : '',
      ...media.get(s.id)!,
    })),
    ...decs.map((d) => ({
      kind: 'decision' as const,
      at: d.decided_at,
      id: d.id,
      status_code: d.status_code,
      status_title: statusTitle(d.status_code),
      reject_reason: d.reject_reason,
      reviewer_login: d.reviewer_login,
      reviewer_name: d.display_name ?? d.reviewer_login,
    })),
  ].sort((a, b) =>
    a.at < b.at ? -1 : a.at > b.at ? 1 : a.kind === b.kind ? a.id - b.id : a.kind === 'submission' ? -1 : 1,
  )

  const last = subs.at(-1)
  return {
    report: {
      ...formatReport(r, todayYmd(now)),
      updated_at: r.updated_at,
      submission: last
        ? {
            time_sent: last.time_sent,
            lat: Number(last.lat),
            long: Number(last.long),
            size: Number(last.size),
            uploaded_at: last.uploaded_at,
            ...media.get(last.id)!,
          }
        : null,
      video_path: last ? `/reports/video/${r.ref_key}` : null,
    },
    vehicle: {
      vehicle_guid: r.vehicle_guid,
      plate_number: r.plate_number,
      vin_code: r.vin_code,
      contract_number: r.vehicle_contract_number,
      contract_date_end: r.contract_date_end,
      vehicle_type_code: r.vehicle_type_code,
      vehicle_type_title: r.vehicle_type_title,
      instructions: instructionsMap(r.instructions),
    },
    company: { id: r.company_id, biin: r.biin, name: r.company_name, email: r.email },
    history,
  }
}

/** The latest decision on a report, for a 409 that says who decided first and when. */
export function latestDecision(db: Kysely<Database>, refKey: string) {
  return db
    .selectFrom('decisions as d')
    .leftJoin('reviewers as w', 'w.login', 'd.reviewer_login')
    .select(['d.status_code', 'd.reviewer_login', 'd.decided_at', 'w.display_name'])
    .where('d.ref_key', '=', refKey)
    .orderBy('d.id', 'desc')
    .limit(1)
    .executeTakeFirst()
}
