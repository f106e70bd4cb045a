import { Group } from '@visx/group'
import { scaleLinear, scalePoint } from '@visx/scale'
import { LinePath } from '@visx/shape'
import { ChartFrame, INNER_HEIGHT, INNER_WIDTH, MARGIN, XLabels, YGrid } from './chart-frame'

type Point = { label: string; rate: number | null }

/** The on-time share by month as a line (0–100 %); a month with nothing due leaves a gap. */
export function RateTrendChart({
  id,
  points,
  title,
  desc,
  percent,
}: {
  id: string
  points: Point[]
  title: string
  desc: string
  percent: (v: number) => string
}) {
  const x = scalePoint({ domain: points.map((_, i) => i), range: [0, INNER_WIDTH], padding: 0.5 })
  const y = scaleLinear({ domain: [0, 1], range: [INNER_HEIGHT, 0] })
  const px = (i: number) => x(i) ?? 0
  const indexed = points.map((p, i) => ({ ...p, i }))
  return (
    <ChartFrame id={id} title={title} desc={desc}>
      <Group left={MARGIN.left} top={MARGIN.top}>
        <YGrid ticks={[0, 0.25, 0.5, 0.75, 1]} y={y} label={percent} />
        <LinePath
          data={indexed}
          x={(p) => px(p.i)}
          y={(p) => y(p.rate ?? 0)}
          defined={(p) => p.rate !== null}
          stroke="#0f766e"
          strokeWidth={2.5}
        />
        {indexed.map((p) =>
          p.rate === null ? null : <circle key={p.i} cx={px(p.i)} cy={y(p.rate)} r={3.5} fill="#0f766e" />,
        )}
        <XLabels labels={points.map((p) => p.label)} x={px} />
      </Group>
    </ChartFrame>
  )
}
