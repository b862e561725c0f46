/** The lines of `wxpress plan` (terminal and Markdown calendar) around the catalogue's findings. */
import { localDate } from '../../core/date-time.js'
import { defineMessages, m, zhList } from '../message.js'

type Unit = 'day' | 'hour' | 'minute'
const ZH_UNIT: Record<Unit, string> = { day: '天', hour: '小时', minute: '分钟' }

type Relative = { n: number; unit: Unit | 'now'; when: 'future' | 'past' }

const enRelative = (p: Relative) => {
  if (p.unit === 'now') return 'now'
  const text = `${p.n} ${p.unit}${p.n === 1 ? '' : 's'}`
  return p.when === 'future' ? `in ${text}` : `${text} ago`
}
const zhRelative = (p: Relative) =>
  p.unit === 'now' ? '现在' : `${p.n} ${ZH_UNIT[p.unit] ?? p.unit}${p.when === 'future' ? '后' : '前'}`

export const planMessages = defineMessages('plan', {
  /** After a push's local time: its UTC time and how far it is. */
  when: m(
    (p: Relative & { utc: string }) => `(${p.utc}, ${enRelative(p)})`,
    (p) => `（${p.utc}，${zhRelative(p)}）`,
  ),
  /** A push's status at the end of its line. */
  ok: m(
    () => '[ok]',
    () => '【正常】',
  ),
  blocked: m(
    () => '[BLOCKED]',
    () => '【受阻】',
  ),
  sent: m(
    () => '[sent]',
    () => '【已发送】',
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
    (p: { n: number }) => `… and ${p.n} more error(s); \`npx --no-install wxpress check\` lists them all`,
    (p) => `……还有 ${p.n} 个错误；\`npx --no-install wxpress check\` 会全部列出`,
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
  /** `more`: the push's other reasons (shown when > 0). */
  calendarBlockedWhy: m(
    (p: { message: string; ruleId: string; more: number }) =>
      `⛔ blocked: ${p.message} (\`${p.ruleId}\`)${Number(p.more) > 0 ? ` and ${p.more} more` : ''}`,
    (p) =>
      `⛔ 受阻：${p.message}（\`${p.ruleId}\`）${Number(p.more) > 0 ? `等 ${Number(p.more) + 1} 个问题` : ''}`,
  ),
  /** A push that goes out with a warning; `more`: its other warnings (shown when > 0). */
  calendarWarning: m(
    (p: { message: string; ruleId: string; more: number }) =>
      `⚠️ ${p.message} (\`${p.ruleId}\`)${Number(p.more) > 0 ? ` and ${p.more} more` : ''}`,
    (p) => `⚠️ ${p.message}（\`${p.ruleId}\`）${Number(p.more) > 0 ? `等 ${Number(p.more) + 1} 个警告` : ''}`,
  ),
  calendarSent: m(
    () => '📤 sent',
    () => '📤 已发送',
  ),
  /** Articles whose front-matter cannot be read: their slot is unknown, not missing. */
  unreadable: m(
    (p: { slugs: string }) =>
      `Front-matter has errors, the slot cannot be read (see \`wxpress check\`): ${p.slugs}`,
    (p) => `front-matter 有错误，读不出 slot（见 \`wxpress check\`）：${zhList(p.slugs)}`,
  ),
  /** The calendar of `plan --format ics` (what phone calendars show). */
  icsName: m(
    () => 'wxpress editorial calendar',
    () => 'wxpress 推送日历',
  ),
  /** Before the title of a blocked push's event. */
  icsBlocked: m(
    () => '[blocked] ',
    () => '【受阻】',
  ),
  /** `mode`: already in the locale (`mode` above); `articles`: the slugs, `, `-separated. */
  icsDescription: m(
    (p: { audience: string; mode: string; articles: string }) =>
      `Audience: ${p.audience}\nMode: ${p.mode}\nArticles: ${p.articles}`,
    (p) => `受众：${p.audience}\n方式：${p.mode}\n文章：${zhList(p.articles)}`,
  ),
  /** A push's mode as the writer says it: the value of `mode:` in English, the WeChat back-office word in Chinese. */
  mode: m(
    (p: { mode: string }) => p.mode,
    (p) => ({ draft: '草稿', publish: '发表', broadcast: '群发' })[p.mode] ?? `${p.mode}（未知方式）`,
  ),
})

/**
 * How far `epochMs` is from `nowMs`: in calendar days of `zone` when a day or more apart (Wednesday
 * 08:00 seen on Monday 09:00 is "in 2 days", as a reader of the dates counts, though only 47 hours),
 * else in whole hours or minutes.
 */
export function relativeParts(epochMs: number, nowMs: number, zone: string): Relative {
  const diff = epochMs - nowMs
  const abs = Math.abs(diff)
  const when = diff >= 0 ? 'future' : 'past'
  if (abs >= 86_400_000) {
    const days = Math.abs(Date.parse(localDate(epochMs, zone)) - Date.parse(localDate(nowMs, zone)))
    return { n: Math.round(days / 86_400_000), unit: 'day', when }
  }
  if (abs >= 3_600_000) return { n: Math.floor(abs / 3_600_000), unit: 'hour', when }
  if (abs >= 60_000) return { n: Math.floor(abs / 60_000), unit: 'minute', when }
  return { n: 0, unit: 'now', when: 'future' }
}

/** A push's UTC time and how far it is from `nowMs`, e.g. `(…Z, in 2 days)` / `（…Z，2 天后）`. */
export const pushWhen = (utc: string, epochMs: number, nowMs: number, zone: string) =>
  planMessages.msg.when({ utc, ...relativeParts(epochMs, nowMs, zone) })
