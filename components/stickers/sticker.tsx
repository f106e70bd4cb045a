import { QRCodeSVG } from 'qrcode.react'
import type { StickerVehicle } from '@/lib/data/stickers'
import { STICKER_SCAN_LINE } from './stickers-text'

const BRAND = 'ForteLeasing'
const [scanBefore, scanAfter] = STICKER_SCAN_LINE.split(BRAND) as [string, string]

/**
 * One label: the QR code (text = exactly the vehicle_guid, what the mobile app reads), plate, VIN, and
 * one line telling the person with the phone what to do, the brand in bold within it.
 */
export function Sticker({ vehicle }: { vehicle: StickerVehicle }) {
  return (
    <div className="sticker" data-testid="sticker" data-guid={vehicle.vehicle_guid}>
      <QRCodeSVG
        className="sticker__qr"
        value={vehicle.vehicle_guid}
        level="M"
        marginSize={2}
        size={256}
        role="img"
        aria-label={`QR ${vehicle.plate_number || vehicle.vin_code}`}
      />
      <div className="sticker__text">
        <span className="sticker__scan">
          {scanBefore}
          <strong className="sticker__brand">{BRAND}</strong>
          {scanAfter}
        </span>
        {vehicle.plate_number ? <span className="sticker__plate">{vehicle.plate_number}</span> : null}
        <span className="sticker__vin">VIN {vehicle.vin_code}</span>
      </div>
    </div>
  )
}

/** An empty cell of a part-used sheet (a label already peeled off): nothing printed there. */
export function BlankCell() {
  return <div className="sticker sticker--blank" data-testid="sticker-blank" aria-hidden="true" />
}
