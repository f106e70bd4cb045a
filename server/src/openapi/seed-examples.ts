/**
 * The seed's JSON examples (/work/shared/seed/forteleasing-api.txt), verbatim: the test vectors.
 * Our responses to the same requests must have the same keys and value types (see shape.ts).
 */
export const otpSent = {
  status: 'ok',
  data: {
    message: 'OTP is sent to your email.',
    code: 200,
    email: 'e****l@mail.ru',
  },
} as const

export const authAdmin = {
  status: 'ok',
  data: {
    message: 'success',
    code: 200,
    access_token:
      'eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.eyJleHAiOjE2NTU4MDUzMDYsInR5cGUiOiJhY2Nlc3MiLCJpYXQiOjE2NTU4MDUwMDYsImlzcyI6ImxvY2FsaG9zdCIsImJpaW4iOiIyMDA5NDAwMjYxNDYiLCJjb21wYW55X2lkIjo3MSwidXNlcl9pZCI6MTUzLCJ1dWlkIjoiMTIzNDU2Nzg5MDEyMzQ5In0.BX1ChASYZDEarNnGabtyJDjpsrfVX71ya41HdBcWUeo',
    refresh_token:
      'eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.eyJleHAiOjE2NTgzOTcwMDcsInR5cGUiOiJyZWZyZXNoIiwicnRpIjoiMjYwIiwicnRwIjoiMzJBNEVCNThDNTEzQkVCRSIsImlhdCI6MTY1NTgwNTAwNiwiaXNzIjoibG9jYWxob3N0IiwiYmlpbiI6IjIwMDk0MDAyNjE0NiIsImNvbXBhbnlfaWQiOjcxLCJ1c2VyX2lkIjoxNTMsInV1aWQiOiIxMjM0NTY3ODkwMTIzNDkifQ.Q5FX3df6GYTd-yswk2xs21yoOHARfYkK0nO2cpE0KFU',
    mobile: '+77021234567',
    email: 'email@mail.ru',
    first_name: 'Нурмуханов',
    last_name: 'Руслан',
    patronic_name: 'Серикович',
    biin: '200940026146',
    company_name: 'Alpha AJI Gruppe ТОО',
    user_type: 'Директор',
    reports: {
      important: [],
      general: [
        {
          ref_key: '646ba713-d1d7-11ec-9405-005056aaa4ae',
          report_number: '000000001',
          contract_number: '№36/20 (ДЛ)',
          date_start_render: '03 марта 2022',
          date_start_datetime: '2022-03-03T00:00:00',
          date_finish_render: '10 марта 2022',
          date_finish_datetime: '2022-03-10T00:00:00',
          status_title: 'Отправлено',
          status_code: 2,
          status_expired_title: '',
          status_expired_bool: false,
          reject_reason: '',
          vin_code: 'XWW212140K2365328',
          plate_number: '123456789',
          vehicle_guid: '4cac2fb0-3cc2-11ea-8db2-1831bf7dd028',
          vehicle_type_code: 'b71e9ff8-1664-11ea-8dad-1831bf7dd029',
        },
        {
          ref_key: '81578c98-d282-11ec-9405-005056aaa4ae',
          report_number: '000000002',
          contract_number: '№36/20 (ДЛ)',
          date_start_render: '13 мая 2022',
          date_start_datetime: '2022-05-13T00:00:00',
          date_finish_render: '15 мая 2022',
          date_finish_datetime: '2022-05-15T00:00:00',
          status_title: 'Одобрено',
          status_code: 3,
          status_expired_title: '',
          status_expired_bool: false,
          reject_reason: '',
          vin_code: 'XUS23278DL0001749',
          plate_number: '',
          vehicle_guid: '63fdb8c8-3d06-11ea-8db2-1831bf7dd028',
          vehicle_type_code: 'b71ea040-1664-11ea-8dad-1831bf7dd029',
        },
      ],
    },
    info: {
      by_vehicle_type_code: {
        'b71e9ff8-1664-11ea-8dad-1831bf7dd029': {
          vehicle_type_title: 'Легковой автомобиль',
          instructions: {
            '1': 'Сфотографировать лобовое стекло',
            '2': 'Обойти автомобиль справа, сфотографировать правое колесо',
            '3': 'Сфотографировать государтсвенный номер',
            '4': 'Сфотографировать ВИН код',
            '5': 'Сфотографировать пробег',
            '6': 'Сфотографировать салон',
            '7': 'Сфотографировать шины',
            '8': 'Сфотографировать уровень масла в двигателе',
            '9': 'Сфотографировать уровень охлаждающей жидкости',
            '10': 'Сфотографировать аккумулятор',
          },
        },
        'b71ea040-1664-11ea-8dad-1831bf7dd029': {
          vehicle_type_title: 'Пассажирский транспорт',
          instructions: {
            '1': 'Сфотографировать лобовое стекло',
            '2': 'Обойти автомобиль справа, сфотографировать правое колесо',
            '3': 'Сфотографировать государтсвенный номер',
          },
        },
      },
    },
    filter: {
      status: {
        '1': 'Сдать Отчет',
        '2': 'Отправлено',
        '3': 'Одобрено',
        '4': 'Отказано',
      },
      vehicle_type: [
        {
          ref_key: 'b71e9ff8-1664-11ea-8dad-1831bf7dd029',
          vehicles: [
            {
              vehicle_guid: '4cac2fb0-3cc2-11ea-8db2-1831bf7dd028',
              plate_number: '123456789',
            },
          ],
        },
        {
          ref_key: 'b71ea040-1664-11ea-8dad-1831bf7dd029',
          vehicles: [
            {
              vehicle_guid: '63fdb8c8-3d06-11ea-8db2-1831bf7dd028',
              plate_number: '',
            },
          ],
        },
      ],
      date_range: {
        '1w': 'Неделя',
        '1m': 'Месяц',
        '6m': 'Полгода',
        '1y': 'Год',
      },
    },
  },
} as const

