/** A row of headline figures (a description list: each figure under its label). */
export function Kpis({ items }: { items: { id: string; label: string; value: string }[] }) {
  return (
    <dl className="grid gap-3 sm:grid-cols-3">
      {items.map((k) => (
        <div key={k.id} className="rounded-xl border border-slate-200 bg-white px-4 py-3 shadow-sm">
          <dt className="text-sm text-slate-700">{k.label}</dt>
          <dd className="mt-1 text-2xl font-semibold tabular-nums text-slate-900" data-testid={k.id}>
            {k.value}
          </dd>
        </div>
      ))}
    </dl>
  )
}
