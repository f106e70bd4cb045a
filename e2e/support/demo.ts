/** Demo accounts seeded by the API (see README "Demo sign-in"). */
export const DEMO = {
  biin: '200940026146',
  employee: { mobile: '87781578800', firstName: 'Иван' },
  staff: { login: 'admin_1C', password: 'pass_1C' },
} as const
