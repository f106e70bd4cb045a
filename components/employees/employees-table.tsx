'use client'

import { useOptimistic, useRef, useState, useTransition } from 'react'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { deleteEmployee } from '@/lib/actions/employees'
import { formatPhoneKz as formatPhone } from '@/lib/format/phone'
import { DeleteEmployeeDialog } from './delete-employee-dialog'
import type { Locale } from '@/lib/i18n/locale'
import { employeesText, type DeleteFailure } from './employees-text'
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
      let failure: DeleteFailure | null = null
      try {
        const res = await deleteEmployee(employee.id)
        if (!res.ok) failure = res.reason
      } catch {
        failure = 'network'
      }
      setNotice(
        failure
          ? { tone: 'danger', text: text.restored(employee.first_name, text.reasons[failure]) }
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
        <p className="rounded-lg border border-dashed border-slate-300 px-4 py-8 text-center text-slate-700">
          {query ? text.emptySearch(query) : text.empty}
        </p>
      ) : (
        <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{text.tableCaption}</caption>
            <thead className="bg-slate-50 text-slate-700">
              <tr>
                <th scope="col" className="px-4 py-3 font-medium">
                  {text.colName}
                </th>
                <th scope="col" className="px-4 py-3 font-medium">
                  {text.colMobile}
                </th>
                <th scope="col" className="px-4 py-3 font-medium">
                  {text.colId}
                </th>
                <th scope="col" className="px-4 py-3 text-right font-medium">
                  <span className="sr-only">{text.colActions}</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {visible.map((e) => (
                <tr key={e.id} data-testid={`employee-row-${e.id}`}>
                  <th scope="row" className="px-4 py-3 font-medium text-slate-900">
                    {e.first_name}
                  </th>
                  <td className="px-4 py-3 whitespace-nowrap text-slate-800">{formatPhone(e.mobile)}</td>
                  <td className="px-4 py-3 text-slate-700 tabular-nums">{e.id}</td>
                  <td className="px-4 py-3 text-right">
                    <Button
                      variant="danger-ghost"
                      size="sm"
                      aria-label={text.deleteNamed(e.first_name)}
                      onClick={() => setTarget(e)}
                    >
                      {text.delete}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
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
