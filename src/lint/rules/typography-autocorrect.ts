/**
 * Spacing between CJK and Latin letters/digits and half-width punctuation inside Chinese sentences,
 * as autocorrect (autocorrect-node) formats them; each change is one finding with its fix.
 */
import { defineLintRule, type RuleContext } from '../define-lint-rule.js'
import { dateTest, reportFullwidthPercent, reportUnitSpace } from './number-units.js'
import { convertedMark, reportBoundaryPunctuation } from './boundary-punctuation.js'
import { lintMessages } from '../../i18n/messages/lint.js'
import { lintRuleMessages } from '../../i18n/messages/lint-rules.js'
import { autocorrectHunks, CJK, type Hunk } from './autocorrect-hunks.js'
import { reportHalfWidthMissed, reportNumberMarks } from './half-width-missed.js'
import { reportLinkSpacing } from './link-spacing.js'
const { msg } = lintMessages

/** Full-width Latin letters and digits (`ＡＢＣ１２３`), which autocorrect writes half-width. */
const FULLWIDTH_ALNUM = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/

// Both rules below need the same hunks: compute them once per prose segment. Each segment that may
// change (`mayAutocorrect`) is one native call; no call over the article's whole prose first, whose
// answer is "dirty" on most real articles (every one of the bench corpus) and costs as much again.
const memo = new WeakMap<object, Hunk[]>()
function hunksOf(segment: { text: string }): Hunk[] {
  let hunks = memo.get(segment)
  if (!hunks) memo.set(segment, (hunks = autocorrectHunks(segment.text)))
  return hunks
}

function run(context: RuleContext, kind: Hunk['kind']) {
  const converted = kind === 'spacing' ? convertedMark(context) : () => false
  const tight = kind === 'spacing' && context.options.dates === 'tight'
  for (const segment of context.prose) {
    if (segment.where === 'author') continue
    const inDate = tight ? dateTest(segment.text) : () => false
    for (const h of hunksOf(segment)) {
      if (h.kind !== kind) continue
      // no space beside a mark typography/punctuation-width makes full-width (`poll?中` → `poll？中`)
      if (h.start === h.end && (converted(segment, h.start - 1) || converted(segment, h.start))) continue
      if (h.start === h.end && inDate(h.start)) continue
      // a removed space next to full-width punctuation is typography/space-around-fullwidth's finding
      if (
        !h.twin &&
        h.text === '' &&
        /[，。！？：；、）」』”（「『“]/.test(segment.text.charAt(h.end) + segment.text.charAt(h.start - 1))
      )
        continue
      if (isRangeDash(segment.text, h)) continue
      const { from, to } = excerptAround(segment.text, h)
      const before = segment.text.slice(from, to)
      const after = segment.text.slice(from, h.start) + h.text + segment.text.slice(h.end, to)
      if (kind === 'punctuation' && dotBetweenHan(segment.text, h)) {
        // `狄兰.托马斯` is a name (·) as often as `下雨了.我们` is a sentence's end (。): no automatic fix
        const dot = segment.text.slice(from, h.start) + '·' + segment.text.slice(h.end, to)
        context.report({
          message: lintRuleMessages.msg.dotBetweenHan({ before }),
          place: context.locate(segment, h.start, h.end),
          value: before,
          hint: lintRuleMessages.msg.dotBetweenHanHint({ stop: after, dot }),
          ...(segment.where !== 'body' ? { field: segment.where } : {}),
        })
        continue
      }
      context.report({
        message:
          kind === 'spacing'
            ? spacingMessage(h, segment.text, before)
            : h.twin
              ? msg.twinMark({ before })
              : FULLWIDTH_ALNUM.test(segment.text.slice(h.start, h.end))
                ? msg.fullwidthAlnum({ before })
                : msg.halfWidthPunct({ before }),
        place: context.locate(segment, h.start, Math.max(h.end, h.start + 1)),
        value: before,
        hint: msg.write({ text: after }),
        ...(segment.where !== 'body' ? { field: segment.where } : {}),
        fix: { segment, start: h.start, end: h.end, text: h.text },
      })
    }
  }
}

/**
 * autocorrect spaces `28日-30日` as `28 日 -30 日`, which reads as a negative number: the hyphen of a
 * range between two numbers with Chinese units (`3月-5月`, `1楼~3楼`) stays attached.
 */
/** Letters and digits of a word the excerpt shows whole (`10分` rather than `0分`). */
const WORD_CHAR = /[A-Za-z0-9]/
const MAX_WORD = 24

/** The excerpt of a change: one character either side, widened to whole Latin words and numbers. */
function excerptAround(text: string, h: Hunk): { from: number; to: number } {
  let from = Math.max(0, h.start - 1)
  let to = Math.min(text.length, h.end + 1)
  // the character beside the change is shown, not a line break (`吗?` rather than `吗?⏎`)
  if (from < h.start && text.charAt(from) === '\n') from++
  if (to > h.end && text.charAt(to - 1) === '\n') to--
  const floor = Math.max(0, from - MAX_WORD)
  while (from > floor && WORD_CHAR.test(text.charAt(from - 1)) && WORD_CHAR.test(text.charAt(from))) from--
  const ceiling = Math.min(text.length, to + MAX_WORD)
  // `18:00` and `3.4` are shown whole too
  const joins = (i: number) => /[:./_-]/.test(text.charAt(i)) && WORD_CHAR.test(text.charAt(i + 1))
  if (WORD_CHAR.test(text.charAt(to - 1)))
    while (to < ceiling && (WORD_CHAR.test(text.charAt(to)) || joins(to))) to++
  return { from, to }
}

