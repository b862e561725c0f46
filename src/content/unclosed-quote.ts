/**
 * Where an unclosed `"` or `'` of a YAML front-matter was opened. A quoted YAML value may run over
 * several lines, so the parser notices the missing quote only where the front-matter ends (`title:
 * "未闭合` is reported at the last line): this reads the front-matter from the top, as YAML does,
 * and finds the quote still open at the error line. Also: the top-level key a line belongs to.
 */
export interface UnclosedQuote {
  line: number
  column: number
  quote: '"' | "'"
}

/** A quote that starts a value: after `key: `, `- `, or `[`, `{`, `,` in a flow collection. */
const VALUE_START = /(?:^|:\s+|^\s*-\s+|[[{,]\s*)$/

/**
 * The quote still open at `errorLine` in `text` (the whole file, LF; lines 1-based, the front-matter
 * from line 2), or undefined.
 */
export function unclosedQuote(text: string, errorLine: number): UnclosedQuote | undefined {
  const lines = text.split('\n')
  let open: UnclosedQuote | undefined
  for (let n = 2; n <= Math.min(errorLine, lines.length); n++) {
    const line = lines[n - 1]!
    if (!open && line === '---') break
    for (let i = 0; i < line.length; i++) {
      const c = line[i]!
      if (open) {
        if (open.quote === '"' && c === '\\') i++
        else if (open.quote === "'" && c === "'" && line[i + 1] === "'") i++
        else if (c === open.quote) open = undefined
      } else if (c === '#' && (i === 0 || /\s/.test(line[i - 1]!))) break
      else if ((c === '"' || c === "'") && VALUE_START.test(line.slice(0, i))) {
        open = { line: n, column: i + 1, quote: c }
      }
    }
  }
  return open
}

/** The top-level front-matter key whose value line `n` (1-based, of `text`) is part of, if any. */
export function keyOfLine(text: string, n: number): string | undefined {
  const lines = text.split('\n')
  for (let k = Math.min(n, lines.length); k >= 2; k--) {
    const key = /^([^\s#:"'[{-][^:#]*?)\s*:(?:\s|$)/.exec(lines[k - 1]!)?.[1]
    if (key) return key
    if (lines[k - 1] === '---') return undefined
  }
  return undefined
}
