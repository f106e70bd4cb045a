import { EventEmitter } from 'node:events'
import type { Kysely } from 'kysely'
import type { Database } from '../../../db/types.js'

/** Local workers listen here to start soon after a commit instead of at their next poll. */
export const mediaQueueEvents = new EventEmitter()

/**
 * Queues the media job of a just-saved submission. Call it inside the transaction that saves the
 * submission: one insert, so the job exists exactly when the submission does (a crash right after the
 * commit still processes it), and `media.status` is `processing` from the 201 on.
 */
export async function enqueueMedia(trx: Kysely<Database>, submissionId: number): Promise<void> {
  await trx
    .insertInto('submission_media')
    .values({ submission_id: submissionId, status: 'processing', created_at: new Date().toISOString() })
    .execute()
  mediaQueueEvents.emit('enqueued')
}
