import { describe, expect, it } from 'vitest'
import { mayAutocorrect } from '../../src/lint/rules/may-autocorrect.js'
import { autocorrect } from '../../src/lint/rules/autocorrect-hunks.js'

/** A seeded generator (mulberry32), so that a failure can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

// every kind of character autocorrect looks at: CJK of each script, Latin, digits, ASCII and full-width
// punctuation and forms, curly quotes, spaces of each kind, symbols
const EVERYTHING = [
  ...'中文あア한ｱaZ1é ,.:()-@#%"\'，。！（）“”‘’、：１Ａ\tｱ—…·/`*_[]<>&~$+=?!;|\\\n{}「」《》％＃＠；？￥０９ａｚ\u00a0\u3000①™°±×÷€£¥©®→',
]
// what Chinese prose mostly is: no ASCII punctuation, so many strings pass the cheap test
const PROSE = [...'中文中文中文あア한aZ1    ，。！（）“”‘’、：\n—…·%$#&12aAzZ9é（）《》「」①™°']

function check(alphabet: string[], count: number, maxLength: number, seed: number): { passed: number } {
  const next = random(seed)
  let passed = 0
  for (let i = 0; i < count; i++) {
    let text = ''
    const length = 1 + Math.floor(next() * maxLength)
    for (let j = 0; j < length; j++) text += alphabet[Math.floor(next() * alphabet.length)]
    if (mayAutocorrect(text)) continue
    passed++
    // a string the cheap test lets through must be one autocorrect leaves alone
    expect(autocorrect(text), JSON.stringify(text)).toBe(text)
  }
  return { passed }
}

describe('mayAutocorrect', () => {
  it('lets well-spaced Chinese through and stops what autocorrect changes', () => {
    expect(mayAutocorrect('我们用 TypeScript 重写了流水线，构建时间从 40 秒降到 6 秒。')).toBe(false)
    expect(mayAutocorrect('Plain English, with punctuation.')).toBe(false)
    for (const text of [
      '使用TypeScript',
      '共3场',
      '大家好,我是',
      '１２３',
      '中文 ，中文',
      '中文　中文',
      '时间 1：30 开始',
    ]) {
      expect(mayAutocorrect(text), text).toBe(true)
      expect(autocorrect(text), text).not.toBe(text)
    }
  })

  it('never lets through a string autocorrect would change (random strings, fixed seeds)', () => {
    expect(check(EVERYTHING, 60_000, 10, 1).passed).toBeGreaterThan(5_000)
    expect(check(PROSE, 30_000, 30, 2).passed).toBeGreaterThan(2_000)
  })
})
