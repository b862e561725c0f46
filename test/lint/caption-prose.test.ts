/** Image titles (shown as figure captions) are linted for typography, with fixes inside the title. */
import { describe, expect, it } from 'vitest'
import { lintAndFix } from './lint-helpers.js'

describe('figure captions', () => {
  it('reports and fixes the typography of an image title', () => {
    const r = lintAndFix('![示意图](a.png "图1示意,很好")\n')
    expect(r.findings.map((f) => f.ruleId).sort()).toEqual([
      'typography/cjk-spacing',
      'typography/punctuation-width',
    ])
    // the position points into the title: `图1` is at column 16 of the body's first line (file line 9)
    const spacing = r.findings.find((f) => f.ruleId === 'typography/cjk-spacing')
    expect(spacing?.place?.start).toMatchObject({ line: 9, column: 16 })
    expect(r.fixed).toBe('![示意图](a.png "图 1 示意，很好")\n')
  })

  it('leaves a title it cannot find unescaped in the source alone', () => {
    const body = '![示意图](a.png "图1 \\"示意\\"")\n'
    expect(lintAndFix(body).fixed).toBe(body)
  })
})
