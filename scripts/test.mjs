// `npm test`: unit + API integration tests (Vitest), then the browser journeys (Playwright)
// against the freshly built portal. Prints one line `N passed, N failed` and exits non-zero on any failure.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { bin, ensureDependencies, ensurePortalBuilt, persistentSecret, root } from './lib.mjs'

ensureDependencies()

function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']
  try {
    candidates.push(createRequire(import.meta.url)('playwright-core').chromium.executablePath())
  } catch {}
  return candidates.find((p) => p && existsSync(p))
}

const chromium = findChromium()
if (!chromium) {
  console.error('Chromium не найден. Установите его: sudo apt-get install -y chromium (или задайте CHROMIUM_PATH).')
  process.exit(1)
}

// The sticker tests count pages and stickers of the printed PDF with poppler's pdfinfo/pdftotext.
if (spawnSync('pdftotext', ['-v']).error) {
  console.error('pdftotext не найден (poppler). Установите: sudo apt-get install -y poppler-utils')
  process.exit(1)
}

const results = join(root, 'test-results')
rmSync(results, { recursive: true, force: true })
mkdirSync(results, { recursive: true })
const run = (cmd, args, env = {}) =>
  spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1

// Static checks first; each counts as one passed or failed check in the total.
const checks = {
  lint: ['eslint', ['.']],
  format: ['prettier', ['--check', '.']],
  typecheck: ['tsc', ['--noEmit']],
  knip: ['knip', []],
  // The served /openapi.json against Redocly's recommended rules, offline (no telemetry, no update check).
  openapi: ['tsx', ['server/src/openapi-cli.ts', 'lint']],
}
const checkResults = {}
for (const [name, [cmd, args]] of Object.entries(checks)) {
  console.log(`\n> ${name}`)
  checkResults[name] = run(bin(cmd), args) === 0
}
const checksJson = join(results, 'checks.json')
writeFileSync(checksJson, JSON.stringify(checkResults, null, 2))

// The server's integration tests run a second time on PostgreSQL when TEST_DATABASE_URL names one
// (the `postgres` project of vitest.config.mts; each server gets its own schema). Each pass writes its
// own report, and both count in the total.
const pgPass = Boolean(process.env.TEST_DATABASE_URL)
const vitestJson = join(results, 'vitest.json')
const vitestPgJson = join(results, 'vitest-postgres.json')
const e2eJson = join(results, 'e2e.json')
const vitest = (project, json) =>
  run(bin('vitest'), [
    'run',
    `--project=${project}`,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${json}`,
  ])
const unitStatus = vitest('main', vitestJson)
const pgStatus = pgPass ? vitest('postgres', vitestPgJson) : 0

// The browser tests drive a production build, built from the current sources.
const distDir = process.env.NEXT_DIST_DIR || '.next'
ensurePortalBuilt(distDir)
const e2eStatus = run(bin('playwright'), ['test'], {
  CHROMIUM_PATH: chromium,
  NEXT_DIST_DIR: distDir,
  NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET || persistentSecret('nextauth-secret'),
})

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null)
const unit = read(vitestJson)
const unitPg = pgPass ? read(vitestPgJson) : null
const e2e = read(e2eJson)
const checksPassed = Object.values(checkResults).filter(Boolean).length
const checksFailed = Object.values(checkResults).length - checksPassed
const vitestPassed = (unit?.numPassedTests ?? 0) + (unitPg?.numPassedTests ?? 0)
const vitestFailed = (unit?.numFailedTests ?? 0) + (unitPg?.numFailedTests ?? 0)
const passed = checksPassed + vitestPassed + (e2e?.stats?.expected ?? 0) + (e2e?.stats?.flaky ?? 0)
const failed = checksFailed + vitestFailed + (e2e?.stats?.unexpected ?? 0)
// A suite that crashed before writing its report counts as one failure, never as a pass.
const crashed =
  (unitStatus !== 0 && !unit ? 1 : 0) + (pgStatus !== 0 && !unitPg ? 1 : 0) + (e2eStatus !== 0 && !e2e ? 1 : 0)
const checkLine = Object.entries(checkResults).map(([k, ok]) => `${k} ${ok ? 'ok' : 'FAILED'}`)
console.log(`\nChecks: ${checksPassed} passed, ${checksFailed} failed (${checkLine.join(', ')})`)
console.log(
  `Vitest: ${unit?.numPassedTests ?? 0} passed, ${unit?.numFailedTests ?? 0} failed; ` +
    `Playwright: ${(e2e?.stats?.expected ?? 0) + (e2e?.stats?.flaky ?? 0)} passed, ${e2e?.stats?.unexpected ?? 0} failed`,
)
console.log(
  pgPass
    ? `PostgreSQL pass (server tests): ${unitPg?.numPassedTests ?? 0} passed, ${unitPg?.numFailedTests ?? 0} failed`
    : 'PostgreSQL pass skipped: set TEST_DATABASE_URL=postgres://user:password@host:5432/db to run the server tests on PostgreSQL too (README, "PostgreSQL").',
)
console.log(`${passed} passed, ${failed + crashed} failed`)
process.exit(unitStatus || pgStatus || e2eStatus || checksFailed ? 1 : 0)
