/** Maps a text node's lines back to the source behind container prefixes (`>`, list indentation). */

/**
 * Where each line of a multi-line text value starts in `source[start, end)`, when the only
 * difference is what CommonMark strips: container prefixes (`>`, indentation) before a line and
 * spaces before a line ending. Undefined when the value cannot be mapped exactly (escapes, entities).
 */
export function mapLines(
  source: string,
  start: number,
  end: number,
  value: string,
): { at: number; offset: number }[] | undefined {
  const parts = value.split('\n')
  if (parts.length < 2) return undefined
  const lines: { at: number; offset: number }[] = []
  let pos = start
  let at = 0
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k]!
    if (k > 0) {
      // skip the rest of the previous line (trailing spaces), the line ending and the prefix
      while (pos < end && (source[pos] === ' ' || source[pos] === '\t')) pos++
      if (source[pos] === '\r') pos++
      if (source[pos] !== '\n') return undefined
      pos++
      let p = pos
      while (p < end && (source[p] === ' ' || source[p] === '\t' || source[p] === '>')) p++
      // the prefix ends where the line's text starts (the text itself may begin with `>`)
      while (p > pos && !source.startsWith(part, p)) p--
      if (!source.startsWith(part, p)) return undefined
      pos = p
      lines.push({ at, offset: pos })
    } else if (!source.startsWith(part, pos)) return undefined
    pos += part.length
    at += part.length + 1
  }
  return pos === end ? lines : undefined
}
