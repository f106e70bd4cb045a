/** A parsed `Range: bytes=` header against a file of `size` bytes (RFC 9110 §14, one range only). */
export type RangeResult = { kind: 'full' } | { kind: 'partial'; start: number; end: number } | { kind: 'unsatisfiable' }

/**
 * `bytes=0-99`, `bytes=100-` (open-ended), `bytes=-500` (suffix). A header we do not understand
 * (other unit, several ranges, garbage) is ignored and the whole file is sent, as the RFC allows.
 */
export function parseRange(header: string | undefined, size: number): RangeResult {
  if (!header) return { kind: 'full' }
  const m = /^\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*$/i.exec(header)
  if (!m) return { kind: 'full' }
  const [, a, b] = m as unknown as [string, string, string]
  if (a === '' && b === '') return { kind: 'full' }
  if (a === '') {
    const suffix = Number(b)
    if (suffix === 0 || size === 0) return { kind: 'unsatisfiable' }
    return { kind: 'partial', start: Math.max(0, size - suffix), end: size - 1 }
  }
  const start = Number(a)
  let end = b === '' ? size - 1 : Number(b)
  if (b !== '' && end < start) return { kind: 'full' } // invalid range-spec: ignore the header
  if (start >= size) return { kind: 'unsatisfiable' }
  end = Math.min(end, size - 1)
  return { kind: 'partial', start, end }
}

/** `Content-Range` value for a partial or an unsatisfiable answer. */
export function contentRange(r: RangeResult, size: number): string {
  return r.kind === 'partial' ? `bytes ${r.start}-${r.end}/${size}` : `bytes */${size}`
}
