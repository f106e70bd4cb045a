import { spawn } from 'node:child_process'
import path from 'node:path'

const ROOT = path.resolve(import.meta.dirname, '../..')

/**
 * One of the server's commands (`server/src/<name>-cli.ts`, what `npm run <name>` starts) against
 * `databaseUrl`, as its own process, the way an operator runs it. Resolves with its exit code and output.
 */
export function runCli(name: 'migrate' | 'backup', databaseUrl: string, args: string[] = []) {
  return new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, `server/src/${name}-cli.ts`), ...args], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: databaseUrl },
    })
    let output = ''
    child.stdout.on('data', (c) => (output += c))
    child.stderr.on('data', (c) => (output += c))
    child.on('close', (code) => resolve({ code, output }))
  })
}
