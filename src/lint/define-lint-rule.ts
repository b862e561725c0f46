/**
 * A lint rule: metadata (id, default severity, docs) plus a check over the article's prose and
 * front-matter. Rules never decide severity; the engine stamps the configured one.
 */
import type { Position } from 'unist'
import type { Article } from '../content/article.js'
import type { Severity } from '../diagnostics/diagnostic.js'
import type { Text } from '../i18n/message.js'
import type { ProseSegment } from './prose.js'

export interface Finding {
  /** Plain English text or a catalogue message (`lintMessages.msg.…`). */
  message: Text
  place: Position | undefined
  hint?: Text
  value?: string
  field?: string
  /** Safe fix: replace [start, end) of the segment's text with `text`. */
  fix?: FixEdit
  /** More edits of the same fix (e.g. both quotes of a pair in two text nodes): all applied or none. */
  moreFixes?: readonly FixEdit[]
}

export interface FixEdit {
  segment: ProseSegment
  start: number
  end: number
  text: string
}

export interface RuleContext {
  article: Article
  /** Prose of the body (text outside code, math, HTML and URLs) and of title/digest/slogan. */
  prose: readonly ProseSegment[]
  /** mdast root of the body. */
  tree: import('mdast').Root
  options: Record<string, unknown>
  report(finding: Finding): void
  /** File position of `[from, to)` in a prose segment. */
  locate(segment: ProseSegment, from: number, to: number): Position | undefined
}

export interface RuleDocs {
  /** One sentence: what it checks. */
  description: string
  /** Why it matters for a 公众号. */
  rationale: string
  /** Markdown that triggers it, and the fixed version. */
  bad: string
  good: string
}

export interface LintRule {
  id: string
  severity: Exclude<Severity, never>
  fixable: boolean
  docs: RuleDocs
  check(context: RuleContext): void
}

/** Identity helper typing a rule. */
export function defineLintRule(rule: LintRule): LintRule {
  return rule
}
