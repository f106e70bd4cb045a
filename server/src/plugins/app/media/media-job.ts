import { createHash } from 'node:crypto'
import { createReadStream, existsSync } from 'node:fs'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import type { FastifyInstance } from 'fastify'
import { derive } from './derive.js'
import type { MediaFacts } from './media-repository.js'
import { probe } from './probe.js'
import { computeSignals } from './signals.js'

async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256')
  await pipeline(createReadStream(file), hash)
  return hash.digest('hex')
}

const EMPTY: MediaFacts = {
  sha256: null,
  duration_s: null,
  width: null,
  height: null,
  bitrate_kbps: null,
  recorded_at: null,
  review_file: null,
  poster_file: null,
  thumbs_file: null,
}

/**
 * One media job: hash the original, probe it, make the poster, the strip and the review rendition
 * (or reuse them when the same content was processed before), then store the facts and the signals.
 * Whatever fails is recorded as `failed` with the reason; the original is only ever read, so it stays
 * playable. An aborted job (shutdown, lost lease) records nothing: another worker will do it.
 */
export async function processJob(
  fastify: FastifyInstance,
  id: number,
  signal: AbortSignal,
  gaveUpAfter: number | null,
): Promise<void> {
  const { mediaRepository: repo, config, media } = fastify
  const { videoDir } = config
  const sub = await repo.jobSubmission(id)
  if (!sub) {
    await repo.finish(id, media.owner, { status: 'failed', error: 'The submission is gone.', facts: EMPTY }, [])
    return
  }
  const original = path.join(videoDir, sub.file_name)
  const there = (rel: string | null) => !rel || existsSync(path.join(videoDir, rel))
  const usable = (t: MediaFacts | undefined) =>
    !!t && there(t.poster_file) && there(t.thumbs_file) && there(t.review_file)

  const facts: MediaFacts = { ...EMPTY }
  let error: string | null = null
  let sharedFile = false
  try {
    if (!existsSync(original)) throw new Error('The original file is missing from the video store.')
    // One stored file behind several submissions (the demo's sample): processed once.
    let twin = await repo.readyTwin({ fileName: sub.file_name }, id)
    sharedFile = usable(twin)
    if (sharedFile) Object.assign(facts, pick(twin!, sub.file_name))
    else {
      facts.sha256 = await sha256Of(original)
      await repo.saveSha(id, media.owner, facts.sha256)
      twin = await repo.readyTwin({ sha256: facts.sha256 }, id)
      if (gaveUpAfter !== null)
        throw new Error(`Processing stopped after ${gaveUpAfter} attempts (the worker died each time).`)
      if (usable(twin)) Object.assign(facts, pick(twin!, sub.file_name))
      else {
        if (!media.tools.ffprobe) throw new Error(media.tools.problems.join('; '))
        const p = await probe(media.tools.ffprobe, original, signal)
        Object.assign(facts, {
          duration_s: p.duration_s,
          width: p.width,
          height: p.height,
          bitrate_kbps: p.bitrate_kbps,
          recorded_at: p.recorded_at,
        })
        if (!media.tools.ffmpeg) throw new Error(media.tools.problems.join('; '))
        Object.assign(
          facts,
          await derive({
            ffmpeg: media.tools.ffmpeg,
            videoDir,
            original,
            originalRel: sub.file_name,
            sha256: facts.sha256,
            probe: p,
            signal,
          }),
        )
      }
    }
  } catch (err) {
    if (signal.aborted) return
    // Clients read the reason: name files relative to the video store, not by the server's paths.
    error = (err instanceof Error ? err.message : String(err)).replaceAll(videoDir + path.sep, '')
    // Missing tools were reported once at start; anything else is news for the operator.
    if (!media.tools.problems.length) fastify.log.warn({ submission_id: id, error }, 'media job failed')
  }
  if (signal.aborted) return

  const signals = computeSignals({
    lat: Number(sub.lat),
    long: Number(sub.long),
    time_sent: sub.time_sent,
    uploaded_at: sub.uploaded_at,
    duration_s: facts.duration_s,
    recorded_at: facts.recorded_at,
    earlier: await repo.earlierPoints(sub.vehicle_guid, id),
  })
  await repo.finish(id, media.owner, { status: error ? 'failed' : 'ready', error, facts }, signals, !sharedFile)
}

/** A finished twin's facts and derived files; when its review rendition is its own original, ours is ours. */
function pick(t: MediaFacts & { file_name: string }, ownFile: string): MediaFacts {
  const { file_name, ...facts } = t
  return { ...EMPTY, ...facts, review_file: facts.review_file === file_name ? ownFile : facts.review_file }
}
