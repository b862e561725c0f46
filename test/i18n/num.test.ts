// `num` writes whole numbers itself: exactly what toLocaleString('en') writes.
import { describe, expect, it } from 'vitest'
import { num } from '../../src/i18n/message.js'

describe('num', () => {
  it('writes what toLocaleString("en") writes', () => {
    const values = [
      0,
      -0,
      7,
      999,
      1000,
      -1234,
      20_000,
      1_234_567,
      2 ** 53 - 1,
      2 ** 53,
      1e21,
      1.5,
      1234.5678,
      Number.NaN,
      -Infinity,
    ]
    for (let i = 0; i < 2000; i++) values.push(Math.floor((i * 7919.123) ** 1.7) * (i % 2 ? -1 : 1))
    for (const n of values) expect(num(n)).toBe(n.toLocaleString('en'))
    expect(num('text')).toBe('text')
  })
})
