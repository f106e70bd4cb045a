import { Input } from './input'

type Props = {
  id: string
  label: string
  placeholder: string
  value: string
  onChange: (value: string) => void
  /** The wrapper's layout in its filter row. */
  className: string
}

/** The free-text search of a filter row: a label over a controlled `type="search"` input named `q`. */
export function SearchBox({ id, label, placeholder, value, onChange, className }: Props) {
  return (
    <div className={className}>
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      <Input
        id={id}
        type="search"
        name="q"
        value={value}
        placeholder={placeholder}
        onChange={(e) => onChange(e.target.value)}
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
