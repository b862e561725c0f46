/**
 * Applying several fixes to one block of lines. A fix is first narrowed to the characters it really
 * changes (a quote fix that replaces `"…"` with `“…”` only touches the two quotes), so that fixes
 * nested in one another (spacing inside those quotes) combine. A fix whose edits collide with an
 * earlier fix's is left out, and the caller learns which fixes the block holds.
 */
import { diffChars } from '../../core/text-diff.js'
import type { ReportDiagnostic, ReportFix } from '../report-schema.js'

/** `old`: the text the check saw in the fix's range; `null`: not known though the artifact lists them. */
export type Fixable = ReportDiagnostic & { fix: ReportFix & { old?: string | null } }

interface Edit {
  start: number
  end: number
  text: string
}

/** Beyond this many characters on either side a fix is not narrowed. */
const MAX_DIFF = 600

/** The smallest edits (a character diff) turning `old`, found at `start`, into `text`. */
export function narrowEdits(start: number, old: string, text: string): Edit[] {
  if (old.length > MAX_DIFF || text.length > MAX_DIFF) return [{ start, end: start + old.length, text }]
  const edits: Edit[] = []
  let at = start
  let open: Edit | undefined
  for (const part of diffChars(old, text)) {
    if (!part.added && !part.removed) {
      if (open) edits.push(open)
      open = undefined
      at += part.value.length
      continue
    }
    open ??= { start: at, end: at, text: '' }
    if (part.added) open.text += part.value
    else {
      at += part.value.length
      open.end = at
    }
  }
  if (open) edits.push(open)
  return edits
}

/** Lines `from..to` (1-based) of `lines`, `\n`-joined, without carriage returns. */
export function linesText(lines: readonly string[], from: number, to: number): string {
  return lines
    .slice(from - 1, to)
    .map((l) => l.replace(/\r$/, ''))
    .join('\n')
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
  /** The lines as they were (`\n`-joined, without carriage returns). */
  original: string
  /** The fixes the text holds, in the order they were given. */
  fixes: Fixable[]
}

/**
 * Applies to lines `from..to` of `lines` every fix of `fixes` that fits with the ones before it;
 * undefined when none changes anything.
 */
export function applyFixes(lines: string[], from: number, to: number, fixes: Fixable[]): Applied | undefined {
  const block = linesText(lines, from, to)
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
  return text === block ? undefined : { text, original: block, fixes: applied }
}
