/**
 * `body/wrong-date`: a date in the body that cannot be right: a day the month does not have
 * (`4 月 31 日`, `2 月 29 日` of a common year), or a weekday beside it that the date does not fall on
 * (`5 月 8 日（周五）` in 2027, a Saturday). A date without a year is read in the year of the article's
 * slot (or the next one, when that puts it more than half a year before the slot); without either
 * only the day of the month is checked. Not fixable: which of the two is wrong only the writer knows.
 */
import { defineLintRule } from '../define-lint-rule.js'
import { lintDateMessages } from '../../i18n/messages/lint-dates.js'
const { msg } = lintDateMessages

const DATE =
  /((?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号])(?:\s*[（(]\s*|\s*[，,]?\s*)(?:(?:周|星期|礼拜)([一二三四五六日天]))?/g
const WEEKDAY: Record<string, number> = { 日: 0, 天: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6 }
const HALF_YEAR_MS = 183 * 86_400_000

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate()

export const wrongDate = defineLintRule({
  id: 'body/wrong-date',
  severity: 'warning',
  fixable: false,
  docs: {
    description:
      'A date in the body that cannot be right: a day its month does not have (`4 月 31 日`), or a weekday beside it that the date does not fall on (`5 月 8 日（周五）` when that is a Saturday). Without a year the date is read in the year of the slot.',
    rationale:
      'Event posts live on their dates: a wrong weekday sends readers on the wrong day, and a published article can no longer be corrected.',
    bad: '活动定于 2027 年 5 月 8 日（周五）举行，报名截至 4 月 31 日。',
    good: '活动定于 2027 年 5 月 8 日（周六）举行，报名截至 4 月 30 日。',
  },
  check: (context) => {
    const slot = context.article.slot
    const slotYear = slot ? Number(slot.text.slice(0, 4)) : undefined
    for (const segment of context.prose) {
      if (segment.where !== 'body' || !segment.text.includes('月')) continue
      for (const m of segment.text.matchAll(DATE)) {
        const [, date = '', yearText, monthText, dayText, weekdayText] = m
        const month = Number(monthText)
        const day = Number(dayText)
        if (month < 1 || month > 12 || day < 1) continue
        let year = yearText ? Number(yearText) : slotYear
        if (
          !yearText &&
          year !== undefined &&
          slot &&
          Date.UTC(year, month - 1, day) < slot.epochMs - HALF_YEAR_MS
        )
          year += 1
        const place = context.locate(segment, m.index, m.index + date.length)
        const days = daysIn(year ?? 2028, month) // a leap year when unknown: 2 月 29 日 may exist
        if (day > days) {
          context.report({
            message: msg.noSuchDay({ date, month, days }),
            place,
            value: date,
            hint: msg.noSuchDayHint(),
          })
          continue
        }
        if (weekdayText === undefined || year === undefined) continue
        const actual = new Date(Date.UTC(year, month - 1, day)).getUTCDay()
        if (actual === WEEKDAY[weekdayText]) continue
        context.report({
          message: msg.wrongWeekday({
            date,
            year,
            actual,
            written: WEEKDAY[weekdayText]!,
            guessed: yearText ? 0 : 1,
          }),
          place,
          value: date,
          hint: msg.wrongWeekdayHint({ actual }),
        })
      }
    }
  },
})
