/** A byte-order mark: without it Excel reads UTF-8 as the local code page and garbles Russian text. */
export const UTF8_BOM = '\uFEFF'

/** One CSV cell: quoted when it holds a separator, a quote or a line break; formulas defused. */
export function csvCell(v: unknown): string {
  let s = v === null || v === undefined ? '' : String(v)
  // A cell starting with = + - @ would run as a formula in Excel (CSV injection).
  if (/^[=+\-@]/.test(s) && !/^-?\d/.test(s)) s = `'${s}`
  return /[";\n\r,]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

export type CsvColumn<T> = { header: string; value: (row: T) => unknown }

/**
 * CSV text (with BOM, CRLF line ends) of rows under Russian headers. The separator is `;`, which is
 * what Excel expects in the ru-RU locale (where `,` is the decimal mark).
 */
export function toCsv<T>(rows: readonly T[], columns: readonly CsvColumn<T>[], sep = ';'): string {
  const lines = [columns.map((c) => csvCell(c.header)).join(sep)]
  for (const r of rows) lines.push(columns.map((c) => csvCell(c.value(r))).join(sep))
  return UTF8_BOM + lines.join('\r\n') + '\r\n'
}
