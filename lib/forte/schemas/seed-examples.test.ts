import { describe, expect, it } from 'vitest'
import * as seed from '@/server/test/fixtures/seed-examples'
import { authResponseSchema, otpSentSchema } from './auth'
import { instructionList } from './common'
import { employeeListSchema, messageOnlySchema } from './employees'
import { generalFilterSchema, uploadSavedSchema, vehicleFilterSchema, vehicleSelectSchema } from './reports'

// The seed's JSON examples are real API answers: the portal must read every one as it is.
const vectors = [
  ['POST /biin', otpSentSchema, seed.otpSent],
  ['POST /auth (director)', authResponseSchema, seed.authAdmin],
  ['POST /auth (employee)', authResponseSchema, seed.authEmployee],
  ['GET /employee/list', employeeListSchema, seed.employeeList],
  ['DELETE /employee/delete', messageOnlySchema, seed.employeeDelete],
  ['GET /reports/general/filter', generalFilterSchema, seed.generalFilter],
  ['GET /reports/vehicle/filter', vehicleFilterSchema, seed.vehicleFilter],
  ['GET /reports/vehicle/select', vehicleSelectSchema, seed.vehicleSelect],
  ['POST /reports/upload', uploadSavedSchema, seed.upload],
] as const

describe('schemas of lib/forte read the seed examples unchanged', () => {
  for (const [name, schema, example] of vectors) {
    it(name, () => {
      const parsed = schema.safeParse(example)
      expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues)).toBe(true)
      // Loose objects keep every field: nothing of the answer is lost on the way to the page.
      expect(parsed.data).toEqual(example)
    })
  }

  it('rejects an answer that lacks what the pages need', () => {
    const broken = structuredClone(seed.generalFilter) as any
    delete broken.data.reports.general[0].status_code
    expect(generalFilterSchema.safeParse(broken).success).toBe(false)
  })

  it('reads instructions both as a numbered map and as the empty list', () => {
    const types = seed.generalFilter.data.info.by_vehicle_type_code
    expect(instructionList(types['b71ea01f-1664-11ea-8dad-1831bf7dd029'].instructions as any)).toEqual([])
    const car = instructionList(types['b71e9ff8-1664-11ea-8dad-1831bf7dd029'].instructions)
    expect(car).toHaveLength(10)
    expect(car[9]).toBe('Сфотографировать аккумулятор') // "10" sorts after "9", not after "1"
  })
})
