/**
 * The tool's own Chinese follows the spacing it asks of writers: a space between Chinese and a
 * backticked code span, an English word or digits (`用 \`--content\` 指向`, not `用\`--content\`指向`).
 * Every zh-CN message of the catalogue is rendered with stand-in parameters (a private-use character,
 * then empty text, so both sides of `p.x ? … : …` are seen): only the catalogue's own text is judged,
 * never an interpolated value. Also: `--now garbage` does not say "not ISO-8601" twice.
 */
import { describe, expect, it } from 'vitest'
import { messageIds, renderText } from '../../src/i18n/catalogue.js'
import type { Params } from '../../src/i18n/message.js'
import { cliUsageMessages } from '../../src/i18n/messages/cli-usage.js'
import { configMessages } from '../../src/i18n/messages/config.js'
import { lintMessages } from '../../src/i18n/messages/lint.js'
import { lintDateMessages } from '../../src/i18n/messages/lint-dates.js'

const STAND_IN = '\uE000'
const HAN = /[\u3400-\u9fff]/
const params = (value: string) =>
  new Proxy({}, { get: (_, key) => (typeof key === 'string' ? value : undefined) }) as Params

/** Places in `text` where a code span, an English word or digits touch a Chinese character. */
function touching(text: string): string[] {
  // a stand-in that indexes a table (`ZH_DAYS[p.day]`) gives `undefined`: that is no text of the catalogue
  const clean = text.replace(/undefined|NaN/g, STAND_IN)
  const found: string[] = []
  const spans = [...clean.matchAll(/`[^`\n]+`/g)].map((m) => [m.index, m.index + m[0].length] as const)
  for (const [s, e] of spans) {
    if (HAN.test(clean[s - 1] ?? '') || HAN.test(clean[e] ?? ''))
      found.push(clean.slice(Math.max(0, s - 3), e + 3))
  }
  let plain = clean
  for (const [s, e] of spans) plain = plain.slice(0, s) + ' '.repeat(e - s) + plain.slice(e)
  for (const m of plain.matchAll(/[\u3400-\u9fff][A-Za-z0-9]|[A-Za-z0-9][\u3400-\u9fff]/g)) {
    found.push(clean.slice(Math.max(0, m.index - 6), m.index + 8))
  }
  return found
}

describe('spacing in the zh-CN catalogue', () => {
  it('finds what it looks for', () => {
    expect(touching('用 `--content`指向存放')).toEqual(['用 `--content`指向存'])
    expect(touching('运行wxpress 查看')).toHaveLength(1)
    expect(touching('共 3 个；用 `x` 代替；`a`、`b`（`c`）')).toEqual([])
  })

  it('has no code span, English word or digits touching Chinese in any message', () => {
    const offenders: string[] = []
    for (const id of messageIds()) {
      for (const value of [STAND_IN, '']) {
        const zh = renderText({ id, params: params(value) }, 'zh-CN')
        for (const place of touching(zh)) offenders.push(`${id}: ${place}`)
      }
    }
    expect([...new Set(offenders)]).toEqual([])
  })

  it('the places the testers found, with real values', () => {
    expect(renderText(configMessages.msg.missingContentHint({ flag: 1 }), 'zh-CN')).toContain(
      '或用 `--content` 指向存放',
    )
    const withheld = lintMessages.msg.fixWithheld({ field: 'topic', max: 20, fixed: 22, text: '' })
    expect(renderText(withheld, 'zh-CN')).toMatch(
      /^自动修正会让 `topic` 超过 20 个字符.*请先缩短 `topic`，再手动修改。$/,
    )
    const weekday = { date: '4 月 15 日', year: 2027, actual: 4, written: 3, guessed: 0 }
    expect(renderText(lintDateMessages.msg.wrongWeekday(weekday), 'zh-CN')).toBe(
      '`4 月 15 日` 是周四，不是周三',
    )
  })

  it('`--now garbage` says "not ISO-8601" once, in both languages', () => {
    const now = cliUsageMessages.msg.now({ value: 'garbage', problem: 'not an ISO-8601 date-time' })
    expect(renderText(now, 'zh-CN')).toBe(
      '应为带时区偏移的 ISO-8601 日期时间，例如 2027-04-15T08:00:00+08:00',
    )
    expect(renderText(now, 'en')).toBe(
      'expected an ISO-8601 date-time with offset, e.g. 2027-04-15T08:00:00+08:00',
    )
    const bare = cliUsageMessages.msg.now({ value: '2027-04-15', problem: 'a date without a time of day' })
    expect(renderText(bare, 'zh-CN')).toMatch(/；这个值只有日期，没有时间$/)
  })
})
