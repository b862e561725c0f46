/**
 * The lines `check --fix` rewrites in the checked articles, as blocks of whole lines (see
 * report-fix-schema.ts): each file fixed by the same fixed-point fixer as `--fix`, its lines
 * compared with the file's, then moved to the head's lines. pr-report suggests those lines, so a
 * suggestion holds the fixes a first fix makes room for (`(一).` → `（一）。`), not only the first.
 */
import { diffArrays } from '../core/text-diff.js'
import { articleFromText } from '../content/article-from-text.js'
import type { Diagnostic } from '../diagnostics/diagnostic.js'
import { fixToFixedPoint } from '../lint/fix-to-fixed-point.js'
import { createLinter } from '../lint/lint-article.js'
import type { Site } from '../site/load-site.js'
import type { Hunk } from './diff-hunks.js'
import { lineAtHead, type LineMoves } from './relocate-to-head.js'
import type { FixedLinesEntry } from './report-fix-schema.js'

/**
 * The blocks of lines `output` rewrites in `original` (both `\n`-separated). Lines changed one for
 * one are one block each; where lines come or go, the block also takes the unchanged line before
 * it (after it at the start of the file), since a suggestion replaces lines.
 */
export function fixedLines(original: string, output: string): FixedLinesEntry[] {
  const before = original.split('\n')
  const after = output.split('\n')
  const out: FixedLinesEntry[] = []
  const parts = diffArrays(before, after)
  let line = 1
  for (let i = 0; i < parts.length; i++) {
    if (!parts[i]!.added && !parts[i]!.removed) {
      line += parts[i]!.count ?? parts[i]!.value.length
      continue
    }
    const removed: string[] = []
    const added: string[] = []
    for (; i < parts.length && (parts[i]!.added || parts[i]!.removed); i++) {
      ;(parts[i]!.added ? added : removed).push(...parts[i]!.value)
    }
    i--
    if (removed.length === added.length) {
      removed.forEach((old, k) => {
        if (old !== added[k]) out.push({ line: line + k, endLine: line + k, old, text: added[k]! })
      })
    } else if (line > 1) {
      const kept = before[line - 2]!
      const old = [kept, ...removed].join('\n')
      out.push({ line: line - 1, endLine: line - 1 + removed.length, old, text: [kept, ...added].join('\n') })
    } else if (removed.length < before.length) {
      const kept = before[removed.length]!
      const old = [...removed, kept].join('\n')
      out.push({ line: 1, endLine: removed.length + 1, old, text: [...added, kept].join('\n') })
    }
    line += removed.length
  }
  return out
}

/** `blocks` at the head's lines (`hunks`: the file's moves; a block with a base line in it is dropped). */
export function relocateFixedLines(
  blocks: readonly FixedLinesEntry[],
  hunks: readonly Hunk[] | null | undefined,
): FixedLinesEntry[] {
  if (hunks === undefined) return [...blocks]
  if (hunks === null) return []
  return blocks.flatMap((b) => {
    const start = lineAtHead(hunks, b.line)
    const end = lineAtHead(hunks, b.endLine)
    const whole = start.exact && end.exact && end.line - start.line === b.endLine - b.line
    return whole ? [{ ...b, line: start.line, endLine: end.line }] : []
  })
}

/**
 * Per file, the lines `check --fix` rewrites in the selected articles that have a fixable finding
 * (`diagnostics`: the check's, at the checked-out lines), at the head's lines.
 */
export function siteFixedLines(
  site: Site,
  diagnostics: readonly Diagnostic[],
  moves: LineMoves = new Map(),
): Map<string, FixedLinesEntry[]> {
  const fixable = new Set(diagnostics.filter((d) => d.fix).map((d) => d.file))
  const linter = createLinter({ config: site.config })
  const out = new Map<string, FixedLinesEntry[]>()
  for (const article of site.selected) {
    if (!article.readable || !fixable.has(article.path)) continue
    const text = String(article.file.value)
    // a fresh copy: linting clears the messages of the article it lints
    const { output } = fixToFixedPoint(linter, articleFromText(article, text, site.config), text, site.config)
    if (output === text) continue
    const blocks = relocateFixedLines(fixedLines(text, output), moves.get(article.path))
    if (blocks.length > 0) out.set(article.path, blocks)
  }
  return out
}