export const authEmployee = {
  status: 'ok',
  data: {
    message: 'success',
    code: 200,
    access_token:
      'eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.eyJleHAiOjE2NTQ3Mzc5NDYsInR5cGUiOiJhY2Nlc3MiLCJpYXQiOjE2NTQ3MzQzNDYsImlzcyI6ImxvY2FsaG9zdCIsImJpaW4iOiIyMDA5NDAwMjYxNDYiLCJjb21wYW55X2lkIjo3MSwidXNlcl9pZCI6MTUzLCJ1dWlkIjoiMTIzNDU2Nzg5MDEyMzQ5In0.BlwRs7o0naTeDb38HlKCmwrERKqYARALlR_7VQkiO94',
    refresh_token:
      'eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.eyJleHAiOjE2NTczMjYzNDYsInR5cGUiOiJyZWZyZXNoIiwicnRpIjoiMjQ3IiwicnRwIjoiREJERDA1NUM3OTQzNUMyNyIsImlhdCI6MTY1NDczNDM0NiwiaXNzIjoibG9jYWxob3N0IiwiYmlpbiI6IjIwMDk0MDAyNjE0NiIsImNvbXBhbnlfaWQiOjcxLCJ1c2VyX2lkIjoxNTMsInV1aWQiOiIxMjM0NTY3ODkwMTIzNDkifQ.DfTIeQCuql-t2FWuMutz4qiNIrQZugz0xjHpXxmgMUY',
    mobile: '87781578800',
    first_name: 'Иван',
    last_name: '',
    patronic_name: '',
    biin: '200940026146',
    company_name: 'Alpha AJI Gruppe ТОО',
    user_type: 'Сотрудник',
    reports: {
      important: [],
      general: [
        {
          ref_key: '646ba713-d1d7-11ec-9405-005056aaa4ae',
          report_number: '000000001',
          contract_number: '№36/20 (ДЛ)',
          date_start_render: '03 марта 2022',
          date_start_datetime: '2022-03-03T00:00:00',
          date_finish_render: '10 марта 2022',
          date_finish_datetime: '2022-03-10T00:00:00',
          status_title: 'Отправлено',
          status_code: 2,
          status_expired_title: '',
          status_expired_bool: false,
          reject_reason: '',
          vin_code: 'XWW212140K2365328',
          plate_number: '123456789',
          vehicle_type_code: 'b71e9ff8-1664-11ea-8dad-1831bf7dd029',
        },
      ],
    },
    info: {
      by_vehicle_type_code: {
        'b71e9ff8-1664-11ea-8dad-1831bf7dd029': {
          vehicle_type_title: 'Легковой автомобиль',
          instructions: {
            '1': 'Сфотографировать лобовое стекло',
            '2': 'Обойти автомобиль справа, сфотографировать правое колесо',
            '3': 'Сфотографировать государтсвенный номер',
          },
        },
      },
    },
    filter: {
      status: {
        '1': 'Сдать Отчет',
        '2': 'Отправлено',
        '3': 'Одобрено',
        '4': 'Отказано',
      },
      vehicle_type: [
        {
          ref_key: 'b71e9ff8-1664-11ea-8dad-1831bf7dd029',
          plate_numbers: ['123456789'],
        },
      ],
      date_range: {
        '1w': 'Неделя',
        '1m': 'Месяц',
        '6m': 'Полгода',
        '1y': 'Год',
      },
    },
  },
} as const

