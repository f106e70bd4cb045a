import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { API_TYPES_FILE, apiTypesOf } from './openapi/api-types.js'
import { servedDocument } from './openapi/served-document.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** Redocly CLI, offline: no telemetry, no update check (the machines that run the tests have no internet). */
const OFFLINE = { REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' }

/** `lint`: the served document through `redocly lint` (recommended rules, redocly.yaml); exits non-zero on errors. */
async function lint(): Promise<number> {
  const dir = mkdtempSync(path.join(tmpdir(), 'forte-openapi-lint-'))
  try {
    const file = path.join(dir, 'openapi.json')
    writeFileSync(file, JSON.stringify(await servedDocument(), null, 2))
    const redocly = path.join(root, 'node_modules', '.bin', 'redocly')
    const args = ['lint', file, '--config', path.join(root, 'redocly.yaml'), '--format', 'summary']
    const res = spawnSync(redocly, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...OFFLINE } })
    return res.status ?? 1
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** `types`: rewrites the portal's generated API types from the served document. */
async function types(): Promise<number> {
  writeFileSync(path.join(root, API_TYPES_FILE), await apiTypesOf(await servedDocument(), root))
  console.log(`Wrote ${API_TYPES_FILE}`)
  return 0
}

/**
 * `npm run openapi:lint` / `npm run gen:api-types`: the OpenAPI document of an app booted in-process,
 * linted or turned into the portal's types.
 */
const commands: Record<string, () => Promise<number>> = { lint, types }
const command = commands[process.argv[2] ?? '']
if (!command) {
  console.error(`Usage: tsx server/src/openapi-cli.ts ${Object.keys(commands).join('|')}`)
  process.exit(2)
}
command().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err)
    process.exit(1)
  },
)
