import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { loginText } from '@/components/login/login-text'
import { Card, CardBody, CardHeader } from '@/components/ui/card'
import { RefreshButton } from '@/components/shell/refresh-button'
import { BUSINESS_TIME_ZONE } from '@/lib/format/dates'
import { getOutbox } from '@/lib/forte/dev'
import { getLocale } from '@/lib/i18n/get-locale'

export async function generateMetadata(): Promise<Metadata> {
  return { title: loginText(await getLocale()).mailbox }
}

const dateTime = new Intl.DateTimeFormat('ru-RU', {
  timeZone: BUSINESS_TIME_ZONE,
  dateStyle: 'medium',
  timeStyle: 'medium',
})

function formatWhen(iso: string): string {
  const d = new Date(iso)
  return Number.isNaN(d.getTime()) ? iso : dateTime.format(d)
}

/** The API's dev mailbox (GET /dev/outbox): OTP letters of the demo, newest first. */
export default async function MailboxPage() {
  const letters = await getOutbox(20)
  if (letters === null) notFound()
  const text = loginText(await getLocale())
  return (
    <Card className="w-full max-w-2xl">
      <CardHeader className="flex items-center justify-between gap-3">
        <div>
          <h1 className="text-xl font-semibold text-slate-900">{text.mailbox}</h1>
          <p className="text-sm text-slate-700">{text.mailboxIntro}</p>
        </div>
        <RefreshButton label={text.refresh} />
      </CardHeader>
      <CardBody>
        {letters.length === 0 ? (
          <p className="text-slate-700">{text.mailboxEmpty}</p>
        ) : (
          <ul className="divide-y divide-slate-100" aria-label={text.mailboxList}>
            {letters.map((l, i) => (
              <li key={`${l.created_at}-${i}`} className="py-3" data-testid="letter">
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <p className="font-medium text-slate-900">{l.subject}</p>
                  <time className="text-xs text-slate-600" dateTime={l.created_at}>
                    {formatWhen(l.created_at)}
                  </time>
                </div>
                <p className="text-sm text-slate-700">
                  {text.letterTo} {l.to}
                </p>
                <pre data-testid="letter-text" className="mt-1 whitespace-pre-wrap font-sans text-sm text-slate-800">
                  {l.text}
                </pre>
              </li>
            ))}
          </ul>
        )}
        <p className="mt-4 text-sm">
          <Link href="/login" className="font-medium text-brand underline underline-offset-4">
            ← {text.toSignIn}
          </Link>
        </p>
      </CardBody>
    </Card>
  )
}
