/** How an image reference was written: its decoded form and whether the source spells it literally. */
import type { Position } from 'unist'
import { isRemote } from '../content/resolve-asset.js'

/** A local image reference with its `%xx` escapes decoded (as written when they are not valid UTF-8). */
export function decodePath(ref: string): string {
  try {
    return decodeURIComponent(ref)
  } catch {
    return ref
  }
}

/**
 * An image reference as messages name it: a local path decoded, as the writer wrote it (Markdown keeps
 * `![x](<截图 1.png>)` as `%E6%88%AA%E5%9B%BE%201.png`); a remote URL as it is.
 */
export function shownRef(ref: string): string {
  return isRemote(ref) ? ref : decodePath(ref)
}

/** Whether the source lines of `place` hold `text` literally. */
export function writtenAt(value: unknown, place: Position | undefined, text: string): boolean {
  if (!place || (typeof value !== 'string' && !(value instanceof Uint8Array))) return false
  const source = typeof value === 'string' ? value : new TextDecoder().decode(value)
  const lines = source.split('\n').slice(place.start.line - 1, place.end.line)
  return lines.join('\n').includes(text)
}
