/**
 * What a file's suggestions replace: its fixes grouped into blocks of touching lines, each block's
 * lines as `check --fix` writes them (`fixedLines` of the artifact: every pass of the fixer, so a
 * fix that makes room for another brings it along and committing every suggestion of a line gives
 * the `--fix` result). Where the artifact has no such lines, the head's lines no longer hold what the
 * check saw, or they reach a line the pull request did not add, the block gets its findings' own
 * fixes merged (merge-fixes.ts), as before there were fixed lines.
 */
import type { FixedLinesEntry } from '../report-fix-schema.js'
import { applyFixes, type Fixable, linesText } from './merge-fixes.js'

export interface SuggestedLines {
  /** First and last line replaced (1-based). */
  from: number
  to: number
  text: string
  /** The lines as they are (`\n`-joined, without carriage returns). */
  original: string
  /** The findings it fixes. */
  fixes: Fixable[]
  /** Whether it changes more than those findings' own fixes (what `--fix` does once they are made). */
  more: boolean
}

interface Cluster {
  from: number
  to: number
  fixes: Fixable[]
}

const overlaps = (b: { line: number; endLine: number }, from: number, to: number) =>
  b.line <= to && b.endLine >= from

/** Lines `from..to` as `--fix` writes them, or undefined when `blocks` cannot say (see above). */
function fixedText(
  lines: readonly string[],
  from: number,
  to: number,
  blocks: readonly FixedLinesEntry[],
  added: ReadonlySet<number>,
): string | undefined {
  for (let l = from; l <= to; l++) if (!added.has(l)) return undefined
  const out: string[] = []
  let at = from
  for (const b of blocks) {
    if (b.line < at || linesText(lines, b.line, b.endLine) !== b.old) return undefined
    out.push(...(b.line > at ? [linesText(lines, at, b.line - 1)] : []), b.text)
    at = b.endLine + 1
  }
  if (at <= to) out.push(linesText(lines, at, to))
  return out.join('\n')
}

/**
 * The suggestions of one file: `lines` its text at the head, `fixes` its fixable findings on added
 * lines sorted by place, `blocks` its fixed lines sorted by line, `added` the lines the PR added.
 */
export function suggestedLines(
  lines: string[],
  fixes: readonly Fixable[],
  blocks: readonly FixedLinesEntry[],
  added: ReadonlySet<number>,
): SuggestedLines[] {
  // clusters of fixes whose line ranges touch become one suggestion
  const clusters: Cluster[] = []
  for (const d of fixes) {
    const last = clusters.at(-1)
    if (last && d.fix.line <= last.to) {
      last.to = Math.max(last.to, d.fix.endLine)
      last.fixes.push(d)
    } else clusters.push({ from: d.fix.line, to: d.fix.endLine, fixes: [d] })
  }
  // the fixed lines may reach beyond a cluster (a fix that adds or removes a line) and join two
  const joined: { from: number; to: number; parts: Cluster[] }[] = []
  for (const c of clusters) {
    let from = c.from
    let to = c.to
    for (const b of blocks) {
      if (overlaps(b, from, to)) {
        from = Math.min(from, b.line)
        to = Math.max(to, b.endLine)
      }
    }
    const last = joined.at(-1)
    if (last && from <= last.to) {
      last.to = Math.max(last.to, to)
      last.parts.push(c)
    } else joined.push({ from, to, parts: [c] })
  }
  const out: SuggestedLines[] = []
  for (const j of joined) {
    const mine = blocks.filter((b) => overlaps(b, j.from, j.to))
    const text =
      mine.length > 0 && j.to <= lines.length ? fixedText(lines, j.from, j.to, mine, added) : undefined
    const original = linesText(lines, j.from, j.to)
    if (text === undefined) {
      for (const c of j.parts) {
        if (c.to > lines.length) continue
        const done = applyFixes(lines, c.from, c.to, c.fixes)
        if (done) out.push({ from: c.from, to: c.to, ...done, more: false })
      }
    } else if (text !== original) {
      const fixes = j.parts.flatMap((c) => c.fixes)
      const own = applyFixes(lines, j.from, j.to, fixes)
      out.push({ from: j.from, to: j.to, text, original, fixes, more: own?.text !== text })
    }
  }
  return out
}
