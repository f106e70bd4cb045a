import { streamMediaFile } from '@/lib/data/media-file'

export const dynamic = 'force-dynamic'

/** The poster frame of a report's latest video (JPEG); 404 until it is ready, and from an API without posters. */
export async function GET(request: Request, ctx: { params: Promise<{ ref_key: string }> }) {
  return streamMediaFile(request, (await ctx.params).ref_key, 'poster')
}
