import { TableCell } from '@/components/ui/table'

/** A staff table's company cell: the name over its BIN/IIN. */
export function CompanyCell({ name, biin }: { name: string; biin: string }) {
  return (
    <TableCell>
      <span className="block text-slate-900">{name}</span>
      <span className="text-xs text-slate-600">{biin}</span>
    </TableCell>
  )
}

/** A staff table's vehicle cell: the plate over a second line (the type, or the VIN in monospace). */
export function VehicleCell({ plate, detail, mono = false }: { plate: string; detail: string; mono?: boolean }) {
  return (
    <TableCell>
      <span className="block text-slate-900">{plate}</span>
      <span className={mono ? 'font-mono text-xs text-slate-600' : 'text-xs text-slate-600'}>{detail}</span>
    </TableCell>
  )
}
