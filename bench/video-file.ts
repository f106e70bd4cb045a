import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { testVideoArgs } from '../server/test/test-video'
import { root } from './lib/stack'

const LIMIT = 64 * 1024 * 1024

/**
 * A real, playable H.264 MP4 just under the 64 MiB limit, with its index first (faststart), so a
 * player can seek without reading the file up to that point. Made once with ffmpeg and kept in ./data.
 */
export function bigVideo(): string | undefined {
  const file = path.join(root, 'data/bench/video-64mib.mp4')
  if (existsSync(file) && statSync(file).size <= LIMIT) return file
  mkdirSync(path.dirname(file), { recursive: true })
  const seconds = 60
  const kbps = Math.floor((LIMIT * 0.97 * 8) / seconds / 1000) // a little headroom for the container
  const r = spawnSync(
    'ffmpeg',
    testVideoArgs(file, {
      seconds,
      width: 1280,
      height: 720,
      kbps,
      rateControl: 'cbr',
      audioKbps: false,
      faststart: true,
    }),
    { stdio: 'ignore' },
  )
  if (r.status !== 0 || !existsSync(file)) return undefined
  if (statSync(file).size > LIMIT) return undefined
  return file
}
