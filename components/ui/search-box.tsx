import { Input } from './input'

type Props = {
  id: string
  text: { search: string; searchPlaceholder: string }
  /** What `useDebouncedInput` returns: the shown text and its setter. */
  q: { value: string; set: (value: string) => void }
  /** The wrapper's layout in its filter row. */
  className: string
}

/** The free-text search of a filter row: a label over a controlled `type="search"` input named `q`. */
export function SearchBox({ id, text, q, className }: Props) {
  return (
    <div className={className}>
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {text.search}
      </label>
      <Input
        id={id}
        type="search"
        name="q"
        value={q.value}
        placeholder={text.searchPlaceholder}
        onChange={(e) => q.set(e.target.value)}
      />
    </div>
  )
}

/** The "reset filters" button of a filter row (shown only when a filter is set). */
export function ResetButton({ onClick, children }: { onClick: () => void; children: string }) {
  return (
    <button
      type="button"
      onClick={onClick}
      className="h-10 rounded-lg px-3 text-sm font-medium text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-accent"
    >
      {children}
    </button>
  )
}
