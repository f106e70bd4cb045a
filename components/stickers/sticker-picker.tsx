'use client'

import { type FormEvent, useState } from 'react'
import { Card, CardBody } from '@/components/ui/card'
import { EmptyState } from '@/components/ui/empty-state'
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table'
import type { PickableVehicle } from '@/lib/data/stickers'
import { formatDate } from '@/lib/format/dates'
import type { Locale } from '@/lib/i18n/locale'
import type { StickerFilter } from '@/lib/schemas/stickers'
import { PrintOptions } from './print-options'
import { SelectionBar } from './selection-bar'
import { EMPTY_SELECTION, isSelected, selectedCount, selectionParams, setSelected } from './selection'
import { stickersText } from './stickers-text'
import { useStickerSelection } from './use-sticker-selection'

type Props = {
  vehicles: PickableVehicle[]
  /** How many vehicles the filter matches (all pages). */
  total: number
  filter: StickerFilter
  showCompany: boolean
  /** Start with every vehicle ticked (a director's own fleet). */
  preselect: boolean
  locale: Locale
}

/**
 * A GET form to the print view. The choice lives in sessionStorage (see `useStickerSelection`), so it
 * survives paging; the form sends it as `v=` ids, or as `all=1` + the filter + `x=` exceptions.
 */
export function StickerPicker({ vehicles, total, filter, showCompany, preselect, locale }: Props) {
  const text = stickersText(locale)
  const [selection, update] = useStickerSelection(filter, preselect ? { all: true, excluded: [] } : EMPTY_SELECTION)
  const [warning, setWarning] = useState(false)
  if (vehicles.length === 0) return <EmptyState>{text.noVehicles}</EmptyState>

  const onPage = vehicles.map((v) => v.vehicle_guid)
  const count = selectedCount(selection, total)
  const pageAll = onPage.every((id) => isSelected(selection, id))
  const hidden = selectionParams(selection).filter(([k, v]) => k !== 'v' || !onPage.includes(v))
  const filterParams = Object.entries(filter).filter(([, v]) => v)
  const submit = (e: FormEvent) => {
    if (count > 0) return
    e.preventDefault()
    setWarning(true)
  }
  return (
    <form id="sticker-picker" action="/stickers/print" method="get" className="space-y-4" onSubmit={submit}>
      <Card>
        <CardBody className="space-y-3">
          <h2 className="text-lg font-semibold">{text.vehicles}</h2>
          <SelectionBar
            text={text}
            count={count}
            total={total}
            allMode={selection.all}
            pageAll={pageAll}
            pageSize={onPage.length}
            onSelectPage={() => update((s) => setSelected(s, onPage, true))}
            onSelectAll={() => update(() => ({ all: true, excluded: [] }))}
            onClear={() => update(() => EMPTY_SELECTION)}
          />
          <Table caption={text.caption} dense framed={false}>
            <TableHeader>
              <tr>
                <TableHead className="w-16">{text.colPick}</TableHead>
                <TableHead>{text.colPlate}</TableHead>
                <TableHead>{text.colVin}</TableHead>
                {showCompany ? <TableHead>{text.colCompany}</TableHead> : null}
                <TableHead>{text.colSticker}</TableHead>
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
                      checked={isSelected(selection, v.vehicle_guid)}
                      onChange={(e) => {
                        const on = e.currentTarget.checked
                        setWarning(false)
                        update((s) => setSelected(s, [v.vehicle_guid], on))
                      }}
                      aria-label={text.pickVehicle(v.plate_number || v.vin_code)}
                      className="h-4 w-4 accent-accent"
                    />
                  </TableCell>
                  <TableCell className="font-medium">{v.plate_number || '—'}</TableCell>
                  <TableCell className="font-mono">{v.vin_code}</TableCell>
                  {showCompany ? (
                    <TableCell>{v.company ? `${v.company} (${v.biin ?? ''})` : (v.biin ?? '—')}</TableCell>
                  ) : null}
                  <TableCell className="text-slate-700">
                    {v.sticker_printed_at ? formatDate(new Date(v.sticker_printed_at), locale) : text.stickerNever}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </CardBody>
      </Card>
      {hidden.map(([k, v]) => (
        <input key={`${k}-${v}`} type="hidden" name={k} value={v} />
      ))}
      {filterParams.map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <Card>
        <CardBody className="space-y-3">
          {warning ? (
            <p role="alert" className="text-sm font-medium text-red-700">
              {text.nothingSelected}
            </p>
          ) : null}
          <PrintOptions text={text} />
        </CardBody>
      </Card>
    </form>
  )
}
