import { describe, expect, it } from 'vitest'
import {
  addedLines,
  planSuggestions,
  replacesMarker,
  suggestionKey,
  suggestionText,
} from '../../src/pr/report/suggestions.js'
import { withFixTexts } from '../../src/pr/report/with-fix-texts.js'
import { batches, conclusionOf, planCheckRun, toAnnotation } from '../../src/pr/report/check-annotations.js'
import type { ReportDiagnostic } from '../../src/pr/report-schema.js'
import { diag, fixOf } from './pr-fixture.js'

const TEXT = ['第一行,不变。', '第二行,改了(一)。', '第三行,也改了。', '```', '代码'].join('\n')
const d = (line: number, find: string, replace: string) =>
  diag('a.md', line, 'warning', 'typography/x', `fix ${find}`, {
    fix: fixOf(TEXT, line, find, replace),
  }) as ReportDiagnostic

describe('one-click fixes', () => {
  it('knows the added lines of a unified diff (RIGHT side)', () => {
    const patch =
      '@@ -1,3 +1,4 @@\n 第一行\n-旧\n+新\n+又新\n 尾\n\\ No newline at end of file\n@@ -10,1 +11,2 @@\n x\n+y'
    expect([...addedLines(patch)]).toEqual([2, 3, 12])
    expect(addedLines(undefined).size).toBe(0)
  })

  it('suggests only on added lines, merges fixes of one line, and skips what was posted', () => {
    const added = new Map([['a.md', new Set([2, 3])]])
    const texts = new Map([['a.md', TEXT]])
    const fixes = [d(1, ',', '，'), d(2, ',', '，'), d(2, '(一)', '（一）'), d(3, ',', '，')]
    const plan = planSuggestions(fixes, added, texts, new Set())
    expect(plan.map((s) => [s.line, s.text])).toEqual([
      [2, '第二行，改了（一）。'],
      [3, '第三行，也改了。'],
    ])
    expect(plan[0]!.body).toContain('`typography/x` fix ,<br>`typography/x` fix &#40;一&#41;')
    expect(suggestionText(plan[0]!.body)).toBe('第二行，改了（一）。')
    const key = suggestionKey('a.md', replacesMarker('第二行,改了(一)。'), '第二行，改了（一）。')
    const again = planSuggestions(fixes, added, texts, new Set([key]))
    expect(again.map((s) => s.line)).toEqual([3])
    expect(planSuggestions(fixes, new Map([['b.md', new Set([2])]]), texts, new Set())).toEqual([])
  })

  it('suggests a fix only where the head still holds the text the check saw (fixTexts)', () => {
    const added = new Map([['a.md', new Set([2, 3])]])
    const texts = new Map([['a.md', TEXT]])
    const fixes = [d(2, ',', '，'), d(3, ',', '，')]
    const at = (f: ReportDiagnostic, old: string) => ({ ...f.fix!, old })
    const plan = (fixTexts: ReturnType<typeof at>[]) =>
      planSuggestions(withFixTexts(fixes, [{ file: 'a.md', fixTexts }]), added, texts, new Set()).map(
        (s) => s.line,
      )
    // the text matches: suggested; the head holds other text there: not; listed texts without this fix: not
    expect(plan([at(fixes[0]!, ','), at(fixes[1]!, ',')])).toEqual([2, 3])
    expect(plan([at(fixes[0]!, ','), at(fixes[1]!, '也')])).toEqual([2])
    expect(plan([at(fixes[0]!, ',')])).toEqual([2])
    // an artifact written to DESIGN §8 alone (no texts): every fix as before
    expect(plan([])).toEqual([2, 3])
  })

  it('uses a longer fence when the replacement holds backticks', () => {
    const text = 'a ``` b'
    const fix = diag('a.md', 1, 'warning', 'x/y', 'm', {
      fix: { line: 1, column: 1, endLine: 1, endColumn: 2, text: 'A' },
    }) as ReportDiagnostic
    const [s] = planSuggestions(
      [fix],
      new Map([['a.md', new Set([1])]]),
      new Map([['a.md', text]]),
      new Set(),
    )
    expect(s!.body).toContain('````suggestion\nA ``` b\n````')
  })
})

describe('the check run', () => {
  it('batches annotations by 50, errors first, with a conclusion and a stable digest', () => {
    const many = Array.from(
      { length: 120 },
      (_, i) => diag('a.md', i + 1, i === 119 ? 'error' : 'warning', 'x/y', `m${i}`) as ReportDiagnostic,
    )
    const plan = planCheckRun(many, 'summary')
    expect(plan.annotations.map((b) => b.length)).toEqual([50, 50, 20])
    expect(plan.annotations[0]![0]).toMatchObject({ annotation_level: 'failure', start_line: 120 })
    expect(plan.conclusion).toBe('failure')
    expect(planCheckRun(many, 'summary').digest).toBe(plan.digest)
    expect(planCheckRun(many.slice(1), 'summary').digest).not.toBe(plan.digest)
    expect(conclusionOf(many.slice(0, 3))).toBe('neutral')
    expect(conclusionOf([])).toBe('success')
    expect(batches([1, 2, 3], 2)).toEqual([[1, 2], [3]])
  })

  it('gives columns only on one-line annotations', () => {
    const one = toAnnotation({
      ...diag('a.md', 3, 'info', 'x/y', 'm'),
      column: 4,
      endLine: 3,
      endColumn: 9,
    } as ReportDiagnostic)
    expect(one).toMatchObject({
      start_line: 3,
      end_line: 3,
      start_column: 4,
      end_column: 9,
      annotation_level: 'notice',
    })
    const two = toAnnotation({
      ...diag('a.md', 3, 'info', 'x/y', 'm'),
      column: 4,
      endLine: 5,
      endColumn: 2,
    } as ReportDiagnostic)
    expect(two).not.toHaveProperty('start_column')
    expect(toAnnotation(diag('a.md', 0, 'error', 'x/y', 'm') as ReportDiagnostic).start_line).toBe(1)
  })
})
