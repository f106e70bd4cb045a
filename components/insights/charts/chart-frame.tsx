import type { ReactNode } from 'react'

const CHART_WIDTH = 640
const CHART_HEIGHT = 220
export const MARGIN = { top: 12, right: 12, bottom: 28, left: 40 }
export const INNER_WIDTH = CHART_WIDTH - MARGIN.left - MARGIN.right
export const INNER_HEIGHT = CHART_HEIGHT - MARGIN.top - MARGIN.bottom

/** Series colours (Tailwind's emerald-600, amber-500, red-600): the legend and the bars share them. */
export const SERIES_COLOUR = { on_time: '#059669', late: '#d97706', rejected: '#dc2626' } as const

/**
 * The SVG of a chart drawn on the server (no chart JavaScript in the browser): an image with a title and
 * a description for screen readers; the exact figures are in a table beside it.
 */
export function ChartFrame({
  id,
  title,
  desc,
  children,
}: {
  id: string
  title: string
  desc: string
  children: ReactNode
}) {
  return (
    <svg
      viewBox={`0 0 ${CHART_WIDTH} ${CHART_HEIGHT}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      className="h-auto w-full"
      data-testid={id}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{desc}</desc>
      {children}
    </svg>
  )
}

/** Horizontal grid lines with their labels on the left (the y axis). */
export function YGrid({
  ticks,
  y,
  label,
}: {
  ticks: number[]
  y: (v: number) => number
  label: (v: number) => string
}) {
  return (
    <g>
      {ticks.map((t) => (
        <g key={t}>
          <line x1={0} x2={INNER_WIDTH} y1={y(t)} y2={y(t)} stroke="#e2e8f0" />
          <text x={-6} y={y(t)} dy="0.32em" textAnchor="end" fontSize={11} fill="#475569">
            {label(t)}
          </text>
        </g>
      ))}
    </g>
  )
}

/** Month labels under the plot, centred on each month's position. */
export function XLabels({ labels, x }: { labels: string[]; x: (i: number) => number }) {
  return (
    <g>
      {labels.map((l, i) => (
        <text key={i} x={x(i)} y={INNER_HEIGHT + 18} textAnchor="middle" fontSize={11} fill="#475569">
          {l}
        </text>
      ))}
    </g>
  )
}
