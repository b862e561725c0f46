/**
 * Spacing between CJK and Latin letters/digits and half-width punctuation inside Chinese sentences,
 * as autocorrect (autocorrect-node) formats them; each change is one finding with its fix.
 */
import { format } from 'autocorrect-node'
import { defineLintRule, type RuleContext } from '../define-lint-rule.js'
import { mayAutocorrect } from './may-autocorrect.js'
import { diffAnchored } from '../diff-anchored.js'
import { reportMatches } from '../prose-matches.js'
import { reportBoundaryPunctuation } from './boundary-punctuation.js'
import { lintMessages } from '../../i18n/messages/lint.js'
const { msg } = lintMessages

const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff'
/** Half-width brackets around CJK text are the brackets rule's business; hide them from autocorrect. */
const BRACKETS = new RegExp(`\\(([^()]*[${CJK}][^()]*)\\)`, 'g')
/** Full-width Latin letters and digits (`ＡＢＣ１２３`), which autocorrect writes half-width. */
const FULLWIDTH_ALNUM = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/

/**
 * Half-width marks autocorrect leaves in Chinese sentences: `说:"` and `例如:a` (a colon between
 * Chinese and a quote or a Latin letter; not `时间:10:30`), `Android.大` (a full stop after a Latin
 * word that follows Chinese, before Chinese; not `U.S.政府` or `Node.js`), `甲;乙` (a semicolon
 * between Chinese) and `中文句子.English sentence` (a full stop ending Chinese before an English
 * sentence; not `笔记.md`).
 */
const HALF_WIDTH_MISSED = new RegExp(
  `([${CJK}]):(?=["“「『‘A-Za-z])|(?<=[${CJK}] ?)([A-Za-z][A-Za-z0-9]*[A-Za-z0-9])\\.(?=[${CJK}])|([${CJK}]);(?=[${CJK}])|([${CJK}])\\.(?=[A-Z][a-z]+ [A-Za-z])`,
  'g',
)
/** Latin abbreviations whose full stop is part of the word (`Apple Inc.公司`). */
const ABBREVIATION = /^(?:etc|Inc|Ltd|Co|Corp|Jr|Sr|St|vs|No|Mr|Mrs|Ms|Dr|Prof|Fig|Vol|Ed)$/i

export interface Hunk {
  start: number
  end: number
  text: string
  kind: 'spacing' | 'punctuation'
}

/** autocorrect's formatting of `text` (the only call into autocorrect-node besides the rules'). */
export const autocorrect = (text: string): string => format(text)

/** autocorrect's changes to `text`, as replace hunks over the original text. */
export function autocorrectHunks(text: string): Hunk[] {
  if (!mayAutocorrect(text)) return []
  const masked = text.replace(BRACKETS, '（$1）')
  const fixed = format(masked)
  if (fixed === masked) return []
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

// Both rules below need the same hunks: compute them once per prose segment.
const memo = new WeakMap<object, Hunk[]>()
function hunksOf(segment: { text: string }): Hunk[] {
  let hunks = memo.get(segment)
  if (!hunks) memo.set(segment, (hunks = autocorrectHunks(segment.text)))
  return hunks
}

// One native call over all prose first: a clean article needs no per-segment work.
const clean = new WeakMap<object, boolean>()
function allClean(prose: readonly { text: string }[]): boolean {
  let result = clean.get(prose)
  if (result === undefined) {
    const joined = prose
      .filter((p) => mayAutocorrect(p.text))
      .map((p) => p.text.replace(BRACKETS, '（$1）'))
      .join('\n\n')
    clean.set(prose, (result = joined === '' || format(joined) === joined))
  }
  return result
}

function run(context: RuleContext, kind: Hunk['kind']) {
  if (allClean(context.prose)) return
  for (const segment of context.prose) {
    if (segment.where === 'author') continue
    for (const h of hunksOf(segment)) {
      if (h.kind !== kind) continue
      // a removed space next to full-width punctuation is typography/space-around-fullwidth's finding
      if (
        h.text === '' &&
        /[，。！？：；、）」』”（「『“]/.test(segment.text.charAt(h.end) + segment.text.charAt(h.start - 1))
      )
        continue
      const from = Math.max(0, h.start - 1)
      const to = Math.min(segment.text.length, h.end + 1)
      const before = segment.text.slice(from, to)
      const after = segment.text.slice(from, h.start) + h.text + segment.text.slice(h.end, to)
      context.report({
        message:
          kind === 'spacing'
            ? spacingMessage(h, segment.text, before)
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
    description: 'One half-width space between Chinese characters and Latin letters or digits.',
    rationale:
      'The convention of most Chinese tech writing (and of WeChat’s own style guides); mixed text reads more evenly.',
    bad: '使用TypeScript编写，共3场',
    good: '使用 TypeScript 编写，共 3 场',
  },
  check: (context) => run(context, 'spacing'),
})

export const punctuationWidth = defineLintRule({
  id: 'typography/punctuation-width',
  severity: 'warning',
  fixable: true,
  docs: {
    description:
      'Full-width punctuation (，。！？：；) inside Chinese sentences, also next to emphasis, inline code, math, links, quotes and brackets and at the end of a list item; Latin letters and digits half-width (`123`, not `１２３`).',
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
    // cases autocorrect leaves: `说:"你好"`, `例如:a`, `支持Android.大家好`, `甲;乙`, `中文句子.English sentence`
    reportMatches(own, {
      pattern: HALF_WIDTH_MISSED,
      skip: (m) => m[2] !== undefined && ABBREVIATION.test(m[2]),
      message: (m) => msg.halfWidthPunct({ before: m[0] }),
      replace: (m) =>
        m[1] !== undefined
          ? `${m[1]}：`
          : m[2] !== undefined
            ? `${m[2]}。`
            : m[3] !== undefined
              ? `${m[3]}；`
              : `${m[4]}。`,
    })
    reportBoundaryPunctuation(context, (segment, index) => seen.has(key(segment, index)))
  },
})
