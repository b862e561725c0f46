/**
 * Applying several fixes to one block of lines. A fix is first narrowed to the characters it really
 * changes (a quote fix that replaces `"…"` with `“…”` only touches the two quotes), so that fixes
 * nested in one another (spacing inside those quotes) combine. A fix whose edits collide with an
 * earlier fix's is left out, and the caller learns which fixes the block holds.
 */
import type { ReportDiagnostic, ReportFix } from '../report-schema.js'

/** `old`: the text the check saw in the fix's range; `null`: not known though the artifact lists them. */
export type Fixable = ReportDiagnostic & { fix: ReportFix & { old?: string | null } }

interface Edit {
  start: number
  end: number
  text: string
}

/** Beyond this many characters on either side a fix is not narrowed (the diff is quadratic). */
const MAX_DIFF = 600

/** The smallest edits (by a longest common subsequence of UTF-16 units) turning `old` into `text`. */
export function narrowEdits(start: number, old: string, text: string): Edit[] {
  if (old.length > MAX_DIFF || text.length > MAX_DIFF) return [{ start, end: start + old.length, text }]
  const n = old.length
  const m = text.length
  // lcs[i][j]: length of the common subsequence of old[i..] and text[j..]
  const lcs = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1))
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[i]![j] = old[i] === text[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!)
  const edits: Edit[] = []
  let i = 0
  let j = 0
  let open: Edit | undefined
  const close = () => {
    if (open) edits.push(open)
    open = undefined
  }
  while (i < n || j < m) {
    if (i < n && j < m && old[i] === text[j]) {
      close()
      i++
      j++
    } else if (j < m && (i === n || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) {
      open ??= { start: start + i, end: start + i, text: '' }
      open.text += text[j++]
    } else {
      open ??= { start: start + i, end: start + i, text: '' }
      open.end = start + ++i
    }
  }
  close()
  return edits
}

const same = (a: Edit, b: Edit) => a.start === b.start && a.end === b.end && a.text === b.text

/** Two edits that cannot both be made: overlapping ranges, or two different insertions at one place. */
function collide(a: Edit, b: Edit): boolean {
  if (same(a, b)) return false
  if (a.start === a.end && b.start === b.end) return a.start === b.start
  if (a.start === a.end) return b.start < a.start && a.start < b.end
  if (b.start === b.end) return a.start < b.start && b.start < a.end
  return a.start < b.end && b.start < a.end
}

export interface Applied {
  text: string
  /** The fixes the text holds, in the order they were given. */
  fixes: Fixable[]
}

/**
 * Applies to lines `from..to` of `lines` every fix of `fixes` that fits with the ones before it;
 * undefined when none changes anything.
 */
export function applyFixes(lines: string[], from: number, to: number, fixes: Fixable[]): Applied | undefined {
  const block = lines
    .slice(from - 1, to)
    .map((l) => l.replace(/\r$/, ''))
    .join('\n')
  const offset = (line: number, column: number) => {
    let at = 0
    for (let l = from; l < line; l++) at += (lines[l - 1] ?? '').replace(/\r$/, '').length + 1
    return at + column - 1
  }
  const kept: Edit[] = []
  const applied: Fixable[] = []
  for (const d of fixes) {
    const { fix } = d
    const start = offset(fix.line, fix.column)
    const end = offset(fix.endLine, fix.endColumn)
    if (end < start || end > block.length) continue
    const old = block.slice(start, end)
    // the head no longer holds what the check saw there: no suggestion rather than a wrong one
    if (fix.old === null || (fix.old !== undefined && old !== fix.old)) continue
    const edits = narrowEdits(start, old, fix.text)
    if (edits.length === 0 || edits.some((e) => kept.some((k) => collide(e, k)))) continue
    for (const e of edits) if (!kept.some((k) => same(k, e))) kept.push(e)
    applied.push(d)
  }
  if (applied.length === 0) return undefined
  let text = block
  for (const e of [...kept].sort((a, b) => b.start - a.start || b.end - a.end))
    text = text.slice(0, e.start) + e.text + text.slice(e.end)
  return text === block ? undefined : { text, fixes: applied }
}
