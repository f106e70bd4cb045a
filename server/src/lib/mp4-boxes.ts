import { open } from 'node:fs/promises'

/**
 * The types of an MP4 file's top-level boxes, in file order (`ftyp`, `moov`, `mdat`, ...), read from
 * their headers only. "moov first" (a player can start and seek without reading to the end) means
 * `moov` comes before `mdat` here.
 */
async function topLevelBoxes(file: string, max = 64): Promise<string[]> {
  const fh = await open(file, 'r')
  try {
    const { size } = await fh.stat()
    const head = Buffer.alloc(16)
    const types: string[] = []
    let at = 0
    while (at + 8 <= size && types.length < max) {
      const { bytesRead } = await fh.read(head, 0, 16, at)
      if (bytesRead < 8) break
      let boxSize = head.readUInt32BE(0)
      const type = head.toString('latin1', 4, 8)
      if (boxSize === 1 && bytesRead >= 16) boxSize = Number(head.readBigUInt64BE(8))
      else if (boxSize === 0) boxSize = size - at // the last box runs to the end of the file
      if (boxSize < 8) break // corrupt: stop rather than loop
      types.push(type)
      at += boxSize
    }
    return types
  } finally {
    await fh.close()
  }
}

/** True when the file's `moov` box comes before its first `mdat`. */
export async function moovFirst(file: string): Promise<boolean> {
  const types = await topLevelBoxes(file)
  const moov = types.indexOf('moov')
  const mdat = types.indexOf('mdat')
  return moov >= 0 && (mdat < 0 || moov < mdat)
}
