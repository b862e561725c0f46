/**
 * Alert issues follow the reason: a push blocked because it was sent under its old folder name
 * (`publish/renamed-after-send`) is never called "not sent" nor given "set a new slot" as next step;
 * an unreadable ledger may hide a sent push. The mode is the back-office word, as `plan` writes it.
 */
import { describe, expect, it } from 'vitest'
import { planAlerts, type AlertSite } from '../../src/publish/alerts/plan-alerts.js'
import { preparedComment } from '../../src/publish/alerts/pr-bodies.js'
import { localTime } from '../../src/publish/alerts/when.js'
import type { BlockReason, PushResult } from '../../src/publish/push-result.js'
import type { Push } from '../../src/schedule/push.js'

const slotMs = Date.parse('2027-03-03T08:00:00+08:00')
const push: Push = {
  id: 'main@2027-03-03T00:00:00Z',
  account: 'main',
  slotMs,
  slot: '2027-03-03T08:00:00+08:00',
  utc: '2027-03-03T00:00:00Z',
  localDate: '2027-03-03',
  audience: '技术读者',
  articles: ['b-tech-rust'],
  blocked: true,
  sent: false,
  blockedBy: [],
  diagnostics: [],
  mode: 'broadcast',
}
const site: AlertSite = { timezone: 'Asia/Shanghai', maxLatenessMinutes: 180, articles: new Map() }
const file = 'content/b-tech-rust/index.md'
const renamed: BlockReason = {
  file,
  ruleId: 'publish/renamed-after-send',
  message: '这篇文章没有发布台账，但文件夹已不存在的 `b-tech` 已于 2027-03-03 08:30 发送',
  hint: '如果 `b-tech` 改名成了 `b-tech-rust`：把文件夹改回 `b-tech`，或者在 wxpress-state 分支上移动它的台账',
}
const unreadable: BlockReason = { file, ruleId: 'publish/ledger-unreadable', message: '发布台账无法读取' }
const other: BlockReason = { file, ruleId: 'image/missing', message: '找不到图片' }
const issue = (...reasons: BlockReason[]) => {
  const result: PushResult = { push, due: true, status: 'blocked', reasons }
  return planAlerts([result], site).issues[0]!
}

describe('alert issue of a blocked push that was sent', () => {
  it('renamed after send: says it was sent and the ledger moves, never a new slot', () => {
    const { title, body } = issue(renamed)
    expect(title).toBe('wxpress：3 月 3 日 08:00 的推送已在旧文件夹名下发送过，台账需要迁移（被阻止）')
    expect(title).not.toContain('未发送')
    expect(body).toContain('**3 月 3 日 08:00** 的推送已经在旧文件夹名下发送过')
    expect(body).not.toContain('没有发出')
    const next = body.split('### 下一步\n')[1]!
    expect(next).toContain('把旧台账移到新名字下')
    expect(next).toContain('不要改新的 `slot`，也不要手动重发')
    expect(next).not.toContain('请改一个新的 `slot`')
    expect(next).not.toContain('下一次运行会发送')
    // the hint of publish itself is quoted under the reason
    expect(body).toContain(`  - 建议：${renamed.hint}`)
  })

  it('renamed after send with another error: still sent, and the other error is to be fixed', () => {
    const { title, body } = issue(renamed, other)
    expect(title).toContain('已在旧文件夹名下发送过')
    expect(body).toContain('wxpress check')
    expect(body).not.toContain('请改一个新的 `slot`')
  })

  it('an unreadable ledger: whether it was sent is unknown; no new slot before it is restored', () => {
    const { title, body } = issue(unreadable)
    expect(title).toBe('wxpress：3 月 3 日 08:00 的推送被阻止，台账无法读取')
    expect(body).toContain('这次运行没有发送；它此前是否发出过，要看无法读取的台账')
    expect(body).not.toContain('请改一个新的 `slot`')
    expect(body).toContain('台账恢复之前不要改 `slot` 或手动重发')
  })

  it('a push blocked by errors alone is still "未发送"', () => {
    expect(issue(other).title).toBe('wxpress：3 月 3 日 08:00 的推送未发送（被阻止）')
  })

  it('the mode is 群发 as in plan, not `broadcast`', () => {
    const { body } = issue(other)
    expect(body).toContain('（账号 `main`，方式：群发）')
    expect(body).not.toContain('broadcast')
    const slot = localTime(slotMs, 'Asia/Shanghai')
    const comment = preparedComment({
      slug: 'x',
      title: 'X',
      slot,
      account: 'main',
      mode: 'publish',
      findings: [],
    })
    expect(comment).toContain('方式：发表')
  })
})
