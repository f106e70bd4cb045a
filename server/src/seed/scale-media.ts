import type { Insertable, Kysely } from 'kysely'
import type { Database } from '../db/types.js'
import { computeSignals } from '../plugins/app/media/signals.js'

/**
 * Media rows of synthetic submissions that all share the demo's stored sample: its facts are copied
 * from the demo submission that was processed already, and the signals computed here in one pass,
 * so a scaled database does not start with a queue of thousands of jobs. When the sample was not
 * processed yet, the rows are queued jobs like any other (each one cheap: the file is processed once).
 */
export async function seedScaleMedia(trx: Kysely<Database>, fileName: string, refKeyLike: string): Promise<void> {
  const now = new Date().toISOString()
  const twin = await trx
    .selectFrom('submission_media as m')
    .innerJoin('submissions as s', 's.id', 'm.submission_id')
    .select([
      'm.sha256',
      'm.duration_s',
      'm.width',
      'm.height',
      'm.bitrate_kbps',
      'm.recorded_at',
      'm.review_file',
      'm.poster_file',
      'm.thumbs_file',
    ])
    .where('s.file_name', '=', fileName)
    .where('m.status', '=', 'ready')
    .limit(1)
    .executeTakeFirst()
  const subs = await trx
    .selectFrom('submissions as s')
    .innerJoin('reports as r', 'r.ref_key', 's.ref_key')
    .select(['s.id', 's.lat', 's.long', 's.time_sent', 's.uploaded_at', 'r.vehicle_guid'])
    .where('s.ref_key', 'like', refKeyLike)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(selectFrom('submission_media as m').select('m.submission_id').whereRef('m.submission_id', '=', 's.id')),
      ),
    )
    .orderBy('s.id')
    .execute()

  const media: Insertable<Database['submission_media']>[] = []
  const signals: Omit<Database['submission_signals'], 'id'>[] = []
  const earlier = new Map<string, { lat: number; long: number }[]>()
  for (const s of subs) {
    const point = { lat: Number(s.lat), long: Number(s.long) }
    const before = earlier.get(s.vehicle_guid) ?? []
    earlier.set(s.vehicle_guid, [...before, point])
    if (!twin) {
      media.push({ submission_id: s.id, status: 'processing', created_at: now })
      continue
    }
    media.push({
      submission_id: s.id,
      status: 'ready',
      created_at: now,
      finished_at: now,
      ...twin,
    })
    const found = computeSignals({
      ...point,
      time_sent: s.time_sent,
      uploaded_at: s.uploaded_at,
      duration_s: twin.duration_s === null ? null : Number(twin.duration_s),
      recorded_at: twin.recorded_at,
      earlier: before,
    })
    for (const g of found) {
      signals.push({ submission_id: s.id, ...g, detail: JSON.stringify(g.detail), ref: '', created_at: now })
    }
  }
  for (let i = 0; i < media.length; i += 500)
    await trx
      .insertInto('submission_media')
      .values(media.slice(i, i + 500))
      .execute()
  for (let i = 0; i < signals.length; i += 500) {
    await trx
      .insertInto('submission_signals')
      .values(signals.slice(i, i + 500))
      .execute()
  }
}
