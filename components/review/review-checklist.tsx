'use client'

import { Checklist } from '@/components/ui/checklist'
import type { ReviewText } from './review-text'

/** The vehicle type's instructions, ticked while watching the video (the decision panel counts the unticked). */
export function ReviewChecklist({
  items,
  checked,
  onToggle,
  text,
}: {
  items: string[]
  checked: boolean[]
  onToggle: (i: number) => void
  text: ReviewText
}) {
  return (
    <Checklist
      title={text.checklist}
      hint={text.checklistHint}
      empty={text.noInstructions}
      items={items}
      testId="checklist"
      checked={checked}
      onToggle={onToggle}
    />
  )
}
