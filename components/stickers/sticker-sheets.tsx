import './stickers.css'
import { LAYOUTS, type LayoutId, paginate } from './layouts'
import { Sticker, type StickerVehicle } from './sticker'

/** The sheets as they print: one element per page, stickers laid out on the layout's mm grid. */
export function StickerSheets({
  vehicles,
  layout,
  copies,
}: {
  vehicles: StickerVehicle[]
  layout: LayoutId
  copies: number
}) {
  const pages = paginate(vehicles, LAYOUTS[layout], copies)
  return (
    <div className="sticker-sheets overflow-x-auto py-2">
      {pages.map((page, i) => (
        <section
          key={i}
          className={`sticker-sheet sticker-sheet--${layout}`}
          data-testid="sticker-sheet"
          aria-label={`Лист ${i + 1} из ${pages.length}`}
        >
          {page.map((v, j) => (
            <Sticker key={`${v.vehicle_guid}-${j}`} vehicle={v} />
          ))}
        </section>
      ))}
    </div>
  )
}
