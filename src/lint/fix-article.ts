/**
 * Applies the safe fixes of lint findings to the article source: prose only (never code, URLs,
 * HTML or math, which are not prose segments) and the title/digest/slogan values. Keeps the
 * original line endings and BOM. Fixing twice equals fixing once.
 */
import type { Article } from '../content/article.js'
import type { Finding, FixEdit } from './define-lint-rule.js'
import { sourceOffset } from './prose.js'

export interface FixChange {
  line: number
  column: number
  ruleId: string
  before: string
  after: string
}

export interface FixResult {
  output: string
  changes: FixChange[]
}

/** `original` is the file text as on disk; findings come from `createLinter().lint(article)`. */
export function applyFixes(article: Article, findings: readonly (Finding & { ruleId?: string })[], original: string): FixResult {
  const source = String(article.file.value)
  const lineStarts = lineStartsOf(source)
  const toEdit = editMaker(article, source, lineStarts)
  // the edits of one finding are applied together or not at all (a quote pair never loses one side)
  const groups: Edit[][] = []
  for (const finding of findings) {
    if (!finding.fix) continue
    const group = [finding.fix, ...(finding.moreFixes ?? [])].map((f) => toEdit(f, finding))
    if (group.some((e) => e === undefined)) continue
    groups.push((group as Edit[]).sort((a, b) => a.start - b.start))
  }
  groups.sort((a, b) => a[0]!.start - b[0]!.start || a[0]!.end - b[0]!.end)
  const kept: Edit[] = []
  const keptGroups: Edit[][] = []
  const clashes = (e: Edit) => kept.some((k) => (e.start < k.end && k.start < e.end) || (e.start === k.start && e.end === k.end))
  for (const group of groups) {
    // overlapping fixes: the next pass picks them up
    if (group.some(clashes)) continue
    kept.push(...group)
    keptGroups.push(group)
  }
  kept.sort((a, b) => a.start - b.start || a.end - b.end)
  let output = source
  for (const e of [...kept].reverse()) output = output.slice(0, e.start) + e.text + output.slice(e.end)
  // one change per finding (a quote pair is one change: `"你好"` → `“你好”`)
  const changes = keptGroups.map((group) => {
    const first = group[0]!
    const last = group.at(-1)!
    let line = 1
    while (line < lineStarts.length && (lineStarts[line] ?? Infinity) <= first.start) line++
    let after = ''
    let pos = first.start
    for (const e of group) {
      after += source.slice(pos, e.start) + e.text
      pos = e.end
    }
    return {
      line, column: first.start - (lineStarts[line - 1] ?? 0) + 1, ruleId: first.finding.ruleId ?? 'lint',
      before: source.slice(first.start, last.end), after,
    }
  })
  if (original.includes('\r\n')) output = output.replace(/\n/g, '\r\n')
  if (original.charCodeAt(0) === 0xfeff) output = '\uFEFF' + output
  return { output, changes }
}

interface Edit { start: number; end: number; text: string; finding: Finding & { ruleId?: string } }

function lineStartsOf(source: string): number[] {
  const lineStarts = [0]
  for (let i = 0; i < source.length; i++) if (source.charCodeAt(i) === 10) lineStarts.push(i + 1)
  return lineStarts
}

/** Turns one fix edit into offsets of the article source (undefined: not safely fixable). */
function editMaker(article: Article, source: string, lineStarts: readonly number[]) {
  const delta = source.length - article.markdown.length
  return (fix: FixEdit, finding: Finding & { ruleId?: string }): Edit | undefined => {
    let base: number
    if (fix.segment.html) return undefined // text in raw HTML: never fixed
    if (fix.segment.where === 'body') {
      if (fix.segment.lines) {
        // text behind container prefixes: the edit must stay within one line of the source
        const start = sourceOffset(fix.segment, fix.start) + delta
        const end = fix.end > fix.start ? sourceOffset(fix.segment, fix.end, true) + delta : start
        if (source.slice(start, end) !== fix.segment.text.slice(fix.start, fix.end)) return undefined
        return { start, end, text: fix.text, finding }
      }
      base = fix.segment.offset + delta
    } else {
      const v = fix.segment.valuePosition
      if (!v) return undefined
      base = (lineStarts[v.start.line - 1] ?? 0) + v.start.column - 1
      const first = source.charAt(base)
      if (first === '"' || first === "'") base += 1
      if (source.slice(base, base + fix.segment.text.length) !== fix.segment.text) return undefined // escaped YAML: leave it
    }
    return { start: base + fix.start, end: base + fix.end, text: fix.text, finding }
  }
}

/** A fix as one replacement of the source (DESIGN §3): 1-based, `endColumn` just after the last replaced character. */
export interface FixRange {
  line: number
  column: number
  endLine: number
  endColumn: number
  text: string
}

/**
 * The fixes of findings as single replacements of the LF-normalised source (the lines and columns of
 * the diagnostics): the edits of one finding joined with the text between them. Undefined when the
 * finding has no safe fix (the same test `--fix` applies).
 */
export function createFixRanges(article: Article): (finding: Finding) => FixRange | undefined {
  const source = String(article.file.value)
  const lineStarts = lineStartsOf(source)
  const toEdit = editMaker(article, source, lineStarts)
  const point = (offset: number) => {
    let line = 1
    while (line < lineStarts.length && (lineStarts[line] ?? Infinity) <= offset) line++
    return { line, column: offset - (lineStarts[line - 1] ?? 0) + 1 }
  }
  return (finding) => {
    if (!finding.fix) return undefined
    const edits = [finding.fix, ...(finding.moreFixes ?? [])].map((f) => toEdit(f, finding))
    if (edits.some((e) => e === undefined)) return undefined
    const sorted = (edits as Edit[]).sort((a, b) => a.start - b.start)
    let text = ''
    let pos = sorted[0]!.start
    for (const e of sorted) {
      if (e.start < pos) return undefined // overlapping edits of one finding: leave it to --fix
      text += source.slice(pos, e.start) + e.text
      pos = e.end
    }
    const from = point(sorted[0]!.start)
    const to = point(pos)
    return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column, text }
  }
}
