import { randomUUID } from 'node:crypto'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { sweepTemp } from './derive.js'
import { mediaQueueEvents } from './enqueue.js'
import { processJob } from './media-job.js'
import { findMediaTools, type MediaTools } from './media-tools.js'

declare module 'fastify' {
  interface FastifyInstance {
    media: { tools: MediaTools; owner: string }
  }
}

// A job that kept dying with its worker (a video that crashes ffmpeg, say) is given up after this many.
const MAX_ATTEMPTS = 3
const POLL_MS = 1000

/**
 * The media pipeline's workers: up to MEDIA_WORKERS jobs at a time, taken from the database (so any
 * instance may take any job, a restart resumes, and a crashed worker's job is retaken when its lease
 * expires). The heavy work runs in niced ffmpeg child processes, off the request path.
 * @see ./media-job.ts for what one job does.
 */
export default fp(
  async (fastify: FastifyInstance) => {
    const { config, mediaRepository: repo, log } = fastify
    const owner = `${process.pid}-${randomUUID().slice(0, 8)}`
    const tools = await findMediaTools(config)
    fastify.decorate('media', { tools, owner })
    if (config.mediaWorkers === 0) return
    if (tools.problems.length) log.warn({ missing: tools.problems }, 'media: videos will be kept but not processed')
    else log.info({ media: tools.sources }, 'media pipeline')

    const running = new Map<number, { abort: AbortController; done: Promise<void> }>()
    let stopped = false
    let polling = false

    async function runOne(id: number, attempts: number, abort: AbortController) {
      const beat = setInterval(
        () => {
          repo.heartbeat(id, owner, config.mediaLeaseS).then(
            (mine) => mine || abort.abort(),
            () => {},
          )
        },
        (config.mediaLeaseS * 1000) / 3,
      )
      try {
        await processJob(fastify, id, abort.signal, attempts > MAX_ATTEMPTS ? MAX_ATTEMPTS : null)
      } catch (err) {
        if (!stopped) log.error({ err, submission_id: id }, 'media job failed unexpectedly')
      } finally {
        clearInterval(beat)
        running.delete(id)
      }
    }

    /** Takes free jobs until every worker slot is busy or the queue is empty. */
    async function poll() {
      if (polling || stopped) return
      polling = true
      try {
        while (!stopped && running.size < config.mediaWorkers) {
          const job = await repo.claim(owner, config.mediaLeaseS)
          if (!job) break
          const abort = new AbortController()
          const done = runOne(job.submission_id, job.attempts, abort).then(() => void setImmediate(poll))
          running.set(job.submission_id, { abort, done })
        }
      } catch (err) {
        if (!stopped) log.warn({ err }, 'media queue poll failed')
      } finally {
        polling = false
      }
    }

    const onEnqueued = () => setTimeout(poll, 50).unref()
    const timer = setInterval(poll, POLL_MS)
    timer.unref()

    fastify.addHook('onReady', async () => {
      const queued = await repo.backfill()
      if (queued) log.info(`media: queued ${queued} earlier submissions`)
      void sweepTemp(config.videoDir).catch(() => {})
      mediaQueueEvents.on('enqueued', onEnqueued)
      void poll()
    })
    // Before the database closes: stop, kill the running ffmpegs, hand their jobs back for the next start.
    fastify.addHook('onClose', async () => {
      stopped = true
      clearInterval(timer)
      mediaQueueEvents.off('enqueued', onEnqueued)
      const jobs = [...running.entries()]
      for (const [, j] of jobs) j.abort.abort()
      await Promise.all(jobs.map(([id, j]) => j.done.then(() => repo.release(id, owner)).catch(() => {})))
    })
  },
  { name: 'media-worker', dependencies: ['database', 'media-repository'] },
)
