import './stickers.css'
import { LAYOUTS, type LayoutId, paginate } from './layouts'
import type { StickerVehicle } from '@/lib/data/stickers'
import { Sticker } from './sticker'
import type { StickersText } from './stickers-text'

/** The sheets as they print: one element per page, stickers laid out on the layout's mm grid. */
export function StickerSheets({
  vehicles,
  layout,
  copies,
  text,
}: {
  vehicles: StickerVehicle[]
  layout: LayoutId
  copies: number
  text: StickersText
}) {
  const pages = paginate(vehicles, LAYOUTS[layout], copies)
  return (
    <div className="sticker-sheets overflow-x-auto py-2">
      {pages.map((page, i) => (
        <section
          key={i}
          className={`sticker-sheet sticker-sheet--${layout}`}
          data-testid="sticker-sheet"
          aria-label={text.sheet(i + 1, pages.length)}
        >
          {page.map((v, j) => (
            <Sticker key={`${v.vehicle_guid}-${j}`} vehicle={v} />
          ))}
        </section>
      ))}
    </div>
  )
}
