/** `If-None-Match` / `If-Range` lists: does any entry name this etag (weak or strong), or `*`? */
export const etagMatches = (header: string | undefined, etag: string) =>
  !!header &&
  header.split(',').some((t) => {
    const v = t.trim().replace(/^W\//, '')
    return v === '*' || v === etag
  })
