import { createHash, randomUUID } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { mkdir, rename, unlink } from 'node:fs/promises'
import path from 'node:path'
import { Transform, type Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { ApiError } from './errors.js'
import { looksLikeMp4, MP4_SNIFF_BYTES } from './mp4-signature.js'

/** A video written to a temp file in VIDEO_DIR, not yet visible to anyone. */
export interface PendingUpload {
  size: number
  /** First 32 hex of the content's sha256 (like the demo seed's etags). */
  etag: string
  /** Renames the temp file to `VIDEO_DIR/<relName>` (same filesystem: atomic). */
  commit(relName: string): Promise<string>
  /** Removes the temp file (and the committed one, if commit ran): safe to call more than once. */
  discard(): Promise<void>
}

// Closing the connection stops the client from sending the rest of a rejected body.
const closing = { connection: 'close' }
export const tooLarge = (max: number) =>
  new ApiError(413, `File is too large (max ${Math.round(max / 1024 / 1024)} MiB).`, { headers: closing })
export const notMp4 = () => new ApiError(415, 'The file is not an MP4 video.', { headers: closing })

const TEMP_SUBDIR = '.incoming'

/**
 * Streams `source` into a temp file under `videoDir` (same filesystem as the final place, so commit is
 * a rename), counting bytes, sniffing the MP4 signature on the first bytes and hashing on the way.
 * Never holds the whole file: at most one chunk (plus 12 sniffed bytes) is in memory.
 * Rejects with 413 past `maxBytes` (or when the source reports busboy's `limit`), 415 on a bad signature,
 * or the source's own error (a cut connection); the temp file is gone in every failure.
 */
export async function receiveUpload(
  source: Readable,
  opts: { videoDir: string; maxBytes: number },
): Promise<PendingUpload> {
  const tempDir = path.join(opts.videoDir, TEMP_SUBDIR)
  await mkdir(tempDir, { recursive: true })
  const tempPath = path.join(tempDir, `${randomUUID()}.part`)
  const hash = createHash('sha256')
  let size = 0
  let head: Buffer | null = Buffer.alloc(0)

  const meter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      size += chunk.length
      if (size > opts.maxBytes) return done(tooLarge(opts.maxBytes))
      if (head) {
        head = Buffer.concat([head, chunk.subarray(0, MP4_SNIFF_BYTES)]).subarray(0, MP4_SNIFF_BYTES)
        if (head.length >= MP4_SNIFF_BYTES) {
          if (!looksLikeMp4(head)) return done(notMp4())
          head = null
        }
      }
      hash.update(chunk)
      done(null, chunk)
    },
    flush(done) {
      // Shorter than a box header: cannot be an MP4.
      done(head ? notMp4() : null)
    },
  })
  // busboy stops at its own fileSize limit and only says so with 'limit' / `truncated`.
  const onLimit = () => meter.destroy(tooLarge(opts.maxBytes))
  source.once('limit', onLimit)

  let committed: string | null = null
  const discard = async () => {
    for (const p of [tempPath, committed]) if (p) await unlink(p).catch(() => {})
  }
  try {
    await pipeline(source, meter, createWriteStream(tempPath, { flags: 'wx' }))
    if ((source as Readable & { truncated?: boolean }).truncated) throw tooLarge(opts.maxBytes)
  } catch (err) {
    await discard()
    throw err
  } finally {
    source.off('limit', onLimit)
  }
  return {
    size,
    etag: hash.digest('hex').slice(0, 32),
    async commit(relName) {
      const finalPath = path.join(opts.videoDir, relName)
      await mkdir(path.dirname(finalPath), { recursive: true })
      await rename(tempPath, finalPath)
      committed = finalPath
      return finalPath
    },
    discard,
  }
}
