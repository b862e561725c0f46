import { describe, expect, it } from 'vitest'
import { codePoints } from '../../src/core/code-points.js'

describe('codePoints', () => {
  it('counts as `[...s].length` does: pairs once, lone surrogates once each', () => {
    for (const s of ['', '中文', 'a😀b', '😀😀', '\ud83d', 'x\ude00y', '\ud83d\ud83d\ude00', '点赞👍🏻，完'])
      expect(codePoints(s)).toBe([...s].length)
  })
})
