'use client'

import { useEffect, useRef, useState } from 'react'

/** The vehicle type's picture; hidden when the API has none (no broken-image icon). */
export function TypeImage({ src, alt }: { src: string; alt: string }) {
  const ref = useRef<HTMLImageElement>(null)
  const [failed, setFailed] = useState(false)
  // The load may have failed before hydration attached onError.
  useEffect(() => {
    const img = ref.current
    if (img?.complete && img.naturalWidth === 0) setFailed(true)
  }, [])
  if (failed) return null
  return (
    // eslint-disable-next-line @next/next/no-img-element -- a same-origin pass-through, no optimisation needed
    <img
      ref={ref}
      src={src}
      alt={alt}
      onError={() => setFailed(true)}
      className="h-32 w-auto rounded-lg border border-slate-100 bg-slate-50 object-contain p-2"
    />
  )
}
