import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, statSync } from 'node:fs'
import path from 'node:path'
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
    [
      '-loglevel',
      'error',
      '-y',
      '-f',
      'lavfi',
      '-i',
      `testsrc2=size=1280x720:rate=25`,
      '-t',
      String(seconds),
      '-c:v',
      'libx264',
      '-preset',
      'ultrafast',
      '-pix_fmt',
      'yuv420p',
      '-b:v',
      `${kbps}k`,
      '-minrate',
      `${kbps}k`,
      '-maxrate',
      `${kbps}k`,
      '-bufsize',
      `${kbps}k`,
      '-x264-params',
      'nal-hrd=cbr:force-cfr=1',
      '-movflags',
      '+faststart',
      file,
    ],
    { stdio: 'ignore' },
  )
  if (r.status !== 0 || !existsSync(file)) return undefined
  if (statSync(file).size > LIMIT) return undefined
  return file
}