export const employeeList = {
  status: 'ok',
  data: {
    message: 'success',
    code: 200,
    employees: [
      {
        id: 153,
        first_name: 'Иван',
        mobile: '87781578800',
      },
      {
        id: 8,
        first_name: 'Валихан',
        mobile: '87781231233',
      },
      {
        id: 7,
        first_name: 'Марат',
        mobile: '87781578800',
      },
      {
        id: 4,
        first_name: 'Ерлан',
        mobile: '87021578800',
      },
    ],
  },
} as const

export const employeeDelete = {
  status: 'ok',
  data: {
    message: 'User successfully deleted.',
    code: 200,
  },
} as const

export const generalFilter = {
  status: 'ok',
  data: {
    message: 'success',
    code: 200,
    reports: {
      important: [],
      general: [
        {
          ref_key: 'd60ea4cb-e710-11ec-9405-005056aaa4ae',
          report_number: '6',
          contract_number: '№27/19 (ДФЛ)',
          date_start_render: '08 июня 2022',
          date_start_datetime: '2022-06-08T00:00:00',
          date_finish_render: '13 июня 2022',
          date_finish_datetime: '2022-06-13T00:00:00',
          status_title: 'Одобрено',
          status_code: 3,
          status_expired_title: '',
          status_expired_bool: false,
          reject_reason: '89898989898989\nihghghghh',
          vin_code: 'X2FXXXESGXKM42757',
          plate_number: '264LE02',
          vehicle_guid: '6b5c250a-3d2d-11ea-8db2-1831bf7dd028',
          vehicle_type_code: 'b71ea01f-1664-11ea-8dad-1831bf7dd029',
        },
        {
          ref_key: 'ea3fa43e-f088-11ec-9405-005056aaa4ae',
          report_number: '26',
          contract_number: '№27-5/19 (ДФЛ)',
          date_start_render: '20 июня 2022',
          date_start_datetime: '2022-06-20T00:00:00',
          date_finish_render: '30 июня 2022',
          date_finish_datetime: '2022-06-30T00:00:00',
          status_title: 'Отправлено',
          status_code: 2,
          status_expired_title: '',
          status_expired_bool: false,
          reject_reason: '',
          vin_code: 'MXC1PABD0KK018831',
          plate_number: '286YE02',
          vehicle_guid: '6b5c24ef-3d2d-11ea-8db2-1831bf7dd028',
          vehicle_type_code: 'b71e9ff8-1664-11ea-8dad-1831bf7dd029',
        },
        {
          ref_key: '4cd3be46-f089-11ec-9405-005056aaa4ae',
          report_number: '27',
          contract_number: '№27-5/19 (ДФЛ)',
          date_start_render: '20 июня 2022',
          date_start_datetime: '2022-06-20T00:00:00',
          date_finish_render: '30 июня 2022',
          date_finish_datetime: '2022-06-30T00:00:00',
          status_title: 'Отправлено',
          status_code: 2,
          status_expired_title: '',
          status_expired_bool: false,
          reject_reason: '',
          vin_code: 'MXC1PABD0KK018832',
          plate_number: '284YE02',
          vehicle_guid: '6b5c24f1-3d2d-11ea-8db2-1831bf7dd028',
          vehicle_type_code: 'b71e9ff8-1664-11ea-8dad-1831bf7dd029',
        },
        {
          ref_key: '733bee3b-f089-11ec-9405-005056aaa4ae',
          report_number: '28',
          contract_number: '№27-5/19 (ДФЛ)',
          date_start_render: '20 июня 2022',
          date_start_datetime: '2022-06-20T00:00:00',
          date_finish_render: '30 июня 2022',
          date_finish_datetime: '2022-06-30T00:00:00',
          status_title: 'Отправлено',
          status_code: 2,
          status_expired_title: '',
          status_expired_bool: false,
          reject_reason: '',
          vin_code: 'MXC1PABD0KK018833',
          plate_number: '283YE02',
          vehicle_guid: '6b5c24f3-3d2d-11ea-8db2-1831bf7dd028',
          vehicle_type_code: 'b71e9ff8-1664-11ea-8dad-1831bf7dd029',
        },
        {
          ref_key: 'b1791e66-f089-11ec-9405-005056aaa4ae',
          report_number: '29',
          contract_number: '№27-5/19 (ДФЛ)',
          date_start_render: '20 июня 2022',
          date_start_datetime: '2022-06-20T00:00:00',
          date_finish_render: '30 июня 2022',
          date_finish_datetime: '2022-06-30T00:00:00',
          status_title: 'Отправлено',
          status_code: 2,
          status_expired_title: '',
          status_expired_bool: false,
          reject_reason: 'Плохое качество видеоматериала',
          vin_code: 'MXC1PABD0KK018834',
          plate_number: '285YE02',
          vehicle_guid: '6b5c24f5-3d2d-11ea-8db2-1831bf7dd028',
          vehicle_type_code: 'b71e9ff8-1664-11ea-8dad-1831bf7dd029',
        },
      ],
    },
    info: {
      by_vehicle_type_code: {
        'b71ea01f-1664-11ea-8dad-1831bf7dd029': {
          vehicle_type_title: 'Грузовой автомобиль',
          instructions: [],
        },
        'b71e9ff8-1664-11ea-8dad-1831bf7dd029': {
          vehicle_type_title: 'Легковой автомобиль',
          instructions: {
            '1': 'Сфотографировать лобовое стекло',
            '2': 'Обойти автомобиль справа, сфотографировать правое колесо',
            '3': 'Сфотографировать государтсвенный номер',
            '4': 'Сфотографировать ВИН код',
            '5': 'Сфотографировать пробег',
            '6': 'Сфотографировать салон',
            '7': 'Сфотографировать шины',
            '8': 'Сфотографировать уровень масла в двигателе',
            '9': 'Сфотографировать уровень охлаждающей жидкости',
            '10': 'Сфотографировать аккумулятор',
          },
        },
      },
    },
    filter: {
      status: {
        '1': 'Сдать Отчет',
        '2': 'Отправлено',
        '3': 'Одобрено',
        '4': 'Отказано',
      },
      vehicle_type: [
        {
          ref_key: 'b71ea01f-1664-11ea-8dad-1831bf7dd029',
          vehicles: [
            {
              vehicle_guid: '6b5c250a-3d2d-11ea-8db2-1831bf7dd028',
              plate_number: '264LE02',
            },
          ],
        },
        {
          ref_key: 'b71e9ff8-1664-11ea-8dad-1831bf7dd029',
          vehicles: [
            {
              vehicle_guid: '6b5c24f5-3d2d-11ea-8db2-1831bf7dd028',
              plate_number: '285YE02',
            },
          ],
        },
      ],
      date_range: {
        '1w': 'Неделя',
        '1m': 'Месяц',
        '6m': 'Полгода',
        '1y': 'Год',
      },
    },
  },
} as const

