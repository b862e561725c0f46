/**
 * Half-width `,;:?!` that autocorrect leaves because it sees one text node at a time: at markup
 * boundaries (`**时间**:2027`, `` `withTimeout`:任何 ``, `$t_i$,用`, `文三路站,**从**`), after closing
 * quotes and brackets (`“文三路站”,从`, `"你好",然`, `),也可以`, a period `再试”.但`, `"简单".我`,
 * `用得起了”.` ending a line), before opening ones (`主题分享:《`, `说,"`), after a Latin
 * word before Chinese (`Issue;第二`), ending a Chinese line or list item (`第一项;`) and a `.?!` after a
 * Latin word ending a Chinese sentence at the end of a line (`没有注册Waker.`). Only prose
 * segments are looked at, so code, URLs and math are never touched.
 */
import type { RuleContext } from '../define-lint-rule.js'
import { CODE, markupNeighbours } from '../markup-boundaries.js'
import type { ProseSegment } from '../prose.js'
import { lintMessages } from '../../i18n/messages/lint.js'

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/
const CLOSE = /[”’」』》）】)\]]/
const OPEN = /[《「『“‘（【]/
const STRAIGHT = /["']/
const LATIN = /[A-Za-z0-9%]/
const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '.': '。' }
const MARKS = /[,;:?!.]/g
/** A Chinese closing quote or bracket: a `.` between it and Chinese text ends a sentence (`再试”.但`). */
const CLOSE_FULL = /[”’」』》）】]/

/** `12:30` after a colon (a time), at `lastIndex`. */
const TIME = /\d{1,2}:\d{2}/y
const LETTER = /[A-Za-z]/
/** `std;中文;English`, at `lastIndex` after the first mark: the same mark on both sides of a Chinese word. */
const LIST: Record<string, RegExp> = Object.fromEntries(
  Object.keys(FULL).map((mark) => [mark, new RegExp(`[\\u3400-\\u9fff]+\\${mark}[A-Za-z]`, 'y')]),
)
const at = (pattern: RegExp, t: string, index: number) => {
  pattern.lastIndex = index
  return pattern.test(t)
}

/** `注册Waker`, `喜欢 Vue`, `喜欢 Vue 3.4`, `今年 18`: a Latin word, a number or both after Chinese, right before a mark. */
const WORD_AFTER_HAN =
  /[\u3400-\u9fff\uf900-\ufaff] ?(?:[A-Za-z][A-Za-z0-9]*|(?:[A-Za-z][A-Za-z0-9]* )?[0-9]+(?:\.[0-9]+)*%?)$/
/** `调用 println!`, `用 assert_eq!`: a Rust macro, not an exclamation (a lower-case name with `_` or a common one). */
const MACRO =
  /(?:^|[^A-Za-z0-9_])(?:[a-z][a-z0-9]*_[a-z0-9_]*|e?print(?:ln)?|format|vec|panic|assert|write(?:ln)?|todo|unimplemented|unreachable|matches|select|join|dbg|concat|stringify|include_str|include_bytes|env|cfg|json|html|quote|pin)$/
const ABBREVIATION = /(?:^|[^A-Za-z])(?:etc|Inc|Ltd|Co|Corp|Jr|Sr|St|vs|No|Mr|Mrs|Ms|Dr|Prof|Fig|Vol|Ed)$/i

/**
 * `没有注册Waker.`, `谁来调用poll?`, `我喜欢 Vue!`, `我喜欢 Vue 3!`: a mark after a Latin word or a
 * number that follows Chinese, ending a line, a paragraph or a heading, ends the Chinese sentence (not
 * `index.md`, `e.g.`, `Wait...`, `Node.js`, `v1.2.`: the word must follow Chinese and be a whole word;
 * not the `!` of a Rust macro, `调用 println!`).
 */
function endsSentence(t: string, i: number, after: string): boolean {
  const atEnd = i === t.length - 1
  if (!(atEnd ? after === '' : t[i + 1] === '\n')) return false
  const head = t.slice(Math.max(0, i - 40), i)
  return (
    WORD_AFTER_HAN.test(head) &&
    !(t[i] === '.' && ABBREVIATION.test(head)) &&
    !(t[i] === '!' && MACRO.test(head))
  )
}

