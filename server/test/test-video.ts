/**
 * ffmpeg's arguments for a test video: the test pattern (and a tone) encoded as H.264 (+ AAC) MP4.
 * The media tests and the benchmarks make their videos with it. No imports: both programs read it.
 */
export interface VideoSpec {
  seconds: number
  width: number
  height: number
  /** Frames per second; default 25. */
  fps?: number
  /** Video bitrate; unset: a small CRF encode. */
  kbps?: number
  /**
   * How the bitrate is held: `steady` (default: min = max = kbps), `capped` (at most kbps, as a phone
   * records), `cbr` (strict constant bitrate, for a file of a known size).
   */
  rateControl?: 'steady' | 'capped' | 'cbr'
  /** AAC bitrate of the tone; default 64; false: no audio track. */
  audioKbps?: number | false
  /** The index first (`+faststart`), so a player can seek before it has read the whole file. */
  faststart?: boolean
  /** The file's own creation time (UTC ISO), as a phone writes it. */
  creationTime?: string
  /** Makes the bytes unique without changing the picture. */
  tag?: string
}

function rateArgs(v: VideoSpec): string[] {
  if (!v.kbps) return ['-crf', '30']
  const k = `${v.kbps}k`
  if (v.rateControl === 'capped') return ['-b:v', k, '-maxrate', k, '-bufsize', k]
  const steady = ['-b:v', k, '-minrate', k, '-maxrate', k, '-bufsize', k]
  return v.rateControl === 'cbr' ? [...steady, '-x264-params', 'nal-hrd=cbr:force-cfr=1'] : steady
}

export function testVideoArgs(file: string, v: VideoSpec): string[] {
  const audio = v.audioKbps !== false
  return [
    ...['-v', 'error', '-y'],
    ...['-f', 'lavfi', '-i', `testsrc2=size=${v.width}x${v.height}:rate=${v.fps ?? 25}`],
    ...(audio ? ['-f', 'lavfi', '-i', 'sine=frequency=440'] : []),
    ...['-t', String(v.seconds), '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p'],
    ...rateArgs(v),
    ...(audio ? ['-c:a', 'aac', '-b:a', `${v.audioKbps || 64}k`] : []),
    ...(v.creationTime ? ['-metadata', `creation_time=${v.creationTime}`] : []),
    ...(v.tag ? ['-metadata', `comment=${v.tag}`] : []),
    ...(v.faststart ? ['-movflags', '+faststart'] : []),
    file,
  ]
}
