/**
 * The lint patterns that scan runs of one kind (spaces, dots, letters, the text inside a bracket) stay
 * linear: a match can start only at the first character of its run, so the engine reads a run once
 * instead of once from every character in it (a paragraph of 90,000 spaces took over a minute). Pinned
 * structurally, not by time: a sticky match from inside a run finds nothing, one from its start finds
 * the whole run, and the rules give the same findings as before on short text.
 */
import { describe, expect, it } from 'vitest'
import { HALF_WIDTH_MISSED } from '../../src/lint/rules/half-width-missed.js'
import { FULL, HALF, MISMATCHED } from '../../src/lint/rules/typography-brackets.js'
import { ELLIPSIS } from '../../src/lint/rules/typography-ellipsis.js'
import { SPACE_AROUND_FULLWIDTH } from '../../src/lint/rules/typography-space-before-fullwidth.js'

/** The match of `pattern` that starts exactly at `at`, if any. */
function stickyAt(pattern: RegExp, text: string, at: number): string | undefined {
  const sticky = new RegExp(pattern.source, 'y')
  sticky.lastIndex = at
  return sticky.exec(text)?.[0]
}

/** `run` characters from `start` are the run; `match` is what the pattern takes from its start. */
const CASES: { name: string; pattern: RegExp; text: string; start: number; run: number; match: string }[] = [
  {
    name: 'spaces before a full-width mark',
    pattern: SPACE_AROUND_FULLWIDTH,
    text: `用 TypeScript${' '.repeat(8)}，效果很好`,
    start: 12,
    run: 8,
    match: ' '.repeat(8),
  },
  {
    name: 'dots before Chinese',
    pattern: ELLIPSIS,
    text: `ok${'.'.repeat(9)}然后`,
    start: 2,
    run: 9,
    match: '.'.repeat(9),
  },
  {
    name: 'spaces before a half-width pair',
    pattern: HALF,
    text: `笔记${' '.repeat(6)}(测试版) 上线`,
    start: 2,
    run: 6,
    match: `${' '.repeat(6)}(测试版) `,
  },
  {
    name: 'spaces before a full-width pair',
    pattern: FULL,
    text: `笔记${' '.repeat(6)}（测试版）上线`,
    start: 2,
    run: 6,
    match: `${' '.repeat(6)}（测试版）`,
  },
  {
    name: 'spaces before a mismatched pair',
    pattern: MISMATCHED,
    text: `笔记${' '.repeat(6)}（大概吧)上线`,
    start: 2,
    run: 6,
    match: `${' '.repeat(6)}（大概吧)`,
  },
  {
    name: 'a Latin word before a spaced half-width comma',
    pattern: HALF_WIDTH_MISSED,
    text: `报名 ${'abc'.repeat(5)} ,名额`,
    start: 3,
    run: 15,
    match: `${'abc'.repeat(5)} ,`,
  },
  {
    name: 'a Latin word after Latin words in a Chinese sentence, before a full stop',
    pattern: HALF_WIDTH_MISSED,
    text: `代替 code ${'abc'.repeat(5)}.名额`,
    start: 8,
    run: 15,
    match: `${'abc'.repeat(5)}.`,
  },
  {
    name: 'a Latin word before a comma and a capitalised word',
    pattern: HALF_WIDTH_MISSED,
    text: `试用了 ${'abc'.repeat(5)},Cursor 和`,
    start: 4,
    run: 15,
    match: `${'abc'.repeat(5)},`,
  },
]

describe('patterns over runs', () => {
  for (const c of CASES) {
    it(`${c.name}: matched from the run's first character only`, () => {
      expect(stickyAt(c.pattern, c.text, c.start)).toBe(c.match)
      for (let at = c.start + 1; at < c.start + c.run; at++)
        expect(stickyAt(c.pattern, c.text, at)).toBeUndefined()
    })
  }

  it('leave the Chinese test of a bracket pair to code (no nested search of its text)', () => {
    for (const pattern of [HALF, MISMATCHED]) expect(pattern.source).not.toMatch(/u3400/)
  })
})
