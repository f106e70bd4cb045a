import { localIso } from '../../../lib/dates.js'
import { runTool } from './media-tools.js'

/** What ffprobe tells about a video that the review needs. */
export interface Probe {
  duration_s: number
  /** As displayed (rotation applied). */
  width: number
  height: number
  bitrate_kbps: number
  /** The file's own creation time, Asia/Almaty local ISO, or null. */
  recorded_at: string | null
  videoCodec: string
  pixFmt: string
  audioCodec: string | null
}

interface FfStream {
  codec_type?: string
  codec_name?: string
  width?: number
  height?: number
  pix_fmt?: string
  tags?: Record<string, string>
  side_data_list?: { rotation?: number }[]
  disposition?: { attached_pic?: number }
}
interface FfProbe {
  streams?: FfStream[]
  format?: { duration?: string; bit_rate?: string; size?: string; tags?: Record<string, string> }
}

/** A camera's creation time: Apple's tag carries the zone; `creation_time` is UTC. Absurd dates are no date. */
export function recordedAtOf(tags: Record<string, string | undefined>[]): string | null {
  for (const key of ['com.apple.quicktime.creationdate', 'creation_time']) {
    for (const t of tags) {
      const v = t[key]
      if (!v) continue
      // "2024-05-01T10:00:00+0500" → add the colon Date.parse wants.
      const ms = Date.parse(v.trim().replace(/([+-]\d\d)(\d\d)$/, '$1:$2'))
      if (Number.isFinite(ms) && ms > Date.UTC(2000, 0, 1)) return localIso(new Date(ms))
    }
  }
  return null
}

/** Runs ffprobe on `file`; throws when it is not a video ffprobe can read. */
export async function probe(ffprobe: string, file: string, signal?: AbortSignal): Promise<Probe> {
  const json = await runTool(ffprobe, ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', file], {
    timeoutMs: 60_000,
    signal,
  })
  const info = JSON.parse(json) as FfProbe
  const streams = info.streams ?? []
  const video = streams.find((s) => s.codec_type === 'video' && !s.disposition?.attached_pic)
  if (!video?.width || !video.height) throw new Error('The file has no video stream.')
  const audio = streams.find((s) => s.codec_type === 'audio')
  const duration = Number(info.format?.duration)
  if (!Number.isFinite(duration) || duration <= 0) throw new Error('The video has no duration.')
  const rotation = Number(
    video.side_data_list?.find((d) => d.rotation !== undefined)?.rotation ?? video.tags?.rotate ?? 0,
  )
  const turned = Math.abs(rotation) % 180 === 90
  const bitRate = Number(info.format?.bit_rate) || (Number(info.format?.size) * 8) / duration
  return {
    duration_s: Math.round(duration * 100) / 100,
    width: turned ? video.height : video.width,
    height: turned ? video.width : video.height,
    bitrate_kbps: Math.round(bitRate / 1000),
    recorded_at: recordedAtOf([info.format?.tags ?? {}, ...streams.map((s) => s.tags ?? {})]),
    videoCodec: video.codec_name ?? '',
    pixFmt: video.pix_fmt ?? '',
    audioCodec: audio?.codec_name ?? null,
  }
}
