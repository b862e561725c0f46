/**
 * Applies the safe fixes of lint findings to the article source: prose only (never code, URLs,
 * HTML or math, which are not prose segments) and the title/digest/slogan values. Keeps the
 * original line endings and BOM. Fixing twice equals fixing once.
 */
import type { Article } from '../content/article.js'
import type { Finding } from './define-lint-rule.js'

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
  const delta = source.length - article.markdown.length
  const lineStarts = [0]
  for (let i = 0; i < source.length; i++) if (source.charCodeAt(i) === 10) lineStarts.push(i + 1)
  const edits: { start: number; end: number; text: string; finding: Finding & { ruleId?: string } }[] = []
  for (const finding of findings) {
    const fix = finding.fix
    if (!fix) continue
    let base: number
    if (fix.segment.where === 'body') base = fix.segment.offset + delta
    else {
      const v = fix.segment.valuePosition
      if (!v) continue
      base = (lineStarts[v.start.line - 1] ?? 0) + v.start.column - 1
      const first = source.charAt(base)
      if (first === '"' || first === "'") base += 1
      if (source.slice(base, base + fix.segment.text.length) !== fix.segment.text) continue // escaped YAML: leave it
    }
    edits.push({ start: base + fix.start, end: base + fix.end, text: fix.text, finding })
  }
  edits.sort((a, b) => a.start - b.start || a.end - b.end)
  const kept: typeof edits = []
  for (const e of edits) {
    const last = kept.at(-1)
    if (last && e.start < last.end) continue // overlapping fixes: the next run picks it up
    if (last && e.start === last.start && e.end === last.end) continue
    kept.push(e)
  }
  let output = source
  for (const e of [...kept].reverse()) output = output.slice(0, e.start) + e.text + output.slice(e.end)
  const changes = kept.map((e) => {
    let line = 1
    while (line < lineStarts.length && (lineStarts[line] ?? Infinity) <= e.start) line++
    return {
      line, column: e.start - (lineStarts[line - 1] ?? 0) + 1, ruleId: e.finding.ruleId ?? 'lint',
      before: source.slice(e.start, e.end), after: e.text,
    }
  })
  if (original.includes('\r\n')) output = output.replace(/\n/g, '\r\n')
  if (original.charCodeAt(0) === 0xfeff) output = '\uFEFF' + output
  return { output, changes }
}
