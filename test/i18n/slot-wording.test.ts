/**
 * How the schedule and publish messages speak of a slot in Chinese: 推送时间 (operators' word, never
 * 时段, which reads as "time period"); no "（本地 03:00）" repeating the local time just written; a miss
 * says how late it is and the allowed lateness (`已晚 5 小时，超过允许的 3 小时`).
 */
import { describe, expect, it } from 'vitest'
import { t } from '../../src/i18n/catalogue.js'
import type { Entry, Params } from '../../src/i18n/message.js'
import { SCHEDULE_IDS } from '../../src/i18n/messages/diagnostic-docs-schedule.js'
import { publishMessages } from '../../src/i18n/messages/publish.js'
import { scheduleMessages } from '../../src/i18n/messages/schedule.js'

const SAMPLE: Params = { when: '2027-03-08 03:00 Mon', windows: '07:00–09:00', minutes: 120, days: 90 }
const sample = (entry: Entry<Params>) => {
  // any other parameter: a placeholder
  const params = new Proxy(SAMPLE, { get: (o, k) => (typeof k === 'string' && o[k]) || 'x' })
  return (entry.zh as (p: Params) => string)(params)
}

describe('the Chinese word for a slot', () => {
  it('is 推送时间 in every schedule message and rule doc, never 时段', () => {
    for (const [id, entry] of Object.entries(scheduleMessages.entries)) {
      expect(sample(entry), id).not.toContain('时段')
    }
    for (const [id, , zh] of SCHEDULE_IDS) expect(zh, id).not.toContain('时段')
    expect(t('zh-CN', scheduleMessages.msg.past({ when: '2027-03-08 03:00 Mon', minutes: 180 }))).toBe(
      '推送时间 2027-03-08 03:00 周一 已过去超过 3 小时，文章却从未发出',
    )
  })

  it('outside the window: the local time is written once', () => {
    const params = { when: '2027-03-08 03:00 Mon', windows: '07:00–09:00, 19:00–22:00' }
    const zh = t('zh-CN', scheduleMessages.msg.outsideWindow(params))
    expect(zh).toBe('推送时间 2027-03-08 03:00 周一 不在推荐的推送窗口 07:00–09:00、19:00–22:00 内')
    expect(t('en', scheduleMessages.msg.outsideWindow(params))).not.toContain('local')
  })

  it('a miss says how late it is and the allowed lateness', () => {
    const message = publishMessages.msg.missed({ slot: '2027-03-05 20:30 周五', minutes: 180, late: 300 })
    expect(t('zh-CN', message)).toBe(
      '2027-03-05 20:30 周五 的推送已错过（已晚 5 小时，超过允许的 3 小时）；过时的推送绝不补发',
    )
    expect(t('en', message)).toBe(
      'Push of 2027-03-05 20:30 周五 was missed (5 hours late, more than the allowed 3 hours); it is never sent late',
    )
    const odd = publishMessages.msg.missed({ slot: 's', minutes: 90, late: 187 })
    expect(t('zh-CN', odd)).toContain('已晚 3 小时 7 分钟，超过允许的 1 小时 30 分钟')
  })
})
