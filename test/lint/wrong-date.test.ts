/** body/wrong-date (t19 N5): days a month does not have, weekdays a date does not fall on. */
import { describe, expect, it } from 'vitest'
import { configSchema } from '../../src/config/schema.js'
import { collectDiagnostics } from '../../src/diagnostics/collect-diagnostics.js'
import { createLinter } from '../../src/lint/lint-article.js'
import { articleOf, FRONT } from './lint-helpers.js'

/** The rule's messages in `locale`, for `body` in an article sent on 2027-05-01 (or without a slot). */
function found(body: string, slot = true, locale: 'en' | 'zh-CN' = 'en') {
  const front = slot ? FRONT.replace('---\n\n', 'slot: 2027-05-01T20:00:00+08:00\n---\n\n') : FRONT
  const config = configSchema.parse({})
  const article = articleOf(front + body, config)
  createLinter({ config }).lint(article)
  return collectDiagnostics([{ file: article.file, path: 'index.md' }], locale)
    .filter((d) => d.ruleId === 'body/wrong-date')
    .map((d) => d.message)
}

describe('body/wrong-date', () => {
  it('reports a day the month does not have, and a weekday the date does not fall on', () => {
    expect(found('春茶将于 2027 年 4 月 31 日晚上 8 点开售，5 月 8 日（周五）截止。\n')).toEqual([
      '`2027 年 4 月 31 日` does not exist: month 4 has 30 days',
      '`5 月 8 日` in 2027 (the year of the slot) is a Saturday, not a Friday',
    ])
    expect(found('2028 年 2 月 29 日（星期二）见。2027 年 2 月 29 日不存在。\n')).toEqual([
      '`2027 年 2 月 29 日` does not exist: month 2 has 28 days',
    ])
  })

  it('without a slot or a year, checks only the day of the month; says it in Chinese', () => {
    expect(found('5 月 8 日（周五）截止，4 月 31 日开售。\n', false)).toEqual([
      '`4 月 31 日` does not exist: month 4 has 30 days',
    ])
    expect(found('5 月 8 日（周五）截止。\n', true, 'zh-CN')).toEqual([
      '`5 月 8 日` 在 2027 年（发送时间所在的年份）是周六，不是周五',
    ])
  })

  it('is silent on right dates, on weekdays that match, and on text that is not a date', () => {
    for (const body of [
      '活动定于 2027 年 5 月 8 日（周六）举行，5 月 9 日，星期日，休息。\n',
      '报名截至 4 月 30 日。每月 31 日结算。第 13 月 5 日不是日期。\n',
      '`2027 年 4 月 31 日` 写在代码里不算。\n',
    ])
      expect(found(body), body).toEqual([])
  })
})
