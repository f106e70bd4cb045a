/**
 * The demo data, after the seed's examples (ids, names, guids, VINs, plates, contract numbers).
 * Report periods are day offsets from "today" so the demo always has due, overdue, sent, approved
 * and rejected reports.
 */
import { ROLE, type Status, STATUS } from '../lib/codes.js'

export const VEHICLE_TYPES = [
  {
    code: 'b71e9ff8-1664-11ea-8dad-1831bf7dd029',
    title: 'Легковой автомобиль',
    instructions: [
      'Сфотографировать лобовое стекло',
      'Обойти автомобиль справа, сфотографировать правое колесо',
      'Сфотографировать государтсвенный номер',
      'Сфотографировать ВИН код',
      'Сфотографировать пробег',
      'Сфотографировать салон',
      'Сфотографировать шины',
      'Сфотографировать уровень масла в двигателе',
      'Сфотографировать уровень охлаждающей жидкости',
      'Сфотографировать аккумулятор',
    ],
  },
  {
    code: 'b71ea040-1664-11ea-8dad-1831bf7dd029',
    title: 'Пассажирский транспорт',
    instructions: [
      'Сфотографировать лобовое стекло',
      'Обойти автомобиль справа, сфотографировать правое колесо',
      'Сфотографировать государтсвенный номер',
    ],
  },
  { code: 'b71ea01f-1664-11ea-8dad-1831bf7dd029', title: 'Грузовой автомобиль', instructions: [] as string[] },
]

const CAR = 'b71e9ff8-1664-11ea-8dad-1831bf7dd029'
const BUS = 'b71ea040-1664-11ea-8dad-1831bf7dd029'
const TRUCK = 'b71ea01f-1664-11ea-8dad-1831bf7dd029'

export const COMPANIES = [
  { id: 71, biin: '200940026146', name: 'Alpha AJI Gruppe ТОО', email: 'email@mail.ru' },
  { id: 72, biin: '790920300817', name: 'ИП Сагинтаев', email: 'ip.demo@mail.kz' },
]

export const USERS = [
  // The seed's refresh-token example carries user_id 10 for the director.
  {
    id: 10,
    company_id: 71,
    role_id: ROLE.DIRECTOR,
    first_name: 'Нурмуханов',
    last_name: 'Руслан',
    patronic_name: 'Серикович',
    mobile: '+77021234567',
  },
  {
    id: 153,
    company_id: 71,
    role_id: ROLE.EMPLOYEE,
    first_name: 'Иван',
    last_name: '',
    patronic_name: '',
    mobile: '87781578800',
  },
  {
    id: 8,
    company_id: 71,
    role_id: ROLE.EMPLOYEE,
    first_name: 'Валихан',
    last_name: '',
    patronic_name: '',
    mobile: '87781231233',
  },
  {
    id: 7,
    company_id: 71,
    role_id: ROLE.EMPLOYEE,
    first_name: 'Марат',
    last_name: '',
    patronic_name: '',
    mobile: '87781578800',
  },
  {
    id: 4,
    company_id: 71,
    role_id: ROLE.EMPLOYEE,
    first_name: 'Ерлан',
    last_name: '',
    patronic_name: '',
    mobile: '87021578800',
  },
  {
    id: 20,
    company_id: 72,
    role_id: ROLE.DIRECTOR,
    first_name: 'Сагинтаев',
    last_name: 'Ержан',
    patronic_name: 'Болатович',
    mobile: '+77011112233',
  },
  {
    id: 21,
    company_id: 72,
    role_id: ROLE.EMPLOYEE,
    first_name: 'Айдос',
    last_name: '',
    patronic_name: '',
    mobile: '87051112233',
  },
]

/** contract_end_months: the contract ends this many months after today. */
export const VEHICLES = [
  {
    guid: '4cac2fb0-3cc2-11ea-8db2-1831bf7dd028',
    company_id: 71,
    type: CAR,
    vin: 'XWW212140K2365328',
    plate: '123456789',
    contract: '№36/20 (ДЛ)',
    contract_end_months: 14,
  },
  {
    guid: '63fdb8c8-3d06-11ea-8db2-1831bf7dd028',
    company_id: 71,
    type: BUS,
    vin: 'XUS23278DL0001749',
    plate: '',
    contract: '№36/20 (ДЛ)',
    contract_end_months: 14,
  },
  {
    guid: '6b5c250a-3d2d-11ea-8db2-1831bf7dd028',
    company_id: 71,
    type: TRUCK,
    vin: 'X2FXXXESGXKM42757',
    plate: '264LE02',
    contract: '№27/19 (ДФЛ)',
    contract_end_months: 8,
  },
  {
    guid: '6b5c24ef-3d2d-11ea-8db2-1831bf7dd028',
    company_id: 71,
    type: CAR,
    vin: 'MXC1PABD0KK018831',
    plate: '286YE02',
    contract: '№27-5/19 (ДФЛ)',
    contract_end_months: 20,
  },
  {
    guid: '6b5c24f1-3d2d-11ea-8db2-1831bf7dd028',
    company_id: 71,
    type: CAR,
    vin: 'MXC1PABD0KK018832',
    plate: '284YE02',
    contract: '№27-5/19 (ДФЛ)',
    contract_end_months: 20,
  },
  {
    guid: '6b5c24f3-3d2d-11ea-8db2-1831bf7dd028',
    company_id: 71,
    type: CAR,
    vin: 'MXC1PABD0KK018833',
    plate: '283YE02',
    contract: '№27-5/19 (ДФЛ)',
    contract_end_months: 20,
  },
  {
    guid: '6b5c24f5-3d2d-11ea-8db2-1831bf7dd028',
    company_id: 71,
    type: CAR,
    vin: 'MXC1PABD0KK018834',
    plate: '285YE02',
    contract: '№27-5/19 (ДФЛ)',
    contract_end_months: 20,
  },
  {
    guid: '9e1f0a10-5b6d-11ee-9405-005056aaa4ae',
    company_id: 72,
    type: CAR,
    vin: 'Z94CT41DBER123456',
    plate: '777ABA02',
    contract: '№12/23 (ДЛ)',
    contract_end_months: 24,
  },
  {
    guid: '9e1f0a11-5b6d-11ee-9405-005056aaa4ae',
    company_id: 72,
    type: TRUCK,
    vin: 'XTC65115R91234567',
    plate: '512KZA02',
    contract: '№13/23 (ДЛ)',
    contract_end_months: 30,
  },
]

