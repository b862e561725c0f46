/**
 * A half-width mark typed next to its full-width twin (`小本子,，记录`, `好的.。`, `时间：:`, also with a
 * space between): autocorrect would make the half-width one full-width too and double the mark. The
 * finding is the half-width mark, and its fix deletes it.
 */

const TWIN: Record<string, string> = { ',': '，', '.': '。', ':': '：', ';': '；', '!': '！', '?': '？' }
const HALF_OF: Record<string, string> = Object.fromEntries(Object.entries(TWIN).map(([h, f]) => [f, h]))
/** Any of the marks above, and the ellipsis: a longer run (`...。`, `？!?`) is another rule's business. */
const MARK = /[,.:;!?，。：；！？…]/
const PAIR = /[,.:;!?][ \t]*[，。：；！？]|[，。：；！？][ \t]*[,.:;!?]/g

export interface Twin {
  /** The span of both marks and the spaces between. */
  start: number
  end: number
  /** Index of the half-width mark. */
  half: number
}

/** The twins in `text`. */
export function findTwins(text: string): Twin[] {
  const twins: Twin[] = []
  for (const m of text.matchAll(PAIR)) {
    const start = m.index
    const end = start + m[0].length
    const first = m[0][0]!
    const last = m[0][m[0].length - 1]!
    const halfFirst = first in TWIN
    if ((halfFirst ? TWIN[first] : HALF_OF[first]) !== last) continue
    if (MARK.test(text.charAt(start - 1)) || MARK.test(text.charAt(end))) continue
    const half = halfFirst ? start : end - 1
    const before = text.charAt(half - 1)
    const after = text.charAt(half + 1)
    // `Inc.。` (an abbreviation's stop before the sentence's), `。.NET` (a word), `：://`, `10:：`
    if (first === '.' && /[A-Za-z0-9]/.test(before)) continue
    if (!halfFirst && /[A-Za-z0-9/]/.test(after)) continue
    if (first === ':' && /\d/.test(before)) continue
    twins.push({ start, end, half })
  }
  return twins
}

/** `text` with each twin's half-width mark written full-width (same length), for autocorrect to leave. */
export function maskTwins(text: string, twins: readonly Twin[]): string {
  if (twins.length === 0) return text
  let out = ''
  let pos = 0
  for (const t of twins) {
    out += text.slice(pos, t.half) + TWIN[text.charAt(t.half)]!
    pos = t.half + 1
  }
  return out + text.slice(pos)
}
