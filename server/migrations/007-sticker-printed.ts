import type { Kysely } from 'kysely'

/**
 * `vehicles.sticker_printed_at`: when a QR sticker was last printed for the vehicle (UTC ISO), null
 * until then. Staff and directors filter on it ("без наклейки") to print only the new ones.
 */
export async function up(db: Kysely<any>, _isPg: boolean): Promise<void> {
  await db.schema.alterTable('vehicles').addColumn('sticker_printed_at', 'text').execute()
}
