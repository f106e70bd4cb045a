'use client'

import { useEffect, useRef, useState } from 'react'

/**
 * A picture that may not exist (a type picture the API lacks, a poster not made yet or by an API
 * without posters): hidden when it fails to load, never a broken-image icon.
 */
export function OptionalImage({
  src,
  alt,
  className,
  loading,
  onLoad,
}: {
  src: string
  alt: string
  className?: string
  loading?: 'lazy' | 'eager'
  /** Told once the picture is there (a caller may then use the same URL elsewhere). */
  onLoad?: () => void
}) {
  const ref = useRef<HTMLImageElement>(null)
  const [failed, setFailed] = useState(false)
  // The load may have failed before hydration attached onError.
  useEffect(() => {
    const img = ref.current
    if (img?.complete && img.naturalWidth === 0) setFailed(true)
    else if (img?.complete) onLoad?.()
    // Once, for the picture as it was at hydration; later loads call onLoad themselves.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])
  if (failed) return null
  return (
    // eslint-disable-next-line @next/next/no-img-element -- a same-origin pass-through, no optimisation needed
    <img
      ref={ref}
      src={src}
      alt={alt}
      loading={loading}
      onError={() => setFailed(true)}
      onLoad={onLoad}
      className={className}
    />
  )
}
