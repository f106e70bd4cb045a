import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import { LoginTabs } from '@/components/login/login-tabs'
import { loginText } from '@/components/login/login-text'
import { LanguageSwitch } from '@/components/shell/language-switch'
import { Alert } from '@/components/ui/alert'
import { Card, CardBody } from '@/components/ui/card'
import { getOutbox } from '@/lib/forte/dev'
import { parseLoginPrefill } from '@/lib/auth/invite'
import { safePortalPath } from '@/lib/auth/safe-redirect'
import { getPortalSession } from '@/lib/auth/session'
import { getLocale } from '@/lib/i18n/get-locale'
import { firstParam, type SearchParams } from '@/lib/search-params'

export async function generateMetadata(): Promise<Metadata> {
  return { title: loginText(await getLocale()).title }
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams
  // Only a path of the portal itself, whatever `from` says (no open redirect).
  const from = safePortalPath(firstParam(params.from))
  const reason = firstParam(params.reason)
  const session = await getPortalSession()
  if (session && reason !== 'expired') redirect(from)
  const locale = await getLocale()
  const text = loginText(locale)
  // The demo mailbox link shows only when the API's dev mailbox answers.
  const mailboxOn = (await getOutbox(1)) !== null
  return (
    <div className="w-full max-w-md space-y-4">
      <div className="flex justify-end">
        <div className="rounded-md bg-white">
          <LanguageSwitch locale={locale} />
        </div>
      </div>
      <div className="text-center text-white">
        <p className="text-sm uppercase tracking-widest text-teal-100">ForteLeasing</p>
        <h1 className="mt-1 text-2xl font-semibold">{text.heading}</h1>
      </div>
      <Card>
        <CardBody className="space-y-5">
          {reason === 'expired' ? <Alert tone="warning">{text.expired}</Alert> : null}
          <LoginTabs from={from} prefill={parseLoginPrefill(params)} locale={locale} />
        </CardBody>
      </Card>
      {mailboxOn ? (
        <p className="text-center text-sm">
          <Link
            href="/login/mailbox"
            target="_blank"
            className="font-medium text-white underline underline-offset-4 hover:text-teal-100"
          >
            {text.mailbox}
          </Link>
        </p>
      ) : null}
    </div>
  )
}
