import { describe, expect, it } from 'vitest'
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js'
import { withFixOldText } from '../../src/pr/fix-old-text.js'
import { lineAtHead, parseLineMoves, relocateToHead } from '../../src/pr/relocate-to-head.js'

// from the checked-out file to the head: its lines 3–4 are the base's (the head lacks them), the head
// has one line more after its line 8, and its line 10 differs; the head has no `b.md` at all
const PATCH = [
  'diff --git a/a.md b/a.md',
  '--- a/a.md',
  '+++ b/a.md',
  '@@ -3,2 +2,0 @@',
  '-编者按',
  '-',
  '@@ -8,0 +7,1 @@',
  '+head only',
  '@@ -10 +9 @@',
  '-old',
  '+new',
  'diff --git a/b.md b/b.md',
  '--- a/b.md',
  '+++ /dev/null',
  '@@ -1,2 +0,0 @@',
].join('\n')

const d = (file: string, line: number, extra: Partial<Diagnostic> = {}): Diagnostic => ({
  file,
  line,
  column: 2,
  severity: 'warning',
  ruleId: 'typography/punctuation-width',
  source: 'wxpress',
  message: 'm',
  ...extra,
})

describe('relocateToHead', () => {
  const moves = parseLineMoves(PATCH)
  const a = moves.get('a.md')!

  it('moves lines by the hunks before them; lines the head lacks go to the nearest head line', () => {
    expect([1, 2, 5, 8, 9, 11].map((l) => lineAtHead(a, l))).toEqual([
      { line: 1, exact: true },
      { line: 2, exact: true },
      { line: 3, exact: true },
      { line: 6, exact: true },
      { line: 8, exact: true },
      { line: 10, exact: true },
    ])
    expect(lineAtHead(a, 3)).toEqual({ line: 2, exact: false })
    expect(lineAtHead(a, 10)).toEqual({ line: 9, exact: false })
    expect(moves.get('b.md')).toBeNull()
  })

  it('keeps ranges and fixes that moved whole, drops the ones a base line cuts', () => {
    const fix = { line: 5, column: 2, endLine: 5, endColumn: 3, text: '，' }
    const out = relocateToHead(
      [
        d('a.md', 5, { endLine: 5, endColumn: 3, fix }),
        d('a.md', 2, { endLine: 5, endColumn: 1, fix: { ...fix, line: 2 } }),
        d('a.md', 4, { fix: { ...fix, line: 4, endLine: 4 } }),
        d('b.md', 1),
        d('c.md', 7, { fix: { ...fix, line: 7, endLine: 7 } }),
      ],
      moves,
    )
    expect(out[0]).toMatchObject({ line: 3, endLine: 3, endColumn: 3, fix: { line: 3, endLine: 3 } })
    expect(out[1]).toMatchObject({ line: 2 })
    expect(out[1]?.endLine).toBeUndefined()
    expect(out[1]?.fix).toBeUndefined()
    expect(out[2]).toEqual({ ...d('a.md', 2), column: 1 })
    expect(out[3]).toEqual({ ...d('b.md', 1), column: 1 })
    expect(out[4]).toMatchObject({ line: 7, fix: { line: 7 } })
  })
})

describe('withFixOldText', () => {
  it('names the text each fix replaces, and drops a fix outside the text', () => {
    const text = '第一行\n报名,名额有限\n'
    const fix = { line: 2, column: 3, endLine: 2, endColumn: 4, text: '，' }
    const [ok, outside] = withFixOldText(
      [d('a.md', 2, { fix }), d('a.md', 9, { fix: { ...fix, line: 9, endLine: 9 } })],
      new Map([['a.md', text]]),
    )
    expect(ok?.fix).toEqual({ ...fix, old: ',' })
    expect(outside?.fix).toBeUndefined()
  })
})
