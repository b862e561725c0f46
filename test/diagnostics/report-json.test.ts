import { describe, expect, it } from 'vitest'
import { summarize } from '../../src/diagnostics/summarize.js'
import { reportJson } from '../../src/diagnostics/report-json.js'
import { sampleDiagnostics } from './sample-diagnostics.js'

describe('json reporter', () => {
  it('prints one document with version 1', () => {
    const list = sampleDiagnostics()
    const doc = JSON.parse(
      reportJson(
        [{ file: 'content/a/index.md', slug: 'a', errors: 1, warnings: 1 }],
        list,
        summarize(list, 2),
      ),
    )
    expect(doc.version).toBe(1)
    expect(doc.summary).toEqual({ files: 2, errors: 2, warnings: 1, infos: 1, fixable: 0 })
    expect(doc.diagnostics[0]).toMatchObject({
      file: 'content/a/index.md',
      line: 2,
      column: 8,
      ruleId: 'frontmatter/max-length',
      field: 'title',
    })
  })
})
