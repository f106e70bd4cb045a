// Starts a fresh API server on a temporary database and video folder, for one Playwright run.
// Usage: node e2e/support/start-api.mjs <port> [ACCESS_TOKEN_TTL]. The temp folder is removed on exit.
// The server's own pid is written to apiPidFile(port) (e2e/support/api-process.ts), so a test can pause it;
// its log (one JSON line per request, as Fastify writes it) is copied to apiLogFile(port), so a test can count calls.
import { spawn } from 'node:child_process'
import { createWriteStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const port = process.argv[2] || '4100'
const ttl = process.argv[3]
const dir = mkdtempSync(join(tmpdir(), `forte-e2e-api-${port}-`))
const root = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..', '..')

// node with tsx's loader (not the tsx wrapper): the child is the server process itself.
const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/server.ts'], {
  cwd: root,
  stdio: ['inherit', 'pipe', 'inherit'],
  env: {
    ...process.env,
    NODE_ENV: 'test',
    FORTE_API_PORT: port,
    PORT: port,
    DATABASE_URL: `file:${join(dir, 'forte.sqlite')}`,
    VIDEO_DIR: join(dir, 'videos'),
    // Sign-in codes are read from the dev mailbox.
    DEV_MAILBOX: '1',
    // The suite signs in as the demo director many times an hour, every time from 127.0.0.1: the
    // letter and per-address budgets are raised. Failed codes per BIN/IIN keep the real limit (10),
    // so the lock message can be shown.
    LETTERS_PER_BIIN: '1000',
    LETTERS_PER_IP: '5000',
    AUTH_FAILS_PER_IP: '300',
    // No daily reminder pass: its digest would be the newest letter where a test reads a sign-in code.
    REMINDER_AT: 'off',
    // A short undo window, so a browser test sees both sides of it (review-undo.spec.ts).
    UNDO_WINDOW_S: process.env.E2E_UNDO_WINDOW_S || '12',
    ...(ttl ? { ACCESS_TOKEN_TTL: ttl } : {}),
  },
})

const pidFile = join(tmpdir(), `forte-e2e-api-${port}.pid`)
writeFileSync(pidFile, String(child.pid))
const logFile = join(tmpdir(), `forte-e2e-api-${port}.log`)
const log = createWriteStream(logFile)
child.stdout.pipe(log)
child.stdout.pipe(process.stdout)

const cleanup = () => {
  rmSync(dir, { recursive: true, force: true })
  rmSync(pidFile, { force: true })
  rmSync(logFile, { force: true })
}
const stop = () => child.kill('SIGTERM')
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
child.on('exit', (code) => {
  cleanup()
  process.exit(code ?? 0)
})
