import { Checklist } from '@/components/ui/checklist'
import type { VehiclesText } from './vehicles-text'

/** The type's instructions for the person filming: ticks stay on the page and work without JS. */
export function InstructionsChecklist({ items, text }: { items: string[]; text: VehiclesText }) {
  return (
    <Checklist
      title={text.instructions}
      hint={text.instructionsHint}
      empty={text.noInstructions}
      items={items}
      testId="instructions"
    />
  )
}
