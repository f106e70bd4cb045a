import { Badge } from '@/components/ui/badge'
import type { TypeOption } from './queue-filters'

/** The queue's count per vehicle type, over the whole queue (they add up to its total). */
export function TypeFacets({ facets, label }: { facets: TypeOption[]; label: string }) {
  if (facets.length === 0) return null
  return (
    <ul aria-label={label} className="flex flex-wrap gap-2" data-testid="type-facets">
      {facets.map((f) => (
        <li key={f.vehicle_type_code}>
          <Badge>
            {f.vehicle_type_title}: <span data-testid="type-facet-count">{f.count}</span>
          </Badge>
        </li>
      ))}
    </ul>
  )
}
