/**
 * Kazakhstan mobile numbers as people read them: `87781578800` and `+77021234567` both become
 * `+7 (778) 157-88-00`. Anything that is not 11 digits starting with 7 or 8 is shown as it came.
 */
export function formatPhoneKz(raw: string): string {
  const d = raw.replace(/\D/g, '')
  if (d.length !== 11 || !/^[78]/.test(d)) return raw
  return `+7 (${d.slice(1, 4)}) ${d.slice(4, 7)}-${d.slice(7, 9)}-${d.slice(9, 11)}`
}
