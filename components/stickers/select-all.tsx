'use client'

import { Button } from '@/components/ui/button'

/** Ticks or clears every vehicle checkbox of the picker form. */
export function SelectAll({ formId, text }: { formId: string; text: { selectAll: string; selectNone: string } }) {
  const set = (checked: boolean) => {
    document.querySelectorAll<HTMLInputElement>(`#${formId} input[name="v"]`).forEach((i) => (i.checked = checked))
  }
  return (
    <div className="flex gap-2">
      <Button variant="secondary" size="sm" onClick={() => set(true)}>
        {text.selectAll}
      </Button>
      <Button variant="ghost" size="sm" onClick={() => set(false)}>
        {text.selectNone}
      </Button>
    </div>
  )
}
