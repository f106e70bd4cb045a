import { Group } from '@visx/group'
import { scaleBand, scaleLinear } from '@visx/scale'
import { Bar } from '@visx/shape'
import { ChartFrame, INNER_HEIGHT, INNER_WIDTH, MARGIN, SERIES_COLOUR, XLabels, YGrid } from './chart-frame'

export const SERIES = ['on_time', 'late', 'rejected'] as const
type Series = (typeof SERIES)[number]
type Month = { label: string } & Record<Series, number>

/** Grouped bars by month: on time, late, rejected (a rejected report also counts in on time or late). */
export function MonthlyBarsChart({
  id,
  months,
  title,
  desc,
}: {
  id: string
  months: Month[]
  title: string
  desc: string
}) {
  const x = scaleBand({ domain: months.map((_, i) => i), range: [0, INNER_WIDTH], padding: 0.25 })
  const inner = scaleBand<Series>({ domain: [...SERIES], range: [0, x.bandwidth()], padding: 0.1 })
  const max = Math.max(1, ...months.flatMap((m) => SERIES.map((s) => m[s])))
  const y = scaleLinear({ domain: [0, max], range: [INNER_HEIGHT, 0], nice: true })
  const ticks = y.ticks(Math.min(4, y.domain()[1] ?? 1)).filter(Number.isInteger)
  return (
    <ChartFrame id={id} title={title} desc={desc}>
      <Group left={MARGIN.left} top={MARGIN.top}>
        <YGrid ticks={ticks} y={y} label={String} />
        {months.map((m, i) => (
          <Group key={i} left={x(i) ?? 0}>
            {SERIES.map((s) => (
              <Bar
                key={s}
                x={inner(s) ?? 0}
                y={y(m[s])}
                width={inner.bandwidth()}
                height={INNER_HEIGHT - y(m[s])}
                fill={SERIES_COLOUR[s]}
              />
            ))}
          </Group>
        ))}
        <XLabels labels={months.map((m) => m.label)} x={(i) => (x(i) ?? 0) + x.bandwidth() / 2} />
      </Group>
    </ChartFrame>
  )
}
