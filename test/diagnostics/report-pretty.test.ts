import { describe, expect, it } from 'vitest'
import { summarize } from '../../src/diagnostics/summarize.js'
import { reportPretty } from '../../src/diagnostics/report-pretty.js'
import { sampleDiagnostics } from './sample-diagnostics.js'

describe('pretty reporter', () => {
  it('groups by file with hints and totals, without colour', () => {
    const list = sampleDiagnostics()
    expect(reportPretty(list, summarize(list, 2))).toBe(
      [
        'content/a/index.md',
        '  2:8-78  error    `title` has 70 characters, more than 64: 长…  frontmatter/max-length',
        '                   hint: Shorten it.',
        '  7:1-7   warning  Unknown front-matter key `auther`  frontmatter/unknown-key',
        '                   hint: Did you mean `author`?',
        '',
        'content/b/index.md',
        '  4:7-5:2  error    Same slot, other audience: a, b | c  schedule/same-slot-audience',
        '                    hint: Line one\nline two: 100%, done',
        '  12:1     info     1,200 字, about 3 min to read  length/word-count',
        '',
        '✖ 2 errors, 1 warning, 1 info in 2 files',
        '',
      ].join('\n'),
    )
  })

  it('colours only when asked and can hide infos', () => {
    const list = sampleDiagnostics()
    expect(reportPretty(list, summarize(list, 2), { color: true })).toContain('\u001b[31m')
    const quiet = reportPretty(list, summarize(list, 2), { quiet: true })
    expect(quiet).not.toContain('length/word-count')
    expect(quiet).toContain('1 info in 2 files')
  })

  it('says so when everything is clean', () => {
    expect(reportPretty([], summarize([], 6))).toBe('✔ 0 errors, 0 warnings in 6 files\n')
  })
})
