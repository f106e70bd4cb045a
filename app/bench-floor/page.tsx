import { notFound } from 'next/navigation'
import { getApiAuth, requireRole } from '@/lib/auth/session'
import { forteFetch } from '@/lib/forte/client'

type Row = { ref_key: string; report_number: string; plate_number: string | null; date_finish_render: string }

/**
 * The floor of `npm run bench`'s load test of /reports: a bare dynamic page of the same build that
 * fetches the same API answer and writes its rows as a plain table (no shell, no client code, no
 * checks of the answer). It exists only when the portal runs with BENCH_FLOOR=1; otherwise 404.
 */
export default async function BenchFloor() {
  if (process.env.BENCH_FLOOR !== '1') notFound()
  await requireRole('director', 'employee')
  const res = await forteFetch('/reports/general/filter/null/null/null', { auth: await getApiAuth() })
  const body = (await res.json()) as { data: { reports: { important: Row[]; general: Row[] } } }
  const rows = [...body.data.reports.important, ...body.data.reports.general]
  return (
    <table>
      <tbody>
        {rows.map((r) => (
          <tr key={r.ref_key}>
            <td>{r.report_number}</td>
            <td>{r.plate_number}</td>
            <td>{r.date_finish_render}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
