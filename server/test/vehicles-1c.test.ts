import { describe, expect, it } from 'vitest'
import { basic1C, DEMO_BIN, DEMO_IIN, fileApi } from './helper.js'

const api = fileApi()

const list = async (query = '') => {
  const res = await fetch(`${api.url}/1c/vehicles${query}`, { headers: { authorization: basic1C() } })
  expect(res.status).toBe(200)
  return (await res.json()).data
}

describe('GET /1c/vehicles', () => {
  it('lists the vehicles of every company with type, company and sticker links', async () => {
    const data = await list('?per_page=100')
    expect(data.total).toBe(9)
    expect(new Set(data.items.map((v: any) => v.biin))).toEqual(new Set([DEMO_BIN, DEMO_IIN]))
    const truck = data.items.find((v: any) => v.plate_number === '264LE02')
    expect(truck).toMatchObject({
      vehicle_guid: '6b5c250a-3d2d-11ea-8db2-1831bf7dd028',
      vin_code: 'X2FXXXESGXKM42757',
      vehicle_type_title: 'Грузовой автомобиль',
      company_name: 'Alpha AJI Gruppe ТОО',
      qr_path: '/vehicle/qr/6b5c250a-3d2d-11ea-8db2-1831bf7dd028',
    })
    expect(truck.image_path).toMatch(/\/images\/b71ea01f-1664-11ea-8dad-1831bf7dd029\/image\.png$/)
  })

  it('searches by BIN, plate (any case) and VIN, and pages', async () => {
    expect((await list(`?biin=${DEMO_IIN}`)).items.map((v: any) => v.plate_number).sort()).toEqual([
      '512KZA02',
      '777ABA02',
    ])
    expect((await list('?q=777aba')).items.map((v: any) => v.vin_code)).toEqual(['Z94CT41DBER123456'])
    expect((await list('?q=MXC1PABD0KK01883')).total).toBe(4)
    expect((await list('?q=nothing-like-this')).total).toBe(0)
    const p1 = await list('?per_page=4&page=1')
    const p3 = await list('?per_page=4&page=3')
    expect(p1.items).toHaveLength(4)
    expect(p3.items).toHaveLength(1)
    expect(p1.total).toBe(9)
  })

  it('needs 1C credentials', async () => {
    expect((await fetch(`${api.url}/1c/vehicles`)).status).toBe(401)
  })
})