export const REASON_VIDEO = 'Плохое качество видеоматериала'

/** [ref_key or null (generated), vehicle guid, start offset, finish offset, status, reject reason, reviewer]. */
type R = [string | null, string, number, number, Status, string?, string?]
const { DUE, SENT, APPROVED, REJECTED } = STATUS
const [V1, V2, V3, V4, V5, V6, V7, W1, W2] = VEHICLES.map((v) => v.guid) as [
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
]

export const REPORTS: R[] = [
  // Company 71: history, approved.
  [null, V1, -190, -183, APPROVED, '', 'admin_1C'],
  [null, V2, -130, -123, APPROVED, '', 'reviewer_2'],
  [null, V3, -400, -393, APPROVED, '', 'admin_1C'],
  [null, V4, -100, -93, APPROVED, '', 'admin_1C'],
  [null, V5, -100, -93, APPROVED, '', 'reviewer_2'],
  [null, V6, -70, -63, APPROVED, '', 'admin_1C'],
  [null, V7, -45, -38, APPROVED, '', 'admin_1C'],
  // The seed's ref_keys, now in the recent past.
  ['646ba713-d1d7-11ec-9405-005056aaa4ae', V1, -10, -3, SENT],
  ['81578c98-d282-11ec-9405-005056aaa4ae', V2, -40, -33, APPROVED, '', 'reviewer_2'],
  ['d60ea4cb-e710-11ec-9405-005056aaa4ae', V3, -60, -55, APPROVED, '', 'admin_1C'],
  ['ea3fa43e-f088-11ec-9405-005056aaa4ae', V4, -7, 0, SENT],
  ['4cd3be46-f089-11ec-9405-005056aaa4ae', V5, -7, 3, SENT],
  ['733bee3b-f089-11ec-9405-005056aaa4ae', V6, -12, -5, SENT],
  // Sent again after a rejection: the reason of the last decision stays visible.
  ['b1791e66-f089-11ec-9405-005056aaa4ae', V7, -9, -2, SENT, REASON_VIDEO],
  // Due and overdue, rejected.
  [null, V1, 5, 12, DUE],
  [null, V2, -9, -3, DUE],
  [null, V3, -20, -6, REJECTED, REASON_VIDEO, 'admin_1C'],
  [null, V5, -2, 5, REJECTED, 'Не виден VIN-код', 'reviewer_2'],
  [null, V6, -30, -1, DUE],
  [null, V7, 0, 7, DUE],
  [null, V4, 20, 27, DUE],
  [null, V2, -16, -14, REJECTED, 'Видео обрезано, не показан салон', 'admin_1C'],
  // Company 72.
  [null, W1, -100, -93, APPROVED, '', 'admin_1C'],
  [null, W1, -5, 2, SENT],
  [null, W1, 3, 10, DUE],
  [null, W2, -200, -193, APPROVED, '', 'reviewer_2'],
  [null, W2, -15, -5, REJECTED, REASON_VIDEO, 'admin_1C'],
  [null, W2, -12, -2, DUE],
]

export const REVIEWERS = [
  { login: 'admin_1C', password: 'pass_1C', display_name: 'Администратор 1С' },
  { login: 'reviewer_2', password: 'pass_2', display_name: 'Айгерим Касымова' },
]

/** Almaty, Abay ave.: the demo videos' GPS point. */
export const ALMATY = { lat: 43.238949, long: 76.889709 }
/** One sent video filmed in Astana, ~970 km from the vehicle's earlier ones: the demo queue shows a `gps_far` signal. */
export const FAR_SUBMISSION = { ref_key: '733bee3b-f089-11ec-9405-005056aaa4ae', lat: 51.128207, long: 71.430411 }
