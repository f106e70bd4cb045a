const pascal = (s: string) =>
  s
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('')

/**
 * The operationId of a route, from its method and URL: `GET /1c/reports/:ref_key` → `get1cReportsByRefKey`,
 * `GET /reports/vehicle/filter/:status_code/:date_range_code` → `getReportsVehicleFilterByStatusCodeAndDateRangeCode`.
 * Stable as long as the URL is, so generated clients keep their method names.
 */
export function operationIdOf(method: string, url: string): string {
  const words: string[] = []
  let params = 0
  for (const segment of url.split('/')) {
    if (!segment) continue
    if (segment.startsWith(':')) words.push((params++ ? 'And' : 'By') + pascal(segment.slice(1)))
    else if (segment === '*') words.push('Rest')
    else words.push(pascal(segment))
  }
  return method.toLowerCase() + words.join('')
}