const CJK_CHAR = new RegExp(`^[${CJK}]$`)
/**
 * Characters of transliterated foreign names (新华社《外国人名译名》's commonest): a `.` between two
 * of them may be a name's 间隔号 (`狄兰.托马斯`, `约翰.斯坦贝克`) as well as a sentence's end.
 */
const NAME_CHARS =
  '阿埃艾爱安奥巴拜班保鲍贝本比彼毕宾波伯博布查达戴丹道德迪蒂丁杜多恩法菲费芬弗福盖格哈海汉豪赫亨华霍基吉加贾杰金卡凯康柯科克肯库奎拉莱兰朗劳勒雷里利莉丽廉林琳卢鲁路伦罗洛马玛迈麦曼梅蒙米莫姆穆纳娜奈尼妮纽努诺欧帕佩皮珀普奇乔琼萨塞桑森莎施史舒斯苏索塔泰坦汤唐特提托瓦威韦维温沃乌西希夏辛雅亚扬耶伊因尤约詹珍朱兹佐泽尔翰雪丝茜黛薇露琪'
/** A `.` autocorrect makes `。` between two such characters: not fixed, the hint names both readings. */
const dotBetweenHan = (text: string, h: Hunk) =>
  h.text === '。' &&
  text.slice(h.start, h.end) === '.' &&
  NAME_CHARS.includes(text.charAt(h.start - 1)) &&
  NAME_CHARS.includes(text.charAt(h.end))
const isRangeDash = (text: string, h: Hunk) =>
  h.text === ' ' &&
  h.start === h.end &&
  CJK_CHAR.test(text.charAt(h.start - 1)) &&
  /\d ?$/.test(text.slice(Math.max(0, h.start - 3), h.start - 1)) &&
  /[-~～]/.test(text.charAt(h.end)) &&
  /\d/.test(text.charAt(h.end + 1))

/** `则(` is a bracket, not Latin text: the message names the mark when no letter or digit is involved. */
function spacingMessage(h: Hunk, text: string, before: string) {
  const mark = (text.charAt(h.start - 1) + text.charAt(h.end)).replace(/[\u3400-\u9fff\uf900-\ufaff]/g, '')
  if (h.text && /^[()[\]{}<>"']$/.test(mark)) return msg.spacingMark({ before, mark })
  return h.text ? msg.spacingMissing({ before }) : msg.spacingUnexpected({ before })
}

export const cjkSpacing = defineLintRule({
  id: 'typography/cjk-spacing',
  severity: 'warning',
  fixable: true,
  docs: {
    description:
      'One half-width space between Chinese characters and Latin letters or digits, also where a link’s text starts or ends with them (`写的 [Git 工作流](…)`: the space outside the link), and none between a number and `%`, `‰`, `℃` or `°`. Option `dates`: `spaced` (default: `2027 年 3 月 15 日`) or `tight` (`2027年3月15日`, as GB/T 15835 and 人民日报 write dates).',
    rationale:
      'The convention of most Chinese tech writing (and of WeChat’s own style guides); mixed text reads more evenly.',
    bad: '使用TypeScript编写，共3场',
    good: '使用 TypeScript 编写，共 3 场',
  },
  check: (context) => {
    run(context, 'spacing')
    reportUnitSpace(context)
    reportLinkSpacing(context)
  },
})

export const punctuationWidth = defineLintRule({
  id: 'typography/punctuation-width',
  severity: 'warning',
  fixable: true,
  docs: {
    description:
      'Full-width punctuation (，。！？：；) inside Chinese sentences, also next to emphasis, inline code, math, links, quotes and brackets and at the end of a list item; Latin letters and digits half-width (`123`, not `１２３`). A half-width mark typed next to its full-width twin (`,，`) is deleted, not doubled.',
    rationale:
      'Half-width commas and stops look cramped between Chinese characters and are a common copy-paste mistake.',
    bad: '大家好,我是小山!',
    good: '大家好，我是小山！',
  },
  check: (context) => {
    // what autocorrect and the patterns below fix is not reported again at markup boundaries
    const seen = new Set<string>()
    const key = (segment: { offset: number; where: string }, index: number) =>
      `${segment.where}:${segment.offset}:${index}`
    const own: RuleContext = {
      ...context,
      report: (f) => {
        if (f.fix)
          for (let i = f.fix.start; i < Math.max(f.fix.end, f.fix.start + 1); i++)
            seen.add(key(f.fix.segment, i))
        context.report(f)
      },
    }
    run(own, 'punctuation')
    reportHalfWidthMissed(own)
    reportNumberMarks(own)
    reportFullwidthPercent(own)
    reportBoundaryPunctuation(context, (segment, index) => seen.has(key(segment, index)))
  },
})
