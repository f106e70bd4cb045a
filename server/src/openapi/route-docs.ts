import { z } from 'zod'
import { SYNC_MAX_ITEMS } from '../plugins/app/sync/sync-service.js'
import { SyncCompany, SyncReport, SyncVehicle } from '../schemas/sync.js'
import * as seed from './seed-examples.js'

/** An OpenAPI Example Object. */
interface Example {
  summary: string
  value: unknown
}

/** What a route's zod schemas cannot say, keyed by `METHOD /path/{param}` as in the document. */
interface RouteDoc {
  /** Examples per response status: the seed's real responses. */
  examples?: Record<number, Record<string, Example>>
  /** A request body that is not parsed into a zod-checked `body` (multipart uploads). */
  requestBody?: object
  /** Media types the route also takes, with the same schema as its JSON body. */
  alsoConsumes?: string[]
}

const seedExample = (value: unknown): Record<string, Example> => ({
  seed: { summary: "The seed documentation's example", value },
})

const signIn = {
  200: {
    director: { summary: 'A director (ADMIN): with `employees`', value: seed.authAdmin },
    employee: { summary: 'An employee', value: seed.authEmployee },
  },
}

/** A bulk item's JSON Schema (as the client writes it), from the same zod schema the server checks it with. */
function itemSchema(schema: z.ZodType) {
  const { $schema: _, ...json } = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' })
  return json
}
const list = (schema: z.ZodType) => ({ type: 'array', maxItems: SYNC_MAX_ITEMS, items: itemSchema(schema) })

const syncSample = {
  companies: [{ biin: '200940026146', name: 'Alpha AJI Gruppe ТОО', email: 'email@mail.ru' }],
  vehicles: [
    {
      vehicle_guid: '4cac2fb0-3cc2-11ea-8db2-1831bf7dd028',
      biin: '200940026146',
      vehicle_type_code: 'b71e9ff8-1664-11ea-8dad-1831bf7dd029',
      vin_code: 'XWW212140K2365328',
      plate_number: '123456789',
      contract_number: '№36/20 (ДЛ)',
      contract_date_end: '2023-11-16',
    },
  ],
  reports: [
    {
      ref_key: '646ba713-d1d7-11ec-9405-005056aaa4ae',
      vehicle_guid: '4cac2fb0-3cc2-11ea-8db2-1831bf7dd028',
      report_number: '000000001',
      date_start: '2022-03-03',
      date_finish: '2022-03-10',
    },
  ],
}
const syncNdjson = [
  ...syncSample.companies.map((c) => ({ kind: 'company', ...c })),
  ...syncSample.vehicles.map((v) => ({ kind: 'vehicle', ...v })),
  ...syncSample.reports.map((r) => ({ kind: 'report', ...r })),
]
  .map((line) => JSON.stringify(line))
  .join('\n')

export const ROUTE_DOCS: Record<string, RouteDoc> = {
  'POST /1c/sync': {
    requestBody: {
      required: true,
      content: {
        'application/json': {
          schema: {
            type: 'object',
            additionalProperties: false,
            properties: { companies: list(SyncCompany), vehicles: list(SyncVehicle), reports: list(SyncReport) },
          },
          example: syncSample,
        },
        'application/x-ndjson': {
          schema: {
            type: 'string',
            description:
              'One JSON object a line: `"kind": "company" | "vehicle" | "report"` and the fields of that kind ' +
              '(as in application/json).',
          },
          example: `${syncNdjson}\n`,
        },
      },
    },
    examples: {
      200: {
        applied: {
          summary: 'Applied: the company was already there as sent',
          value: {
            status: 'ok',
            data: { message: 'success', code: 200, created: 2, updated: 0, unchanged: 1, errors: [] },
          },
        },
      },
      422: {
        refused: {
          summary: 'One invalid item: nothing was applied',
          value: {
            status: 'error',
            data: {
              message: '1 invalid item(s): nothing was applied.',
              code: 422,
              created: 0,
              updated: 0,
              unchanged: 0,
              errors: [
                {
                  index: 2,
                  kind: 'report',
                  key: '646ba713-d1d7-11ec-9405-005056aaa4ae',
                  message: 'date_finish: date_finish is before date_start.',
                },
              ],
            },
          },
        },
      },
    },
  },
  'POST /biin/{biin}': {
    examples: { 200: seedExample(seed.otpSent) },
    alsoConsumes: ['application/x-www-form-urlencoded', 'multipart/form-data'],
  },
  'POST /auth': { examples: signIn },
  'POST /refresh_token': { examples: signIn },
  'GET /employee/list': { examples: { 200: seedExample(seed.employeeList) } },
  'DELETE /employee/delete/{id}': { examples: { 200: seedExample(seed.employeeDelete) } },
  'GET /reports/general/filter/{status_code}/{date_range_code}/{vehicle_guid}': {
    examples: { 200: seedExample(seed.generalFilter) },
  },
  'GET /reports/vehicle/filter/{status_code}/{date_range_code}': { examples: { 200: seedExample(seed.vehicleFilter) } },
  'GET /reports/vehicle/select/{vehicle_guid}': { examples: { 200: seedExample(seed.vehicleSelect) } },
  'POST /reports/upload': {
    examples: { 201: seedExample(seed.upload) },
    requestBody: {
      required: true,
      content: {
        'multipart/form-data': {
          schema: {
            type: 'object',
            required: ['file', 'ref_key', 'time_sent', 'lat', 'long'],
            properties: {
              file: { type: 'string', contentMediaType: 'video/mp4', description: 'MP4 video, at most 64 MiB' },
              ref_key: { type: 'string', description: "The report's reference key" },
              time_sent: {
                type: 'string',
                description: 'yyyy-mm-dd hh{mm}{ss} (Asia/Almaty)',
                example: '2022-06-08 10:15:00',
              },
              lat: { type: 'string', description: 'Latitude, decimal(10,8) in [-90, 90]', example: '43.23800000' },
              long: { type: 'string', description: 'Longitude, decimal(11,8) in [-180, 180]', example: '76.94500000' },
            },
          },
        },
      },
    },
  },
}
