/** Testers' reports: percent and temperature signs after numbers, marks in a row, a single dash. */
import { describe, expect, it } from 'vitest'
import { lintAndFix } from './lint-helpers.js'

const run = (body: string) => {
  const r = lintAndFix(`${body}\n`)
  return { rules: r.findings.map((f) => f.ruleId), fixed: r.fixed.slice(0, -1) }
}

describe('numbers and units', () => {
  it.each([
    ['用户满意度达到５０％', '用户满意度达到 50%'],
    ['达到５０％的人', '达到 50% 的人'],
    ['达到50％的人', '达到 50% 的人'],
    ['提升了 30 % 的性能', '提升了 30% 的性能'],
    ['今天 25 ℃', '今天 25℃'],
    ['今天 25 °C 左右', '今天 25°C 左右'],
    ['占 3.5 ‰', '占 3.5‰'],
  ])('%s → %s', (body, expected) => {
    const r = run(body)
    expect(r.rules.length).toBeGreaterThan(0)
    expect(r.fixed).toBe(expected)
  })

  it.each(['达到 100% 的覆盖。', 'It is 25 °C today', '温度 25℃ 左右', '转了 90° 角'])(
    'leaves %s alone',
    (body) => {
      expect(run(body).rules).toEqual([])
    },
  )
})

describe('marks in a row and dashes', () => {
  it.each([
    ['真的假的！？！？', '真的假的！？'],
    ['他说—这是', '他说——这是'],
  ])('%s → %s', (body, expected) => {
    const r = run(body)
    expect(r.rules).toContain('typography/repeated-punctuation')
    expect(r.fixed).toBe(expected)
  })

  it('reports `，。` without choosing a mark for the writer', () => {
    const r = lintAndFix('好的，。我知道了\n')
    expect(r.findings.map((f) => [f.ruleId, f.value, f.fix])).toEqual([
      ['typography/repeated-punctuation', '，。', undefined],
    ])
  })

  it.each(['真的吗？！', '他说——这是', '1990—2000 年', '好的，我知道了。'])('leaves %s alone', (body) => {
    expect(run(body).rules).toEqual([])
  })
})
