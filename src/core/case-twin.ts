/**
 * A missing file whose name exists with other letter case (`Photo.PNG` for `photo.png`): found on
 * macOS and Windows, whose disks ignore case, and missing on Linux CI. The name on disk, if any.
 */
import { readdirSync } from 'node:fs'
import path from 'node:path'

export function caseTwin(absolute: string): string | undefined {
  const name = path.basename(absolute)
  try {
    return readdirSync(path.dirname(absolute)).find(
      (n) => n !== name && n.toLowerCase() === name.toLowerCase(),
    )
  } catch {
    return undefined
  }
}
