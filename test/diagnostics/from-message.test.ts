import { describe, expect, it } from 'vitest'
import { VFile } from 'vfile'
import { fromMessage } from '../../src/diagnostics/collect-diagnostics.js'
import { report } from '../../src/diagnostics/diagnostic.js'
import { sampleDiagnostics } from './sample-diagnostics.js'

describe('fromMessage', () => {
  it('maps severity, position, hint, field and value', () => {
    const file = new VFile({ path: 'x.md' })
    const message = report(file, 'warning', 'title/max-length', 'lint', 'Too long', {
      place: { start: { line: 3, column: 2 }, end: { line: 3, column: 9 } },
      hint: 'Shorten',
      field: 'title',
      value: 42,
    })
    expect(fromMessage(message, 'content/x/index.md')).toEqual({
      file: 'content/x/index.md',
      line: 3,
      column: 2,
      endLine: 3,
      endColumn: 9,
      severity: 'warning',
      ruleId: 'title/max-length',
      source: 'lint',
      message: 'Too long',
      hint: 'Shorten',
      field: 'title',
      value: '42',
    })
  })

  it('never produces line 0 for position-less messages', () => {
    const file = new VFile({ path: 'x.md' })
    const d = fromMessage(report(file, 'info', 'a/b', 'lint', 'No place'), 'x.md')
    expect([d.line, d.column, d.severity]).toEqual([1, 1, 'info'])
    expect(d.endLine).toBeUndefined()
  })

  it('sorts by file, line, column, severity', () => {
    expect(sampleDiagnostics().map((d) => `${d.file}:${d.line}`)).toEqual([
      'content/a/index.md:2',
      'content/a/index.md:7',
      'content/b/index.md:4',
      'content/b/index.md:12',
    ])
  })
})
