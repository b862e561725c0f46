/**
 * Straight double quotes around Chinese text. Quotes are paired over the whole inline content of a
 * block (paragraph, heading, table cell …), across emphasis, links and inline code, in source order:
 * `他说"*你好*"然后"`npm`"。` holds the pairs `"*你好*"` and `"`npm`"`, never `"然后"`. A block with
 * an odd number of straight quotes cannot be paired safely: its quotes are reported without a fix. So
 * are blocks where pairing is a guess: a space just inside a pair (nested straight quotes), or a `"`
 * after a digit (`6.1"`, an inch mark) next to other quotes. Inch marks alone and quotes inside HTML
 * tags are left alone.
 */
import { defineLintRule, type FixEdit, type RuleContext } from '../define-lint-rule.js'
import { lintMessages } from '../../i18n/messages/lint.js'
import { collectBlocks, type Quote } from './collect-blocks.js'
import { reportSingleQuotes } from './single-quotes.js'
import { articleUsesCorner, reportMixedQuoteStyles } from './quote-style-mix.js'
const { msg } = lintMessages

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/
/** Characters after a closing quote that show it sits in a Chinese sentence. */
const CJK_OR_FULLWIDTH = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/

/** An HTML start tag with attributes, closed or not. */
const TAG = /<[A-Za-z][\w-]*\s[^<>]*>?/g

const oneLine = (s: string) => s.replace(/\n/g, '↵')

function place(context: RuleContext, q: Quote, end: boolean) {
  if (q.segment) {
    const p = context.locate(q.segment, q.index, q.index + 1)
    return p && (end ? p.end : p.start)
  }
  return q.fallback && (end ? q.fallback.end : q.fallback.start)
}

export const quotes = defineLintRule({
  id: 'typography/quotes',
  severity: 'warning',
  fixable: true,
  docs: {
    description:
      'Straight quotes `"…"` around Chinese text become “…” (or 「…」 if the site prefers or the article mostly uses 「」), and so does `\'…\'` in a Chinese sentence: under GB/T 15834 single quotes are for a quote inside a quote, so only inside a double-quoted text it becomes ‘…’ (or 『…』); double quotes pair across emphasis, links and inline code; 「」 and “” mixed in one article are flagged (no fix).',
    rationale: 'Straight ASCII quotes are a keyboard artefact; Chinese text uses curly or corner quotes.',
    bad: '他说"*你好*"。',
    good: '他说“*你好*”。',
  },
  check(context) {
    const site = context.options.style === 'corner'
    // an article written with 「」 keeps them: its straight quotes follow its majority, as brackets do
    const corner = site || articleUsesCorner(context)
    const [open, close] = corner ? ['「', '」'] : ['“', '”']
    reportSingleQuotes(context, [open, close], corner ? ['『', '』'] : ['‘', '’'])
    reportMixedQuoteStyles(context, site)
    for (const block of collectBlocks(context)) {
      // quotes inside an HTML tag (`<a title="他说"你好"">`, malformed or not) are markup, not prose
      const tags: [number, number][] = []
      if (block.text.includes('<'))
        for (const m of block.text.matchAll(TAG)) tags.push([m.index, m.index + m[0].length])
      const inTag = (at: number) => tags.some(([a, b]) => a < at && at < b)
      // a `"` right after a digit is an inch or seconds mark (`6.1"`), or the end of a quote (`"第1"`)
      const afterDigit = (at: number) => /[0-9]/.test(block.text.charAt(at - 1))
      const keep = block.quotes.map((_, j) => !inTag(block.at[j]!) && !afterDigit(block.at[j]!))
      if (keep.some((k) => !k)) {
        block.quotes = block.quotes.filter((_, j) => keep[j])
        block.at = block.at.filter((_, j) => keep[j])
      }
      const marks = block.at.length < keep.length
      const n = block.quotes.length
      if (n === 0) continue
      // nested straight quotes show as a space just inside a pair (`"我喜欢 "TypeScript" 这门语言"`),
      // or, written without spaces, as a pair that opens on a clause mark or closes on a colon
      // (`"她告诉我"明天见"，然后就走了。"` pairs `"，然后就走了。"`)
      let nested = false
      if (n % 2 === 0) {
        for (let j = 0; j < n; j += 2) {
          const inner = block.text.slice(block.at[j]! + 1, block.at[j + 1]!)
          if (
            /^\s|\s$/.test(inner) ||
            (n >= 4 && (/^[，。、；：！？）」』]/.test(inner) || /[：（「『]$/.test(inner)))
          )
            nested = true
        }
      }
      if (n % 2 === 1 || nested || marks) {
        // no safe pairing: report the block's first quote next to Chinese text, without a fix
        const k = block.quotes.findIndex((_, j) =>
          CJK.test(block.text.slice(Math.max(0, block.at[j]! - 1), block.at[j]! + 2)),
        )
        if (k === -1) continue
        const q = block.quotes[k]!
        const start = place(context, q, false)
        const end = place(context, q, true)
        const unit = block.where === 'body' ? 'paragraph' : 'value'
        const why = n % 2 === 1 && !marks ? 'unbalanced' : nested ? 'nested' : 'marks'
        context.report({
          message: msg.quotesUnpairable({ why, n, unit }),
          place: start && end ? { start, end } : undefined,
          value: '"',
          hint: msg.quotesHint({
            open,
            close,
            nested: nested ? (corner ? '『…』' : '‘…’') : '',
            marks: marks ? 1 : 0,
          }),
          ...(block.where !== 'body' ? { field: block.where } : {}),
        })
        continue
      }
      for (let j = 0; j < n; j += 2) {
        const a = block.quotes[j]!
        const b = block.quotes[j + 1]!
        const inner = block.text.slice(block.at[j]! + 1, block.at[j + 1]!)
        const before = block.text.charAt(block.at[j]! - 1)
        const after = block.text.charAt(block.at[j + 1]! + 1)
        // Chinese inside, or a quoted term inside a Chinese sentence (`然后"npm"。`)
        // a half-width mark before Chinese (`然后"npm",再`) is made full-width by typography/punctuation-width
        const chinese =
          CJK_OR_FULLWIDTH.test(after) ||
          (/[,;:?!]/.test(after) && CJK.test(block.text.charAt(block.at[j + 1]! + 2)))
        if (!CJK.test(inner) && !(CJK.test(before) && chinese)) continue
        // the source when both quotes are exact (markup included), else the text the reader sees
        const value =
          a.segment && b.segment
            ? block.source.slice(a.offset, b.offset + 1)
            : block.text.slice(block.at[j]!, block.at[j + 1]! + 1)
        const start = place(context, a, false)
        const end = place(context, b, true)
        const fixes: FixEdit[] | undefined =
          a.segment && b.segment
            ? [
                { segment: a.segment, start: a.index, end: a.index + 1, text: open },
                { segment: b.segment, start: b.index, end: b.index + 1, text: close },
              ]
            : undefined
        context.report({
          message: msg.quotesStraight({ value: oneLine(value) }),
          place: start && end ? { start, end } : undefined,
          value,
          hint: msg.write({ text: `${open}${oneLine(value.slice(1, -1))}${close}` }),
          ...(block.where !== 'body' ? { field: block.where } : {}),
          ...(fixes ? { fix: fixes[0]!, moreFixes: fixes.slice(1) } : {}),
        })
      }
    }
  },
})
