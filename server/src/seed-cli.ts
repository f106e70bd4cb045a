import { sql } from 'kysely'
import { loadConfig } from './config.js'
import { migrateToLatest, openDatabase } from './plugins/external/database.js'
import { isDatabaseEmpty, seedDemo } from './seed/demo.js'
import { resetScale, seedScale } from './seed/scale.js'

/**
 * `npm run seed -- [--scale N] [--reset] [--seed S] [--demo-share 0.4]`
 * Same settings as the server (DATABASE_URL, VIDEO_DIR). Seeds the demo first when the database is
 * empty; `--reset` removes earlier synthetic data; `--scale N` adds N synthetic reports.
 */
function parseArgs(argv: string[]) {
  const out = { scale: 0, reset: false, seed: 1, demoShare: 0.4 }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!
    const [flag, inline] = a.includes('=') ? (a.split('=', 2) as [string, string]) : [a, undefined]
    const value = () => {
      const v = inline ?? argv[++i]
      if (v === undefined || Number.isNaN(Number(v))) throw new Error(`${flag} needs a number`)
      return Number(v)
    }
    if (flag === '--scale') out.scale = Math.max(0, Math.floor(value()))
    else if (flag === '--seed') out.seed = Math.floor(value())
    else if (flag === '--demo-share') out.demoShare = Math.min(1, Math.max(0, value()))
    else if (flag === '--reset') out.reset = true
    else
      throw new Error(`Unknown option ${a}. Usage: npm run seed -- [--scale N] [--reset] [--seed S] [--demo-share 0.4]`)
  }
  return out
}

async function main() {
  const args = parseArgs(process.argv.slice(2))
  const config = loadConfig(process.env)
  const { db, isPg } = openDatabase(config.databaseUrl)
  try {
    await migrateToLatest(db, isPg)
    if (await isDatabaseEmpty(db)) {
      await seedDemo(db, config)
      console.log('Seeded the demo data.')
    }
    if (args.reset) {
      await resetScale(db)
      console.log('Removed the synthetic (scale) data.')
    }
    if (args.scale > 0) {
      const t0 = performance.now()
      const made = await seedScale(db, {
        reports: args.scale,
        seed: args.seed,
        demoShare: args.demoShare,
        videoDir: config.videoDir,
      })
      // Fresh planner statistics (and, on PostgreSQL, the visibility map for index-only scans) after a bulk load.
      await sql
        .raw(isPg ? 'vacuum analyze companies, vehicles, reports, submissions, decisions' : 'analyze')
        .execute(db)
      const secs = ((performance.now() - t0) / 1000).toFixed(1)
      console.log(`Added ${made.reports} reports, ${made.vehicles} vehicles, ${made.companies} companies in ${secs} s.`)
    }
  } finally {
    await db.destroy()
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err)
  process.exitCode = 1
})
