/**
 * Where an unclosed `[` or `{` of a YAML front-matter was opened. The YAML parser notices it only on a
 * later line (`audience: [全部粉丝` is reported at the `cover:` line after it), so the writer would look
 * at a correct line: this finds the nearest line above that opens more than it closes (quoted text and
 * comments aside).
 */
export interface UnclosedFlow {
  line: number
  column: number
  open: '[' | '{'
  close: ']' | '}'
}

/** Brackets still open at the end of `line`, with the column (1-based) of the last one. */
function stillOpen(line: string): { open: '[' | '{'; column: number } | undefined {
  const stack: { open: '[' | '{'; column: number }[] = []
  let quote: string | undefined
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!
    if (quote) {
      if (c === quote) quote = undefined
    } else if (c === '"' || c === "'") quote = c
    else if (c === '#' && (i === 0 || /\s/.test(line[i - 1]!))) break
    else if (c === '[' || c === '{') stack.push({ open: c, column: i + 1 })
    else if (c === ']' || c === '}') stack.pop()
  }
  return stack.at(-1)
}

/**
 * The opening line of the flow collection a YAML error at `errorLine` complains about, in `text`
 * (the whole file; lines 1-based, the front-matter from line 2), or undefined.
 */
export function unclosedFlow(text: string, errorLine: number): UnclosedFlow | undefined {
  const lines = text.split('\n')
  for (let n = Math.min(errorLine, lines.length); n >= 2; n--) {
    const open = stillOpen(lines[n - 1]!)
    if (open) return { line: n, column: open.column, open: open.open, close: open.open === '[' ? ']' : '}' }
  }
  return undefined
}
