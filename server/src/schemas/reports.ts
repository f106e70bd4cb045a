import { z } from 'zod'
import { MediaFields } from './media.js'
import { SeedStickerPrintedAt } from './stickers.js'

/** A type's instructions: `{"1": "..."}`, or `[]` when it has none (as the seed shows). */
export const Instructions = z.union([z.record(z.string(), z.string()), z.array(z.never())])

export const ReportItem = z
  .object({
    ref_key: z.string(),
    report_number: z.string(),
    contract_number: z.string(),
    date_start_render: z.string(),
    date_start_datetime: z.string(),
    date_finish_render: z.string(),
    date_finish_datetime: z.string(),
    status_title: z.string(),
    status_code: z.number().int(),
    status_expired_title: z.string(),
    status_expired_bool: z.boolean(),
    reject_reason: z.string(),
    vin_code: z.string(),
    plate_number: z.string(),
    // Always sent by this server; the real API leaves it out of an employee's /auth answer (the seed's example).
    vehicle_guid: z.string().optional(),
    vehicle_type_code: z.string(),
  })
  .meta({ id: 'ReportItem' })

const VehicleReportItem = ReportItem.omit({
  contract_number: true,
  vin_code: true,
  plate_number: true,
  vehicle_guid: true,
}).meta({ id: 'VehicleReportItem' })

const VehiclePriorityItem = z
  .object({
    ref_key: z.string(),
    report_status_priority_title: z.string(),
    report_status_priority_code: z.number().int(),
    status_expired_title: z.string(),
    status_expired_bool: z.boolean(),
    vin_code: z.string(),
    plate_number: z.string(),
    vehicle_guid: z.string(),
    vehicle_type_code: z.string(),
    sticker_printed_at: SeedStickerPrintedAt,
  })
  .meta({ id: 'VehiclePriorityItem' })

const split = <T extends z.ZodType>(item: T) => z.object({ important: z.array(item), general: z.array(item) })

const StatusMap = z.record(z.string(), z.string())
const DateRangeMap = z.record(z.string(), z.string())

const FilterSchema = z.object({
  status: StatusMap,
  vehicle_type: z.array(
    z.union([
      z.object({
        ref_key: z.string(),
        vehicles: z.array(z.object({ vehicle_guid: z.string(), plate_number: z.string() })),
      }),
      z.object({ ref_key: z.string(), plate_numbers: z.array(z.string()) }),
    ]),
  ),
  date_range: DateRangeMap,
})

const TypeInfo = z.record(z.string(), z.object({ vehicle_type_title: z.string(), instructions: Instructions }))

/** reports/info/filter: the block /auth, /refresh_token and /reports/general/filter share. */
export const GeneralPayload = {
  reports: split(ReportItem),
  info: z.object({ by_vehicle_type_code: TypeInfo }),
  filter: FilterSchema,
}

export const VehicleFilterPayload = {
  reports: split(VehiclePriorityItem),
  info: z.object({ by_vehicle_type_code: z.record(z.string(), z.object({ vehicle_type_title: z.string() })) }),
  filter: z.object({ status: StatusMap, date_range: DateRangeMap }),
}

export const VehicleSelectPayload = {
  reports: split(VehicleReportItem),
  info: z.object({
    by_vehicle_type_code: TypeInfo,
    this: z.object({
      contract_number: z.string(),
      contract_date_end: z.string(),
      plate_number: z.string(),
      vin_code: z.string(),
      image_path: z.string(),
      sticker_printed_at: SeedStickerPrintedAt,
    }),
  }),
}

/** The latest submission of a report: when and where the video was filmed, when it arrived. */
const SubmissionInfo = z
  .object({
    time_sent: z.string().meta({ description: 'yyyy-mm-dd hh:mm:ss, Almaty wall time as the client sent it' }),
    lat: z.number(),
    long: z.number(),
    size: z.number().int(),
    uploaded_at: z.string().meta({ description: 'UTC ISO instant' }),
    ...MediaFields,
  })
  .meta({ id: 'SubmissionInfo' })

export const ReportSelectPayload = {
  report: ReportItem,
  submission: SubmissionInfo.nullable(),
  info: z.object({ by_vehicle_type_code: TypeInfo }),
}
