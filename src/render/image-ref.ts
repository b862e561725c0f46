/** How an image reference was written: its decoded form and whether the source spells it literally. */
import type { Position } from 'unist'

/** A local image reference with its `%xx` escapes decoded (as written when they are not valid UTF-8). */
export function decodePath(ref: string): string {
  try {
    return decodeURIComponent(ref)
  } catch {
    return ref
  }
}

/** Whether the source lines of `place` hold `text` literally. */
export function writtenAt(value: unknown, place: Position | undefined, text: string): boolean {
  if (!place || (typeof value !== 'string' && !(value instanceof Uint8Array))) return false
  const source = typeof value === 'string' ? value : new TextDecoder().decode(value)
  const lines = source.split('\n').slice(place.start.line - 1, place.end.line)
  return lines.join('\n').includes(text)
}
