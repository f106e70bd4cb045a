import { spawn } from 'node:child_process'
import { accessSync, constants } from 'node:fs'
import { createRequire } from 'node:module'
import { setPriority } from 'node:os'
import path from 'node:path'
import type { AppConfig } from '../../../config.js'

/** The ffmpeg and ffprobe this server runs, and where each came from (null: none works here). */
export interface MediaTools {
  ffmpeg: string | null
  ffprobe: string | null
  /** Why a tool is missing, for `media.error` and the start-up log. */
  problems: string[]
  sources: string[]
}

type ToolName = 'ffmpeg' | 'ffprobe'

const require = createRequire(import.meta.url)
/** The binaries shipped in npm packages (absent on platforms they do not cover). */
const npmShipped: Record<ToolName, () => string> = {
  ffmpeg: () => require('@ffmpeg-installer/ffmpeg').path as string,
  ffprobe: () => require('@ffprobe-installer/ffprobe').path as string,
}

/** The lowest priority: ffmpeg runs many threads, and the API must still get the CPU first. */
const NICE = 19

export class ToolError extends Error {}

/**
 * Runs a media tool as a child process (niced), resolving with its stdout. Rejects with the last lines
 * of stderr on a non-zero exit, on `timeoutMs`, or when `signal` aborts (the child is killed each time).
 */
export function runTool(
  bin: string,
  args: string[],
  opts: { timeoutMs: number; signal?: AbortSignal; maxStdout?: number },
): Promise<string> {
  return new Promise((resolve, reject) => {
    if (opts.signal?.aborted) return reject(new ToolError('aborted'))
    const child = spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'] })
    try {
      if (child.pid) setPriority(child.pid, NICE)
    } catch {
      // Not allowed here: run at normal priority.
    }
    const out: Buffer[] = []
    let outBytes = 0
    let err = ''
    child.stdout.on('data', (c: Buffer) => {
      outBytes += c.length
      if (outBytes <= (opts.maxStdout ?? 4 * 1024 * 1024)) out.push(c)
    })
    child.stderr.on('data', (c: Buffer) => {
      err = (err + c.toString('utf8')).slice(-2000)
    })
    let why: string | null = null
    const kill = (reason: string) => {
      why ??= reason
      child.kill('SIGKILL')
    }
    const timer = setTimeout(() => kill(`timed out after ${Math.round(opts.timeoutMs / 1000)} s`), opts.timeoutMs)
    const onAbort = () => kill('aborted')
    opts.signal?.addEventListener('abort', onAbort, { once: true })
    child.on('error', (e) => {
      why ??= e.message
    })
    child.on('close', (code) => {
      clearTimeout(timer)
      opts.signal?.removeEventListener('abort', onAbort)
      if (code === 0 && !why) return resolve(Buffer.concat(out).toString('utf8'))
      const lastLine = err.trim().split('\n').slice(-2).join(' ').slice(0, 300)
      reject(new ToolError(`${path.basename(bin)} ${why ?? `exited with ${code}`}${lastLine ? `: ${lastLine}` : ''}`))
    })
  })
}

const isExecutable = (file: string) => {
  try {
    accessSync(file, constants.X_OK)
    return true
  } catch {
    return false
  }
}

/** `name` in the directories of PATH, as a shell would find it. */
function onPath(name: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue
    const file = path.join(dir, name)
    if (isExecutable(file)) return file
  }
  return null
}

/** Does the binary run here, and (ffmpeg) can it make H.264 + AAC? */
async function works(tool: ToolName, bin: string): Promise<boolean> {
  try {
    if (tool === 'ffprobe') {
      await runTool(bin, ['-version'], { timeoutMs: 15_000 })
      return true
    }
    const encoders = await runTool(bin, ['-hide_banner', '-encoders'], { timeoutMs: 15_000 })
    return /\blibx264\b/.test(encoders) && /\baac\b/.test(encoders)
  } catch {
    return false
  }
}

async function findTool(tool: ToolName, config: AppConfig): Promise<{ bin: string | null; note: string }> {
  const explicit = tool === 'ffmpeg' ? config.ffmpegPath : config.ffprobePath
  const env = tool === 'ffmpeg' ? 'FFMPEG_PATH' : 'FFPROBE_PATH'
  // An explicit setting is the operator's choice: when it does not work, say so rather than guess.
  if (explicit) {
    return (await works(tool, explicit))
      ? { bin: explicit, note: `${tool} ${explicit} (${env})` }
      : {
          bin: null,
          note: `${tool} at ${env}=${explicit} does not run${tool === 'ffmpeg' ? ' or lacks libx264/aac' : ''}`,
        }
  }
  const system = onPath(tool)
  if (system && (await works(tool, system))) return { bin: system, note: `${tool} ${system} (system)` }
  if (config.ffmpegFallback) {
    let shipped: string | null = null
    try {
      shipped = npmShipped[tool]()
    } catch {
      // No binary for this platform in the npm package.
    }
    if (shipped && (await works(tool, shipped))) return { bin: shipped, note: `${tool} ${shipped} (npm package)` }
  }
  return {
    bin: null,
    note: `${tool} is not available (not on PATH${config.ffmpegFallback ? ', and the npm-shipped one does not run here' : ''})`,
  }
}

/** Finds ffmpeg and ffprobe: FFMPEG_PATH / FFPROBE_PATH, then the system's, then the npm-shipped ones. */
export async function findMediaTools(config: AppConfig): Promise<MediaTools> {
  const [ffmpeg, ffprobe] = await Promise.all([findTool('ffmpeg', config), findTool('ffprobe', config)])
  const found = [ffmpeg, ffprobe]
  return {
    ffmpeg: ffmpeg.bin,
    ffprobe: ffprobe.bin,
    problems: found.filter((t) => !t.bin).map((t) => t.note),
    sources: found.filter((t) => t.bin).map((t) => t.note),
  }
}
