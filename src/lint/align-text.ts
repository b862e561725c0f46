/**
 * Maps each UTF-16 unit of a parsed value (an mdast text node, a YAML string) to its offset in the
 * source it came from, skipping what the parser removed: backslash escapes, character references,
 * line indentation, blockquote markers and emphasis marks.
 */

const SKIPPABLE = new Set([' ', '\t', '\n', '>', '*', '_', '~'])
const REFERENCE = /&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});/y

function referenceAt(source: string, at: number): string {
  REFERENCE.lastIndex = at
  return REFERENCE.exec(source)?.[0] ?? ''
}

/**
 * Offsets of `value` in `source` starting the search at `from`; `undefined` when the value cannot
 * be found there (the caller then reports without exact positions). `out` receives the offsets at
 * `out[at…]`; returns the source offset just after the value.
 */
export function alignText(value: string, source: string, from: number, out: Int32Array, at: number): number | undefined {
  let j = from
  for (let i = 0; i < value.length; i++) {
    const c = value[i]
    for (;;) {
      if (j >= source.length) return undefined
      const s = source[j]
      if (s === '&') {
        const reference = referenceAt(source, j)
        if (reference !== '' && !value.startsWith(reference, i)) {
          // one reference decodes to one code point: one or two UTF-16 units
          const units = (value.codePointAt(i) ?? 0) > 0xffff ? 2 : 1
          for (let k = 0; k < units; k++) out[at + i + k] = j
          i += units - 1
          j += reference.length
          break
        }
      }
      if (s === c) {
        out[at + i] = j++
        break
      }
      if (s === '\\' && source[j + 1] === c) {
        out[at + i] = j + 1
        j += 2
        break
      }
      if (!SKIPPABLE.has(s ?? '')) return undefined
      j++
    }
  }
  return j
}
