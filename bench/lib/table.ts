export type Row = { measure: string; ours: string; floor: string; ratio: string; goal: string; met: string }

/** Prints the results as an aligned text table. */
export function printTable(rows: Row[]): void {
  const head: Row = { measure: 'measure', ours: 'ours', floor: 'floor', ratio: 'ratio', goal: 'goal', met: 'met' }
  const keys = Object.keys(head) as (keyof Row)[]
  const width = Object.fromEntries(
    keys.map((k) => [k, Math.max(...[head, ...rows].map((r) => r[k].length))]),
  ) as Record<keyof Row, number>
  const line = (r: Row) => keys.map((k) => r[k].padEnd(width[k])).join('  ')
  console.log(line(head))
  console.log(keys.map((k) => '-'.repeat(width[k])).join('  '))
  for (const r of rows) console.log(line(r))
}
