import { streamMediaFile } from '@/lib/data/media-file'
import { toQuery } from '@/lib/search-params'

export const dynamic = 'force-dynamic'

const RENDITIONS = new Set(['review', 'original'])

/**
 * A report's video through the Range pass-through. `?rendition=review` (the API's default: the small
 * review rendition once it is ready, else the original) or `original` (the file as it was sent).
 */
export async function GET(request: Request, ctx: { params: Promise<{ ref_key: string }> }) {
  const { ref_key } = await ctx.params
  const rendition = new URL(request.url).searchParams.get('rendition')
  if (rendition !== null && !RENDITIONS.has(rendition)) {
    return new Response('rendition: review или original / review or original', {
      status: 400,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    })
  }
  return streamMediaFile(request, ref_key, 'video', toQuery({ rendition }))
}
