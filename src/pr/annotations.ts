/**
 * GitHub workflow-command annotations for `pr-check`, as a pure function. GitHub shows at most 10
 * annotations of each kind per step, so at most 10 are printed per kind, the findings on lines this
 * PR changed first; when some are left out, one last notice says how many (the notices then stop at
 * 9, so that this one is shown too). Escaping follows actions/toolkit's `command.ts`.
 */
import type { Diagnostic, Severity } from '../diagnostics/diagnostic.js'
import { touches, type LineRange } from './diff-hunks.js'

export const ANNOTATIONS_PER_KIND = 10

const KIND: Record<Severity, 'error' | 'warning' | 'notice'> = {
  error: 'error',
  warning: 'warning',
  info: 'notice',
}

/** Message text: `%`, CR and LF escaped. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** Property values: as data, plus `:` and `,`. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

/** One `::error file=…,line=…::message` line (without the newline). */
export function annotationCommand(d: Diagnostic, hintLine: (hint: string) => string = (h) => h): string {
  const props: [string, string | number | undefined][] = [
    ['file', d.file],
    ['line', d.line],
    ['col', d.column],
    ['endLine', d.endLine],
    ['endColumn', d.endColumn],
    ['title', d.ruleId],
  ]
  const list = props
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',')
  const message = d.hint ? `${d.message}\n${hintLine(d.hint)}` : d.message
  return `::${KIND[d.severity]} ${list}::${escapeData(message)}`
}

export interface AnnotationResult {
  /** The command lines, newline-terminated, ready for stdout. */
  text: string
  printed: number
  omitted: number
}

/**
 * Picks and formats the annotations: per kind, findings on changed lines (`changed`: file → ranges)
 * first, each group in the check's order; then the notice counting the rest.
 */
export function formatAnnotations(
  diagnostics: readonly Diagnostic[],
  changed: ReadonlyMap<string, readonly LineRange[]>,
  moreText: (omitted: number) => string = (n) => `${n} more findings: see the wxpress check run`,
  /** The hint's line, as `check --format github` writes it (`hint: …` / `建议：…`). */
  hintLine?: (hint: string) => string,
): AnnotationResult {
  const onChanged = (d: Diagnostic) => touches(changed.get(d.file), d.line, d.endLine ?? d.line)
  const lines: string[] = []
  let printed = 0
  const kinds: Severity[] = ['error', 'warning', 'info']
  const byKind = kinds.map((s) => {
    const all = diagnostics.filter((d) => d.severity === s)
    return [...all.filter(onChanged), ...all.filter((d) => !onChanged(d))]
  })
  const overflow = byKind.some((list) => list.length > ANNOTATIONS_PER_KIND)
  byKind.forEach((list, i) => {
    // the closing notice needs a slot among the 10 notices GitHub shows
    const cap =
      kinds[i] === 'info' && (overflow || list.length > ANNOTATIONS_PER_KIND)
        ? ANNOTATIONS_PER_KIND - 1
        : ANNOTATIONS_PER_KIND
    for (const d of list.slice(0, cap)) lines.push(annotationCommand(d, hintLine))
    printed += Math.min(cap, list.length)
  })
  const omitted = diagnostics.length - printed
  if (omitted > 0) lines.push(`::notice::${escapeData(moreText(omitted))}`)
  return { text: lines.map((l) => `${l}\n`).join(''), printed, omitted }
}
