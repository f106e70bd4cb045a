'use client'

import { useOptimistic, useRef, useState, useTransition } from 'react'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { EmptyState } from '@/components/ui/empty-state'
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow, TableRowHead } from '@/components/ui/table'
import { deleteEmployee } from '@/lib/actions/employees'
import { formatPhoneKz as formatPhone } from '@/lib/format/phone'
import type { Failure } from '@/lib/i18n/failure-text'
import type { Locale } from '@/lib/i18n/locale'
import { DeleteEmployeeDialog } from './delete-employee-dialog'
import { employeesText } from './employees-text'
import type { EmployeeRow } from './filter-employees'

type Notice = { tone: 'success' | 'danger'; text: string }

/**
 * The company's employees. Deleting is optimistic: the row goes at once; if the action fails,
 * the optimistic state falls back to the server's rows (the row comes back) and a message says why.
 */
export function EmployeesTable({ rows, query, locale }: { rows: EmployeeRow[]; query: string; locale: Locale }) {
  const text = employeesText(locale)
  const [visible, removeRow] = useOptimistic(rows, (current, id: number) => current.filter((r) => r.id !== id))
  const [target, setTarget] = useState<EmployeeRow | null>(null)
  const [notice, setNotice] = useState<Notice | null>(null)
  const [, startTransition] = useTransition()
  const noticeRef = useRef<HTMLDivElement>(null)

  function confirm(employee: EmployeeRow) {
    setTarget(null)
    setNotice(null)
    startTransition(async () => {
      removeRow(employee.id)
      let failure: Failure | null = null
      try {
        const res = await deleteEmployee(employee.id)
        if (!res.ok) failure = res.reason
      } catch {
        failure = 'network'
      }
      setNotice(
        failure
          ? { tone: 'danger', text: text.restored(employee.first_name, text.reasons[failure] ?? text.reasons.failed) }
          : { tone: 'success', text: text.deleted(employee.first_name) },
      )
      // The deleted row's button is gone: keep keyboard focus on the outcome.
      requestAnimationFrame(() => noticeRef.current?.focus())
    })
  }

  return (
    <div className="space-y-3">
      <div ref={noticeRef} tabIndex={-1} className="outline-none" data-testid="employees-notice">
        {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
      </div>
      {visible.length === 0 ? (
        <EmptyState>{query ? text.emptySearch(query) : text.empty}</EmptyState>
      ) : (
        <Table caption={text.tableCaption}>
          <TableHeader>
            <tr>
              <TableHead>{text.colName}</TableHead>
              <TableHead>{text.colMobile}</TableHead>
              <TableHead>{text.colId}</TableHead>
              <TableHead className="text-right">
                <span className="sr-only">{text.colActions}</span>
              </TableHead>
            </tr>
          </TableHeader>
          <TableBody>
            {visible.map((e) => (
              <TableRow key={e.id} data-testid={`employee-row-${e.id}`}>
                <TableRowHead className="text-slate-900" label={text.colName}>
                  {e.first_name}
                </TableRowHead>
                <TableCell className="whitespace-nowrap text-slate-800" label={text.colMobile}>
                  {formatPhone(e.mobile)}
                </TableCell>
                <TableCell className="text-slate-700 tabular-nums" label={text.colId}>
                  {e.id}
                </TableCell>
                <TableCell className="text-right">
                  <Button
                    variant="danger-ghost"
                    size="sm"
                    aria-label={text.deleteNamed(e.first_name)}
                    onClick={() => setTarget(e)}
                  >
                    {text.delete}
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <p className="text-sm text-slate-600">{text.count(visible.length)}</p>
      <DeleteEmployeeDialog
        employee={target}
        phone={target ? formatPhone(target.mobile) : ''}
        text={text}
        onCancel={() => setTarget(null)}
        onConfirm={confirm}
      />
    </div>
  )
}
