/**
 * A single newline inside a paragraph is a soft break: between Chinese text the renderer drops it
 * (README, "Line breaks inside a paragraph"), so `**芒果椰椰**⏎芒果是…`, a poem written line by line and
 * `静夜思⏎李白` run together on the reader's phone. Reported only where the writer clearly meant a line
 * break, never on hard-wrapped prose: a line that is all bold or italic (a label) followed by text; a
 * paragraph whose lines are all short (a poem, a title and its author; not a sentence wrapped over two
 * short lines, `continues`); a line followed by a `标签：…` line in a paragraph of at least two of them
 * (`**时间**：3 月 20 日⏎**地点**：…`, whose `：` reads as a pause to `continues`); a line without punctuation at
 * its end that is much shorter than the paragraph's other lines, and not shortened by a long word
 * that did not fit. The fix ends the line with `\`, CommonMark's visible hard break.
 */
import type { Paragraph, Parent, RootContent } from 'mdast'
import { defineLintRule } from '../define-lint-rule.js'
import { NOT_PROSE, sourceOffset, type ProseSegment } from '../prose.js'
import { lintStructureMessages } from '../../i18n/messages/lint-structure.js'
import { opensWithLabel, paragraphLines, type SourceLine } from './soft-break-lines.js'
const { msg } = lintStructureMessages

/** The marker line of a GitHub alert (`> [!TIP]`), rendered as the callout's title. */
const ALERT = /^\s*\[!(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]\s*$/i
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/
/** At most this many characters on every line: a poem, a title and its author. */
const SHORT = 20
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/
/** Columns of source text, as editors that wrap it count them (CJK two). */
const width = (s: string) => [...s].reduce((n, c) => n + (WIDE.test(c) ? 2 : 1), 0)
const chars = (s: string) => [...s.trim()].length
/** The source line without the container prefix (`> `, list indentation or marker). */
const PREFIX = /^[ \t]*(?:(?:>[ \t]?)+|(?:[-*+]|\d{1,9}[.)])[ \t]+)?[ \t]*/

function excerpt(text: string, end: boolean): string {
  const t = [...text.trim()]
  if (t.length <= 8) return t.join('')
  return end ? `…${t.slice(-8).join('')}` : `${t.slice(0, 8).join('')}…`
}

/**
 * A short line that reads as the first half of a sentence the next line ends: no punctuation at its end,
 * and either a pause inside it (`，、；：`) or the paragraph ending like a sentence (`。！？`), as in
 * `届时所有老用户⏎都可以免费升级。` (a poem line and a title or a signature have neither).
 */
function continues(text: string, lines: readonly SourceLine[]): boolean {
  const own = text.trim()
  if (/[\p{P}\p{S}]$/u.test(own)) return false
  const last = lines.at(-1)!.text.trim()
  return /[，、；：,;]/.test(own) || /[。！？!?…]$/.test(last)
}

/** Indexes of the lines whose soft break the writer meant as a line break. */
function meantBreaks(lines: readonly SourceLine[], source: readonly string[]): number[] {
  const text = lines.map((l) => l.text).join('')
  const chinese = HAN.test(text)
  // short as the reader sees them and as written (not a short link text behind a long URL)
  const allShort =
    lines.length >= 2 && lines.every((l, i) => chars(l.text) <= SHORT && width(source[i] ?? '') <= 3 * SHORT)
  // the widest line and the runner-up: the widest other than line i, without a pass per line
  const widths = source.map(width)
  let top = -1
  let second = 0
  for (const [j, w] of widths.entries()) {
    if (top < 0 || w > widths[top]!) [second, top] = [top < 0 ? 0 : widths[top]!, j]
    else second = Math.max(second, w)
  }
  // `时间：…⏎地点：…⏎费用：…`: each label line starts a line of its own
  const labels = lines.map((l) => opensWithLabel(l.text))
  const labelled = labels.filter(Boolean).length >= 2
  const out: number[] = []
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!
    const next = lines[i + 1]!
    if (!line.soft || line.hard || line.image || next.image || !line.text.trim() || !next.text.trim())
      continue
    // `:::tip` opening or closing a VitePress container: markup of another tool, not a line of text
    if (/^:::/.test(source[i] ?? '') || /^:::/.test(source[i + 1] ?? '')) continue
    // `> [!TIP]`: a GitHub alert's marker, which a `\` after it would turn back into text
    if (i === 0 && ALERT.test(line.text)) continue
    const label = line.emphasised > 0 && line.plain === 0
    if (label || (labelled && labels[i + 1]) || (chinese && allShort && !continues(line.text, lines))) {
      out.push(i)
      continue
    }
    if (!chinese || chars(line.text) > SHORT || /[\p{P}\p{S}]$/u.test(line.text.trim())) continue
    // much shorter than the paragraph's other lines, and the next line's first word would have fit
    const own = widths[i] ?? 0
    const widest = i === top ? second : top < 0 ? 0 : widths[top]!
    const first = (source[i + 1] ?? '').match(/^(?:[\u3400-\u9fff\uf900-\ufaff]|\S+)/)?.[0] ?? ''
    if (own * 2 <= widest && own + 1 + width(first) <= widest) out.push(i)
  }
  return out
}

