import Link from 'next/link'
import { QRCodeSVG } from 'qrcode.react'
import { Card, CardBody, CardHeader } from '@/components/ui/card'
import { buttonClass } from '@/components/ui/button'
import { QrDownload } from './qr-download'
import type { VehiclesText } from './vehicles-text'

type Props = { guid: string; plate: string; canPrint: boolean; text: VehiclesText }

/** The QR code that goes on the vehicle: its text is exactly the vehicle_guid (rendered on the server). */
export function VehicleQr({ guid, plate, canPrint, text }: Props) {
  return (
    <Card>
      <CardHeader title={text.qr} />
      <CardBody className="flex flex-col items-center gap-4">
        <QRCodeSVG
          id="vehicle-qr"
          data-testid="vehicle-qr"
          value={guid}
          size={200}
          level="M"
          marginSize={4}
          role="img"
          aria-label={`${text.qr}: ${plate || guid}`}
        />
        <p className="break-all text-center font-mono text-xs text-slate-700">{guid}</p>
        <p className="text-sm text-slate-700">{text.qrHint}</p>
        <div className="flex flex-wrap justify-center gap-2">
          {canPrint ? (
            <Link
              href={`/stickers/print?layout=label-100x60&v=${encodeURIComponent(guid)}`}
              className={buttonClass('primary', 'sm')}
            >
              {text.printSticker}
            </Link>
          ) : null}
          <QrDownload
            svgId="vehicle-qr"
            fileName={`qr-${plate || guid}`}
            text={{ downloadSvg: text.downloadSvg, downloadPng: text.downloadPng }}
          />
        </div>
      </CardBody>
    </Card>
  )
}
