// Shared by the launcher scripts. Node built-ins only: these run before `npm ci` may have happened.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync, readdirSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
export const bin = (name) => join(root, 'node_modules', '.bin', name)

/** Installs the dependencies on a fresh clone (the lock file pins every version). */
export function ensureDependencies() {
  if (existsSync(join(root, 'node_modules', '.package-lock.json'))) return
  console.log('Устанавливаю зависимости (npm ci)…')
  const r = spawnSync('npm', ['ci'], { cwd: root, stdio: 'inherit' })
  if (r.status !== 0) process.exit(r.status ?? 1)
}

/** A secret generated once and kept under ./data, so sessions survive a restart. */
export function persistentSecret(name) {
  const dir = join(root, 'data')
  const file = join(dir, name)
  if (existsSync(file)) return readFileSync(file, 'utf8').trim()
  mkdirSync(dir, { recursive: true })
  const secret = randomBytes(32).toString('base64url')
  writeFileSync(file, secret, { mode: 0o600 })
  return secret
}

function newestMtime(path) {
  if (!existsSync(path)) return 0
  const st = statSync(path)
  if (!st.isDirectory()) return st.mtimeMs
  let newest = 0
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)))
  return newest
}

/** Builds the portal unless a build newer than every portal source is already there. */
export function ensurePortalBuilt(distDir = process.env.NEXT_DIST_DIR || '.next', { force = false } = {}) {
  const buildId = join(root, distDir, 'BUILD_ID')
  const sources = [
    'app',
    'components',
    'lib',
    'public',
    'proxy.ts',
    'next.config.mjs',
    'tailwind.config.ts',
    'postcss.config.mjs',
    'package-lock.json',
  ]
  const newestSource = Math.max(...sources.map((s) => newestMtime(join(root, s))))
  if (!force && existsSync(buildId) && statSync(buildId).mtimeMs >= newestSource) return
  console.log('Собираю портал (next build)…')
  const r = spawnSync(bin('next'), ['build'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NEXT_DIST_DIR: distDir },
  })
  if (r.status !== 0) process.exit(r.status ?? 1)
}

/**
 * The command that runs the built portal (`next start …args`) under a set heap limit. Without one,
 * Node sizes the heap from the machine's memory and lets a busy portal grow far past what it uses;
 * with it, 20 busy connections stay near 250 MiB. PORTAL_HEAP_MB (default 1024) raises it.
 */
export function portalCommand(args) {
  const raw = process.env.PORTAL_HEAP_MB || '1024'
  if (!/^\d+$/.test(raw) || Number(raw) < 128) {
    console.error(`PORTAL_HEAP_MB=${raw}: ожидается целое число мегабайт, не меньше 128`)
    process.exit(1)
  }
  return [
    process.execPath,
    [`--max-old-space-size=${raw}`, join(root, 'node_modules/next/dist/bin/next'), 'start', ...args],
  ]
}

/** Starts a child that dies with us; its output goes to ours with a prefix. */
export function startChild(label, command, args, env) {
  const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  const prefix = (stream, out) =>
    stream.on('data', (chunk) => {
      for (const line of chunk.toString().split('\n')) if (line.trim()) out.write(`[${label}] ${line}\n`)
    })
  prefix(child.stdout, process.stdout)
  prefix(child.stderr, process.stderr)
  return child
}

/** Waits until `url` answers 2xx, or gives up after `seconds`. */
export async function waitForUrl(url, seconds = 60) {
  const deadline = Date.now() + seconds * 1000
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url)
      if (res.ok) return true
    } catch {}
    await new Promise((r) => setTimeout(r, 300))
  }
  return false
}
