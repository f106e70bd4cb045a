import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/** Everything the API server reads from the environment (architecture.md, "Settings"). */
export interface AppConfig {
  port: number
  host: string
  /** `file:<path>` for SQLite or `postgres://...`. */
  databaseUrl: string
  videoDir: string
  jwtSecret: string
  jwtIssuer: string
  accessTokenTtl: number
  refreshTokenTtl: number
  otpTtl: number
  /** Seconds between two OTP requests for the same (BIIN, uuid). */
  otpResendInterval: number
  /** Seconds a retired refresh token still returns its successor pair (two tabs refreshing). */
  refreshReuseWindow: number
  devMailbox: boolean
  smtpUrl: string | undefined
  /** The letters' From (MAIL_FROM). */
  mailFrom: string
  /** Base URL for absolute links (`image_path`); derived from the request's host when unset. */
  apiPublicUrl: string | undefined
  /** Seed the demo data into an empty database at start. */
  seedDemo: boolean
  logLevel: string
}

const num = (v: string | undefined, dflt: number) => {
  const n = v === undefined || v === '' ? NaN : Number(v)
  return Number.isFinite(n) && n > 0 ? n : dflt
}

/** The SQLite file a `file:` DATABASE_URL names. */
export const sqliteFileOf = (databaseUrl: string) => path.resolve(databaseUrl.replace(/^file:/, ''))

/** Folder holding the SQLite file: where the generated JWT secret lives. */
const dataDirOf = (databaseUrl: string) => path.dirname(sqliteFileOf(databaseUrl))

export const isPostgresUrl = (url: string) => /^postgres(ql)?:\/\//.test(url)

/** The JWT secret is generated once and kept next to the database so tokens survive restarts. */
function persistentSecret(dir: string): string {
  const file = path.join(dir, 'jwt-secret')
  const read = () => (existsSync(file) ? readFileSync(file, 'utf8').trim() : '')
  const existing = read()
  if (existing) return existing
  mkdirSync(dir, { recursive: true })
  try {
    // `wx`: two processes starting at once on one database agree on the first one's secret.
    writeFileSync(file, randomBytes(32).toString('base64url') + '\n', { mode: 0o600, flag: 'wx' })
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err
  }
  return read()
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<AppConfig> = {}): AppConfig {
  const databaseUrl = overrides.databaseUrl ?? env.DATABASE_URL ?? 'file:./data/forte.sqlite'
  // On PostgreSQL an unset secret is kept in the database itself (plugins/external/database.ts), so
  // every instance shares it.
  const jwtSecret =
    overrides.jwtSecret ??
    (env.JWT_SECRET || (isPostgresUrl(databaseUrl) ? '' : persistentSecret(dataDirOf(databaseUrl))))
  const devMailboxEnv = env.DEV_MAILBOX
  const devMailbox =
    devMailboxEnv === undefined || devMailboxEnv === ''
      ? env.NODE_ENV !== 'production'
      : !['0', 'false', 'off', 'no'].includes(devMailboxEnv.toLowerCase())
  return {
    port: num(env.FORTE_API_PORT, 4010),
    host: env.FORTE_API_HOST ?? '0.0.0.0',
    databaseUrl,
    videoDir: path.resolve(env.VIDEO_DIR ?? './data/videos'),
    jwtSecret,
    jwtIssuer: env.JWT_ISSUER ?? 'localhost',
    accessTokenTtl: num(env.ACCESS_TOKEN_TTL, 300),
    refreshTokenTtl: num(env.REFRESH_TOKEN_TTL, 2_592_000),
    otpTtl: num(env.OTP_TTL, 600),
    otpResendInterval: num(env.OTP_RESEND_INTERVAL, 60),
    refreshReuseWindow: num(env.REFRESH_REUSE_WINDOW, 10),
    devMailbox,
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM || 'ForteLeasing <no-reply@forteleasing.kz>',
    apiPublicUrl: env.API_PUBLIC_URL ? env.API_PUBLIC_URL.replace(/\/+$/, '') : undefined,
    seedDemo: env.SEED_DEMO !== '0',
    logLevel: env.LOG_LEVEL ?? 'info',
    ...overrides,
  }
}
