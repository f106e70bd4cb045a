/** Report status codes (api-contract.md "Codes"): use these names, never the bare numbers. */
export const STATUS = { DUE: 1, SENT: 2, APPROVED: 3, REJECTED: 4 } as const
export type Status = (typeof STATUS)[keyof typeof STATUS]

/** Client roles (`role_id`): a company's director (ADMIN) and its employees. */
export const ROLE = { DIRECTOR: 1, EMPLOYEE: 2 } as const
export type Role = (typeof ROLE)[keyof typeof ROLE]

/** A role as the seed's `user_type` and the review history name it. */
export const ROLE_TITLES: Record<Role, string> = { [ROLE.DIRECTOR]: 'Директор', [ROLE.EMPLOYEE]: 'Сотрудник' }
