import { QRCodeSVG } from 'qrcode.react'
import type { StickerVehicle } from '@/lib/data/stickers'

/** One label: the QR code (text = exactly the vehicle_guid), plate, VIN and the ForteLeasing name. */
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
        <span className="sticker__brand">ForteLeasing</span>
        {vehicle.plate_number ? <span className="sticker__plate">{vehicle.plate_number}</span> : null}
        <span className="sticker__vin">VIN {vehicle.vin_code}</span>
      </div>
    </div>
  )
}
