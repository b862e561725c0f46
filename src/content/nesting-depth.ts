/**
 * A cheap scan of the Markdown source for container nesting (block quotes `>` and list markers,
 * indentation before a marker counting as list levels), without parsing: a body nested thousands of
 * levels deep overflows the parser's and the tree walkers' recursion long before any guard on the
 * tree could run.
 */
export interface SourceDepth {
  depth: number
  /** 1-based line of the deepest place. */
  line: number
}

const MARKER = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/

export function sourceNestingDepth(markdown: string): SourceDepth {
  let best: SourceDepth = { depth: 0, line: 1 }
  let lineNo = 0
  for (const line of markdown.split('\n')) {
    lineNo++
    let pos = 0
    let depth = 0
    for (;;) {
      let spaces = 0
      while (line[pos] === ' ' || line[pos] === '\t') {
        spaces += line[pos] === '\t' ? 4 : 1
        pos++
      }
      if (line[pos] === '>') {
        depth++
        pos++
        continue
      }
      const marker = MARKER.exec(line.slice(pos, pos + 11))
      if (!marker) break
      // a list item indented under another counts the levels its indentation implies
      depth += 1 + Math.floor(spaces / 2)
      pos += marker[0].length
    }
    if (depth > best.depth) best = { depth, line: lineNo }
  }
  return best
}
