import QRCode from 'qrcode'

/**
 * PNG of a QR code whose text is exactly `text` (the vehicle_guid on a sticker).
 * Error correction M and a 4-module quiet zone so a phone reads a printed sticker reliably.
 */
export function qrPng(text: string, width = 512): Promise<Buffer> {
  return QRCode.toBuffer(text, { type: 'png', errorCorrectionLevel: 'M', margin: 4, width })
}
