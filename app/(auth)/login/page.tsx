import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import { LoginTabs } from '@/components/login/login-tabs'
import { safeFrom } from '@/components/login/sign-in-errors'
import { Alert } from '@/components/ui/alert'
import { Card, CardBody } from '@/components/ui/card'
import { getOutbox } from '@/lib/auth/api'
import { getPortalSession } from '@/lib/auth/session'

export const metadata: Metadata = { title: 'Вход' }

type Props = { searchParams: Promise<{ from?: string; reason?: string }> }

export default async function LoginPage({ searchParams }: Props) {
  const { from, reason } = await searchParams
  const session = await getPortalSession()
  if (session && reason !== 'expired') redirect(safeFrom(from))
  // The demo mailbox link shows only when the API's dev mailbox answers.
  const mailboxOn = (await getOutbox(1)) !== null
  return (
    <div className="w-full max-w-md space-y-4">
      <div className="text-center text-white">
        <p className="text-sm uppercase tracking-widest text-teal-100">ForteLeasing</p>
        <h1 className="mt-1 text-2xl font-semibold">Вход в портал осмотра транспорта</h1>
      </div>
      <Card>
        <CardBody className="space-y-5">
          {reason === 'expired' ? <Alert tone="warning">Сессия истекла. Войдите снова.</Alert> : null}
          <LoginTabs from={safeFrom(from)} />
        </CardBody>
      </Card>
      {mailboxOn ? (
        <p className="text-center text-sm">
          <Link
            href="/login/mailbox"
            target="_blank"
            className="font-medium text-white underline underline-offset-4 hover:text-teal-100"
          >
            Почта (демо)
          </Link>
        </p>
      ) : null}
    </div>
  )
}
