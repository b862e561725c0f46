/** Messages of `body/wrong-date`: dates written in the body that cannot be right. */
import { defineMessages, m } from '../message.js'

export const lintDateMessages = defineMessages('lintDates', {
  noSuchDay: m(
    (p: { date: string; month: number; days: number }) =>
      `\`${p.date}\` does not exist: month ${p.month} has ${p.days} days`,
    (p) => `\`${p.date}\` 不存在：${p.month} 月只有 ${p.days} 天`,
  ),
  noSuchDayHint: m(
    () => 'Check the date against the calendar of the event.',
    () => '对照活动日程核对日期。',
  ),
  /** `actual`: 0 Sunday … 6 Saturday; `guessed` 1: the year is the slot's (the text wrote none). */
  wrongWeekday: m(
    (p: { date: string; year: number; actual: number; written: number; guessed: number }) =>
      `\`${p.date}\`${Number(p.guessed) ? ` in ${p.year} (the year of the slot)` : ''} is a ${EN_DAYS[p.actual]}, not a ${EN_DAYS[p.written]}`,
    (p) =>
      `\`${p.date}\` ${Number(p.guessed) ? `在 ${p.year} 年（发送时间所在的年份）` : ''}是${ZH_DAYS[p.actual]}，不是${ZH_DAYS[p.written]}`,
  ),
  wrongWeekdayHint: m(
    (p: { actual: number }) => `Correct the weekday (${EN_DAYS[p.actual]}) or the date.`,
    (p) => `把星期改成${ZH_DAYS[p.actual]}，或者改正日期。`,
  ),
})

const EN_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
const ZH_DAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六']