export const vehicleFilter = {
  status: 'ok',
  data: {
    message: 'success',
    code: 200,
    reports: {
      important: [],
      general: [
        {
          ref_key: 'd60ea4cb-e710-11ec-9405-005056aaa4ae',
          report_status_priority_title: 'Одобрено',
          report_status_priority_code: 3,
          status_expired_title: '',
          status_expired_bool: false,
          vin_code: 'X2FXXXESGXKM42757',
          plate_number: '264LE02',
          vehicle_guid: '6b5c250a-3d2d-11ea-8db2-1831bf7dd028',
          vehicle_type_code: 'b71ea01f-1664-11ea-8dad-1831bf7dd029',
        },
        {
          ref_key: 'ea3fa43e-f088-11ec-9405-005056aaa4ae',
          report_status_priority_title: 'Отправлено',
          report_status_priority_code: 2,
          status_expired_title: '',
          status_expired_bool: false,
          vin_code: 'MXC1PABD0KK018831',
          plate_number: '286YE02',
          vehicle_guid: '6b5c24ef-3d2d-11ea-8db2-1831bf7dd028',
          vehicle_type_code: 'b71e9ff8-1664-11ea-8dad-1831bf7dd029',
        },
        {
          ref_key: '4cd3be46-f089-11ec-9405-005056aaa4ae',
          report_status_priority_title: 'Отправлено',
          report_status_priority_code: 2,
          status_expired_title: '',
          status_expired_bool: false,
          vin_code: 'MXC1PABD0KK018832',
          plate_number: '284YE02',
          vehicle_guid: '6b5c24f1-3d2d-11ea-8db2-1831bf7dd028',
          vehicle_type_code: 'b71e9ff8-1664-11ea-8dad-1831bf7dd029',
        },
        {
          ref_key: '733bee3b-f089-11ec-9405-005056aaa4ae',
          report_status_priority_title: 'Отправлено',
          report_status_priority_code: 2,
          status_expired_title: '',
          status_expired_bool: false,
          vin_code: 'MXC1PABD0KK018833',
          plate_number: '283YE02',
          vehicle_guid: '6b5c24f3-3d2d-11ea-8db2-1831bf7dd028',
          vehicle_type_code: 'b71e9ff8-1664-11ea-8dad-1831bf7dd029',
        },
        {
          ref_key: 'b1791e66-f089-11ec-9405-005056aaa4ae',
          report_status_priority_title: 'Отправлено',
          report_status_priority_code: 2,
          status_expired_title: '',
          status_expired_bool: false,
          vin_code: 'MXC1PABD0KK018834',
          plate_number: '285YE02',
          vehicle_guid: '6b5c24f5-3d2d-11ea-8db2-1831bf7dd028',
          vehicle_type_code: 'b71e9ff8-1664-11ea-8dad-1831bf7dd029',
        },
      ],
    },
    info: {
      by_vehicle_type_code: {
        'b71ea01f-1664-11ea-8dad-1831bf7dd029': {
          vehicle_type_title: 'Грузовой автомобиль',
        },
        'b71e9ff8-1664-11ea-8dad-1831bf7dd029': {
          vehicle_type_title: 'Легковой автомобиль',
        },
      },
    },
    filter: {
      status: {
        '1': 'Сдать Отчет',
        '2': 'Отправлено',
        '3': 'Одобрено',
        '4': 'Отказано',
      },
      date_range: {
        '1w': 'Неделя',
        '1m': 'Месяц',
        '6m': 'Полгода',
        '1y': 'Год',
      },
    },
  },
} as const

