import { isPostgresUrl, loadConfig } from './config.js'
import { migrateToLatest, openDatabase } from './plugins/external/database.js'

/**
 * `npm run migrate`: applies the pending migrations of server/migrations to DATABASE_URL and exits.
 * The server does the same at start; this lets a deployment migrate once before starting instances.
 */
async function main() {
  const { databaseUrl } = loadConfig(process.env, { jwtSecret: 'not-needed-here' })
  const { db, isPg } = openDatabase(databaseUrl)
  try {
    const applied = await migrateToLatest(db, isPg)
    const where = isPostgresUrl(databaseUrl) ? withoutPassword(databaseUrl) : databaseUrl
    console.log(
      applied.length
        ? `Applied ${applied.length} migration(s) to ${where}: ${applied.join(', ')}`
        : `${where} is up to date.`,
    )
  } finally {
    await db.destroy()
  }
}

function withoutPassword(url: string): string {
  const u = new URL(url)
  if (u.password) u.password = '***'
  return u.toString()
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err)
  process.exitCode = 1
})