/** Chinese text or full-width punctuation: what a quote closing a Chinese sentence follows (`了”`, `！”`). */
const CHINESE_BEFORE_QUOTE = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff01-\uff0f\uff1a-\uff20]/

/**
 * A `.` after a closing quote or bracket: before Chinese (`再试”.但`, `"简单".我们`, the straight quote
 * typography/quotes makes curly in the same pass) or ending a line (`表示“终于用得起了”.`) when what
 * the quote closes is Chinese, or the quote opened after Chinese (`聊聊“为什么选择 Rust”.`; not
 * `He said “hello”.`). The first two always were full stops.
 */
function periodAfterQuote(t: string, i: number, before: string, after: string): boolean {
  const prev = i > 0 ? t[i - 1]! : before
  const quoted = i > 1 ? t[i - 2]! : i === 1 ? before.slice(-1) : ''
  const atEnd = i === t.length - 1
  const next = atEnd ? after : t[i + 1]!
  const chinese = CHINESE_BEFORE_QUOTE.test(quoted) || quotedInChinese(t, i - 1)
  const closes = CLOSE_FULL.test(prev) || (STRAIGHT.test(prev) && chinese)
  if (!closes) return false
  if (HAN.test(next)) return true
  const lineEnd = atEnd ? after === '' : next === '\n'
  return lineEnd && chinese
}

const OPENING: Record<string, string> = { '”': '“', '’': '‘', '"': '"', "'": "'" }
/** Whether the quote closing at `t[q]` opened right after Chinese text (`聊聊“为什么选择 Rust”`). */
function quotedInChinese(t: string, q: number): boolean {
  const open = q >= 0 ? OPENING[t[q]!] : undefined
  const at = open === undefined ? -1 : t.lastIndexOf(open, q - 1)
  return at > 0 && CHINESE_BEFORE_QUOTE.test(t[at - 1]!)
}

/** Whether the word before the `!` at `i` is a number or holds a capital (`3!`, `Vue!`, not `println!`). */
function bangEndsClause(t: string, i: number, before: string): boolean {
  const word = /[A-Za-z0-9_]+$/.exec(i > 0 ? t.slice(0, i) : before)?.[0] ?? ''
  return /^[0-9]+$/.test(word) || (/[A-Z]/.test(word) && !word.includes('_'))
}

/** Whether the mark at `i` of `t` (with what a reader sees before and after the segment) is Chinese punctuation. */
export function isChineseMark(t: string, i: number, before: string, after: string): boolean {
  const mark = t[i]!
  const prev = i > 0 ? t[i - 1]! : before
  const atEnd = i === t.length - 1
  const next = atEnd ? after : t[i + 1]!
  if (/[.?!]/.test(mark) && endsSentence(t, i, after)) return true
  // a period only there: elsewhere it is a decimal point, a file name or an abbreviation
  if (mark === '.') return periodAfterQuote(t, i, before, after)
  // `select!使用`, `println!打印`: a `!` glued to a lower-case word and to Chinese is likely a Rust
  // macro, not prose; after a number or a capitalised name it ends a Chinese clause (`Vue 3!我们`)
  if (mark === '!' && /\w/.test(prev) && HAN.test(next) && !bangEndsClause(t, i, before)) return false
  if (mark === ':' && (t.startsWith('//', i + 1) || at(TIME, t, i + 1) || /\d$/.test(prev))) return false
  // `C:盘`: a drive letter
  if (
    mark === ':' &&
    (i > 0
      ? LETTER.test(t[i - 1]!) && (i === 1 || !LETTER.test(t[i - 2]!))
      : /(?:^|[^A-Za-z])[A-Za-z]$/.test(before))
  )
    return false
  if (i === 0 && (HAN.test(prev) || CLOSE.test(prev)) && !/\s/.test(next)) return true
  if (i === 0 && prev === CODE && HAN.test(next)) return true
  if (atEnd && HAN.test(next) && (HAN.test(prev) || LATIN.test(prev) || CLOSE.test(prev))) return true
  const endsLine = next === '\n' || (atEnd && after === '')
  if (HAN.test(prev) && /[,;:]/.test(mark) && endsLine) return true
  // `配置语言(别问为什么):` ending the line: after a bracket or quote closing Chinese text
  if (CLOSE.test(prev) && /[,;:]/.test(mark) && endsLine && i > 1 && HAN.test(t[i - 2]!)) return true
  if (CLOSE.test(prev) && HAN.test(next)) return true
  // between two titles or bracketed parts (`《文心》,《风格感觉》`), after a full-width closer before a
  // number or a word (`（128GB）,256GB`): the comma of the Chinese sentence around them
  if (CLOSE_FULL.test(prev) && /[,;]/.test(mark) && (OPEN.test(next) || LATIN.test(next))) return true
  if (HAN.test(prev) && OPEN.test(next)) return true
  // a straight quote typography/quotes makes curly (`"你好",然`, `说,'好的'`): the fix of both in one pass
  if (i > 0 && STRAIGHT.test(prev) && HAN.test(next)) return true
  if (!atEnd && HAN.test(prev) && STRAIGHT.test(next)) return true
  // `std;中文;English`: the same mark on both sides of the Chinese word separates items, as in code
  const list = LIST[mark] ?? new RegExp(`[\\u3400-\\u9fff]+\\${mark}[A-Za-z]`, 'y')
  return LATIN.test(prev) && HAN.test(next) && i > 0 && !at(list, t, i + 1)
}

