import type { Metadata } from 'next'
import { PageHeader } from '@/components/shell/page-header'
import { Card, CardBody } from '@/components/ui/card'
import { requireRole } from '@/lib/auth/session'

export const metadata: Metadata = { title: 'Сотрудники' }

// Placeholder: the feature engineer replaces the body; keep the role check.
export default async function Page() {
  await requireRole('director')
  return (
    <div className="space-y-4">
      <PageHeader title="Сотрудники" description="Сотрудники, которые отправляют отчёты" />
      <Card>
        <CardBody>
          <p className="text-slate-700">Раздел в разработке.</p>
        </CardBody>
      </Card>
    </div>
  )
}
