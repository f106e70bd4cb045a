import { OptionalImage } from '@/components/ui/optional-image'

/** The vehicle type's picture; hidden when the API has none (no broken-image icon). */
export function TypeImage({ src, alt }: { src: string; alt: string }) {
  return (
    <OptionalImage
      src={src}
      alt={alt}
      className="h-32 w-auto rounded-lg border border-slate-100 bg-slate-50 object-contain p-2"
    />
  )
}
