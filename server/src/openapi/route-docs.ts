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

export const ROUTE_DOCS: Record<string, RouteDoc> = {
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