export const softBreak = defineLintRule({
  id: 'markdown/soft-break',
  severity: 'warning',
  fixable: true,
  docs: {
    description:
      'A single line break the writer meant as a line break, which the reader never sees: a bold label line followed by its text, lines of `label：value` (`**时间**：3 月 20 日` then `**地点**：…`), a poem or a title and author written line by line, a short line without punctuation before longer ones. Hard-wrapped prose is not reported.',
    rationale:
      'In Markdown a single newline inside a paragraph is not a line break: between Chinese text it is dropped, so `**芒果椰椰**` runs into its description and `静夜思` into `李白`. The fix ends the line with `\\`, CommonMark’s hard break: unlike two trailing spaces it is visible and survives editors that strip trailing spaces.',
    bad: '**🥭 芒果椰椰**\n芒果是海南的贵妃芒。\n\n静夜思\n李白\n\n**时间**：3 月 20 日\n**地点**：杭州',
    good: '**🥭 芒果椰椰**\\\n芒果是海南的贵妃芒。\n\n静夜思\\\n李白\n\n**时间**：3 月 20 日\\\n**地点**：杭州',
  },
  check(context) {
    const markdown = context.article.markdown
    if (!markdown.includes('\n')) return
    const segments = new Map<number, ProseSegment>()
    for (const s of context.prose) if (s.where === 'body' && !s.html) segments.set(s.offset, s)
    const starts = [0]
    for (let i = 0; i < markdown.length; i++) if (markdown.charCodeAt(i) === 10) starts.push(i + 1)
    const sourceLines = (p: Paragraph): string[] => {
      const out: string[] = []
      for (let l = p.position!.start.line; l <= p.position!.end.line; l++)
        out.push(
          markdown
            .slice(starts[l - 1], (starts[l] ?? markdown.length + 1) - 1)
            .replace(PREFIX, '')
            .trimEnd(),
        )
      return out
    }
    const visit = (node: Parent) => {
      for (const child of node.children as RootContent[]) {
        if (NOT_PROSE.has(child.type)) continue
        if (child.type === 'paragraph') {
          if (child.position && child.position.start.line < child.position.end.line) report(child)
        } else if ('children' in child) visit(child as Parent)
      }
    }
    const report = (p: Paragraph) => {
      const lines = paragraphLines(p)
      // a source line per line of the paragraph when no code span or tag hides a newline
      const source = sourceLines(p)
      if (source.length !== lines.length) return
      for (const i of meantBreaks(lines, source)) {
        const soft = lines[i]!.soft!
        const segment = segments.get(soft.offset)
        if (segment?.text.charAt(soft.index) !== '\n') continue
        const at = sourceOffset(segment, soft.index)
        const place = context.locate(segment, soft.index, soft.index)
        if (!place) continue
        // the newline itself, right after the line's last character (no trailing space to turn into `\ `)
        const clean = /[\r\n]/.test(markdown.charAt(at)) && !/[ \t]/.test(markdown.charAt(at - 1))
        context.report({
          message: msg.softBreak({
            line: place.start.line,
            tail: excerpt(lines[i]!.text, true),
            head: excerpt(lines[i + 1]!.text, false),
          }),
          place,
          value: lines[i]!.text.trim(),
          hint: msg.softBreakHint(),
          ...(clean ? { fix: { segment, start: soft.index, end: soft.index, text: '\\' } } : {}),
        })
      }
    }
    visit(context.tree)
  },
})
