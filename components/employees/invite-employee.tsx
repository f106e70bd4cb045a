import { QRCodeSVG } from 'qrcode.react'
import { Card, CardBody, CardHeader } from '@/components/ui/card'
import type { EmployeesText } from './employees-text'

/**
 * "Пригласить сотрудника": the sign-in page's address with the company's BIN/IIN and the employee
 * role filled in, as a link to send and a QR to show from the director's screen (rendered on the server).
 */
export function InviteEmployee({ url, text }: { url: string; text: EmployeesText }) {
  return (
    <Card data-testid="invite-employee">
      <CardHeader title={text.inviteTitle} hint={text.inviteHint} />
      <CardBody className="flex flex-col gap-4 sm:flex-row sm:items-center">
        <QRCodeSVG
          value={url}
          size={160}
          level="M"
          marginSize={2}
          role="img"
          aria-label={text.inviteQr}
          data-testid="invite-qr"
          className="shrink-0 self-center"
        />
        <div className="min-w-0 space-y-2 text-sm">
          <p className="font-medium text-slate-800">{text.inviteLink}</p>
          <a
            href={url}
            className="block break-all font-mono text-brand underline underline-offset-2"
            data-testid="invite-link"
          >
            {url}
          </a>
        </div>
      </CardBody>
    </Card>
  )
}
