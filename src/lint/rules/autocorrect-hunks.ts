/** The one import of autocorrect-node: its formatting, and its changes as hunks over the text. */
import { format, lintFor } from 'autocorrect-node'
import { mayAutocorrect } from './may-autocorrect.js'
import { diffAnchored } from '../diff-anchored.js'
import { findTwins, maskTwins } from './twin-marks.js'

export const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff'
/** Half-width brackets around CJK text are the brackets rule's business; hide them from autocorrect. */
export const BRACKETS = new RegExp(`\\(([^()]*[${CJK}][^()]*)\\)`, 'g')

export interface Hunk {
  start: number
  end: number
  text: string
  kind: 'spacing' | 'punctuation'
  /** The half-width mark of a twin (`,，`), deleted. */
  twin?: true
}

/** autocorrect's formatting of `text` (the only call into autocorrect-node besides the rules'). */
export const autocorrect = (text: string): string => format(text)

/** autocorrect's own lint of a whole file (`autocorrect --lint`), one entry per changed line: the precision bench. */
export const autocorrectLint = (text: string, file: string): { line: number; old: string; new: string }[] =>
  lintFor(text, file).lines.map((l) => ({ line: l.l, old: l.old, new: l.new }))

/**
 * autocorrect's changes to `text`, as replace hunks over the original text; a half-width mark next to
 * its full-width twin (`,，`) is deleted rather than made full-width (which would double the mark).
 */
export function autocorrectHunks(text: string): Hunk[] {
  const twins = findTwins(text)
  if (twins.length === 0) return formatHunks(text)
  const hunks = formatHunks(maskTwins(text, twins)).filter(
    (h) => !twins.some((t) => (h.start < t.end && h.end > t.start) || (h.start > t.start && h.start < t.end)),
  )
  for (const t of twins)
    hunks.push({ start: t.half, end: t.half + 1, text: '', kind: 'punctuation', twin: true })
  return hunks.sort((a, b) => a.start - b.start)
}

function formatHunks(text: string): Hunk[] {
  if (!mayAutocorrect(text)) return []
  const masked = maskLatin(text.replace(BRACKETS, '（$1）'))
  let fixed = format(masked)
  if (fixed === masked) return MARK_RUN.test(masked) ? markRuns(masked, []) : []
  // autocorrect's own second pass may change more (`方式:扫描即可.名` fixes the colon first, then the
  // stop; `第１２名` the digits, then the spacing): the findings are its fixed point, so that `--fix`
  // changes what `check` reported, one change per finding
  for (let pass = 0; pass < 3; pass++) {
    const again = format(fixed)
    if (again === fixed) break
    fixed = again
  }
  const hunks: Hunk[] = []
  let pos = 0
  let pending: Hunk | undefined
  for (const part of diffAnchored(masked, fixed)) {
    if (part.added) {
      pending ??= { start: pos, end: pos, text: '', kind: 'spacing' }
      pending.text += part.value
    } else if (part.removed) {
      pending ??= { start: pos, end: pos, text: '', kind: 'spacing' }
      pos += part.value.length
      pending.end = pos
    } else {
      if (pending) hunks.push(pending)
      pending = undefined
      pos += part.value.length
    }
  }
  if (pending) hunks.push(pending)
  unswap(masked, hunks)
  markRuns(masked, hunks)
  for (const h of hunks)
    h.kind =
      h.start === h.end && /^\s+$/.test(h.text)
        ? 'spacing'
        : /^\s*$/.test(h.text) && /^\s+$/.test(masked.slice(h.start, h.end))
          ? 'spacing'
          : 'punctuation'
  // a space goes between Chinese and letters or digits (`C++ 编程`, `50% 的`), not around a bare
  // symbol between Chinese (`京-沪高铁`, `甲|乙`), which autocorrect also spaces
  return hunks.filter(
    (h) =>
      !(h.kind === 'spacing' && h.start === h.end && symbolOnly(text, h.start)) &&
      // the ideographic space (`　　春天来了`, `14:00　签到`) is the writer's choice; autocorrect would make it ASCII
      !text.slice(h.start, h.end).includes('\u3000') &&
      // the space around half-width brackets around Chinese is decided with them (typography/brackets):
      // autocorrect sees them full-width here and would take the space away (`兰亭笔记 (测试版) 上线`)
      !(
        h.text.trim() === '' &&
        h.start < h.end &&
        (text.charAt(h.end) === '(' || text.charAt(h.start - 1) === ')')
      ),
  )
}

/**
 * Latin words autocorrect misreads, hidden behind letters of the same length: `C#`, `F#` and `C++`
 * (after them it leaves the whole rest of the sentence alone: `使用C#写代码,很好。`) and `async/await`,
 * `TCP/IP` (read as a path, so `async/await只是` gets no space); the fixes never touch the masked
 * characters, only the spaces and marks around them.
 */
