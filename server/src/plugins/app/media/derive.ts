import { randomUUID } from 'node:crypto'
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { moovFirst } from '../../../lib/mp4-boxes.js'
import { runTool } from './media-tools.js'
import type { Probe } from './probe.js'

/** The review rendition's limits (api-contract.md "Media and review signals"). */
export const REVIEW_MAX_SHORT_SIDE = 720
export const REVIEW_MAX_KBPS = 2000
// Video + audio stay under REVIEW_MAX_KBPS with room for the container.
const VIDEO_MAX_KBPS = 1800
const AUDIO_KBPS = 96
/** Frames in the scrubbing strip, and the long side of each. */
export const STRIP_FRAMES = 6
const STRIP_FRAME_LONG_SIDE = 240

/** Where the derived files of one video content live, relative to VIDEO_DIR: by sha256, so equal bytes share them. */
export const derivedDir = (sha256: string) => path.join('.media', sha256)

export interface Derived {
  poster_file: string
  thumbs_file: string
  /** The original itself when it already meets the review limits. */
  review_file: string
}

// Only ever shrink: the short side to at most `max` lines, dimensions even (H.264 4:2:0 wants them so).
const shortSideAtMost = (max: number) =>
  `scale='if(gte(iw,ih),-2,trunc(min(${max},iw)/2)*2)':'if(gte(iw,ih),trunc(min(${max},ih)/2)*2,-2)'`
const longSide = (n: number) => `scale='if(gte(iw,ih),${n},-2)':'if(gte(iw,ih),-2,${n})'`

/** Poster frame time: 1 s in, or 10 % of a shorter video (so a 0.5 s clip still has one). */
export const posterAt = (duration: number) => Math.min(1, duration * 0.1)

/** Already playable as the review rendition: H.264 4:2:0 + AAC (or silent), small enough, moov first. */
export async function meetsReview(p: Probe, file: string): Promise<boolean> {
  return (
    p.videoCodec === 'h264' &&
    p.pixFmt === 'yuv420p' &&
    (p.audioCodec === null || p.audioCodec === 'aac') &&
    Math.min(p.width, p.height) <= REVIEW_MAX_SHORT_SIDE &&
    p.bitrate_kbps <= REVIEW_MAX_KBPS &&
    (await moovFirst(file))
  )
}

/** Writes through a temp name in the same folder and renames: readers never see half a file. */
async function produce(videoDir: string, rel: string, make: (tmp: string) => Promise<unknown>): Promise<string> {
  const final = path.join(videoDir, rel)
  const ext = path.extname(rel)
  const tmp = path.join(path.dirname(final), `${path.basename(rel, ext)}.${randomUUID()}.tmp${ext}`)
  try {
    await make(tmp)
    if (!(await stat(tmp)).size) throw new Error(`ffmpeg wrote an empty ${path.basename(rel)}`)
    await rename(tmp, final)
  } finally {
    await rm(tmp, { force: true })
  }
  return rel
}

/**
 * Makes the poster JPEG, the 6-frame strip JPEG and (unless the original already qualifies) the
 * review rendition of `original`, into `.media/<sha256>/`. The original is only read.
 */
export async function derive(opts: {
  ffmpeg: string
  videoDir: string
  original: string
  /** The original's name relative to VIDEO_DIR (the review rendition when it already qualifies). */
  originalRel: string
  sha256: string
  probe: Probe
  signal: AbortSignal
}): Promise<Derived> {
  const { ffmpeg, videoDir, original, sha256, probe: p, signal } = opts
  const dir = derivedDir(sha256)
  await mkdir(path.join(videoDir, dir), { recursive: true })
  const d = p.duration_s
  // Decoding a long 1080p file takes a while; a hung ffmpeg must not hold the job forever.
  const timeoutMs = (120 + 10 * d) * 1000
  const run = (args: string[]) => runTool(ffmpeg, ['-nostdin', '-y', '-v', 'error', ...args], { timeoutMs, signal })

  const poster_file = await produce(videoDir, path.join(dir, 'poster.jpg'), (tmp) =>
    run(['-ss', String(posterAt(d)), '-i', original, '-frames:v', '1', '-vf', shortSideAtMost(720), '-q:v', '3', tmp]),
  )

  // Six fast seeks (each decodes from its nearest keyframe) rather than decoding the whole file.
  const times = Array.from({ length: STRIP_FRAMES }, (_, i) => ((i + 0.5) * d) / STRIP_FRAMES)
  const inputs = times.flatMap((t) => ['-ss', t.toFixed(3), '-i', original])
  const scaled = times.map((_, i) => `[${i}:v]${longSide(STRIP_FRAME_LONG_SIDE)},setsar=1[f${i}]`).join(';')
  const stack = `${times.map((_, i) => `[f${i}]`).join('')}hstack=inputs=${STRIP_FRAMES}[strip]`
  const thumbs_file = await produce(videoDir, path.join(dir, 'thumbs.jpg'), (tmp) =>
    run([...inputs, '-filter_complex', `${scaled};${stack}`, '-map', '[strip]', '-frames:v', '1', '-q:v', '5', tmp]),
  )

  if (await meetsReview(p, original)) return { poster_file, thumbs_file, review_file: opts.originalRel }

  const review_file = await produce(videoDir, path.join(dir, 'review.mp4'), (tmp) =>
    run([
      '-i',
      original,
      '-map',
      '0:v:0',
      '-map',
      '0:a:0?',
      '-vf',
      shortSideAtMost(REVIEW_MAX_SHORT_SIDE),
      '-c:v',
      'libx264',
      '-preset',
      'veryfast',
      '-profile:v',
      'high',
      '-pix_fmt',
      'yuv420p',
      '-crf',
      '23',
      '-maxrate',
      `${VIDEO_MAX_KBPS}k`,
      '-bufsize',
      `${VIDEO_MAX_KBPS * 2}k`,
      // A keyframe every 2 s: a seek fetches little more than the part it shows.
      '-force_key_frames',
      'expr:gte(t,n_forced*2)',
      '-c:a',
      'aac',
      '-b:a',
      `${AUDIO_KBPS}k`,
      '-ac',
      '2',
      '-movflags',
      '+faststart',
      tmp,
    ]),
  )
  return { poster_file, thumbs_file, review_file }
}

/**
 * Removes half-written files that a killed worker's ffmpeg left behind (its temp names), once they
 * are old enough that no live ffmpeg can still be writing them.
 */
export async function sweepTemp(videoDir: string, olderThanMs = 3_600_000): Promise<number> {
  const root = path.join(videoDir, '.media')
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => [])
  let removed = 0
  for (const e of entries) {
    if (!e.isFile() || !/\.[0-9a-f-]{36}\.tmp\.\w+$/.test(e.name)) continue
    const file = path.join(e.parentPath, e.name)
    const info = await stat(file).catch(() => null)
    if (info && Date.now() - info.mtimeMs > olderThanMs) {
      await rm(file, { force: true })
      removed++
    }
  }
  return removed
}
