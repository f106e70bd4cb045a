import { createHash, randomUUID } from 'node:crypto'
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs'
import { mkdir, readdir, rename, stat, unlink, writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import path from 'node:path'
import { Transform, type Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { ApiError, unavailable } from './errors.js'
import { isMp4Signature, MP4_SNIFF_BYTES } from './mp4-signature.js'

/** A video written to a temp file in VIDEO_DIR, not yet visible to anyone. */
export interface PendingUpload {
  size: number
  /** First 32 hex of the content's sha256 (like the demo seed's etags). */
  etag: string
  /** Renames the temp file to `VIDEO_DIR/<relName>` (same filesystem: atomic). 503 storage when it cannot. */
  commit(relName: string): Promise<string>
  /** Removes the temp file (and the committed one, if commit ran): safe to call more than once. */
  discard(): Promise<void>
}

export const tooLarge = (max: number) =>
  new ApiError(413, `File is too large (max ${Math.round(max / 1024 / 1024)} MiB).`)
const notMp4 = () => new ApiError(415, 'The file is not an MP4 video.')

/** Where uploads are written before they are committed; a crash leaves `*.part` files here. */
const TEMP_SUBDIR = '.incoming'

// `<host>.<pid>.<uuid>.part`: at start, an instance can tell its own dead process's leftovers from the
// files another live instance sharing VIDEO_DIR is still writing.
const HOST = hostname().replace(/[^A-Za-z0-9-]/g, '_')
const TEMP_NAME = /^(.+)\.(\d+)\.[0-9a-f-]{36}\.part$/
/** Another host's temp file untouched this long belongs to an upload that will never finish. */
const FOREIGN_STALE_MS = 24 * 60 * 60 * 1000

/**
 * Streams `source` into a temp file under `videoDir` (same filesystem as the final place, so commit is
 * a rename), counting bytes, sniffing the MP4 signature on the first bytes and hashing on the way.
 * Never holds the whole file: at most one chunk (plus 12 sniffed bytes) is in memory.
 * Rejects with 413 past `maxBytes` (or when the source reports busboy's `limit`), 415 on a bad signature,
 * 503 storage when the disk refuses, or the source's own error (a cut connection, a malformed form);
 * the temp file is gone in every failure.
 */
export async function receiveUpload(
  source: Readable,
  opts: { videoDir: string; maxBytes: number },
): Promise<PendingUpload> {
  const tempDir = path.join(opts.videoDir, TEMP_SUBDIR)
  const tempPath = path.join(tempDir, `${HOST}.${process.pid}.${randomUUID()}.part`)
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
          if (!isMp4Signature(head)) return done(notMp4())
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

  const discard = () => unlink(tempPath).catch(() => {})
  let sink: WriteStream | undefined
  try {
    await mkdir(tempDir, { recursive: true })
    sink = createWriteStream(tempPath, { flags: 'wx' })
    await pipeline(source, meter, sink)
    if ((source as Readable & { truncated?: boolean }).truncated) throw tooLarge(opts.maxBytes)
  } catch (err) {
    // A file refused at its first bytes may reach here while the temp file is still being opened:
    // let the stream close (it creates the file first), or the removal below comes too early.
    if (sink && !sink.closed) await new Promise<void>((r) => sink!.once('close', () => r()))
    await discard()
    // pipeline rejects with the first failure: the disk's own (full, read-only, no permission) is ours to name.
    throw isFsError(err) ? unavailable('storage', err) : err
  } finally {
    source.off('limit', onLimit)
  }
  return pendingUpload(tempPath, opts.videoDir, size, hash.digest('hex').slice(0, 32))
}

/** A file written outside VIDEO_DIR's final places, that `commit` renames into one (and `discard` removes). */
function pendingUpload(tempPath: string, videoDir: string, size: number, etag: string): PendingUpload {
  let committed: string | null = null
  return {
    size,
    etag,
    async commit(relName) {
      const finalPath = path.join(videoDir, relName)
      try {
        await mkdir(path.dirname(finalPath), { recursive: true })
        await rename(tempPath, finalPath)
      } catch (e) {
        throw unavailable('storage', e)
      }
      committed = finalPath
      return finalPath
    },
    async discard() {
      for (const p of [tempPath, committed]) if (p) await unlink(p).catch(() => {})
    },
  }
}

/**
 * A file already complete on disk under `videoDir` (a finished resumable upload), checked like a streamed
 * one: 415 unless its first bytes are an MP4's, 413 past `maxBytes`; hashed for its etag. The file stays
 * where it is until `commit`; a refusal leaves it for the caller to remove.
 */
export async function adoptUpload(
  filePath: string,
  opts: { videoDir: string; maxBytes: number },
): Promise<PendingUpload> {
  const hash = createHash('sha256')
  let size = 0
  let head = Buffer.alloc(0)
  try {
    for await (const chunk of createReadStream(filePath) as AsyncIterable<Buffer>) {
      if (head.length < MP4_SNIFF_BYTES) {
        head = Buffer.concat([head, chunk.subarray(0, MP4_SNIFF_BYTES)]).subarray(0, MP4_SNIFF_BYTES)
        if (head.length >= MP4_SNIFF_BYTES && !isMp4Signature(head)) throw notMp4()
      }
      size += chunk.length
      if (size > opts.maxBytes) throw tooLarge(opts.maxBytes)
      hash.update(chunk)
    }
  } catch (e) {
    throw isFsError(e) ? unavailable('storage', e) : e
  }
  if (head.length < MP4_SNIFF_BYTES) throw notMp4()
  return pendingUpload(filePath, opts.videoDir, size, hash.digest('hex').slice(0, 32))
}

/** An error of a file-system call (it names the call); a cut connection or a malformed form has none. */
const isFsError = (e: unknown) => typeof (e as NodeJS.ErrnoException | null)?.syscall === 'string'

/** Is a process with this id running on this machine? */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Removes the temp files of uploads cut by a crash (run at start). Files of another live process on this
 * host, or recently written by another host sharing VIDEO_DIR, are uploads in progress and stay.
 * Returns the names removed.
 */
export async function removeStaleTemps(videoDir: string, now = Date.now()): Promise<string[]> {
  const dir = path.join(videoDir, TEMP_SUBDIR)
  const names = await readdir(dir).catch(() => [] as string[])
  const removed: string[] = []
  for (const name of names) {
    if (!name.endsWith('.part')) continue
    const file = path.join(dir, name)
    const m = TEMP_NAME.exec(name)
    let stale = true
    if (m && m[1] === HOST) stale = Number(m[2]) === process.pid || !alive(Number(m[2]))
    else if (m)
      stale = await stat(file).then(
        (s) => now - s.mtimeMs > FOREIGN_STALE_MS,
        () => false,
      )
    if (
      stale &&
      (await unlink(file).then(
        () => true,
        () => false,
      ))
    )
      removed.push(name)
  }
  return removed
}

/**
 * Can VIDEO_DIR take an upload right now? The same steps as one: a file written in the temp folder and
 * renamed into VIDEO_DIR, then removed. Throws the file system's error when a step fails.
 */
export async function probeStorage(videoDir: string): Promise<void> {
  const name = `health-${randomUUID()}.tmp`
  const temp = path.join(videoDir, TEMP_SUBDIR, name)
  const placed = path.join(videoDir, name)
  try {
    await mkdir(path.dirname(temp), { recursive: true })
    await writeFile(temp, 'ok', { flag: 'wx' })
    await rename(temp, placed)
  } finally {
    for (const p of [temp, placed]) await unlink(p).catch(() => {})
  }
}
