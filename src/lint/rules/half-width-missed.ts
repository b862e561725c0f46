/** Half-width marks in Chinese sentences that autocorrect leaves (typography/punctuation-width). */
import type { RuleContext } from '../define-lint-rule.js'
import { reportMatches } from '../prose-matches.js'
import { lintMessages } from '../../i18n/messages/lint.js'
import { lintRuleMessages } from '../../i18n/messages/lint-rules.js'
import { CJK, SENTENCE_END } from './autocorrect-hunks.js'
const { msg } = lintMessages

/**
 * Half-width marks autocorrect leaves in Chinese sentences: `说:"`, `例如:a` and `时间:3月` (a colon
 * between Chinese and a quote, a Latin letter or a digit; the one of `10:30` stays), `Android.大`
 * and `代替 code review.欢迎` (a full stop after a Latin word in a Chinese sentence: Chinese before it,
 * at most four spaced Latin words between; before Chinese; not `U.S.政府`, `e.g.`, `Node.js`, `v1.2`
 * or an abbreviation, `Inc.`, `et al.`), `Copilot,Cursor 和` (a comma between Latin words, the next
 * one capitalised, with Chinese a few words away on both sides; not `a,b`), `甲;乙` (a semicolon
 * between Chinese) and `中文句子.English sentence` (a full stop ending Chinese before an English
 * sentence; not `笔记.md`; also `60%.但`), a colon before a currency sign (`价格:¥100`), and a mark typed after a space before Chinese (`报名页 ,名额`, `Vue ,名额`),
 * which autocorrect leaves as it is, also ending a paragraph or a quote (`白屏 ?`, `“真的吗 ?”`), and a colon after a number after Chinese, before Chinese (`图1:示意`; not `3:1` or `10:30`), a `?` or `!`
 * between spaces after a sentence-final particle, before Chinese (`真的吗 ? 我不信`: a question, where
 * `用 ? 表示可选` names the sign and stays) (not at the start of a segment: after a bare URL a full-width mark
 * would become part of the link). A Latin word is tried from its first letter only, so a long run of
 * letters or digits is read once, not once per character.
 */
/** Up to four spaced Latin words between the Chinese and the word a full stop ends (`代替 code review.欢迎`). */
const LATIN_WORDS = "(?:[A-Za-z0-9][A-Za-z0-9+#'’-]* ){0,4}"
export const HALF_WIDTH_MISSED = new RegExp(
  `([${CJK}]):(?=["“「『‘A-Za-z0-9¥￥$€£])|(?<=[${CJK}] ?${LATIN_WORDS})([A-Za-z][A-Za-z0-9]*[A-Za-z0-9]|[0-9]+%)\\.(?=[${CJK}])|([${CJK}]);(?=[${CJK}])|([${CJK}])\\.(?=[A-Z][a-z]+ [A-Za-z])|((?<![A-Za-z0-9])[A-Za-z0-9]+|[^\\sA-Za-z0-9]) +([,;!?])(?=[${CJK}])|([${CJK}]) +([!?])${SENTENCE_END}|(?<=[${CJK}] ?)([0-9]{1,8}):(?=[${CJK}])|([吗呢吧啊呀嘛么哦哇啦了呗咯]) +([!?]) +(?=[${CJK}])|(?<=[${CJK}] ?${LATIN_WORDS})([A-Za-z][A-Za-z0-9]*[A-Za-z0-9]),(?=[A-Z][A-Za-z0-9]*[A-Za-z0-9](?:[ ,][A-Za-z0-9][A-Za-z0-9+#'’-]*){0,4} ?[${CJK}])`,
  'g',
)
/** The full-width form of a half-width mark. */
const FULL_WIDTH = { ',': '，', ';': '；', '!': '！', '?': '？' }
/** Latin abbreviations whose full stop is part of the word (`Apple Inc.公司`). */
const ABBREVIATION =
  /^(?:etc|Inc|Ltd|Co|Corp|Jr|Sr|St|vs|No|Mr|Mrs|Ms|Dr|Prof|Fig|Vol|Ed|al|approx|eg|ie|cf)$/i

/** Reports the marks above, each with its full-width fix. */
export function reportHalfWidthMissed(context: RuleContext): void {
  // cases autocorrect leaves: `说:"你好"`, `例如:a`, `时间:3月`, `支持Android.大家好`, `甲;乙`, `中文句子.English sentence`
  reportMatches(context, {
    pattern: HALF_WIDTH_MISSED,
    skip: (m) =>
      (m[2] !== undefined && ABBREVIATION.test(m[2])) ||
      // `， ,记`: a half-width mark after its full-width twin is deleted (see twin-marks.ts)
      (m[6] !== undefined && m[5] === FULL_WIDTH[m[6] as keyof typeof FULL_WIDTH]),
    message: (m) => msg.halfWidthPunct({ before: m[0] }),
    replace: (m) =>
      m[1] !== undefined
        ? `${m[1]}：`
        : m[2] !== undefined
          ? `${m[2]}。`
          : m[3] !== undefined
            ? `${m[3]}；`
            : m[4] !== undefined
              ? `${m[4]}。`
              : m[7] !== undefined
                ? `${m[7]}${FULL_WIDTH[m[8] as keyof typeof FULL_WIDTH]}`
                : m[5] !== undefined
                  ? `${m[5]}${FULL_WIDTH[m[6] as keyof typeof FULL_WIDTH]}`
                  : m[9] !== undefined
                    ? `${m[9]}：`
                    : m[12] !== undefined
                      ? `${m[12]}，`
                      : `${m[10]}${FULL_WIDTH[m[11] as keyof typeof FULL_WIDTH]}`,
  })
}

/**
 * Full-width marks typed inside a number: a thousands separator (`1，028.6`, `12，000，000`: three
 * digits after each) or a decimal point (`7。0836`: two or more digits after it). A stop before one
 * digit (`是 2。3 月`) or before a year (`2025。2026 年`) ends a sentence and stays.
 */
const IN_NUMBER = /(?<=\d)，(?=\d{3}(?!\d))|(?<=\d)。(?=\d{2,}(?!\d|\s?[\u3400-\u9fff]))/g
const IN_NUMBER_HALF: Record<string, string> = { '，': ',', '。': '.' }

/** Reports the marks above, made half-width. */
export function reportNumberMarks(context: RuleContext): void {
  reportMatches(context, {
    pattern: IN_NUMBER,
    message: (m) => lintRuleMessages.msg.markInNumber({ mark: m[0] }),
    replace: (m) => IN_NUMBER_HALF[m[0]],
    // the whole number as it should read (`1,028.6`)
    hint: (m, segment) => {
      const before = /[\d,.]*$/.exec(segment.text.slice(0, m.index))![0]
      const after = /^[\d,.]*/.exec(segment.text.slice(m.index + 1))![0]
      return msg.write({ text: `${before}${IN_NUMBER_HALF[m[0]]}${after}` })
    },
  })
}
