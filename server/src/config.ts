import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { isIP } from 'node:net'
import path from 'node:path'
import { z } from 'zod'

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
  /** UPLOAD_EXPIRY_S: an unfinished resumable upload (/uploads/) is removed this long after its creation. */
  uploadExpiryS: number
  /** UNDO_WINDOW_S: seconds during which the reviewer who decided may undo the decision. */
  undoWindowS: number
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

/** A setting the environment got wrong: the server refuses to start rather than guess. */
export class ConfigError extends Error {
  override name = 'ConfigError'
}

// --- How each kind of setting is read. Unset or blank always means "the default". ---

const ON = ['1', 'true', 'on', 'yes']
const OFF = ['0', 'false', 'off', 'no']

const blank = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v)

/** A whole number within [min, max], written as plain digits. */
const wholeNumber = (min: number, max: number, expects: string) =>
  z.string().trim().regex(/^\d+$/, expects).transform(Number).pipe(z.number().min(min, expects).max(max, expects))

const seconds = wholeNumber(1, 10 * 365 * 86_400, 'expected a whole number of seconds, at least 1')
/** An abuse limit: 0 turns it off; a negative or fractional value is a mistake, never "off". */
const limit = wholeNumber(0, 1_000_000, 'expected a whole number, 0 (no limit) or more')

const flag = z
  .string()
  .trim()
  .toLowerCase()
  .refine((v) => ON.includes(v) || OFF.includes(v), `expected one of ${ON.join('/')} (on) or ${OFF.join('/')} (off)`)
  .transform((v) => ON.includes(v))

const text = z.string().trim()

const httpUrl = (expects: string) =>
  text.refine((v) => /^https?:\/\/[^\s/]+/i.test(v) && URL.canParse(v), expects).transform((v) => v.replace(/\/+$/, ''))

/** `loopback`, `linklocal`, `uniquelocal`, or an address with an optional `/prefix` (proxy-addr's forms). */
const PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal']
function isProxyItem(item: string): boolean {
  if (PROXY_NAMES.includes(item)) return true
  const [addr = '', prefix, ...more] = item.split('/')
  const family = isIP(addr)
  if (!family || more.length) return false
  if (prefix === undefined) return true
  if (isIP(prefix) === family) return true // a netmask
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128)
}
const trustProxy = text.transform((v, ctx): string | boolean => {
  if (OFF.includes(v.toLowerCase())) return false
  const items = v.split(',').map((s) => s.trim())
  if (items.every(isProxyItem)) return items.join(',')
  ctx.addIssue({
    code: 'custom',
    message: `expected ${PROXY_NAMES.join(', ')}, a comma-separated list of IP addresses or CIDRs, or 0 (none)`,
  })
  return z.NEVER
})

/** `REMINDER_AT`: `HH:MM` (24 h, Almaty time), or off (no scheduler in this instance). */
const reminderAt = text.transform((v, ctx): AppConfig['reminderAt'] => {
  if (OFF.includes(v.toLowerCase())) return null
  const m = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(v)
  if (m) return { hour: Number(m[1]), minute: Number(m[2]) }
  ctx.addIssue({ code: 'custom', message: 'expected a time HH:MM (Almaty, 00:00 to 23:59) or off' })
  return z.NEVER
})

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const

/** The settings as environment variables: each one's rule and default (README "Settings"). */
const Environment = z.object({
  FORTE_API_PORT: wholeNumber(1, 65_535, 'expected a port number from 1 to 65535').default(4010),
  FORTE_API_HOST: text.default('127.0.0.1'),
  DATABASE_URL: text
    .refine((v) => /^file:./.test(v) || isPostgresUrl(v), 'expected file:<path> (SQLite) or postgres://… (PostgreSQL)')
    .default('file:./data/forte.sqlite'),
  VIDEO_DIR: text.default('./data/videos'),
  JWT_SECRET: z.string().optional(),
  JWT_ISSUER: text.default('localhost'),
  ACCESS_TOKEN_TTL: seconds.default(300),
  REFRESH_TOKEN_TTL: seconds.default(2_592_000),
  OTP_TTL: seconds.default(600),
  OTP_RESEND_INTERVAL: seconds.default(60),
  REFRESH_REUSE_WINDOW: seconds.default(10),
  DEV_MAILBOX: flag.default(false),
  TRUST_PROXY: trustProxy.default('loopback'),
  AUTH_FAILS_PER_BIIN: limit.default(10),
  AUTH_FAILS_PER_BIIN_DAY: limit.default(30),
  AUTH_FAILS_PER_IP: limit.default(30),
  LETTERS_PER_BIIN: limit.default(30),
  LETTERS_PER_IP: limit.default(60),
  LOGIN_FAILS_1C: limit.default(10),
  SMTP_URL: text.regex(/^smtps?:\/\/\S+$/i, 'expected smtp://… or smtps://…').optional(),
  MAIL_FROM: text.default('ForteLeasing <no-reply@forteleasing.kz>'),
  API_PUBLIC_URL: httpUrl('expected an http:// or https:// address').optional(),
  SEED_DEMO: flag.default(true),
  LOG_LEVEL: z.enum(LOG_LEVELS, { error: `expected one of ${LOG_LEVELS.join(', ')}` }).default('info'),
  FFMPEG_PATH: text.optional(),
  FFPROBE_PATH: text.optional(),
  FFMPEG_FALLBACK: flag.default(true),
  MEDIA_WORKERS: wholeNumber(0, 64, 'expected a whole number from 0 (none here) to 64').default(1),
  MEDIA_LEASE_S: wholeNumber(1, 86_400, 'expected a whole number of seconds from 1 to 86400').default(60),
  REMINDER_AT: reminderAt.default({ hour: 9, minute: 0 }),
  PORTAL_PUBLIC_URL: httpUrl('expected an http:// or https:// address').default('http://localhost:3000'),
  UPLOAD_EXPIRY_S: wholeNumber(60, 2_592_000, 'expected a whole number of seconds from 60 to 2592000').default(86_400),
  UNDO_WINDOW_S: wholeNumber(0, 3_600, 'expected a whole number of seconds from 0 (no undo) to 3600').default(30),
})
type Environment = z.infer<typeof Environment>