/** Whether the half-width mark at an index of a segment is one of the marks above (made full-width). */
export function convertedMark(context: RuleContext) {
  let neighbours: ReturnType<typeof markupNeighbours> | undefined
  return (segment: ProseSegment, i: number): boolean => {
    if (!/[,;:?!.]/.test(segment.text.charAt(i))) return false
    neighbours ??= markupNeighbours(context.tree, context.prose)
    const nb = neighbours.get(segment) ?? { before: '', after: segment.where === 'body' ? CODE : '' }
    return isChineseMark(segment.text, i, nb.before, nb.after)
  }
}

/** Reports the marks above, skipping those another finding of the rule already fixes (`taken`). */
export function reportBoundaryPunctuation(
  context: RuleContext,
  taken: (segment: ProseSegment, index: number) => boolean,
): void {
  const neighbours = markupNeighbours(context.tree, context.prose)
  for (const segment of context.prose) {
    const t = segment.text
    // a period counts only after a Chinese closing mark: most segments with `.` are not looked at
    if (!/[,;:?!]|[”’」』》）】"']\.|^\.|\.(?:\n|$)/.test(t)) continue
    const nb = neighbours.get(segment) ?? { before: '', after: segment.where === 'body' ? CODE : '' }
    if (!HAN.test(t) && !HAN.test(nb.before) && !HAN.test(nb.after)) continue
    for (const m of t.matchAll(MARKS)) {
      const i = m.index
      if (
        t[i] === '.' &&
        !CLOSE_FULL.test(i > 0 ? t[i - 1]! : nb.before) &&
        !STRAIGHT.test(i > 0 ? t[i - 1]! : nb.before) &&
        !(t[i + 1] === '\n' || i === t.length - 1)
      )
        continue
      if (taken(segment, i) || !isChineseMark(t, i, nb.before, nb.after)) continue
      // the phrase as the reader sees it, across the markup (`间:2`, not `:2`)
      // a Latin word or number whole (`React!真`, not `t!真`)
      const left =
        i > 0
          ? (/[A-Za-z0-9]{1,24}$/.exec(t.slice(0, i))?.[0] ?? t[i - 1]!)
          : nb.before === CODE
            ? ''
            : nb.before
      const right = i < t.length - 1 ? t[i + 1]! : nb.after === CODE ? '' : nb.after
      const before = left + t[i]! + right
      const fixed = left + FULL[t[i]!]! + right
      context.report({
        message: lintMessages.msg.halfWidthPunct({ before }),
        place: context.locate(segment, i, i + 1),
        value: before,
        hint: lintMessages.msg.write({ text: fixed }),
        ...(segment.where !== 'body' ? { field: segment.where } : {}),
        fix: { segment, start: i, end: i + 1, text: FULL[t[i]!]! },
      })
    }
  }
}
