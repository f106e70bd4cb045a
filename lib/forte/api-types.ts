/**
 * Types of the ForteLeasing API, generated from its /openapi.json by openapi-typescript.
 * Do not edit: `npm run gen:api-types` rewrites this file, and a test fails when it is stale.
 */
export interface paths {
  '/1c/companies/{biin}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    /** Create or update a client company */
    put: operations['put1cCompaniesByBiin']
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/1c/me': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** The 1C account behind the Basic credentials */
    get: operations['get1cMe']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/1c/reminders/run': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /**
     * Run the reminder pass now; answers the digests it queued
     * @description Each company with reminders on gets at most one digest per Almaty day (its overdue reports and those due within `reminder_days_before` days; none when it has neither), whoever runs the pass and however often: a second run the same day queues nothing. Letters go through the outbox to the company email.
     */
    post: operations['post1cRemindersRun']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/1c/reports': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Reports of all companies with their latest video (review queue: status_code=2&order=oldest) */
    get: operations['get1cReports']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/1c/reports/{ref_key}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** One report with its vehicle, type instructions, company and full history */
    get: operations['get1cReportsByRefKey']
    /** Create or update a scheduled report */
    put: operations['put1cReportsByRefKey']
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/1c/reports/{ref_key}/decision': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Approve (3) or reject (4) a sent report; 409 when someone decided first or a new video came */
    post: operations['post1cReportsByRefKeyDecision']
    /**
     * Undo a decision: only its reviewer, within UNDO_WINDOW_S, while nothing else happened; back to 2
     * @description The report goes back to status 2, the decision stays in the history with its undo, and a queued, unsent rejection letter is dropped. 409 (with a message saying why) when the caller did not decide it, the window has passed, the report changed since (a new video, an update), or it has no decision to undo.
     */
    delete: operations['delete1cReportsByRefKeyDecision']
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/1c/stats': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /**
     * Report statistics across companies (or one), per-company rates, review queue, reviewers, reject reasons
     * @description Months are Almaty calendar months of a report’s `date_finish` (its last day); every month of the range is listed, zeros included.
     *
     *     `on_time` / `late` look at the report’s **first** submission, by the time the server received it (`uploaded_at`, not the client’s `time_sent`): uploaded before the end of the `date_finish` day in Almaty is on time, so a first submission at any moment of `date_finish` itself (00:00:00 to 23:59:59) is on time, and from 00:00 of the next day it is late.
     *
     *     A rejected-then-resubmitted report keeps the verdict of its first submission, counts in `rejected` (rejected at least once, or status 4 now), and once approved also in `approved`.
     *
     *     A report never submitted is neither on time nor late; while it stays open (status 1, or 4 not sent again) after `date_finish` it counts in `open_overdue`, which is the state now, not at the time.
     *
     *     `on_time_rate`: on_time ÷ due over the reports whose `date_finish` is one of the 90 days before today (their deadline has passed; one never submitted counts against); null when there are none.
     *
     *     With `biin`, every figure is that company's only (an unknown BIN/IIN is a 404). `companies[].rejected_rate_90d`: of the reports in the same 90-day window that were submitted, the share rejected at least once. `queue`: reports in status 2, each waiting since its latest video. `reviewers`: decisions per Almaty day over the last 30 days. `reject_reasons`: rejections decided in the last 90 days.
     */
    get: operations['get1cStats']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/1c/sync': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /**
     * Bulk upsert of companies, vehicles and reports in one transaction (JSON or NDJSON)
     * @description Each item is the PUT upsert's body plus its key (`biin`, `vehicle_guid`, `ref_key`); at most 10000 items of each kind and 64 MiB a call. Companies are applied first, then vehicles, then reports, so items may refer to each other within a call. Idempotent: an item sent again as stored counts as `unchanged` and is not written. By default any invalid item applies nothing (422, the items listed); with `partial=1` the valid ones are applied (200) and the invalid ones listed.
     */
    post: operations['post1cSync']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/1c/vehicles': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Vehicles of all companies (search by BIN/IIN, plate, VIN) */
    get: operations['get1cVehicles']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/1c/vehicles/{vehicle_guid}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    /** Create or update a leased vehicle and its contract */
    put: operations['put1cVehiclesByVehicleGuid']
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/1c/vehicles/stickers': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /**
     * Record that stickers were printed for vehicles of any company
     * @description Sets `sticker_printed_at` to now on every vehicle given. All or nothing: an unknown `vehicle_guid` is a 404 and nothing is recorded.
     */
    post: operations['post1cVehiclesStickers']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/auth': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Exchange the OTP for access and refresh tokens */
    post: operations['postAuth']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/biin/{biin}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Request a one-time password (JSON, urlencoded or multipart form body) */
    post: operations['postBiinByBiin']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/company/settings': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** The company's reminder settings (defaults until a director sets them: on, 3 days before) */
    get: operations['getCompanySettings']
    /** Set the company's reminder settings (director only); both fields are required */
    put: operations['putCompanySettings']
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/dev/outbox': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Dev mailbox: letters the server would have sent, newest first */
    get: operations['getDevOutbox']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/docs': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** This reference as an interactive page (Swagger UI), rendered from /openapi.json */
    get: operations['getDocs']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/employee/delete/{id}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    post?: never
    /** Delete an employee (revokes all their tokens) */
    delete: operations['deleteEmployeeDeleteById']
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/employee/list': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** The company's employees */
    get: operations['getEmployeeList']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/health': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Whether the database takes writes and the video store takes files (503 naming what failed) */
    get: operations['getHealth']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/images/{vehicle_type_code}/image.png': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** A vehicle type's picture (PNG) */
    get: operations['getImagesByVehicleTypeCodeImagePng']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/logout': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** End the session (its access and refresh tokens are refused from now on) */
    post: operations['postLogout']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/openapi.json': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** This API as an OpenAPI 3.1 document */
    get: operations['getOpenapiJson']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/refresh_token': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Rotate the refresh token */
    post: operations['postRefreshToken']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/reports/general/filter/{status_code}/{date_range_code}/{vehicle_guid}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /**
     * The company's reports, split into important (due, rejected) and general (sent, approved)
     * @description `null` (or an empty / missing trailing segment) = no filter. Ranges: 1w, 1m, 6m, 1y.
     */
    get: operations['getReportsGeneralFilterByStatusCodeAndDateRangeCodeAndVehicleGuid']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/reports/poster/{ref_key}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** The latest video's poster frame (JPEG, at 1 s or 10 % of the duration); 404 until it is ready */
    get: operations['getReportsPosterByRefKey']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/reports/select/{ref_key}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /**
     * One report of the company, its latest submission (time, GPS point) and its type
     * @description `submission` is null when no video was sent yet. Another company's or an unknown ref_key is a 404.
     */
    get: operations['getReportsSelectByRefKey']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/reports/stats': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /**
     * The company's report statistics by month and vehicle type, its overdue reports and reminder settings
     * @description Months are Almaty calendar months of a report’s `date_finish` (its last day); every month of the range is listed, zeros included.
     *
     *     `on_time` / `late` look at the report’s **first** submission, by the time the server received it (`uploaded_at`, not the client’s `time_sent`): uploaded before the end of the `date_finish` day in Almaty is on time, so a first submission at any moment of `date_finish` itself (00:00:00 to 23:59:59) is on time, and from 00:00 of the next day it is late.
     *
     *     A rejected-then-resubmitted report keeps the verdict of its first submission, counts in `rejected` (rejected at least once, or status 4 now), and once approved also in `approved`.
     *
     *     A report never submitted is neither on time nor late; while it stays open (status 1, or 4 not sent again) after `date_finish` it counts in `open_overdue`, which is the state now, not at the time.
     *
     *     `on_time_rate`: on_time ÷ due over the reports whose `date_finish` is one of the 90 days before today (their deadline has passed; one never submitted counts against); null when there are none.
     */
    get: operations['getReportsStats']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/reports/thumbs/{ref_key}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** The latest video's scrubbing strip: one JPEG, a single row of 6 evenly spaced frames; 404 until ready */
    get: operations['getReportsThumbsByRefKey']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/reports/upload': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Submit a report's video (multipart/form-data: file, ref_key, time_sent, lat, long) */
    post: operations['postReportsUpload']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/reports/vehicle/filter/{status_code}/{date_range_code}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /**
     * Vehicles with the status of their most pressing report
     * @description Priority: overdue first, then 4 > 1 > 2 > 3, then the latest date_finish. `null` = no filter.
     */
    get: operations['getReportsVehicleFilterByStatusCodeAndDateRangeCode']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/reports/vehicle/select/{vehicle_guid}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** A vehicle's reports and its contract data */
    get: operations['getReportsVehicleSelectByVehicleGuid']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/reports/video/{ref_key}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** A report's latest video (video/mp4; Range, ETag) */
    get: operations['getReportsVideoByRefKey']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/uploads': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /**
     * Create a resumable upload of a report video (tus 1.0 creation)
     * @description Headers: `Tus-Resumable: 1.0.0`, `Upload-Length` (bytes, at most 64 MiB) and `Upload-Metadata` (`ref_key`, `time_sent`, `lat`, `long`, `filename`, base64 values). The fields and the report are checked as POST /reports/upload checks them. Answers 201 with `Location` (the upload URL) and `Upload-Expires`.
     */
    post: operations['postUploads']
    delete?: never
    /** What the server supports (tus 1.0): `Tus-Version`, `Tus-Extension`, `Tus-Max-Size` */
    options: operations['optionsUploads']
    head?: never
    patch?: never
    trace?: never
  }
  '/uploads/{id}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    post?: never
    /** Abandon an unfinished upload (tus 1.0 termination) */
    delete: operations['deleteUploadsById']
    options?: never
    /** An upload's offset (tus 1.0 core): `Upload-Offset`, `Upload-Length`, `Upload-Expires` */
    head: operations['headUploadsById']
    /**
     * Append bytes at `Upload-Offset` (tus 1.0 core; `Content-Type: application/offset+octet-stream`)
     * @description The PATCH that brings the last byte commits the report as POST /reports/upload does: 204 with `Forte-Report-Status: 2`, or the same refusal (404, 409, 413, 415, 422, 503 envelope), after which the partial file is removed.
     */
    patch: operations['patchUploadsById']
    trace?: never
  }
  '/vehicle/qr/{vehicle_guid}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** QR code (PNG) of a vehicle_guid */
    get: operations['getVehicleQrByVehicleGuid']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/vehicles/stickers': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /**
     * Record that stickers were printed for own vehicles (director)
     * @description Sets `sticker_printed_at` to now on every vehicle given. All or nothing: another company's or an unknown `vehicle_guid` is a 404 and nothing is recorded.
     */
    post: operations['postVehiclesStickers']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
}
export type webhooks = Record<string, never>
export interface components {
  schemas: {
    CompanySettings: {
      /** @description The digest lists reports due within this many days */
      reminder_days_before: number
      /** @description Reminder letters (daily digest, rejection letters) to the company email */
      reminders: boolean
    }
    CompanySettingsInput: {
      /** @description The digest lists reports due within this many days */
      reminder_days_before: number
      /** @description Reminder letters (daily digest, rejection letters) to the company email */
      reminders: boolean
    }
    CompanyStatsRow: {
      biin: string
      company_name: string
      /** @description on_time ÷ due over reports whose date_finish is one of the 90 days before today */
      on_time_rate_90d: number | null
      /** @description Reports open now (status 1 or 4) past date_finish, of any age */
      open_overdue: number
      /** @description Of those reports that were submitted, the share rejected at least once */
      rejected_rate_90d: number | null
    }
    DecisionConflict: {
      data: {
        code: number
        current_status_code: number
        current_status_title: string
        decided_at: string | null
        decided_by: string | null
        decided_by_name: string | null
        message: string
      }
      /** @constant */
      status: 'error'
    }
    Employee: {
      first_name: string
      id: number
      mobile: string
    }
    /** @description Error envelope (api-contract.md "Conventions") */
    Error: {
      data: {
        code: number
        errors?: {
          [key: string]: string
        }
        message: string
      }
      /** @constant */
      status: 'error'
    }
    MonthStats: {
      /** @description Of those, reports approved now (status 3). */
      approved: number
      /** @description Reports whose period ends (date_finish) in this month / of this group, whatever their status. */
      due: number
      /** @description Of those, reports whose first submission was uploaded after date_finish. Reports never submitted are neither on_time nor late. */
      late: number
      /** @description YYYY-MM, Almaty calendar month of date_finish */
      month: string
      /** @description Of those, reports whose first submission was uploaded on or before date_finish (Almaty): by 23:59:59 of the last day. */
      on_time: number
      /** @description Of those, reports still open now (status 1 or 4) although date_finish has passed. */
      open_overdue: number
      /** @description Of those, reports rejected at least once (a rejection decision, or status 4 now): a rejected-then-approved report counts here and in approved. */
      rejected: number
    }
    ReportItem: {
      contract_number: string
      date_finish_datetime: string
      date_finish_render: string
      date_start_datetime: string
      date_start_render: string
      plate_number: string
      ref_key: string
      reject_reason: string
      report_number: string
      status_code: number
      status_expired_bool: boolean
      status_expired_title: string
      status_title: string
      vehicle_guid?: string
      vehicle_type_code: string
      vin_code: string
    }
    /** @description counts over the whole filter (every page): each list sums to `total` */
    ReviewFacets: {
      by_status: {
        count: number
        status_code: number
      }[]
      by_vehicle_type: {
        count: number
        vehicle_type_code: string
        vehicle_type_title: string
      }[]
    }
    ReviewHistoryEntry:
      | {
          at: string
          id: number
          /** @constant */
          kind: 'submission'
          lat: number
          long: number
          media: components['schemas']['SubmissionMedia']
          signals: components['schemas']['ReviewSignal'][]
          size: number
          time_sent: string
          user_id: number | null
          user_name: string
          user_role: string
        }
      | {
          at: string
          id: number
          /** @constant */
          kind: 'decision'
          reject_reason: string
          reviewer_login: string
          reviewer_name: string
          status_code: number
          status_title: string
          undone_at: string | null
        }
      | {
          at: string
          /** @description the undone decision */
          id: number
          /** @constant */
          kind: 'undo'
          reviewer_login: string
          reviewer_name: string
          /** @description what the undone decision had decided */
          status_code: number
          status_title: string
        }
    ReviewListItem: {
      biin: string
      company_name: string
      contract_number: string
      date_finish_datetime: string
      date_finish_render: string
      date_start_datetime: string
      date_start_render: string
      /** @description when the latest standing decision was made (UTC ISO) */
      decided_at: string | null
      /** @description login of the reviewer of the latest standing decision */
      decided_by: string | null
      plate_number: string
      ref_key: string
      reject_reason: string
      report_number: string
      status_code: number
      status_expired_bool: boolean
      status_expired_title: string
      status_title: string
      submission: {
        lat: number
        long: number
        media: components['schemas']['SubmissionMedia']
        signals: components['schemas']['ReviewSignal'][]
        size: number
        time_sent: string
        uploaded_at: string
      } | null
      updated_at: string
      vehicle_guid?: string
      vehicle_type_code: string
      vehicle_type_title: string
      vin_code: string
      /** @description status 2 only: when its latest video came (UTC ISO), i.e. since when it waits for a reviewer */
      waiting_since: string | null
    }
    ReviewSignal: {
      /** @enum {string} */
      code: 'duplicate_video' | 'gps_far' | 'gps_zero' | 'recorded_long_before' | 'too_short' | 'time_sent_future'
      detail: {
        [key: string]: unknown
      }
      /** @description Russian, for the reviewer */
      message: string
      /** @enum {string} */
      severity: 'info' | 'warn'
    }
    StickersBodyInput: {
      vehicle_guids: string[]
    }
    SubmissionInfo: {
      lat: number
      long: number
      media: components['schemas']['SubmissionMedia']
      signals: components['schemas']['ReviewSignal'][]
      size: number
      /** @description yyyy-mm-dd hh:mm:ss, Almaty wall time as the client sent it */
      time_sent: string
      /** @description UTC ISO instant */
      uploaded_at: string
    }
    SubmissionMedia: {
      bitrate_kbps: number | null
      duration_s: number | null
      /** @description Why, when `failed`; else null */
      error: string | null
      height: number | null
      /** @description The file's own creation time, Asia/Almaty local ISO (null when the file does not say) */
      recorded_at: string | null
      renditions: ('original' | 'review')[]
      sha256: string | null
      /** @enum {string} */
      status: 'processing' | 'ready' | 'failed'
      width: number | null
    }
    SyncItemError: {
      /** @description NDJSON: the item's 0-based line number; JSON: its position in its array */
      index: number
      /** @description Its biin, vehicle_guid or ref_key, when it has one */
      key: string | null
      kind: ('company' | 'vehicle' | 'report') | null
      message: string
    }
    /** @description Invalid items (listed in `errors`): nothing was applied */
    SyncRefused: {
      data: {
        /** @constant */
        code: 422
        created: number
        errors: components['schemas']['SyncItemError'][]
        message: string
        unchanged: number
        updated: number
      }
      /** @constant */
      status: 'error'
    }
    UndoConflict: {
      data: {
        code: number
        message: string
        /**
         * @description `nothing_to_undo`: no standing decision; `not_yours`: another reviewer decided; `window_passed`: UNDO_WINDOW_S is over; `changed`: a new video or an update came since
         * @enum {string}
         */
        reason: 'nothing_to_undo' | 'not_yours' | 'window_passed' | 'changed'
      }
      /** @constant */
      status: 'error'
    }
    VehicleListItem: {
      biin: string
      company_name: string
      contract_date_end: string
      contract_number: string
      image_path: string
      plate_number: string
      qr_path: string
      /** @description When a sticker was last printed for the vehicle (UTC ISO); null until then. */
      sticker_printed_at: string | null
      vehicle_guid: string
      vehicle_type_code: string
      vehicle_type_title: string
      vin_code: string
    }
    VehiclePriorityItem: {
      plate_number: string
      ref_key: string
      report_status_priority_code: number
      report_status_priority_title: string
      status_expired_bool: boolean
      status_expired_title: string
      /** @description When a sticker was last printed for the vehicle (UTC ISO); null until then. */
      sticker_printed_at?: string | null
      vehicle_guid: string
      vehicle_type_code: string
      vin_code: string
    }
    VehicleReportItem: {
      date_finish_datetime: string
      date_finish_render: string
      date_start_datetime: string
      date_start_render: string
      ref_key: string
      reject_reason: string
      report_number: string
      status_code: number
      status_expired_bool: boolean
      status_expired_title: string
      status_title: string
      vehicle_type_code: string
    }
    VehicleTypeStats: {
      /** @description Of those, reports approved now (status 3). */
      approved: number
      /** @description Reports whose period ends (date_finish) in this month / of this group, whatever their status. */
      due: number
      /** @description Of those, reports whose first submission was uploaded after date_finish. Reports never submitted are neither on_time nor late. */
      late: number
      /** @description Of those, reports whose first submission was uploaded on or before date_finish (Almaty): by 23:59:59 of the last day. */
      on_time: number
      /** @description Of those, reports still open now (status 1 or 4) although date_finish has passed. */
      open_overdue: number
      /** @description Of those, reports rejected at least once (a rejection decision, or status 4 now): a rejected-then-approved report counts here and in approved. */
      rejected: number
      vehicle_type_code: string
      vehicle_type_title: string
    }
  }
  responses: never
  parameters: never
  requestBodies: never
  headers: never
  pathItems: never
}
export type $defs = Record<string, never>
export interface operations {
  put1cCompaniesByBiin: {
    parameters: {
      query?: never
      header?: never
      path: {
        biin: string
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': {
          /** Format: email */
          email: string
          name: string
        }
      }
    }
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': {
            data: {
              changed: boolean
              code: number
              company: {
                biin: string
                email: string
                id: number
                name: string
              }
              created: boolean
              message: string
            }
            /** @enum {string} */
            status: 'ok'
          }
        }
      }
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': {
            data: {
              changed: boolean
              code: number
              company: {
                biin: string
                email: string
                id: number
                name: string
              }
              created: boolean
              message: string
            }
            /** @enum {string} */
            status: 'ok'
          }
        }
      }
      /** @description Malformed request (bad JSON, a body cut short) */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description No, wrong or expired credentials */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Request body too large */
      413: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Unsupported Content-Type */
      415: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Invalid field: `errors` names each field and why */
      422: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Too many attempts: wait for `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Unexpected failure (the answer carries `x-request-id` for support) */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
    }
  }
  get1cMe: {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': {
            data: {
              code: number
              display_name: string
              login: string
              message: string
            }
            /** @enum {string} */
            status: 'ok'
          }
        }
      }
      /** @description No, wrong or expired credentials */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Too many attempts: wait for `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Unexpected failure (the answer carries `x-request-id` for support) */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
    }
  }
  post1cRemindersRun: {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': {
            data: {
              code: number
              /** @description The Almaty day of the pass (YYYY-MM-DD) */
              date: string
              message: string
              /** @description The digests this call queued; empty when every company had its letter today already */
              sent: {
                biin: string
                company_name: string
                due_soon: number
                overdue: number
                to: string
              }[]
            }
            /** @enum {string} */
            status: 'ok'
          }
        }
      }
      /** @description No, wrong or expired credentials */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Too many attempts: wait for `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Unexpected failure (the answer carries `x-request-id` for support) */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
    }
  }
  get1cReports: {
    parameters: {
      query?: {
        biin?: string
        date_range?: '1w' | '1m' | '6m' | '1y'
        /** @description a reviewer login, or `me`: reports with a standing (not undone) decision of theirs */
        decided_by?: string
        /** @description Almaty date: decided on or after this day */
        decided_from?: string
        /** @description Almaty date: decided on or before this day */
        decided_to?: string
        /** @description by the latest video; `waiting_longest`: the sent (2) reports first, the longest waiting first */
        order?: 'newest' | 'oldest' | 'waiting_longest'
        page?: number
        per_page?: number
        q?: string
        signals?:
          | 'any'
          | 'none'
          | 'duplicate_video'
          | 'gps_far'
          | 'gps_zero'
          | 'recorded_long_before'
          | 'too_short'
          | 'time_sent_future'
        status_code?: number
        vehicle_guid?: string
        vehicle_type?: string
      }
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': {
            data: {
              code: number
              facets: components['schemas']['ReviewFacets']
              items: components['schemas']['ReviewListItem'][]
              message: string
              page: number
              per_page: number
              total: number
            }
            /** @enum {string} */
            status: 'ok'
          }
        }
      }
      /** @description No, wrong or expired credentials */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Invalid field: `errors` names each field and why */
      422: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Too many attempts: wait for `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Unexpected failure (the answer carries `x-request-id` for support) */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
    }
  }
  get1cReportsByRefKey: {
    parameters: {
      query?: never
      header?: never
      path: {
        ref_key: string
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': {
            data: {
              code: number
              company: {
                biin: string
                email: string
                id: number
                name: string
              }
              history: components['schemas']['ReviewHistoryEntry'][]
              message: string
              report: {
                contract_number: string
                date_finish_datetime: string
                date_finish_render: string
                date_start_datetime: string
                date_start_render: string
                plate_number: string
                ref_key: string
                reject_reason: string
                report_number: string
                status_code: number
                status_expired_bool: boolean
                status_expired_title: string
                status_title: string
                submission: {
                  lat: number
                  long: number
                  media: components['schemas']['SubmissionMedia']
                  signals: components['schemas']['ReviewSignal'][]
                  size: number
                  time_sent: string
                  uploaded_at: string
                } | null
                updated_at: string
                vehicle_guid?: string
                vehicle_type_code: string
                video_path: string | null
                vin_code: string
              }
              vehicle: {
                contract_date_end: string
                contract_number: string
                instructions:
                  | {
                      [key: string]: string
                    }
                  | unknown[]
                plate_number: string
                vehicle_guid: string
                vehicle_type_code: string
                vehicle_type_title: string
                vin_code: string
              }
            }
            /** @enum {string} */
            status: 'ok'
          }
        }
      }
      /** @description No, wrong or expired credentials */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Unknown object, or another company's (never told apart) */
      404: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Invalid field: `errors` names each field and why */
      422: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Too many attempts: wait for `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Unexpected failure (the answer carries `x-request-id` for support) */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
    }
  }
  put1cReportsByRefKey: {
    parameters: {
      query?: never
      header?: never
      path: {
        ref_key: string
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': {
          contract_number?: string
          date_finish: string
          date_start: string
          reject_reason?: string
          report_number: string
          status_code?: number
          vehicle_guid: string
        }
      }
    }
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': {
            data: {
              changed: boolean
              code: number
              created: boolean
              message: string
              report: {
                biin: string
                contract_number: string
                date_finish: string
                date_start: string
                ref_key: string
                reject_reason: string
                report_number: string
                status_code: number
                vehicle_guid: string
              }
            }
            /** @enum {string} */
            status: 'ok'
          }
        }
      }
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': {
            data: {
              changed: boolean
              code: number
              created: boolean
              message: string
              report: {
                biin: string
                contract_number: string
                date_finish: string
                date_start: string
                ref_key: string
                reject_reason: string
                report_number: string
                status_code: number
                vehicle_guid: string
              }
            }
            /** @enum {string} */
            status: 'ok'
          }
        }
      }
      /** @description Malformed request (bad JSON, a body cut short) */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description No, wrong or expired credentials */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Request body too large */
      413: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Unsupported Content-Type */
      415: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Invalid field: `errors` names each field and why */
      422: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Too many attempts: wait for `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Unexpected failure (the answer carries `x-request-id` for support) */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
    }
  }
  post1cReportsByRefKeyDecision: {
    parameters: {
      query?: never
      header?: never
      path: {
        ref_key: string
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': {
          /**
           * @description 2: decisions apply only to sent reports; any other value, or a report not in 2, is a 409
           * @default 2
           */
          expected_status_code?: number
          /** @default  */
          reject_reason?: string
          status_code: 3 | 4
        }
      }
    }
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': {
            data: {
              code: number
              decided_at: string
              message: string
              ref_key: string
              reject_reason: string
              reviewer_login: string
              status_code: number
              status_title: string
              /** @description until when (UTC ISO) the same reviewer may undo it: DELETE …/decision */
              undo_until: string
            }
            /** @enum {string} */
            status: 'ok'
          }
        }
      }
      /** @description Malformed request (bad JSON, a body cut short) */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description No, wrong or expired credentials */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Unknown object, or another company's (never told apart) */
      404: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description State conflict: the object is not in the state this needs */
      409: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['DecisionConflict']
        }
      }
      /** @description Request body too large */
      413: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Unsupported Content-Type */
      415: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Invalid field: `errors` names each field and why */
      422: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Too many attempts: wait for `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Unexpected failure (the answer carries `x-request-id` for support) */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
    }
  }
  delete1cReportsByRefKeyDecision: {
    parameters: {
      query?: never
      header?: never
      path: {
        ref_key: string
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': {
            data: {
              code: number
              decided_at: string
              /** @description a queued, unsent rejection letter was dropped */
              letter_dropped: boolean
              message: string
              ref_key: string
              /** @description 2 again: the report waits for a decision */
              status_code: number
              status_title: string
              undone_at: string
              undone_status_code: number
            }
            /** @enum {string} */
            status: 'ok'
          }
        }
      }
      /** @description No, wrong or expired credentials */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Unknown object, or another company's (never told apart) */
      404: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description State conflict: the object is not in the state this needs */
      409: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['UndoConflict']
        }
      }
      /** @description Invalid field: `errors` names each field and why */
      422: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Too many attempts: wait for `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Unexpected failure (the answer carries `x-request-id` for support) */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
    }
  }
  get1cStats: {
    parameters: {
      query?: {
        biin?: string
        months?: number
      }
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': {
            data: {
              /** @description The same counts over the same months, by vehicle type (most reports first) */
              by_vehicle_type: components['schemas']['VehicleTypeStats'][]
              code: number
              /** @description Every company (or the one asked for), most open overdue first, then by name */
              companies: components['schemas']['CompanyStatsRow'][]
              message: string
              /** @description One entry per month, oldest first, ending with the current month */
              months: components['schemas']['MonthStats'][]
              /** @description on_time ÷ due over reports whose date_finish is one of the 90 days before today (never submitted = not on time); null without such reports */
              on_time_rate: number | null
              queue: {
                /** @description Median of the same waits, in hours */
                median_wait_h: number | null
                /** @description Hours since the latest video of the longest waiting one */
                oldest_wait_h: number | null
                /** @description Reports waiting for review (status 2) */
                size: number
              }
              /** @description The 10 most frequent reasons of rejections decided in the last 90 days */
              reject_reasons: {
                count: number
                reason: string
              }[]
              /** @description Reviewers with at least one decision in the last 30 days */
              reviewers: {
                /** @description Each of the last 30 Almaty days, oldest first, today included */
                by_day: {
                  approved: number
                  date: string
                  rejected: number
                }[]
                display_name: string
                login: string
              }[]
            }
            /** @enum {string} */
            status: 'ok'
          }
        }
      }
      /** @description No, wrong or expired credentials */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Unknown object, or another company's (never told apart) */
      404: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Invalid field: `errors` names each field and why */
      422: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Too many attempts: wait for `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Unexpected failure (the answer carries `x-request-id` for support) */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
    }
  }
  post1cSync: {
    parameters: {
      query?: {
        /** @description `1`: apply the valid items even when some are invalid */
        partial?: '0' | '1' | 'false' | 'true'
      }
      header?: never
      path?: never
      cookie?: never
    }
    requestBody: {
      content: {
        /**
         * @example {
         *       "companies": [
         *         {
         *           "biin": "200940026146",
         *           "name": "Alpha AJI Gruppe ТОО",
         *           "email": "email@mail.ru"
         *         }
         *       ],
         *       "vehicles": [
         *         {
         *           "vehicle_guid": "4cac2fb0-3cc2-11ea-8db2-1831bf7dd028",
         *           "biin": "200940026146",
         *           "vehicle_type_code": "b71e9ff8-1664-11ea-8dad-1831bf7dd029",
         *           "vin_code": "XWW212140K2365328",
         *           "plate_number": "123456789",
         *           "contract_number": "№36/20 (ДЛ)",
         *           "contract_date_end": "2023-11-16"
         *         }
         *       ],
         *       "reports": [
         *         {
         *           "ref_key": "646ba713-d1d7-11ec-9405-005056aaa4ae",
         *           "vehicle_guid": "4cac2fb0-3cc2-11ea-8db2-1831bf7dd028",
         *           "report_number": "000000001",
         *           "date_start": "2022-03-03",
         *           "date_finish": "2022-03-10"
         *         }
         *       ]
         *     }
         */
        'application/json': {
          companies?: {
            biin: string
            /** Format: email */
            email: string
            name: string
          }[]
          reports?: {
            contract_number?: string
            date_finish: string
            date_start: string
            ref_key: string
            reject_reason?: string
            report_number: string
            status_code?: number
            vehicle_guid: string
          }[]
          vehicles?: {
            biin: string
            /** @default  */
            contract_date_end?: string | ''
            /** @default  */
            contract_number?: string
            /** @default  */
            plate_number?: string
            vehicle_guid: string
            vehicle_type_code: string
            /** @default  */
            vin_code?: string
          }[]
        }
        /**
         * @example {"kind":"company","biin":"200940026146","name":"Alpha AJI Gruppe ТОО","email":"email@mail.ru"}
         *     {"kind":"vehicle","vehicle_guid":"4cac2fb0-3cc2-11ea-8db2-1831bf7dd028","biin":"200940026146","vehicle_type_code":"b71e9ff8-1664-11ea-8dad-1831bf7dd029","vin_code":"XWW212140K2365328","plate_number":"123456789","contract_number":"№36/20 (ДЛ)","contract_date_end":"2023-11-16"}
         *     {"kind":"report","ref_key":"646ba713-d1d7-11ec-9405-005056aaa4ae","vehicle_guid":"4cac2fb0-3cc2-11ea-8db2-1831bf7dd028","report_number":"000000001","date_start":"2022-03-03","date_finish":"2022-03-10"}
         */
        'application/x-ndjson': string
      }
    }
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': {
            data: {
              code: number
              created: number
              errors: components['schemas']['SyncItemError'][]
              message: string
              unchanged: number
              updated: number
            }
            /** @enum {string} */
            status: 'ok'
          }
        }
      }
      /** @description Malformed request (bad JSON, a body cut short) */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description No, wrong or expired credentials */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Request body too large */
      413: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Unsupported Content-Type */
      415: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Invalid field: `errors` names each field and why */
      422: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['SyncRefused'] | components['schemas']['Error']
        }
      }
      /** @description Too many attempts: wait for `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Unexpected failure (the answer carries `x-request-id` for support) */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Storage or database unavailable (the message names which) */
      503: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
    }
  }
  get1cVehicles: {
    parameters: {
      query?: {
        biin?: string
        page?: number
        per_page?: number
        q?: string
        sticker?: 'none'
      }
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': {
            data: {
              code: number
              items: components['schemas']['VehicleListItem'][]
              message: string
              page: number
              per_page: number
              total: number
            }
            /** @enum {string} */
            status: 'ok'
          }
        }
      }
      /** @description No, wrong or expired credentials */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Invalid field: `errors` names each field and why */
      422: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Too many attempts: wait for `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Unexpected failure (the answer carries `x-request-id` for support) */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
    }
  }
  put1cVehiclesByVehicleGuid: {
    parameters: {
      query?: never
      header?: never
      path: {
        vehicle_guid: string
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': {
          biin: string
          /** @default  */
          contract_date_end?: string | ''
          /** @default  */
          contract_number?: string
          /** @default  */
          plate_number?: string
          vehicle_type_code: string
          /** @default  */
          vin_code?: string
        }
      }
    }
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': {
            data: {
              changed: boolean
              code: number
              created: boolean
              message: string
              vehicle: {
                biin: string
                contract_date_end: string
                contract_number: string
                guid: string
                plate_number: string
                vehicle_type_code: string
                vin_code: string
              }
            }
            /** @enum {string} */
            status: 'ok'
          }
        }
      }
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': {
            data: {
              changed: boolean
              code: number
              created: boolean
              message: string
              vehicle: {
                biin: string
                contract_date_end: string
                contract_number: string
                guid: string
                plate_number: string
                vehicle_type_code: string
                vin_code: string
              }
            }
            /** @enum {string} */
            status: 'ok'
          }
        }
      }
      /** @description Malformed request (bad JSON, a body cut short) */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description No, wrong or expired credentials */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Request body too large */
      413: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Unsupported Content-Type */
      415: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Invalid field: `errors` names each field and why */
      422: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Too many attempts: wait for `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Unexpected failure (the answer carries `x-request-id` for support) */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
    }
  }
  post1cVehiclesStickers: {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['StickersBodyInput']
      }
    }
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': {
            data: {
              code: number
              message: string
              printed: number
              sticker_printed_at: string
            }
            /** @enum {string} */
            status: 'ok'
          }
        }
      }
      /** @description Malformed request (bad JSON, a body cut short) */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description No, wrong or expired credentials */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Unknown object, or another company's (never told apart) */
      404: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Request body too large */
      413: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Unsupported Content-Type */
      415: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Invalid field: `errors` names each field and why */
      422: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Too many attempts: wait for `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Unexpected failure (the answer carries `x-request-id` for support) */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
    }
  }
  postAuth: {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': {
            data: {
              access_token: string
              biin: string
              code: number
              company_name: string
              email?: string
              employees?: components['schemas']['Employee'][]
              filter: {
                date_range: {
                  [key: string]: string
                }
                status: {
                  [key: string]: string
                }
                vehicle_type: (
                  | {
                      ref_key: string
                      vehicles: {
                        plate_number: string
                        vehicle_guid: string
                      }[]
                    }
                  | {
                      plate_numbers: string[]
                      ref_key: string
                    }
                )[]
              }
              first_name: string
              info: {
                by_vehicle_type_code: {
                  [key: string]: {
                    instructions:
                      | {
                          [key: string]: string
                        }
                      | unknown[]
                    vehicle_type_title: string
                  }
                }
              }
              last_name: string
              message: string
              mobile: string
              patronic_name: string
              refresh_token: string
              reports: {
                general: components['schemas']['ReportItem'][]
                important: components['schemas']['ReportItem'][]
              }
              user_type: string
            }
            /** @enum {string} */
            status: 'ok'
          }
        }
      }
      /** @description No, wrong or expired credentials */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Too many attempts: wait for `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Unexpected failure (the answer carries `x-request-id` for support) */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
    }
  }
  postBiinByBiin: {
    parameters: {
      query?: never
      header?: never
      path: {
        biin: string
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': {
          /** @default  */
          FCM?: string
          first_name?: string
          mobile?: string
          role_id: number
          uuid: string
        }
        'application/x-www-form-urlencoded': {
          /** @default  */
          FCM?: string
          first_name?: string
          mobile?: string
          role_id: number
          uuid: string
        }
        'multipart/form-data': {
          /** @default  */
          FCM?: string
          first_name?: string
          mobile?: string
          role_id: number
          uuid: string
        }
      }
    }
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': {
            data: {
              code: number
              email: string
              message: string
            }
            /** @enum {string} */
            status: 'ok'
          }
        }
      }
      /** @description Malformed request (bad JSON, a body cut short) */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Unknown object, or another company's (never told apart) */
      404: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Request body too large */
      413: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Unsupported Content-Type */
      415: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Invalid field: `errors` names each field and why */
      422: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Too many attempts: wait for `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Unexpected failure (the answer carries `x-request-id` for support) */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
    }
  }
  getCompanySettings: {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': {
            data: {
              code: number
              message: string
              /** @description The digest lists reports due within this many days */
              reminder_days_before: number
              /** @description Reminder letters (daily digest, rejection letters) to the company email */
              reminders: boolean
            }
            /** @enum {string} */
            status: 'ok'
          }
        }
      }
      /** @description No, wrong or expired credentials */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Unexpected failure (the answer carries `x-request-id` for support) */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
    }
  }
  putCompanySettings: {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['CompanySettingsInput']
      }
    }
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': {
            data: {
              code: number
              message: string
              /** @description The digest lists reports due within this many days */
              reminder_days_before: number
              /** @description Reminder letters (daily digest, rejection letters) to the company email */
              reminders: boolean
            }
            /** @enum {string} */
            status: 'ok'
          }
        }
      }
      /** @description Malformed request (bad JSON, a body cut short) */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description No, wrong or expired credentials */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description The caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Request body too large */
      413: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Unsupported Content-Type */
      415: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Invalid field: `errors` names each field and why */
      422: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Unexpected failure (the answer carries `x-request-id` for support) */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
    }
  }
  getDevOutbox: {
    parameters: {
      query?: {
        limit?: number
        to?: string
      }
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': {
            data: {
              code: number
              message: string
              messages: {
                created_at: string
                subject: string
                text: string
                to: string
              }[]
            }
            /** @enum {string} */
            status: 'ok'
          }
        }
      }
      /** @description Invalid field: `errors` names each field and why */
      422: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Unexpected failure (the answer carries `x-request-id` for support) */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
    }
  }
  getDocs: {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description An HTML page */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'text/html': string
        }
      }
    }
  }
  deleteEmployeeDeleteById: {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': {
            data: {
              code: number
              message: string
            }
            /** @enum {string} */
            status: 'ok'
          }
        }
      }
      /** @description No, wrong or expired credentials */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description The caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Unknown object, or another company's (never told apart) */
      404: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Invalid field: `errors` names each field and why */
      422: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Unexpected failure (the answer carries `x-request-id` for support) */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
    }
  }
  getEmployeeList: {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': {
            data: {
              code: number
              employees: components['schemas']['Employee'][]
              message: string
            }
            /** @enum {string} */
            status: 'ok'
          }
        }
      }
      /** @description No, wrong or expired credentials */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description The caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Unexpected failure (the answer carries `x-request-id` for support) */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
    }
  }
  getHealth: {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': {
            /**
             * @description a real write, rolled back
             * @enum {string}
             */
            db: 'ok' | 'error'
            /** @enum {string} */
            status: 'ok' | 'error'
            /**
             * @description a real file written in VIDEO_DIR and removed
             * @enum {string}
             */
            storage: 'ok' | 'error'
          }
        }
      }
      /** @description Unexpected failure (the answer carries `x-request-id` for support) */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Storage or database unavailable (the message names which) */
      503: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': {
            /**
             * @description a real write, rolled back
             * @enum {string}
             */
            db: 'ok' | 'error'
            /** @enum {string} */
            status: 'ok' | 'error'
            /**
             * @description a real file written in VIDEO_DIR and removed
             * @enum {string}
             */
            storage: 'ok' | 'error'
          }
        }
      }
    }
  }
  getImagesByVehicleTypeCodeImagePng: {
    parameters: {
      query?: never
      header?: never
      path: {
        vehicle_type_code: string
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description The picture */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'image/png': string
        }
      }
      /** @description Not modified: the If-None-Match ETag still matches */
      304: {
        headers: {
          [name: string]: unknown
        }
        content?: never
      }
      /** @description Invalid field: `errors` names each field and why */
      422: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Unexpected failure (the answer carries `x-request-id` for support) */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
    }
  }
  postLogout: {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': {
            data: {
              code: number
              message: string
            }
            /** @enum {string} */
            status: 'ok'
          }
        }
      }
      /** @description No, wrong or expired credentials */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Unexpected failure (the answer carries `x-request-id` for support) */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
    }
  }
  getOpenapiJson: {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description The OpenAPI document */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': {
            info: {
              title: string
              version: string
            } & {
              [key: string]: unknown
            }
            openapi: string
            paths: {
              [key: string]: unknown
            }
          } & {
            [key: string]: unknown
          }
        }
      }
      /** @description Unexpected failure (the answer carries `x-request-id` for support) */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
    }
  }
  postRefreshToken: {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': {
            data: {
              access_token: string
              biin: string
              code: number
              company_name: string
              email?: string
              employees?: components['schemas']['Employee'][]
              filter: {
                date_range: {
                  [key: string]: string
                }
                status: {
                  [key: string]: string
                }
                vehicle_type: (
                  | {
                      ref_key: string
                      vehicles: {
                        plate_number: string
                        vehicle_guid: string
                      }[]
                    }
                  | {
                      plate_numbers: string[]
                      ref_key: string
                    }
                )[]
              }
              first_name: string
              info: {
                by_vehicle_type_code: {
                  [key: string]: {
                    instructions:
                      | {
                          [key: string]: string
                        }
                      | unknown[]
                    vehicle_type_title: string
                  }
                }
              }
              last_name: string
              message: string
              mobile: string
              patronic_name: string
              refresh_token: string
              reports: {
                general: components['schemas']['ReportItem'][]
                important: components['schemas']['ReportItem'][]
              }
              user_type: string
            }
            /** @enum {string} */
            status: 'ok'
          }
        }
      }
      /** @description No, wrong or expired credentials */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Unexpected failure (the answer carries `x-request-id` for support) */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
    }
  }
  getReportsGeneralFilterByStatusCodeAndDateRangeCodeAndVehicleGuid: {
    parameters: {
      query?: never
      header?: never
      path: {
        date_range_code: string
        status_code: string
        vehicle_guid: string
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': {
            data: {
              code: number
              filter: {
                date_range: {
                  [key: string]: string
                }
                status: {
                  [key: string]: string
                }
                vehicle_type: (
                  | {
                      ref_key: string
                      vehicles: {
                        plate_number: string
                        vehicle_guid: string
                      }[]
                    }
                  | {
                      plate_numbers: string[]
                      ref_key: string
                    }
                )[]
              }
              info: {
                by_vehicle_type_code: {
                  [key: string]: {
                    instructions:
                      | {
                          [key: string]: string
                        }
                      | unknown[]
                    vehicle_type_title: string
                  }
                }
              }
              message: string
              reports: {
                general: components['schemas']['ReportItem'][]
                important: components['schemas']['ReportItem'][]
              }
            }
            /** @enum {string} */
            status: 'ok'
          }
        }
      }
      /** @description No, wrong or expired credentials */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Unknown object, or another company's (never told apart) */
      404: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Invalid field: `errors` names each field and why */
      422: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Unexpected failure (the answer carries `x-request-id` for support) */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
    }
  }
  getReportsPosterByRefKey: {
    parameters: {
      query?: never
      header?: never
      path: {
        ref_key: string
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description The JPEG */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'image/jpeg': string
        }
      }
      /** @description Not modified: the If-None-Match ETag still matches */
      304: {
        headers: {
          [name: string]: unknown
        }
        content?: never
      }
      /** @description No, wrong or expired credentials */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Unknown object, or another company's (never told apart) */
      404: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Invalid field: `errors` names each field and why */
      422: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Too many attempts: wait for `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Unexpected failure (the answer carries `x-request-id` for support) */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
    }
  }
  getReportsSelectByRefKey: {
    parameters: {
      query?: never
      header?: never
      path: {
        ref_key: string
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': {
            data: {
              code: number
              info: {
                by_vehicle_type_code: {
                  [key: string]: {
                    instructions:
                      | {
                          [key: string]: string
                        }
                      | unknown[]
                    vehicle_type_title: string
                  }
                }
              }
              message: string
              report: components['schemas']['ReportItem']
              submission: components['schemas']['SubmissionInfo'] | null
            }
            /** @enum {string} */
            status: 'ok'
          }
        }
      }
      /** @description No, wrong or expired credentials */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Unknown object, or another company's (never told apart) */
      404: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Invalid field: `errors` names each field and why */
      422: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Unexpected failure (the answer carries `x-request-id` for support) */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
    }
  }
  getReportsStats: {
    parameters: {
      query?: {
        months?: number
      }
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': {
            data: {
              /** @description The same counts over the same months, by vehicle type (most reports first) */
              by_vehicle_type: components['schemas']['VehicleTypeStats'][]
              code: number
              message: string
              /** @description One entry per month, oldest first, ending with the current month */
              months: components['schemas']['MonthStats'][]
              /** @description on_time ÷ due over reports whose date_finish is one of the 90 days before today (never submitted = not on time); null without such reports */
              on_time_rate: number | null
              /** @description Open overdue reports (status 1 or 4 past date_finish), the longest overdue first, at most 100 */
              overdue_reports: components['schemas']['ReportItem'][]
              /** @description Open overdue reports of the company, of any age */
              overdue_total: number
              settings: components['schemas']['CompanySettings']
            }
            /** @enum {string} */
            status: 'ok'
          }
        }
      }
      /** @description No, wrong or expired credentials */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description The caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Invalid field: `errors` names each field and why */
      422: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Unexpected failure (the answer carries `x-request-id` for support) */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
    }
  }
  getReportsThumbsByRefKey: {
    parameters: {
      query?: never
      header?: never
      path: {
        ref_key: string
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description The JPEG */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'image/jpeg': string
        }
      }
      /** @description Not modified: the If-None-Match ETag still matches */
      304: {
        headers: {
          [name: string]: unknown
        }
        content?: never
      }
      /** @description No, wrong or expired credentials */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Unknown object, or another company's (never told apart) */
      404: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Invalid field: `errors` names each field and why */
      422: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Too many attempts: wait for `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Unexpected failure (the answer carries `x-request-id` for support) */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
    }
  }
  postReportsUpload: {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody: {
      content: {
        'multipart/form-data': {
          /** @description MP4 video, at most 64 MiB */
          file: string
          /**
           * @description Latitude, decimal(10,8) in [-90, 90]
           * @example 43.23800000
           */
          lat: string
          /**
           * @description Longitude, decimal(11,8) in [-180, 180]
           * @example 76.94500000
           */
          long: string
          /** @description The report's reference key */
          ref_key: string
          /**
           * @description yyyy-mm-dd hh{mm}{ss} (Asia/Almaty)
           * @example 2022-06-08 10:15:00
           */
          time_sent: string
        }
      }
    }
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': {
            data: {
              code: number
              message: string
            }
            /** @enum {string} */
            status: 'ok'
          }
        }
      }
      /** @description Malformed request (bad JSON, a body cut short) */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description No, wrong or expired credentials */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Unknown object, or another company's (never told apart) */
      404: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description State conflict: the object is not in the state this needs */
      409: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Request body too large */
      413: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Unsupported Content-Type */
      415: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Invalid field: `errors` names each field and why */
      422: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Unexpected failure (the answer carries `x-request-id` for support) */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Storage or database unavailable (the message names which) */
      503: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
    }
  }
  getReportsVehicleFilterByStatusCodeAndDateRangeCode: {
    parameters: {
      query?: never
      header?: never
      path: {
        date_range_code: string
        status_code: string
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': {
            data: {
              code: number
              filter: {
                date_range: {
                  [key: string]: string
                }
                status: {
                  [key: string]: string
                }
              }
              info: {
                by_vehicle_type_code: {
                  [key: string]: {
                    vehicle_type_title: string
                  }
                }
              }
              message: string
              reports: {
                general: components['schemas']['VehiclePriorityItem'][]
                important: components['schemas']['VehiclePriorityItem'][]
              }
            }
            /** @enum {string} */
            status: 'ok'
          }
        }
      }
      /** @description No, wrong or expired credentials */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Invalid field: `errors` names each field and why */
      422: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Unexpected failure (the answer carries `x-request-id` for support) */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
    }
  }
  getReportsVehicleSelectByVehicleGuid: {
    parameters: {
      query?: never
      header?: never
      path: {
        vehicle_guid: string
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': {
            data: {
              code: number
              info: {
                by_vehicle_type_code: {
                  [key: string]: {
                    instructions:
                      | {
                          [key: string]: string
                        }
                      | unknown[]
                    vehicle_type_title: string
                  }
                }
                this: {
                  contract_date_end: string
                  contract_number: string
                  image_path: string
                  plate_number: string
                  /** @description When a sticker was last printed for the vehicle (UTC ISO); null until then. */
                  sticker_printed_at?: string | null
                  vin_code: string
                }
              }
              message: string
              reports: {
                general: components['schemas']['VehicleReportItem'][]
                important: components['schemas']['VehicleReportItem'][]
              }
            }
            /** @enum {string} */
            status: 'ok'
          }
        }
      }
      /** @description No, wrong or expired credentials */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Unknown object, or another company's (never told apart) */
      404: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Invalid field: `errors` names each field and why */
      422: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Unexpected failure (the answer carries `x-request-id` for support) */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
    }
  }
  getReportsVideoByRefKey: {
    parameters: {
      query?: {
        /** @description `review` (default): the review rendition when ready, else the original */
        rendition?: 'review' | 'original'
      }
      header?: never
      path: {
        ref_key: string
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description The whole video */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'video/mp4': string
        }
      }
      /** @description The requested byte range (Content-Range) */
      206: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'video/mp4': string
        }
      }
      /** @description Not modified: the If-None-Match ETag still matches */
      304: {
        headers: {
          [name: string]: unknown
        }
        content?: never
      }
      /** @description No, wrong or expired credentials */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Unknown object, or another company's (never told apart) */
      404: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Range not satisfiable */
      416: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Invalid field: `errors` names each field and why */
      422: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Too many attempts: wait for `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Unexpected failure (the answer carries `x-request-id` for support) */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
    }
  }
  postUploads: {
    parameters: {
      query?: never
      header?: {
        /** @description 1.0.0 */
        'tus-resumable'?: string
        'upload-length'?: string
        'upload-metadata'?: string
      }
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description Created: `Location` names the upload. */
      201: {
        headers: {
          [name: string]: unknown
        }
        content?: never
      }
      /** @description Malformed request (bad JSON, a body cut short) */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description No, wrong or expired credentials */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Unknown object, or another company's (never told apart) */
      404: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description State conflict: the object is not in the state this needs */
      409: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Answer */
      412: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Request body too large */
      413: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Invalid field: `errors` names each field and why */
      422: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Unexpected failure (the answer carries `x-request-id` for support) */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
    }
  }
  optionsUploads: {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description `Tus-Extension` lists creation, termination and expiration. */
      204: {
        headers: {
          [name: string]: unknown
        }
        content?: never
      }
      /** @description No, wrong or expired credentials */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Unexpected failure (the answer carries `x-request-id` for support) */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
    }
  }
  deleteUploadsById: {
    parameters: {
      query?: never
      header?: never
      path: {
        /** @description The upload id (the last segment of `Location`). */
        id: string
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description Removed. */
      204: {
        headers: {
          [name: string]: unknown
        }
        content?: never
      }
      /** @description No, wrong or expired credentials */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Unknown object, or another company's (never told apart) */
      404: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Invalid field: `errors` names each field and why */
      422: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Unexpected failure (the answer carries `x-request-id` for support) */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
    }
  }
  headUploadsById: {
    parameters: {
      query?: never
      header?: never
      path: {
        /** @description The upload id (the last segment of `Location`). */
        id: string
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description `Upload-Offset` says how many bytes the server has. */
      200: {
        headers: {
          [name: string]: unknown
        }
        content?: never
      }
      /** @description No, wrong or expired credentials */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Unknown object, or another company's (never told apart) */
      404: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Answer */
      410: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Invalid field: `errors` names each field and why */
      422: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Unexpected failure (the answer carries `x-request-id` for support) */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
    }
  }
  patchUploadsById: {
    parameters: {
      query?: never
      header?: never
      path: {
        /** @description The upload id (the last segment of `Location`). */
        id: string
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description Stored; `Upload-Offset` is the new offset. On the last byte `Forte-Report-Status: 2`. */
      204: {
        headers: {
          [name: string]: unknown
        }
        content?: never
      }
      /** @description Malformed request (bad JSON, a body cut short) */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description No, wrong or expired credentials */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Unknown object, or another company's (never told apart) */
      404: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description State conflict: the object is not in the state this needs */
      409: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Answer */
      410: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Request body too large */
      413: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Unsupported Content-Type */
      415: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Invalid field: `errors` names each field and why */
      422: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Unexpected failure (the answer carries `x-request-id` for support) */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Storage or database unavailable (the message names which) */
      503: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
    }
  }
  getVehicleQrByVehicleGuid: {
    parameters: {
      query?: never
      header?: never
      path: {
        vehicle_guid: string
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description A QR code holding the vehicle_guid */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'image/png': string
        }
      }
      /** @description No, wrong or expired credentials */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Unknown object, or another company's (never told apart) */
      404: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Invalid field: `errors` names each field and why */
      422: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Too many attempts: wait for `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Unexpected failure (the answer carries `x-request-id` for support) */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
    }
  }
  postVehiclesStickers: {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['StickersBodyInput']
      }
    }
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': {
            data: {
              code: number
              message: string
              printed: number
              sticker_printed_at: string
            }
            /** @enum {string} */
            status: 'ok'
          }
        }
      }
      /** @description Malformed request (bad JSON, a body cut short) */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description No, wrong or expired credentials */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description The caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Unknown object, or another company's (never told apart) */
      404: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Request body too large */
      413: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Unsupported Content-Type */
      415: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Invalid field: `errors` names each field and why */
      422: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
      /** @description Unexpected failure (the answer carries `x-request-id` for support) */
      500: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Error']
        }
      }
    }
  }
}
