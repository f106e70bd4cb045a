import Link from 'next/link'
import { loginText } from '@/components/login/login-text'
import { buttonClass } from '@/components/ui/button'
import { Card, CardBody } from '@/components/ui/card'
import { getLocale } from '@/lib/i18n/get-locale'

/** /login/mailbox while the API's dev mailbox is off (as in production): codes go out by email. */
export default async function MailboxOff() {
  const text = loginText(await getLocale())
  return (
    <Card className="w-full max-w-md">
      <CardBody className="space-y-3 text-center">
        <p className="text-sm font-semibold text-accent">404</p>
        <h1 className="text-xl font-semibold text-slate-900">{text.mailboxOff}</h1>
        <p className="text-slate-700">{text.mailboxOffHint}</p>
        <Link href="/login" className={buttonClass()}>
          {text.toSignIn}
        </Link>
      </CardBody>
    </Card>
  )
}
