/** An impossible offset in `slot` is explained in Chinese on a zh-CN site, as `--now`'s is (tester report N12). */
import { describe, expect, it } from 'vitest'
import { renderText } from '../../src/i18n/catalogue.js'
import { contentMessages } from '../../src/i18n/messages/content.js'
import { parseSlot } from '../../src/core/date-time.js'

describe('an impossible UTC offset in slot', () => {
  it('reads as Chinese', () => {
    const parsed = parseSlot('2027-03-02T20:00:00+25:00', 'Asia/Shanghai')
    expect(parsed.ok).toBe(false)
    const reason = parsed.ok ? '' : parsed.reason
    const text = renderText(
      contentMessages.msg.invalidSlot({ reason, text: '2027-03-02T20:00:00+25:00' }),
      'zh-CN',
    )
    expect(text).toBe(
      '`slot` 的 UTC 偏移 `+25:00` 不存在（实际偏移在 -12:00 到 +14:00 之间，分钟小于 60）：2027-03-02T20:00:00+25:00',
    )
  })
})
