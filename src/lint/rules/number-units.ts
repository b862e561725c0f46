/**
 * Numbers and their units, which autocorrect leaves alone: `达到５０％` has its digits made half-width
 * by autocorrect but keeps `％` (the mix `50％`), and `30 %`, `25 ℃`, `25 °C` hold a space a number and
 * its unit sign do not take (`30%`, `25℃`, `25°C`).
 */
import type { RuleContext } from '../define-lint-rule.js'
import { reportMatches } from '../prose-matches.js'
import { lintMessages } from '../../i18n/messages/lint.js'
const { msg } = lintMessages

/** A full-width percent sign after a number (half-width or full-width digits). */
const FULLWIDTH_PERCENT = /(?<=[0-9\uff10-\uff19])％/
/** A number, spaces and `%`, `‰`, `℃`, `℉` or `°` (`°C`), in Chinese text (SI spaces `25 °C` in English). */
const UNIT_SPACE = /(?<![0-9.])([0-9]+(?:\.[0-9]+)?) +(%|‰|℃|℉|°[CF]?)(?![0-9A-Za-z])/
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/

/** `50％` → `50%` (typography/punctuation-width). */
export function reportFullwidthPercent(context: RuleContext): void {
  reportMatches(context, {
    pattern: FULLWIDTH_PERCENT,
    message: (m) => msg.fullwidthAlnum({ before: m[0] }),
    // `５０％的` → `50% 的`: the space autocorrect would put after the half-width sign, in the same pass
    replace: (m, segment) => (HAN.test(segment.text.charAt(m.index + 1)) ? '% ' : '%'),
  })
}

/** `30 %` → `30%`, `25 ℃` → `25℃` (typography/cjk-spacing). */
export function reportUnitSpace(context: RuleContext): void {
  reportMatches(context, {
    pattern: UNIT_SPACE,
    skip: (_, segment) => !HAN.test(segment.text),
    message: (m) => msg.spacingUnit({ before: m[0] }),
    replace: (m) => `${m[1]}${m[2]}`,
  })
}

/** A date written with Chinese units (`2027年3月15日`, `3月15日`, `2027年`), which option `dates: "tight"` keeps unspaced. */
const DATE = /(?:\d{2,4}年)?(?:\d{1,2}月)?\d{1,2}[日号]|\d{2,4}年(?:\d{1,2}月)?|\d{1,2}月/g
/** Whether a place strictly inside one of the dates of `text` (found once per text, not per place). */
export function dateTest(text: string): (at: number) => boolean {
  const spans = [...text.matchAll(DATE)].map((m) => [m.index, m.index + m[0].length] as const)
  return (at) => spans.some(([start, end]) => start < at && at < end)
}
