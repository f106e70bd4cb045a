import { Button } from '@/components/ui/button'
import { Card, CardBody } from '@/components/ui/card'
import { LAYOUT_IDS } from './layouts'
import { SelectAll } from './select-all'
import type { PickableVehicle } from './sticker-vehicles'
import type { StickersText } from './stickers-text'

type Props = { vehicles: PickableVehicle[]; showCompany: boolean; preselect: boolean; text: StickersText }

/** A plain GET form to the print view: the choice travels in the URL (`v`, `layout`, `copies`). */
export function StickerPicker({ vehicles, showCompany, preselect, text }: Props) {
  if (vehicles.length === 0)
    return (
      <p className="rounded-xl border border-dashed border-slate-300 bg-white p-8 text-center text-slate-700">
        {text.noVehicles}
      </p>
    )
  return (
    <form id="sticker-picker" action="/stickers/print" method="get" className="space-y-4">
      <Card>
        <CardBody className="space-y-3">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h2 className="text-lg font-semibold">{text.vehicles}</h2>
            <SelectAll formId="sticker-picker" text={{ selectAll: text.selectAll, selectNone: text.selectNone }} />
          </div>
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">{text.caption}</caption>
              <thead className="bg-slate-50 text-slate-700">
                <tr>
                  <th scope="col" className="w-16 px-3 py-2 font-medium">
                    {text.colPick}
                  </th>
                  <th scope="col" className="px-3 py-2 font-medium">
                    {text.colPlate}
                  </th>
                  <th scope="col" className="px-3 py-2 font-medium">
                    {text.colVin}
                  </th>
                  {showCompany ? (
                    <th scope="col" className="px-3 py-2 font-medium">
                      {text.colCompany}
                    </th>
                  ) : null}
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {vehicles.map((v) => (
                  <tr key={v.vehicle_guid}>
                    <td className="px-3 py-2">
                      <input
                        type="checkbox"
                        name="v"
                        value={v.vehicle_guid}
                        defaultChecked={preselect}
                        aria-label={text.pickVehicle(v.plate_number || v.vin_code)}
                        className="h-4 w-4 accent-accent"
                      />
                    </td>
                    <td className="px-3 py-2 font-medium">{v.plate_number || '—'}</td>
                    <td className="px-3 py-2 font-mono">{v.vin_code}</td>
                    {showCompany ? (
                      <td className="px-3 py-2">{v.company ? `${v.company} (${v.biin ?? ''})` : (v.biin ?? '—')}</td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </CardBody>
      </Card>
      <Card>
        <CardBody className="flex flex-wrap items-end gap-6">
          <fieldset className="space-y-2">
            <legend className="text-sm font-medium text-slate-800">{text.layout}</legend>
            {LAYOUT_IDS.map((id, i) => (
              <label key={id} className="flex items-center gap-2 text-sm">
                <input
                  type="radio"
                  name="layout"
                  value={id}
                  defaultChecked={i === 0}
                  className="h-4 w-4 accent-accent"
                />
                {text.layouts[id]}
              </label>
            ))}
          </fieldset>
          <label className="flex flex-col gap-1 text-sm font-medium text-slate-800">
            {text.copies}
            <input
              type="number"
              name="copies"
              min={1}
              max={24}
              defaultValue={1}
              className="h-10 w-24 rounded-lg border border-slate-300 px-3"
            />
          </label>
          <Button type="submit">{text.show}</Button>
        </CardBody>
      </Card>
    </form>
  )
}
