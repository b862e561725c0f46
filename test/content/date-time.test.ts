import { describe, expect, it } from 'vitest'
import { parseSlot } from '../../src/core/date-time.js'

describe('slot offsets (QA 11)', () => {
  it('accepts every real UTC offset, −12:00 to +14:00 (quarter hours included)', () => {
    for (const offset of ['-12:00', '+14:00', '+05:45', '-09:30', '+0800', '+08', 'Z']) {
      expect(parseSlot(`2027-03-05T20:00:00${offset}`, 'Asia/Shanghai').ok, offset).toBe(true)
    }
  })

  it('rejects an offset outside the real range or with 60+ minutes, quoting it', () => {
    for (const offset of ['+25:00', '+14:01', '-12:30', '-13:00', '+08:75', '+99']) {
      const r = parseSlot(`2027-03-05T20:00:00${offset}`, 'Asia/Shanghai')
      expect(r.ok, offset).toBe(false)
      if (!r.ok) expect(r.reason).toContain(`\`${offset}\``)
    }
  })
})
