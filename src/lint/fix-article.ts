/**
 * Applies the safe fixes of lint findings to the article source: prose only (never code, URLs,
 * HTML or math, which are not prose segments) and the title/digest/slogan values. Keeps the
 * original line endings and BOM. Fixing twice equals fixing once.
 */
import { withLineEndings } from './line-endings.js'
import type { Article } from '../content/article.js'
import type { DiagnosticFix } from '../diagnostics/diagnostic.js'
import type { Finding, FixEdit } from './define-lint-rule.js'
import { KeptEdits } from './kept-edits.js'
import { createLineIndex, type LineIndex, pointAt } from './locate.js'
import { sourceOffset } from './prose.js'

export interface FixChange {
  line: number
  column: number
  ruleId: string
  before: string
  after: string
  /** The change as a reader finds it: with a little of the same line around it (`Vue文档` → `Vue 文档`). */
  context: { before: string; after: string }
}

export interface FixResult {
  output: string
  changes: FixChange[]
}

interface Edit {
  start: number
  end: number
  text: string
  finding: Finding & { ruleId?: string }
}

interface Source {
  source: string
  delta: number
  lines: LineIndex
}

function sourceOf(article: Article): Source {
  const source = String(article.file.value)
  return { source, delta: source.length - article.markdown.length, lines: createLineIndex(source) }
}

/** Where `fix` lands in the file text (offsets), or undefined when it cannot be applied exactly. */
function toEdit(src: Source, fix: FixEdit, finding: Finding & { ruleId?: string }): Edit | undefined {
  const { source, delta, lines } = src
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
    base = (lines.starts[v.start.line - 1] ?? 0) + v.start.column - 1
    const first = source.charAt(base)
    if (first === '"' || first === "'") base += 1
    if (source.slice(base, base + fix.segment.text.length) !== fix.segment.text) return undefined // escaped YAML: leave it
  }
  return { start: base + fix.start, end: base + fix.end, text: fix.text, finding }
}

/** The edits of a finding's fix in file offsets, sorted; undefined when any cannot be applied. */
function editsOf(src: Source, finding: Finding & { ruleId?: string }): Edit[] | undefined {
  if (!finding.fix) return undefined
  const group = [finding.fix, ...(finding.moreFixes ?? [])].map((f) => toEdit(src, f, finding))
  if (group.some((e) => e === undefined)) return undefined
  return (group as Edit[]).sort((a, b) => a.start - b.start)
}

/** The text between the first and last edit with every edit applied (a quote pair is one change). */
function joined(source: string, group: readonly Edit[]): string {
  let after = ''
  let pos = group[0]!.start
  for (const e of group) {
    after += source.slice(pos, e.start) + e.text
    pos = e.end
  }
  return after
}

/**
 * A finding's fix as DESIGN §3 writes it: one range of the file (1-based, end exclusive) and its
 * replacement, e.g. for the `fix` of `check --format json` and PR suggestions.
 */
export function createFixLocator(article: Article): (finding: Finding) => DiagnosticFix | undefined {
  let src: Source | undefined
  return (finding) => {
    if (!finding.fix) return undefined
    src ??= sourceOf(article)
    const group = editsOf(src, finding)
    if (!group) return undefined
    const start = pointAt(src.lines, group[0]!.start)
    const end = pointAt(src.lines, group.at(-1)!.end)
    return {
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      text: joined(src.source, group),
    }
  }
}

const WORD = /[A-Za-z0-9]/
const LINE_END = /[\r\n]/
/** Characters around a change the log shows: two on each side on the same line, widened to whole Latin words and numbers. */
function around(source: string, start: number, end: number): { from: number; to: number } {
  let from = start
  let to = end
  for (let n = 0; n < 2 && from > 0 && !LINE_END.test(source.charAt(from - 1)); n++) from--
  for (let n = 0; n < 2 && to < source.length && !LINE_END.test(source.charAt(to)); n++) to++
  // at the end of a line (`**` → `**\`), the left side alone shows where: a little more of it
  if (to === end) for (let n = 0; n < 6 && from > 0 && !LINE_END.test(source.charAt(from - 1)); n++) from--
  while (
    from > 0 &&
    start - from < 24 &&
    WORD.test(source.charAt(from - 1)) &&
    WORD.test(source.charAt(from))
  )
    from--
  while (
    to < source.length &&
    to - end < 24 &&
    WORD.test(source.charAt(to)) &&
    WORD.test(source.charAt(to - 1))
  )
    to++
  // never half of a surrogate pair (an emoji)
  if (/[\udc00-\udfff]/.test(source.charAt(from))) from--
  if (/[\ud800-\udbff]/.test(source.charAt(to - 1))) to++
  return { from, to }
}

/** `original` is the file text as on disk; findings come from `createLinter().lint(article)`. */
export function applyFixes(
  article: Article,
  findings: readonly (Finding & { ruleId?: string })[],
  original: string,
): FixResult {
  const src = sourceOf(article)
  const { source, lines } = src
  // the edits of one finding are applied together or not at all (a quote pair never loses one side)
  const groups: Edit[][] = []
  for (const finding of findings) {
    const group = editsOf(src, finding)
    if (group) groups.push(group)
  }
  groups.sort((a, b) => a[0]!.start - b[0]!.start || a[0]!.end - b[0]!.end)
  const kept = new KeptEdits<Edit>()
  const keptGroups: Edit[][] = []
  for (const group of groups) {
    // overlapping fixes: the next pass picks them up
    if (group.some((e) => kept.clashes(e))) continue
    for (const e of group) kept.add(e)
    keptGroups.push(group)
  }
  // the kept edits never overlap: the output is the source between them and their texts, in order
  let output = ''
  let pos = 0
  for (const e of kept.edits) {
    output += source.slice(pos, e.start) + e.text
    pos = e.end
  }
  output += source.slice(pos)
  // one change per finding (a quote pair is one change: `"你好"` → `“你好”`)
  const changes = keptGroups.map((group) => {
    const first = group[0]!
    const { line, column } = pointAt(lines, first.start)
    const end = group.at(-1)!.end
    const before = source.slice(first.start, end)
    const after = joined(source, group)
    const { from, to } = around(source, first.start, end)
    const left = source.slice(from, first.start)
    const right = source.slice(end, to)
    return {
      line,
      column,
      ruleId: first.finding.ruleId ?? 'lint',
      before,
      after,
      context: { before: left + before + right, after: left + after + right },
    }
  })
  output = withLineEndings(original.replace(/^\uFEFF/, ''), output)
  if (original.charCodeAt(0) === 0xfeff) output = `\uFEFF${output}`
  return { output, changes }
}
