import { Card, CardBody, CardHeader } from '@/components/ui/card'
import type { VehiclesText } from './vehicles-text'

/** The type's instructions as a checklist: native checkboxes, so it works with the keyboard and without JS. */
export function InstructionsChecklist({ items, text }: { items: string[]; text: VehiclesText }) {
  return (
    <Card>
      <CardHeader>
        <h2 className="text-lg font-semibold">{text.instructions}</h2>
        {items.length ? <p className="mt-1 text-sm text-slate-600">{text.instructionsHint}</p> : null}
      </CardHeader>
      <CardBody>
        {items.length === 0 ? (
          <p className="text-sm text-slate-700">{text.noInstructions}</p>
        ) : (
          <ol className="space-y-2" data-testid="instructions">
            {items.map((item, i) => (
              <li key={i}>
                <label className="flex items-start gap-3 text-sm text-slate-900">
                  <input type="checkbox" className="mt-0.5 h-4 w-4 accent-accent" />
                  <span>
                    <span className="mr-1 text-slate-600">{i + 1}.</span>
                    {item}
                  </span>
                </label>
              </li>
            ))}
          </ol>
        )}
      </CardBody>
    </Card>
  )
}
