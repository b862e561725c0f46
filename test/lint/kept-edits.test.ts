/**
 * The fix pass keeps an edit unless it overlaps a kept one or repeats one's range; the sorted set
 * decides it by a binary search. Pinned against the plain definition (every kept edit compared) on
 * random edits, and the line index (`locate.ts`) against a plain count.
 */
import { describe, expect, it } from 'vitest'
import { KeptEdits, type Range } from '../../src/lint/kept-edits.js'
import { pointAt } from '../../src/lint/locate.js'

/** A small deterministic generator (no dependence on Math.random between runs). */
function random(seed: number) {
  let s = seed
  return (n: number) => {
    s = (s * 1103515245 + 12345) % 2 ** 31
    return s % n
  }
}

const plainClash = (kept: readonly Range[], e: Range) =>
  kept.some((k) => (e.start < k.end && k.start < e.end) || (e.start === k.start && e.end === k.end))

describe('KeptEdits', () => {
  it('keeps the same edits as comparing each with every kept one', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const next = random(seed)
      const kept = new KeptEdits<Range>()
      const plain: Range[] = []
      for (let i = 0; i < 200; i++) {
        const start = next(300)
        const e = { start, end: start + (next(3) === 0 ? 0 : next(6)) }
        const clash = plainClash(plain, e)
        expect(kept.clashes(e), `seed ${seed}, edit ${i}`).toBe(clash)
        if (!clash) {
          kept.add(e)
          plain.push(e)
        }
      }
      const sorted = [...plain].sort((a, b) => a.start - b.start || a.end - b.end)
      expect(kept.edits).toEqual(sorted)
    }
  })

  it('finds the line and column of an offset', () => {
    const text = 'ab\ncd\n\nefg'
    const starts = [0, 3, 6, 7]
    for (let offset = 0; offset <= text.length; offset++) {
      const before = text.slice(0, offset)
      const line = before.split('\n').length
      const column = offset - (before.lastIndexOf('\n') + 1) + 1
      expect(pointAt({ starts }, offset)).toEqual({ line, column, offset })
    }
  })
})
