import { Card, CardBody, CardHeader } from './card'

type Props = {
  title: string
  hint: string
  empty: string
  items: string[]
  testId: string
  /** Given: the ticks are controlled by the caller (a client component). Left out: plain checkboxes that work without JS. */
  checked?: boolean[]
  onToggle?: (i: number) => void
}

/** A vehicle type's instructions as a numbered checklist (native checkboxes: keyboard and screen readers). */
export function Checklist({ title, hint, empty, items, testId, checked, onToggle }: Props) {
  return (
    <Card>
      <CardHeader title={title} hint={items.length ? hint : undefined} />
      <CardBody>
        {items.length === 0 ? (
          <p className="text-sm text-slate-700">{empty}</p>
        ) : (
          <ol className="space-y-2" data-testid={testId}>
            {items.map((item, i) => (
              <li key={i}>
                <label className="flex items-start gap-3 text-sm text-slate-900">
                  <input
                    type="checkbox"
                    className="mt-0.5 h-4 w-4 accent-accent"
                    {...(checked ? { checked: checked[i] ?? false, onChange: () => onToggle?.(i) } : {})}
                  />
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
