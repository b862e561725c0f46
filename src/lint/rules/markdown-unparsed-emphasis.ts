/**
 * Emphasis markers CommonMark leaves as text next to Chinese: `这是__加粗__文字`, `_斜体_`,
 * `A**“引号”**后面`, `H**`code`**中文`. Readers see the literal `**`/`__`/`_`. A pair of
 * equal delimiter runs among the text children of one parent is reported when it encloses Chinese
 * text, or (for `**`) encloses inline code or a link right next to Chinese text. Intra-word ASCII
 * underscores (`snake_case_names`, `__init__方法`, `__dirname获取目录`), `2**10`, `a * b * c` and file globs are left alone.
 */
import type { Parent, RootContent } from 'mdast'
import { defineLintRule } from '../define-lint-rule.js'
import { NOT_PROSE, sourceOffset, type ProseSegment } from '../prose.js'
import { lintRuleMessages } from '../../i18n/messages/lint-rules.js'
const { msg } = lintRuleMessages

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/
/** Chinese text or full-width punctuation (quotes, brackets, 《》) as what an emphasis encloses. */
const CJK_TEXT = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\u2018\u2019\u201c\u201d\uff00-\uffef]/
const RUN = /\*{1,3}|_{1,3}/g
/** ASCII identifier characters (`__dirname`, `__proto__`). */
const IDENT = /[A-Za-z0-9$]/
/** Text ending in an underscore-wrapped identifier's name (`__init`), before its closing underscores. */
const DUNDER_END = /(?:^|[^A-Za-z0-9_$])_{1,3}[A-Za-z0-9$]+$/
const isSpace = (c: string) => c === '' || c === ' ' || c === '\t' || c === '\n' || c === '\u3000'

interface Run {
  char: string
  length: number
  /** Offset in article.markdown. */
  offset: number
  segment: ProseSegment
  index: number
}

function runsOf(node: Parent, bySegmentOffset: Map<number, ProseSegment>, markdown: string): Run[] {
  const runs: Run[] = []
  for (const child of node.children as RootContent[]) {
    if (child.type !== 'text') continue
    const value = child.value
    if (!value.includes('*') && !value.includes('_')) continue
    const start = child.position?.start.offset
    const segment = start === undefined ? undefined : bySegmentOffset.get(start)
    if (!segment || start === undefined) continue // escapes or entities in the node: the author wrote them on purpose
    RUN.lastIndex = 0
    for (let m = RUN.exec(value); m; m = RUN.exec(value)) {
      const offset = sourceOffset(segment, m.index)
      // a longer run (`****`) is not one of ours
      const prev = markdown.charAt(offset - 1)
      const next = markdown.charAt(offset + m[0].length)
      if (prev === m[0][0] || next === m[0][0]) continue
      runs.push({ char: m[0][0]!, length: m[0].length, offset, segment, index: m.index })
    }
  }
  return runs
}

export const unparsedEmphasis = defineLintRule({
  id: 'markdown/unparsed-emphasis',
  severity: 'warning',
  fixable: false,
  docs: {
    description:
      'Emphasis markers (`**`, `__`, `_`) that Markdown leaves as literal text next to Chinese, e.g. `这是__加粗__文字` or `A**“引号”**后面`.',
    rationale:
      'CommonMark does not open emphasis inside a word written with `_`, nor `**` right after a letter and before punctuation: readers then see the asterisks or underscores.',
    bad: '这是__加粗__文字',
    good: '这是**加粗**文字',
  },
  check(context) {
    const markdown = context.article.markdown
    if (!markdown.includes('**') && !markdown.includes('_')) return
    const bySegmentOffset = new Map<number, ProseSegment>()
    for (const s of context.prose) if (s.where === 'body') bySegmentOffset.set(s.offset, s)
    const visit = (node: Parent) => {
      let texts = 0
      for (const child of node.children as RootContent[]) {
        if (child.type === 'text') texts++
        else if (!NOT_PROSE.has(child.type) && 'children' in child) visit(child as Parent)
      }
      if (texts === 0) return
      const runs = runsOf(node, bySegmentOffset, markdown)
      for (let i = 0; i < runs.length; i++) {
        const a = runs[i]!
        const afterOpen = markdown.charAt(a.offset + a.length)
        if (isSpace(afterOpen)) continue // `a * b`, `2 ** 10`: not an opener
        // `__dirname`, `__proto__`, `_id`, the end of `__init__`: underscores that are part of an identifier
        if (
          a.char === '_' &&
          (IDENT.test(afterOpen) || DUNDER_END.test(markdown.slice(Math.max(0, a.offset - 64), a.offset)))
        )
          continue
        const j = runs.findIndex(
          (r, k) =>
            k > i &&
            r.char === a.char &&
            r.length === a.length &&
            !(
              r.char === '_' &&
              (IDENT.test(markdown.charAt(r.offset - 1)) || IDENT.test(markdown.charAt(r.offset + r.length)))
            ),
        )
        if (j === -1) continue
        const b = runs[j]!
        if (isSpace(markdown.charAt(b.offset - 1))) continue // `**/*.md 和 **/*.ts`: not a closer
        const inner = markdown.slice(a.offset + a.length, b.offset)
        const before = markdown.charAt(a.offset - 1)
        const after = markdown.charAt(b.offset + b.length)
        const chinese = CJK_TEXT.test(inner)
        // `H**`code`**中文`, `K**[链接](…)**后面`: code or a link between, Chinese right outside
        const nodeNextToChinese =
          a.char === '*' && a.length >= 2 && /^[`[]/.test(inner) && (CJK.test(before) || CJK.test(after))
        if (!chinese && !nodeNextToChinese) continue
        // `snake_case 和 other_name`: underscores between words with spaces are not one emphasis
        if (a.char === '_' && /\s/.test(inner)) continue
        i = j
        const value = markdown.slice(a.offset, b.offset + b.length)
        const marker = a.char.repeat(a.length)
        const star = '*'.repeat(a.length)
        const kind = a.length === 2 ? 'bold' : a.length === 1 ? 'italic' : 'bold italic'
        const hint =
          a.char === '_'
            ? msg.unparsedUnderscoreHint({
                kind,
                star: `${star}${inner}${star}`,
                escaped: `\\${marker.split('').join('\\')}`,
              })
            : isSpace(before)
              ? msg.unparsedAfterHint({ marker })
              : msg.unparsedBeforeHint({ marker, spaced: `${before} ${value}` })
        const start = context.locate(a.segment, a.index, a.index + a.length)?.start
        const end = context.locate(b.segment, b.index, b.index + b.length)?.end
        context.report({
          message: msg.unparsedEmphasis({ marker, kind, value }),
          place: start && end ? { start, end } : undefined,
          value,
          hint,
        })
      }
    }
    visit(context.tree)
  },
})
