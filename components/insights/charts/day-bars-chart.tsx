import { scaleBand, scaleLinear } from '@visx/scale'
import { Bar } from '@visx/shape'
import { SERIES_COLOUR } from './chart-frame'

const WIDTH = 180
const HEIGHT = 28

type Day = { date: string; approved: number; rejected: number }

/** A reviewer's 30 days as small stacked bars (approved under rejected), labelled for screen readers. */
export function DayBarsChart({ days, label }: { days: Day[]; label: string }) {
  const x = scaleBand({ domain: days.map((d) => d.date), range: [0, WIDTH], padding: 0.2 })
  const max = Math.max(1, ...days.map((d) => d.approved + d.rejected))
  const y = scaleLinear({ domain: [0, max], range: [0, HEIGHT] })
  return (
    <svg width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label}>
      {days.map((d) => {
        const a = y(d.approved)
        const r = y(d.rejected)
        return (
          <g key={d.date}>
            <Bar x={x(d.date) ?? 0} y={HEIGHT - a} width={x.bandwidth()} height={a} fill={SERIES_COLOUR.on_time} />
            <Bar x={x(d.date) ?? 0} y={HEIGHT - a - r} width={x.bandwidth()} height={r} fill={SERIES_COLOUR.rejected} />
          </g>
        )
      })}
    </svg>
  )
}
