import { Button } from '@/components/ui/button'
import { Card, CardBody } from '@/components/ui/card'
import { EmptyState } from '@/components/ui/empty-state'
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table'
import type { PickableVehicle } from '@/lib/data/stickers'
import { LAYOUT_IDS, MAX_COPIES } from './layouts'
import { SelectAll } from './select-all'
import type { StickersText } from './stickers-text'

type Props = { vehicles: PickableVehicle[]; showCompany: boolean; preselect: boolean; text: StickersText }

/** A plain GET form to the print view: the choice travels in the URL (`v`, `layout`, `copies`). */
export function StickerPicker({ vehicles, showCompany, preselect, text }: Props) {
  if (vehicles.length === 0) return <EmptyState>{text.noVehicles}</EmptyState>
  return (
    <form id="sticker-picker" action="/stickers/print" method="get" className="space-y-4">
      <Card>
        <CardBody className="space-y-3">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h2 className="text-lg font-semibold">{text.vehicles}</h2>
            <SelectAll formId="sticker-picker" text={{ selectAll: text.selectAll, selectNone: text.selectNone }} />
          </div>
          <Table caption={text.caption} dense framed={false}>
            <TableHeader>
              <tr>
                <TableHead className="w-16">{text.colPick}</TableHead>
                <TableHead>{text.colPlate}</TableHead>
                <TableHead>{text.colVin}</TableHead>
                {showCompany ? <TableHead>{text.colCompany}</TableHead> : null}
              </tr>
            </TableHeader>
            <TableBody>
              {vehicles.map((v) => (
                <TableRow key={v.vehicle_guid}>
                  <TableCell>
                    <input
                      type="checkbox"
                      name="v"
                      value={v.vehicle_guid}
                      defaultChecked={preselect}
                      aria-label={text.pickVehicle(v.plate_number || v.vin_code)}
                      className="h-4 w-4 accent-accent"
                    />
                  </TableCell>
                  <TableCell className="font-medium">{v.plate_number || '—'}</TableCell>
                  <TableCell className="font-mono">{v.vin_code}</TableCell>
                  {showCompany ? (
                    <TableCell>{v.company ? `${v.company} (${v.biin ?? ''})` : (v.biin ?? '—')}</TableCell>
                  ) : null}
                </TableRow>
              ))}
            </TableBody>
          </Table>
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
              max={MAX_COPIES}
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