export const vehicleSelect = {
  status: 'ok',
  data: {
    message: 'success',
    code: 200,
    reports: {
      important: [],
      general: [
        {
          ref_key: '646ba713-d1d7-11ec-9405-005056aaa4ae',
          report_number: '000000001',
          date_start_render: '03 марта 2022',
          date_start_datetime: '2022-03-03T00:00:00',
          date_finish_render: '10 марта 2022',
          date_finish_datetime: '2022-03-10T00:00:00',
          status_title: 'Отправлено',
          status_code: 2,
          status_expired_title: '',
          status_expired_bool: false,
          reject_reason: '',
          vehicle_type_code: 'b71e9ff8-1664-11ea-8dad-1831bf7dd029',
        },
      ],
    },
    info: {
      by_vehicle_type_code: {
        'b71e9ff8-1664-11ea-8dad-1831bf7dd029': {
          vehicle_type_title: 'Легковой автомобиль',
          instructions: {
            '1': 'Сфотографировать лобовое стекло',
            '2': 'Обойти автомобиль справа, сфотографировать правое колесо',
            '3': 'Сфотографировать государтсвенный номер',
            '4': 'Сфотографировать ВИН код',
            '5': 'Сфотографировать пробег',
            '6': 'Сфотографировать салон',
            '7': 'Сфотографировать шины',
            '8': 'Сфотографировать уровень масла в двигателе',
            '9': 'Сфотографировать уровень охлаждающей жидкости',
            '10': 'Сфотографировать аккумулятор',
          },
        },
      },
      this: {
        contract_number: '№36/20 (ДЛ)',
        contract_date_end: '2023-11-16T00:00:00',
        plate_number: '123456789',
        vin_code: 'XWW212140K2365328',
        image_path: 'https://api.shakeshev.com/images/b71e9ff8-1664-11ea-8dad-1831bf7dd029/image.png',
      },
    },
  },
} as const

export const upload = {
  status: 'ok',
  data: {
    message: 'Report has been successfully saved.',
    code: 201,
  },
} as const
