import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/** Everything the API server reads from the environment (architecture.md, "Settings"). */
export interface AppConfig extends AbuseLimits {
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
  /** GET /dev/outbox and the mailbox copy of letters: opt-in (DEV_MAILBOX=1), never with NODE_ENV=production. */
  devMailbox: boolean
  /** True when DEV_MAILBOX asked for the mailbox but NODE_ENV=production refused it (the server says so at start). */
  devMailboxRefused: boolean
  /** Whose X-Forwarded-For to believe for the client IP (Fastify `trustProxy`): `loopback` by default (the portal). */
  trustProxy: string | boolean
  smtpUrl: string | undefined
  /** The letters' From (MAIL_FROM). */
  mailFrom: string
  /** Base URL for absolute links (`image_path`); derived from the request's host when unset. */
  apiPublicUrl: string | undefined
  /** Seed the demo data into an empty database at start. */
  seedDemo: boolean
  logLevel: string
  /** FFMPEG_PATH / FFPROBE_PATH: the media tools to use; unset: the system's, else the npm-shipped ones. */
  ffmpegPath: string | undefined
  ffprobePath: string | undefined
  /** FFMPEG_FALLBACK=0: never use the npm-shipped binaries (only FFMPEG_PATH or the system's). */
  ffmpegFallback: boolean
  /** MEDIA_WORKERS: media jobs this instance runs at once; 0 = it takes none (other instances do). */
  mediaWorkers: number
  /** MEDIA_LEASE_S: how long a claimed job stays claimed without a heartbeat (a crashed worker's job is retaken after it). */
  mediaLeaseS: number
  /** REMINDER_AT: Almaty wall time `HH:MM` of the daily reminder pass; null (`off`): no scheduler here. */
  reminderAt: { hour: number; minute: number } | null
  /** PORTAL_PUBLIC_URL: the portal's address, for links in letters (no trailing slash). */
  portalPublicUrl: string
}

/** Abuse limits of api-contract.md ("Abuse limits"); 0 turns one off. */
interface AbuseLimits {
  /** Failed /auth per BIN/IIN in 15 minutes, whatever the uuid. */
  authFailsPerBiin: number
  /** Failed /auth per BIN/IIN in 24 hours. */
  authFailsPerBiinDay: number
  /** Failed /auth per client IP in 15 minutes. */
  authFailsPerIp: number
  /** OTP letters per BIN/IIN per hour. */
  lettersPerBiin: number
  /** OTP letters per client IP per hour. */
  lettersPerIp: number
  /** Failed 1C passwords per login in 15 minutes. */
  loginFails1C: number
}

const num = (v: string | undefined, dflt: number) => {
  const n = v === undefined || v === '' ? NaN : Number(v)
  return Number.isFinite(n) && n > 0 ? n : dflt
}

/** A limit: a whole number ≥ 0 (0 = off); anything else keeps the default. */
const limit = (v: string | undefined, dflt: number) => {
  const n = v === undefined || v.trim() === '' ? NaN : Number(v)
  return Number.isInteger(n) && n >= 0 ? n : dflt
}

const ON = ['1', 'true', 'on', 'yes']
const OFF = ['0', 'false', 'off', 'no']

/** `TRUST_PROXY`: `loopback` (default), a comma-separated list of addresses/CIDRs, or off. */
function trustProxyOf(v: string | undefined): string | boolean {
  const s = (v ?? '').trim()
  if (!s) return 'loopback'
  if (OFF.includes(s.toLowerCase())) return false
  return s
}

const DEFAULT_REMINDER_AT = { hour: 9, minute: 0 }

/** `REMINDER_AT`: `HH:MM` (24 h, Almaty), or `off`; anything else keeps the default 09:00. */
function reminderAtOf(v: string | undefined): AppConfig['reminderAt'] {
  const s = (v ?? '').trim().toLowerCase()
  if (OFF.includes(s)) return null
  const m = /^(\d{1,2}):(\d{2})$/.exec(s)
  if (!m) return DEFAULT_REMINDER_AT
  const [hour, minute] = [Number(m[1]), Number(m[2])]
  return hour < 24 && minute < 60 ? { hour, minute } : DEFAULT_REMINDER_AT
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
  const config: AppConfig = {
    port: num(env.FORTE_API_PORT, 4010),
    host: env.FORTE_API_HOST?.trim() || '127.0.0.1',
    databaseUrl,
    videoDir: path.resolve(env.VIDEO_DIR ?? './data/videos'),
    jwtSecret,
    jwtIssuer: env.JWT_ISSUER ?? 'localhost',
    accessTokenTtl: num(env.ACCESS_TOKEN_TTL, 300),
    refreshTokenTtl: num(env.REFRESH_TOKEN_TTL, 2_592_000),
    otpTtl: num(env.OTP_TTL, 600),
    otpResendInterval: num(env.OTP_RESEND_INTERVAL, 60),
    refreshReuseWindow: num(env.REFRESH_REUSE_WINDOW, 10),
    devMailbox: ON.includes((env.DEV_MAILBOX ?? '').trim().toLowerCase()),
    devMailboxRefused: false,
    trustProxy: trustProxyOf(env.TRUST_PROXY),
    authFailsPerBiin: limit(env.AUTH_FAILS_PER_BIIN, 10),
    authFailsPerBiinDay: limit(env.AUTH_FAILS_PER_BIIN_DAY, 30),
    authFailsPerIp: limit(env.AUTH_FAILS_PER_IP, 30),
    lettersPerBiin: limit(env.LETTERS_PER_BIIN, 30),
    lettersPerIp: limit(env.LETTERS_PER_IP, 60),
    loginFails1C: limit(env.LOGIN_FAILS_1C, 10),
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM || 'ForteLeasing <no-reply@forteleasing.kz>',
    apiPublicUrl: env.API_PUBLIC_URL ? env.API_PUBLIC_URL.replace(/\/+$/, '') : undefined,
    seedDemo: env.SEED_DEMO !== '0',
    logLevel: env.LOG_LEVEL ?? 'info',
    ffmpegPath: env.FFMPEG_PATH || undefined,
    ffprobePath: env.FFPROBE_PATH || undefined,
    ffmpegFallback: env.FFMPEG_FALLBACK !== '0',
    mediaWorkers: env.MEDIA_WORKERS === '0' ? 0 : num(env.MEDIA_WORKERS, 1),
    mediaLeaseS: num(env.MEDIA_LEASE_S, 60),
    reminderAt: reminderAtOf(env.REMINDER_AT),
    portalPublicUrl: (env.PORTAL_PUBLIC_URL?.trim() || 'http://localhost:3000').replace(/\/+$/, ''),
    ...overrides,
  }
  // The dev mailbox hands out every sign-in code: never in production, whatever asked for it.
  if (config.devMailbox && env.NODE_ENV === 'production') {
    config.devMailbox = false
    config.devMailboxRefused = true
  }
  return config
}
