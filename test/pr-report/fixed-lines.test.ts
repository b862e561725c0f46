/**
 * The lines `check --fix` writes (the artifact's `fixedLines`) and the suggestions made of them:
 * used only where the head still holds the checked lines and the PR added all of them; otherwise the
 * findings' own fixes, as before.
 */
import { describe, expect, it } from 'vitest'
import { fixedLines, relocateFixedLines } from '../../src/pr/fixed-lines.js'
import type { Fixable } from '../../src/pr/report/merge-fixes.js'
import { suggestedLines } from '../../src/pr/report/suggested-lines.js'
import { diag, fixOf } from './pr-fixture.js'

const TEXT = ['标题', '', '有错(一).', '不变', '又错(二).'].join('\n')
const FIXED = ['标题', '', '有错（一）。', '不变', '又错（二）。'].join('\n')
const fix = (line: number, find: string, replace: string) =>
  diag('a.md', line, 'warning', 'typography/brackets', 'm', {
    fix: fixOf(TEXT, line, find, replace),
  }) as Fixable
const FIXES = [fix(3, '(一)', '（一）'), fix(5, '(二)', '（二）')]
const ALL = new Set([1, 2, 3, 4, 5])

describe('fixed lines', () => {
  it('are the lines --fix changes, one block a line, or with a neighbour where lines come or go', () => {
    expect(fixedLines(TEXT, FIXED)).toEqual([
      { line: 3, endLine: 3, old: '有错(一).', text: '有错（一）。' },
      { line: 5, endLine: 5, old: '又错(二).', text: '又错（二）。' },
    ])
    expect(fixedLines('a\nb\nc', 'a\nb\nx\ny')).toEqual([
      { line: 2, endLine: 3, old: 'b\nc', text: 'b\nx\ny' },
    ])
    expect(fixedLines('a\nb', 'b')).toEqual([{ line: 1, endLine: 2, old: 'a\nb', text: 'b' }])
    expect(fixedLines(TEXT, TEXT)).toEqual([])
  })

  it('move to the head lines, and a block with a line of the base branch in it is dropped', () => {
    const blocks = fixedLines(TEXT, FIXED)
    // the checked-out file has two lines of the base's before line 3 that the head does not
    const hunks = [{ oldStart: 1, oldCount: 2, newStart: 0, newCount: 0 }]
    expect(relocateFixedLines(blocks, hunks).map((b) => b.line)).toEqual([1, 3])
    expect(relocateFixedLines(blocks, [{ oldStart: 3, oldCount: 1, newStart: 3, newCount: 1 }])).toHaveLength(
      1,
    )
    expect(relocateFixedLines(blocks, null)).toEqual([])
    expect(relocateFixedLines(blocks, undefined)).toEqual(blocks)
  })

  it('make the suggestion when the head holds them and the PR added them', () => {
    const lines = TEXT.split('\n')
    const blocks = fixedLines(TEXT, FIXED)
    const out = suggestedLines(lines, FIXES, blocks, ALL)
    expect(out.map((s) => [s.from, s.text, s.more])).toEqual([
      [3, '有错（一）。', true],
      [5, '又错（二）。', true],
    ])
    // no fixed lines (an artifact without them): the finding's own fix
    const own = suggestedLines(lines, FIXES, [], ALL)
    expect(own.map((s) => [s.from, s.text, s.more])).toEqual([
      [3, '有错（一）.', false],
      [5, '又错（二）.', false],
    ])
    // the head's line 5 is not what the check saw: not its fixed line but the finding's own fix
    // (which merge-fixes refuses in turn when the artifact names the text it replaces)
    const moved = [...lines.slice(0, 4), '又错(二)!']
    expect(suggestedLines(moved, FIXES, blocks, ALL).map((s) => s.text)).toEqual([
      '有错（一）。',
      '又错（二）!',
    ])
  })

  it('join two fixes when the fixed lines join them, and need every line added', () => {
    const text = 'a\n错(一)\nc'
    const f = diag('a.md', 2, 'warning', 'x/y', 'm', { fix: fixOf(text, 2, '(一)', '（一）') }) as Fixable
    const blocks = [{ line: 2, endLine: 3, old: '错(一)\nc', text: '错（一）\nc\nd' }]
    const lines = text.split('\n')
    expect(suggestedLines(lines, [f], blocks, new Set([2, 3])).map((s) => [s.from, s.to, s.text])).toEqual([
      [2, 3, '错（一）\nc\nd'],
    ])
    // line 3 was not added by the PR: the line's own fix only
    expect(suggestedLines(lines, [f], blocks, new Set([2])).map((s) => [s.from, s.to, s.text])).toEqual([
      [2, 2, '错（一）'],
    ])
  })
})
