/** A page's `searchParams` as Next gives them: a key may stand more than once (`?v=a&v=b`). */
export type SearchParams = Record<string, string | string[] | undefined>

/** The first value of a search param: a hand-edited link that repeats a key never breaks a page. */
export const firstParam = (v: string | string[] | undefined): string | undefined => (Array.isArray(v) ? v[0] : v)
