import type { Generated } from 'kysely'

/** Kysely's view of the schema made by `server/migrations/*.ts`. */
export interface Database {
  companies: { id: Generated<number>; biin: string; name: string; email: string; created_at: string }
  users: {
    id: Generated<number>
    company_id: number
    role_id: number
    first_name: string
    last_name: string
    patronic_name: string
    mobile: string
    fcm: string
    deleted_at: string | null
    created_at: string
  }
  otps: {
    id: Generated<number>
    biin: string
    uuid: string
    company_id: number
    role_id: number
    /** The director; null for an employee until a successful /auth finds or creates them. */
    user_id: number | null
    mobile: string
    first_name: string
    fcm: string
    code_hash: string
    attempts: number
    expires_at: string
    used_at: string | null
    /** Set when a newer code for the same (biin, uuid) replaced this one. */
    retired_at: string | null
    created_at: string
  }
  limit_events: {
    id: Generated<number>
    kind: 'auth_fail' | 'letter' | '1c_fail'
    subject: string
    device: string
    ip: string
    created_at: string
  }
  session_logouts: { user_id: number; uuid: string; logged_out_at: number }
  refresh_tokens: {
    id: Generated<number>
    family: string
    user_id: number
    uuid: string
    issued_at: number
    expires_at: number
    retired_at: string | null
    successor_id: number | null
    revoked_at: string | null
  }
  vehicle_types: { code: string; title: string; instructions: string }
  vehicles: {
    guid: string
    company_id: number
    vehicle_type_code: string
    vin_code: string
    plate_number: string
    contract_number: string
    contract_date_end: string
    /** UTC ISO of the last sticker printed for it (007); null until one. */
    sticker_printed_at: Generated<string | null>
  }
  reports: {
    ref_key: string
    company_id: number
    vehicle_guid: string
    report_number: string
    contract_number: string
    date_start: string
    date_finish: string
    status_code: number
    reject_reason: string
    updated_at: string
    /** The facts the stats read (006), kept by triggers: never written by the application. */
    vehicle_type_code: Generated<string | null>
    /** UTC ISO of the report's first / latest submission; null until one. */
    first_uploaded_at: Generated<string | null>
    last_uploaded_at: Generated<string | null>
    /** 1 once a rejection decision exists for the report. */
    rejected_once: Generated<number>
  }
  submissions: {
    id: Generated<number>
    ref_key: string
    user_id: number | null
    file_name: string
    size: number
    etag: string
    time_sent: string
    lat: number
    long: number
    uploaded_at: string
  }
  decisions: {
    id: Generated<number>
    ref_key: string
    status_code: number
    reject_reason: string
    reviewer_login: string
    decided_at: string
    /** When the reviewer undid it (008); null while it stands. */
    undone_at: Generated<string | null>
    undone_by: Generated<string | null>
  }
  reviewers: { login: string; display_name: string; password_hash: string }
  /** Letters to send (003): claimed by one sender at a time, retried until `expires_at`. */
  outbox: {
    id: Generated<number>
    to_addr: string
    subject: string
    /** Plain text. */
    body: string
    html: Generated<string>
    /** What the letter is for (`otp`, `mail`, ...): for operators reading the queue. */
    kind: Generated<string>
    created_at: string
    expires_at: string
    next_attempt_at: Generated<string>
    attempts: Generated<number>
    claimed_by: string | null
    claim_until: string | null
    sent_at: string | null
    last_error: string | null
  }
  app_secrets: { name: string; value: string }
  submission_media: {
    submission_id: number
    status: 'processing' | 'ready' | 'failed'
    attempts: Generated<number>
    lease_owner: string | null
    lease_until: string | null
    sha256: string | null
    duration_s: number | null
    width: number | null
    height: number | null
    bitrate_kbps: number | null
    recorded_at: string | null
    review_file: string | null
    poster_file: string | null
    thumbs_file: string | null
    error: string | null
    created_at: string
    finished_at: string | null
  }
  submission_signals: {
    id: Generated<number>
    submission_id: number
    code: string
    severity: string
    message: string
    detail: string
    ref: string
    created_at: string
  }
  /** Written and rolled back by GET /health (migration 005). */
  health_probe: { id: string; checked_at: string }
  /** A company's reminder choices (006); no row = the defaults. `reminders` is 0 or 1. */
  company_settings: { company_id: number; reminders: number; reminder_days_before: number; updated_at: string }
  /** One row per (company, Almaty day) whose reminder digest was queued (006): the pass's idempotency key. */
  reminder_digests: { company_id: number; day: string; outbox_id: number | null; created_at: string }
  /** The rejection letter a decision queued (006): one per decision; `outbox_id` lets an undo drop it unsent. */
  decision_letters: { decision_id: number; outbox_id: number; created_at: string }
}

/** The reports' columns kept by database triggers (migration 006). */
export type ReportFact = 'vehicle_type_code' | 'first_uploaded_at' | 'last_uploaded_at' | 'rejected_once'
