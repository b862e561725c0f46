/** The texts of publish alerts: plain functions over values, pinned by goldens. */
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { planAlerts, type AlertSite } from '../../src/publish/alerts/plan-alerts.js'
import { preparedComment } from '../../src/publish/alerts/pr-bodies.js'
import { lateness, localTime } from '../../src/publish/alerts/when.js'
import type { PushResult } from '../../src/publish/push-result.js'
import type { Push } from '../../src/schedule/push.js'

const golden = (name: string) => path.join(import.meta.dirname, 'golden', 'alerts', name)
const ZONE = 'Asia/Shanghai'
const slotMs = Date.parse('2027-03-01T20:00:00+08:00')
const push: Push = {
  id: 'main@2027-03-01T12:00:00Z',
  account: 'main',
  slotMs,
  slot: '2027-03-01T20:00:00+08:00',
  utc: '2027-03-01T12:00:00Z',
  localDate: '2027-03-01',
  audience: '全部粉丝',
  articles: ['spring', 'notes'],
  blocked: false,
  sent: false,
  blockedBy: [],
  diagnostics: [],
  mode: 'broadcast',
}
const site: AlertSite = {
  timezone: ZONE,
  maxLatenessMinutes: 180,
  articles: new Map([
    ['spring', { title: '春天的第一篇', path: 'content/spring/index.md' }],
    ['notes', { title: '读书笔记', path: 'content/notes/index.md' }],
  ]),
  fileLink: (p) => `https://github.com/shanhai/site/blob/HEAD/${p}`,
}
const one = (result: PushResult) => planAlerts([result], site)

describe('alert texts', () => {
  it('times and lateness in Chinese', () => {
    expect(localTime(slotMs, ZONE)).toEqual({
      short: '3 月 1 日 20:00',
      full: '2027-03-01 20:00（UTC+8）',
      utc: '2027-03-01T12:00:00Z',
    })
    expect([0, 12, 60, 125].map(lateness)).toEqual([
      '准时',
      '晚了 12 分钟',
      '晚了 1 小时',
      '晚了 2 小时 5 分钟',
    ])
  })

  it('one issue per kind of trouble (goldens)', async () => {
    const missed = one({ push, due: true, status: 'missed', latenessMinutes: 200 })
    expect(missed.issues[0]!.title).toBe('wxpress：3 月 1 日 20:00 的推送未发送（错过）')
    await expect(missed.issues[0]!.body).toMatchFileSnapshot(golden('missed.md'))
    // the body does not grow with lateness: an unchanged reason leaves the issue alone
    expect(one({ push, due: true, status: 'missed', latenessMinutes: 215 }).issues).toEqual(missed.issues)
    const blocked = one({
      push,
      due: true,
      status: 'blocked',
      reasons: [
        { file: 'content/notes/index.md', ruleId: 'content/cover-missing', message: 'No cover `c.png`' },
      ],
    })
    expect(blocked.issues[0]!.title).toBe('wxpress：3 月 1 日 20:00 的推送未发送（被阻止）')
    await expect(blocked.issues[0]!.body).toMatchFileSnapshot(golden('blocked.md'))
    const failed = one({
      push,
      due: true,
      status: 'failed',
      errcode: 40164,
      message: 'message/mass/sendall failed',
    })
    await expect(failed.issues[0]!.body).toMatchFileSnapshot(golden('failed-40164.md'))
    const unconfirmed = one({
      push,
      due: true,
      status: 'failed',
      unconfirmed: true,
      message: 'a mass send was interrupted',
    })
    expect(unconfirmed.issues[0]!.title).toBe('wxpress：3 月 1 日 20:00 的推送可能已发送（结果未确认）')
    // not due yet, or fine: no issue
    expect(one({ push, due: false, status: 'blocked', reasons: [] }).issues).toEqual([])
    expect(one({ push, due: true, status: 'drafted' }).issues).toEqual([])
  })

  it('a sent push: the closing comment and one "sent" comment per article (goldens)', async () => {
    const plan = one({
      push,
      due: true,
      status: 'sent',
      sentAt: '2027-03-01T12:12:30Z',
      latenessMinutes: 12,
      reconciled: false,
      articles: [{ slug: 'spring', url: 'https://mp.weixin.qq.com/s/abc' }, { slug: 'notes' }],
    })
    expect(plan.issues).toEqual([])
    expect(plan.close).toEqual([
      {
        marker: '<!-- wxpress:alert:main:2027-03-01T12:00:00Z -->',
        comment:
          '已发送：https://mp.weixin.qq.com/s/abc（2027-03-01 20:12（UTC+8），晚了 12 分钟）。关闭此问题。',
      },
    ])
    expect(plan.sent.map((s) => s.marker)).toEqual([
      '<!-- wxpress:sent:spring -->',
      '<!-- wxpress:sent:notes -->',
    ])
    await expect(plan.sent.map((s) => s.body).join('\n\n---\n\n')).toMatchFileSnapshot(golden('sent.md'))
  })

  it('the prepared-draft comment with and without preflight findings (golden)', async () => {
    const slot = localTime(slotMs, ZONE)
    const base = { slug: 'spring', title: '春天的第一篇', slot, account: 'main', mode: 'broadcast' }
    expect(preparedComment({ ...base, findings: [] })).toContain('### 📝 已准备草稿 · 预检通过：春天的第一篇')
    const found = preparedComment({
      ...base,
      findings: [
        {
          severity: 'error',
          ruleId: 'publish/unknown-tag',
          message: 'Follower tag 「技术读着」 does not exist',
          hint: 'Did you mean 「技术读者」?',
        },
        {
          severity: 'error',
          ruleId: 'publish/mode-not-allowed',
          message: 'needs a verified account',
        },
      ],
    })
    await expect(found).toMatchFileSnapshot(golden('prepared-findings.md'))
  })
})
