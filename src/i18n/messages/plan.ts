/** The lines of `wxpress plan` (terminal and Markdown calendar) around the catalogue's findings. */
import { defineMessages, m } from '../message.js'

type Unit = 'day' | 'hour' | 'minute'
const ZH_UNIT: Record<Unit, string> = { day: '天', hour: '小时', minute: '分钟' }

export const planMessages = defineMessages('plan', {
  relative: m(
    (p: { n: number; unit: Unit | 'now'; when: 'future' | 'past' }) => {
      if (p.unit === 'now') return 'now'
      const text = `${p.n} ${p.unit}${p.n === 1 ? '' : 's'}`
      return p.when === 'future' ? `in ${text}` : `${text} ago`
    },
    (p) =>
      p.unit === 'now' ? '现在' : `${p.n} ${ZH_UNIT[p.unit] ?? p.unit}${p.when === 'future' ? '后' : '前'}`,
  ),
  ok: m(
    () => 'ok',
    () => '正常',
  ),
  blocked: m(
    () => 'BLOCKED',
    () => '受阻',
  ),
  sent: m(
    () => 'sent',
    () => '已发送',
  ),
  head: m(
    () => 'head',
    () => '头条',
  ),
  blockedBy: m(
    (p: { file: string; message: string; ruleId: string }) =>
      `blocked by ${p.file}: ${p.message} (${p.ruleId})`,
    (p) => `受阻：${p.file}：${p.message}（${p.ruleId}）`,
  ),
  /** `severity` already written in the locale; `n`: how many of the push's articles carry it. */
  finding: m(
    (p: { severity: string; message: string; ruleId: string; n: number }) =>
      `${p.severity}: ${p.message} (${p.ruleId}${Number(p.n) > 1 ? `, ${p.n} articles` : ''})`,
    (p) => `${p.severity}：${p.message}（${p.ruleId}${Number(p.n) > 1 ? `，${p.n} 篇文章` : ''}）`,
  ),
  moreErrors: m(
    (p: { n: number }) => `… and ${p.n} more error(s); \`wxpress check\` lists them all`,
    (p) => `……还有 ${p.n} 个错误；\`wxpress check\` 会全部列出`,
  ),
  calendarTitle: m(
    (p: { zone: string }) => `Editorial calendar (${p.zone})`,
    (p) => `推送日历（${p.zone}）`,
  ),
  calendarHeader: m(
    () => '| Date | Time | Audience | Mode | Articles (head first) | Status |',
    () => '| 日期 | 时间 | 受众 | 方式 | 文章（头条在前） | 状态 |',
  ),
  calendarBlocked: m(
    () => '⛔ blocked',
    () => '⛔ 受阻',
  ),
  calendarSent: m(
    () => '📤 sent',
    () => '📤 已发送',
  ),
  unscheduled: m(
    (p: { slugs: string }) => `Unscheduled: ${p.slugs}`,
    (p) => `未排期：${p.slugs}`,
  ),
})

/** How far `epochMs` is from `nowMs`, in the largest whole unit (days, hours, minutes). */
export function relativeTime(epochMs: number, nowMs: number) {
  const diff = epochMs - nowMs
  const abs = Math.abs(diff)
  const units: [number, Unit][] = [
    [86_400_000, 'day'],
    [3_600_000, 'hour'],
    [60_000, 'minute'],
  ]
  for (const [size, unit] of units) {
    if (abs >= size)
      return planMessages.msg.relative({
        n: Math.floor(abs / size),
        unit,
        when: diff >= 0 ? 'future' : 'past',
      })
  }
  return planMessages.msg.relative({ n: 0, unit: 'now', when: 'future' })
}
