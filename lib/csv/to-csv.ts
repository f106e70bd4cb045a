/** A byte-order mark: without it Excel reads UTF-8 as the local code page and garbles Russian text. */
export const UTF8_BOM = '\uFEFF'

// What a spreadsheet runs as a formula: a cell that starts with = + - @, a tab or a carriage return.
const FORMULA_START = /^[=+\-@\t\r]/
// A plain number (a negative amount, a coordinate) is data, not a formula: it stays a number.
const PLAIN_NUMBER = /^-?\d+(?:[.,]\d+)?$/

/** One CSV cell: quoted when it holds a separator, a quote or a line break; formulas defused with a leading `'`. */
export function csvCell(v: unknown): string {
  let s = v === null || v === undefined ? '' : String(v)
  if (FORMULA_START.test(s) && !PLAIN_NUMBER.test(s)) s = `'${s}`
  return /[";\n\r,\t]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
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
