'use client'

import { useCallback, useState } from 'react'

/**
 * The browser's GPS point for the upload form: `locate(onPoint)` asks for it (the browser asks the
 * person the first time); `denied` says the browser gave none, so the form asks for typed coordinates.
 */
export function useGeolocation() {
  const [state, setState] = useState({ locating: false, denied: false })
  const locate = useCallback((onPoint: (c: GeolocationCoordinates) => void) => {
    if (!('geolocation' in navigator)) return setState({ locating: false, denied: true })
    setState({ locating: true, denied: false })
    navigator.geolocation.getCurrentPosition(
      (p) => {
        onPoint(p.coords)
        setState({ locating: false, denied: false })
      },
      () => setState({ locating: false, denied: true }),
      { timeout: 10_000, maximumAge: 60_000 },
    )
  }, [])
  return { ...state, locate }
}

/** Whether the person already allowed this site the position (then the form fills it in without a click). */
export async function geolocationGranted(): Promise<boolean> {
  try {
    return (await navigator.permissions?.query({ name: 'geolocation' }))?.state === 'granted'
  } catch {
    return false
  }
}
