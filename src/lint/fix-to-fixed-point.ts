/**
 * What `check --fix` writes for one article: its safe fixes applied, the output linted and fixed
 * again, until nothing changes (one fix can make room for another: `(中文English)` → `（中文English）`
 * → `（中文 English）`, `(一).` → `（一）.` → `（一）。`). pr-check suggests the same lines.
 */
import type { Config } from '../config/schema.js'
import type { Article } from '../content/article.js'
import { articleFromText } from '../content/article-from-text.js'
import { applyFixes, type FixChange } from './fix-article.js'
import type { Linter } from './lint-article.js'

/** Lint-and-fix passes per file at most (fixes that need a later pass are rare and short). */
export const MAX_PASSES = 5

export interface FixedPoint {
  /** The file text with every pass's fixes (line endings and BOM as in `original`). */
  output: string
  /** The changes of every pass, in the order they were made. */
  changes: FixChange[]
}

/**
 * `article`'s text fixed to a fixed point; `original` is the file as on disk. The article's own
 * messages are cleared after its lint (the findings are returned by the linter, not reported).
 */
export function fixToFixedPoint(
  linter: Linter,
  article: Article,
  original: string,
  config: Config,
): FixedPoint {
  let current: Article = article
  let output = original
  const changes: FixChange[] = []
  const seen = new Set([original])
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const findings = linter.lint(current)
    current.file.messages.length = 0
    const result = applyFixes(current, findings, original)
    if (result.changes.length === 0 || seen.has(result.output)) break
    seen.add(result.output)
    changes.push(...result.changes)
    output = result.output
    current = articleFromText(article, output.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'), config)
    if (!current.readable) break
  }
  return { output, changes }
}
