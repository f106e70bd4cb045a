import { randomUUID } from 'node:crypto'
import pg from 'pg'

export interface SchemaDatabase {
  /** A DATABASE_URL for the server: the same PostgreSQL, with `search_path` set to the new schema. */
  databaseUrl: string
  /** Drops the schema and everything in it. */
  drop(): Promise<void>
}

/**
 * A fresh, empty schema on the PostgreSQL server `adminUrl` names (tests and the bench: one per
 * server, so none sees another's rows). Leftovers of a killed run are named `<prefix>_…`.
 */
export async function createSchema(adminUrl: string, prefix = 'forte_test'): Promise<SchemaDatabase> {
  const schema = `${prefix}_${randomUUID().replace(/-/g, '').slice(0, 20)}`
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: adminUrl })
    await client.connect()
    try {
      await client.query(statement)
    } finally {
      await client.end()
    }
  }
  await admin(`create schema ${schema}`)
  const url = new URL(adminUrl)
  url.searchParams.set('options', `-c search_path=${schema}`)
  return { databaseUrl: url.toString(), drop: () => admin(`drop schema if exists ${schema} cascade`) }
}
