import { spawn } from 'node:child_process'
import path from 'node:path'

const ROOT = path.resolve(import.meta.dirname, '../..')

const SCRIPTS = { migrate: 'migrate-cli.ts', backup: 'backup-cli.ts', api: 'server.ts' }

/**
 * One of the server's commands (`npm run migrate | backup | api`) against `databaseUrl`, as its own
 * process, the way an operator runs it, with `env` added. Resolves with its exit code and output once it
 * exits (killed after `timeoutMs`: a command that should have stopped but runs on fails its test).
 */
export function runCli(
  name: keyof typeof SCRIPTS,
  databaseUrl: string,
  args: string[] = [],
  { env = {}, timeoutMs = 60_000 }: { env?: Record<string, string>; timeoutMs?: number } = {},
) {
  return new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'server/src', SCRIPTS[name]), ...args], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: databaseUrl, ...env },
      timeout: timeoutMs,
    })
    let output = ''
    child.stdout.on('data', (c) => (output += c))
    child.stderr.on('data', (c) => (output += c))
    child.on('close', (code) => resolve({ code, output }))
  })
}