const MISREAD =
  /(?<![\w#+/.:~-])([A-Za-z]{1,3})(#|\+\+)(?![\w#+])|(?<![\w/.:~-])([A-Za-z]+)\/(?=[A-Za-z]+(?:$|[^\w/.:~-]))/g
const maskLatin = (text: string) =>
  text.includes('#') || text.includes('+') || text.includes('/')
    ? text.replace(MISREAD, (_, word, sign, left) =>
        word !== undefined ? word + 'x'.repeat(sign.length) : `${left}x`,
      )
    : text

const HAN_AT = new RegExp(`[${CJK}]`)
const ALNUM_AT = /[\p{L}\p{N}]/u
/** Whether the non-Chinese side of an insertion at `at` is a run of symbols with no letter or digit. */
function symbolOnly(text: string, at: number): boolean {
  const left = text.charAt(at - 1)
  const right = text.charAt(at)
  const step = HAN_AT.test(left) ? 1 : HAN_AT.test(right) ? -1 : 0
  if (step === 0) return false
  for (let i = step === 1 ? at : at - 1; i >= 0 && i < text.length; i += step) {
    const c = text.charAt(i)
    if (/\s/.test(c) || HAN_AT.test(c)) return true
    if (ALNUM_AT.test(c) && !HAN_AT.test(c)) return false
  }
  return true
}

/** Where a mark typed after a space ends a Chinese sentence: the end of a line, or a closing quote or bracket. */
export const SENTENCE_END = `(?=\\n|$|[”’」』》）】]|"(?:$|[\\s，。、；：！？]))`
const MARK_RUN_G = new RegExp(`(?<=[${CJK}])( *)([!?！？]*[!?][!?！？]*)( *)`, 'g')
const ENDS = new RegExp(SENTENCE_END, 'y')
const MARK_RUN = new RegExp(`[${CJK}] *[!?！？]*[!?]`)
const FULL: Record<string, string> = { '!': '！', '?': '？', '！': '！', '？': '？' }
/** `吗 ?? 运算符` may be JavaScript's `??` (or `!!`) between two spaces; after `吗`, `呢`, `了`… it is a question. */
const OPERATOR = /^(?:\?\?|!!)$/
const PARTICLE = /[吗呢吧啊呀嘛么哦哇啦了呗咯]/

/** A run of `!`/`?` as typography/repeated-punctuation leaves it (`??` → `？`, `?!?!` → `？！`). */
const fullWidthRun = (run: string): string =>
  [...run]
    .map((c) => FULL[c] ?? c)
    .filter((c, i, all) => c !== all[i - 1])
    .join('')
    .replace(/([！？])([！？])(?:\1\2)+/g, '$1$2')

/**
 * autocorrect makes only the first mark of `吗?!` or `什么??` full-width (`吗？!`, `什么？?`) and leaves
 * `好用!?` alone: a run of `!` and `?` after Chinese that holds a half-width one becomes full-width as a
 * whole, a doubled mark once (`吗？！`, `什么？`, the fix typography/repeated-punctuation also gives).
 * Spaces typed around it go (`太好了 !!!`, `真的吗 ?? 我不信`, `“真的吗 ??”`): after a space, only a run
 * that ends the sentence, or stands before Chinese and is no operator (a single mark after a space is
 * typography/punctuation-width's own pattern).
 */
function markRuns(text: string, hunks: Hunk[]): Hunk[] {
  const runs: Hunk[] = []
  for (const m of text.matchAll(MARK_RUN_G)) {
    const [whole, before = '', marks = '', after = ''] = m
    if (marks.length < 2) continue
    const start = m.index
    const toHan = HAN_AT.test(text.charAt(start + whole.length))
    ENDS.lastIndex = start + before.length + marks.length
    // after a space: a run ending the sentence or before Chinese, not `使用 ?? 运算符` (an operator)
    if (before && !toHan && (after || !ENDS.test(text))) continue
    if (before && after && OPERATOR.test(marks) && !PARTICLE.test(text.charAt(start - 1))) continue
    // the spaces after the run go too (`吗?? 我`, `什么?? English`): none beside full-width marks
    runs.push({ start, end: start + whole.length, text: fullWidthRun(marks), kind: 'punctuation' })
  }
  // autocorrect's change inside a run (or at its edge) gives way to it: one pass, runs never overlap
  hunks.sort((a, b) => a.start - b.start)
  let [kept, r] = [0, 0]
  for (const h of hunks) {
    while (r < runs.length && runs[r]!.end < h.start) r++
    const run = runs[r]
    const inside = run && h.start >= run.start && h.end <= run.end && (h.start < run.end || h.end > run.start)
    if (!inside) hunks[kept++] = h
  }
  hunks.length = kept
  hunks.push(...runs)
  return hunks.sort((a, b) => a.start - b.start)
}

/**
 * The diff may spell "a space moves from after `写` to before it" (`Vue写 ，` → `Vue 写，`) as `写`
 * deleted and inserted again beyond the space: the same change written as the space inserted before
 * the character and deleted after it, which is what the writer did wrong.
 */
function unswap(text: string, hunks: Hunk[]): void {
  for (let i = 0; i + 1 < hunks.length; i++) {
    const a = hunks[i]!
    const b = hunks[i + 1]!
    const between = text.slice(a.end, b.start)
    if (!/^\s+$/.test(between) || b.start !== b.end || a.text !== '' || a.end - a.start !== 1) continue
    if (b.text !== text.charAt(a.start)) continue
    hunks[i] = { start: a.start, end: a.start, text: between, kind: a.kind }
    hunks[i + 1] = { start: a.end, end: b.start, text: '', kind: b.kind }
  }
}
