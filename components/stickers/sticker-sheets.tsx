import './stickers.css'
import { LAYOUTS, type LayoutId, paginate } from './layouts'
import type { StickerVehicle } from '@/lib/data/stickers'
import { BlankCell, Sticker } from './sticker'
import type { StickersText } from './stickers-text'

/** The sheets as they print: one element per page, stickers laid out on the layout's mm grid. */
export function StickerSheets({
  vehicles,
  layout,
  copies,
  start,
  text,
}: {
  vehicles: StickerVehicle[]
  layout: LayoutId
  copies: number
  /** The first label on the first sheet; the cells before it stay empty. */
  start: number
  text: StickersText
}) {
  const pages = paginate(vehicles, LAYOUTS[layout], copies, start)
  return (
    <div className="sticker-sheets overflow-x-auto py-2">
      {pages.map((page, i) => (
        <section
          key={i}
          className={`sticker-sheet sticker-sheet--${layout}`}
          data-testid="sticker-sheet"
          aria-label={text.sheet(i + 1, pages.length)}
        >
          {page.map((v, j) =>
            v ? <Sticker key={`${v.vehicle_guid}-${j}`} vehicle={v} /> : <BlankCell key={`blank-${j}`} />,
          )}
        </section>
      ))}
    </div>
  )
}
