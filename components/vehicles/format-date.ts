/** `2023-11-16T00:00:00` or `2023-11-16` → `16.11.2023` (business dates carry no zone: no Date parsing). */
export function formatBusinessDate(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value)
  return m ? `${m[3]}.${m[2]}.${m[1]}` : value
}
