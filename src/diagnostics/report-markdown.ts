/**
 * Markdown reporter for PR comments and job summaries: one table per file, every finding.
 */
import { t } from '../i18n/catalogue.js'
import type { Locale } from '../i18n/message.js'
import { reportMessages } from '../i18n/messages/report.js'
import type { Diagnostic } from './diagnostic.js'
import type { Summary } from './summarize.js'
import { severityName } from './report-pretty.js'

const ICON = { error: '🔴', warning: '🟡', info: '🔵' } as const

/**
 * Escapes wxpress text (messages and hints, where `…` marks code) for a GitHub Markdown table cell.
 * Code spans are literal in Markdown (`&lt;` would show as such), so their content is kept as written,
 * inside a backtick fence longer than any backtick run in it; only `|` is escaped there (GFM splits
 * table cells before it parses code spans, and drops that backslash). The text between them is
 * escaped: `\`, Markdown punctuation, `|`, `<` and `&` (entities work in text). Line breaks become `<br>`.
 */
export function escapeCell(s: string): string {
  return splitCode(s)
    .map((part) => (part.code !== undefined ? codeSpan(part.code) : escapeText(part.text)))
    .join('')
}

/** `text` as one inline code span, whatever backticks or `<` it holds; `|` escaped for a table cell unless `inTable` is false. */
export function codeSpan(text: string, inTable = true): string {
  const content = text.replace(/\r?\n/g, ' ')
  const longest = Math.max(0, ...[...content.matchAll(/`+/g)].map((m) => m[0].length))
  const fence = '`'.repeat(longest + 1)
  // a space on both sides is stripped again by the parser: needed when the content starts or ends
  // with a backtick, or starts and ends with a space
  const pad = /^`|`$/.test(content) || (/^ [\s\S]* $/.test(content) && content.trim() !== '') ? ' ' : ''
  return `${fence}${pad}${inTable ? content.replace(/\|/g, '\\|') : content}${pad}${fence}`
}

/**
 * Escapes literal user text (a title, an audience, a slug: backticks are characters, not code) for a
 * GitHub Markdown table cell or a line of text, so it shows exactly as written.
 */
export function escapeText(text: string): string {
  return text
    .replace(/[\\`*_[\]~|]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/\r?\n/g, '<br>')
}

/** Splits text into plain parts and code spans as CommonMark reads backticks (a run closes at the next run of the same length). */
function splitCode(s: string): { text: string; code?: string }[] {
  const parts: { text: string; code?: string }[] = []
  let plain = ''
  let i = 0
  while (i < s.length) {
    if (s[i] !== '`') {
      plain += s[i++]
      continue
    }
    let n = 0
    while (s[i + n] === '`') n++
    const close = findRun(s, i + n, n)
    if (close < 0) {
      plain += s.slice(i, i + n)
      i += n
      continue
    }
    if (plain) parts.push({ text: plain })
    plain = ''
    let code = s.slice(i + n, close).replace(/\r?\n/g, ' ')
    if (/^ [\s\S]* $/.test(code) && code.trim() !== '') code = code.slice(1, -1)
    parts.push({ text: '', code })
    i = close + n
  }
  if (plain) parts.push({ text: plain })
  return parts
}

/** Index of the next backtick run of exactly `n` from `from`, or -1. */
function findRun(s: string, from: number, n: number): number {
  for (let i = from; i < s.length; ) {
    if (s[i] !== '`') {
      i++
      continue
    }
    let m = 0
    while (s[i + m] === '`') m++
    if (m === n) return i
    i += m
  }
  return -1
}

export function reportMarkdown(
  diagnostics: readonly Diagnostic[],
  summary: Summary,
  locale: Locale = 'en',
): string {
  const { msg } = reportMessages
  const counts = {
    errors: summary.errors,
    warnings: summary.warnings,
    infos: summary.infos,
    files: summary.files,
  }
  const fixable = summary.fixable ? ` · ${t(locale, msg.fixable({ n: summary.fixable }))}` : ''
  const head = `${t(locale, msg.markdownHead(counts))}${fixable}`
  if (diagnostics.length === 0) return `${head} ✅\n`
  const byFile = new Map<string, Diagnostic[]>()
  for (const d of diagnostics) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d])
  const parts = [head, '']
  for (const [file, list] of byFile) {
    parts.push(
      `#### ${codeSpan(file, false)}`,
      '',
      t(locale, msg.markdownColumns()),
      '| ---: | --- | --- | --- |',
    )
    for (const d of list) {
      const msg = escapeCell(d.message) + (d.hint ? `<br>_${escapeCell(d.hint)}_` : '')
      parts.push(
        `| ${d.line}:${d.column} | ${ICON[d.severity]} ${severityName(d.severity, locale)} | ${codeSpan(d.ruleId)} | ${msg} |`,
      )
    }
    parts.push('')
  }
  return parts.join('\n')
}
