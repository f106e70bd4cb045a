'use client'

import { Card, CardBody, CardHeader } from '@/components/ui/card'
import type { ReviewText } from './review-text'

/** The vehicle type's instructions as a checklist (native checkboxes: keyboard and screen readers). */
export function ReviewChecklist({ items, checked, onToggle, text }: { items: string[]; checked: boolean[]; onToggle: (i: number) => void; text: ReviewText }) {
  return (
    <Card>
      <CardHeader>
        <h2 className="text-lg font-semibold">{text.checklist}</h2>
        {items.length ? <p className="mt-1 text-sm text-slate-600">{text.checklistHint}</p> : null}
      </CardHeader>
      <CardBody>
        {items.length === 0 ? (
          <p className="text-sm text-slate-700">{text.noInstructions}</p>
        ) : (
          <ol className="space-y-2" data-testid="checklist">
            {items.map((item, i) => (
              <li key={i}>
                <label className="flex items-start gap-3 text-sm text-slate-900">
                  <input type="checkbox" className="mt-0.5 h-4 w-4 accent-accent" checked={checked[i] ?? false} onChange={() => onToggle(i)} />
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