/** Values not echoed in the error (they may hold passwords). */
const SECRET = new Set(['JWT_SECRET', 'DATABASE_URL', 'SMTP_URL'])

/** Reads and checks every setting; a bad one throws a ConfigError naming each variable and what it expects. */
function readEnvironment(env: NodeJS.ProcessEnv): Environment {
  const vars = Object.fromEntries(Object.keys(Environment.shape).map((k) => [k, blank(env[k])]))
  const parsed = Environment.safeParse(vars)
  if (parsed.success) return parsed.data
  const lines = parsed.error.issues.map((issue) => {
    const name = String(issue.path[0])
    const shown = SECRET.has(name) ? '(hidden)' : JSON.stringify(env[name])
    return `  ${name}=${shown}: ${issue.message}`
  })
  throw new ConfigError(`Invalid settings in the environment; the API does not start:\n${lines.join('\n')}`)
}

/** The SQLite file a `file:` DATABASE_URL names. */
export const sqliteFileOf = (databaseUrl: string) => path.resolve(databaseUrl.replace(/^file:/, ''))

/** Folder holding the SQLite file: where the generated JWT secret lives. */
const dataDirOf = (databaseUrl: string) => path.dirname(sqliteFileOf(databaseUrl))

export function isPostgresUrl(url: string) {
  return /^postgres(ql)?:\/\//.test(url)
}

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

/**
 * The settings: the environment, checked (a bad value throws ConfigError: nothing silently falls back),
 * with `overrides` on top (tests boot on a temp dir this way).
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<AppConfig> = {}): AppConfig {
  const e = readEnvironment(env)
  const databaseUrl = overrides.databaseUrl ?? e.DATABASE_URL
  // On PostgreSQL an unset secret is kept in the database itself (plugins/external/database.ts), so
  // every instance shares it.
  const jwtSecret =
    overrides.jwtSecret ??
    (e.JWT_SECRET || (isPostgresUrl(databaseUrl) ? '' : persistentSecret(dataDirOf(databaseUrl))))
  const config: AppConfig = {
    port: e.FORTE_API_PORT,
    host: e.FORTE_API_HOST,
    databaseUrl,
    videoDir: path.resolve(e.VIDEO_DIR),
    jwtSecret,
    jwtIssuer: e.JWT_ISSUER,
    accessTokenTtl: e.ACCESS_TOKEN_TTL,
    refreshTokenTtl: e.REFRESH_TOKEN_TTL,
    otpTtl: e.OTP_TTL,
    otpResendInterval: e.OTP_RESEND_INTERVAL,
    refreshReuseWindow: e.REFRESH_REUSE_WINDOW,
    devMailbox: e.DEV_MAILBOX,
    devMailboxRefused: false,
    trustProxy: e.TRUST_PROXY,
    authFailsPerBiin: e.AUTH_FAILS_PER_BIIN,
    authFailsPerBiinDay: e.AUTH_FAILS_PER_BIIN_DAY,
    authFailsPerIp: e.AUTH_FAILS_PER_IP,
    lettersPerBiin: e.LETTERS_PER_BIIN,
    lettersPerIp: e.LETTERS_PER_IP,
    loginFails1C: e.LOGIN_FAILS_1C,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    apiPublicUrl: e.API_PUBLIC_URL,
    seedDemo: e.SEED_DEMO,
    logLevel: e.LOG_LEVEL,
    ffmpegPath: e.FFMPEG_PATH,
    ffprobePath: e.FFPROBE_PATH,
    ffmpegFallback: e.FFMPEG_FALLBACK,
    mediaWorkers: e.MEDIA_WORKERS,
    mediaLeaseS: e.MEDIA_LEASE_S,
    reminderAt: e.REMINDER_AT,
    portalPublicUrl: e.PORTAL_PUBLIC_URL,
    uploadExpiryS: e.UPLOAD_EXPIRY_S,
    undoWindowS: e.UNDO_WINDOW_S,
    ...overrides,
  }
  // The dev mailbox hands out every sign-in code: never in production, whatever asked for it.
  if (config.devMailbox && env.NODE_ENV === 'production') {
    config.devMailbox = false
    config.devMailboxRefused = true
  }
  return config
}
