/** `typography/cjk-spacing` shows whole tokens (`18:00`), and option `dates: "tight"` keeps `2027年3月15日` unspaced. */
import { describe, expect, it } from 'vitest'
import { lintAndFix } from './lint-helpers.js'

describe('dates', () => {
  it('quotes `18:00` whole in the hint', () => {
    const r = lintAndFix('时间：2027年3月15日18:00\n')
    expect(r.findings.map((f) => f.value)).toEqual(['2027年3月15日18:00'])
    expect(r.fixed).toBe('时间：2027 年 3 月 15 日 18:00\n')
    expect(lintAndFix('时间是18:00\n', {}, false).findings.map((f) => f.value)).toEqual(['是18:00'])
  })

  it('keeps dates tight with option `dates: "tight"`, spacing what is around them', () => {
    const rules = { 'typography/cjk-spacing': ['warn', { dates: 'tight' }] } as const
    const r = lintAndFix('会议在2027年3月15日18:00开始，3月16日结束\n', { rules } as never)
    expect(r.fixed).toBe('会议在 2027年3月15日 18:00 开始，3月16日结束\n')
  })
})
