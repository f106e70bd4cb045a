import { streamMediaFile } from '@/lib/data/media-file'

export const dynamic = 'force-dynamic'

/** The 6-frame strip of a report's latest video (one JPEG), for the player's hover previews; 404 until it is ready. */
export async function GET(request: Request, ctx: { params: Promise<{ ref_key: string }> }) {
  return streamMediaFile(request, (await ctx.params).ref_key, 'thumbs')
}
