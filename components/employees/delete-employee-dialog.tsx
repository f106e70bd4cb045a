'use client'

import { useEffect, useRef } from 'react'
import { Button, buttonClass } from '@/components/ui/button'
import { Dialog } from '@/components/ui/dialog'
import type { EmployeeRow } from './filter-employees'
import type { EmployeesText } from './employees-text'

type Props = {
  employee: EmployeeRow | null
  phone: string
  text: EmployeesText
  onCancel: () => void
  onConfirm: (e: EmployeeRow) => void
}

/** Confirms a deletion, naming the person; the native <dialog> traps focus and closes on Esc. */
export function DeleteEmployeeDialog({ employee, phone, text, onCancel, onConfirm }: Props) {
  const cancelRef = useRef<HTMLButtonElement>(null)
  // Start on "Cancel": a stray Enter must not delete anyone (runs after Dialog's showModal).
  useEffect(() => {
    if (employee) cancelRef.current?.focus()
  }, [employee])
  return (
    <Dialog
      open={employee !== null}
      onClose={onCancel}
      title={employee ? text.confirmTitle(employee.first_name) : text.delete}
      closeLabel={text.close}
    >
      {employee ? (
        <div className="space-y-5">
          <p className="text-sm text-slate-700">{text.confirmBody(employee.first_name, phone)}</p>
          <div className="flex justify-end gap-3">
            <button ref={cancelRef} type="button" className={buttonClass('secondary')} onClick={onCancel}>
              {text.cancel}
            </button>
            <Button variant="danger" onClick={() => onConfirm(employee)}>
              {text.confirmDelete}
            </Button>
          </div>
        </div>
      ) : null}
    </Dialog>
  )
}
