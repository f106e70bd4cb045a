import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp } from '../src/app.js'
import { loginDirector, startApi, type StartedApi } from './helper.js'
import { dueReports, makeVideo, uploadVideo } from './media-support.js'

/**
 * Two API instances on one database (as behind a load balancer) race for the same media job:
 * the conditional claim gives it to exactly one of them, and a lease that ran out frees it again.
 */
let a: StartedApi
let b: FastifyInstance

beforeAll(async () => {
  // No workers of their own: the test does the claiming.
  a = await startApi({ mediaWorkers: 0 })
  b = await buildApp({ ...a.config, mediaWorkers: 0, seedDemo: false, logLevel: 'warn' })
  await b.ready()
})
afterAll(async () => {
  await b?.close()
  await a?.close()
})

describe('media job claim', () => {
  it('gives a job to exactly one of two instances, and again after its lease ran out', async () => {
    const token = (await loginDirector(a.url)).access_token
    const ref = (await dueReports(a.url, token))[0]!.ref_key
    const video = await makeVideo(a.config.videoDir, 'claim.mp4', { seconds: 2, width: 160, height: 120 })
    expect((await uploadVideo(a.url, token, video, { ref_key: ref })).status).toBe(201)

    const claims = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        (i % 2 ? a.app : b).mediaRepository.claim(i % 2 ? 'instance-a' : 'instance-b', 30),
      ),
    )
    const won = claims.filter((c) => c !== null)
    expect(won).toHaveLength(1)
    expect(won[0]!.attempts).toBe(1)
    const winner = claims.findIndex((c) => c !== null) % 2 ? 'instance-a' : 'instance-b'
    const loser = winner === 'instance-a' ? 'instance-b' : 'instance-a'

    // The loser cannot extend or finish what it does not hold; the winner can.
    const id = won[0]!.submission_id
    expect(await a.app.mediaRepository.heartbeat(id, loser, 30)).toBe(false)
    expect(await a.app.mediaRepository.heartbeat(id, winner, 0)).toBe(true) // lease now ends at once
    await new Promise((r) => setTimeout(r, 20))
    const retaken = await b.mediaRepository.claim(loser, 30)
    expect(retaken).toEqual({ submission_id: id, attempts: 2 })
    expect(await a.app.mediaRepository.heartbeat(id, winner, 30)).toBe(false)
  })
})
