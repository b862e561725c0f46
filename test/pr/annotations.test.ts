import { describe, expect, it } from 'vitest'
import type { Diagnostic, Severity } from '../../src/diagnostics/diagnostic.js'
import { annotationCommand, escapeData, escapeProperty, formatAnnotations } from '../../src/pr/annotations.js'
import { parseHunks } from '../../src/pr/diff-hunks.js'

const d = (severity: Severity, line: number, extra: Partial<Diagnostic> = {}): Diagnostic => ({
  file: 'content/a/index.md',
  line,
  column: 1,
  severity,
  ruleId: 'x/y',
  source: 'lint',
  message: `m${line}`,
  ...extra,
})

describe('annotations', () => {
  it('escapes data and properties as the Actions toolkit does', () => {
    expect(escapeData('50% a\r\nb: c, d')).toBe('50%25 a%0D%0Ab: c, d')
    expect(escapeProperty('50% a\r\nb: c, d')).toBe('50%25 a%0D%0Ab%3A c%2C d')
    const line = annotationCommand(
      d('error', 3, {
        file: 'content/a,b/index.md',
        endLine: 3,
        endColumn: 9,
        message: 'x: 1%',
        hint: 'do y',
      }),
    )
    expect(line).toBe(
      '::error file=content/a%2Cb/index.md,line=3,col=1,endLine=3,endColumn=9,title=x/y::x: 1%25%0Ado y',
    )
    expect(annotationCommand(d('info', 1))).toMatch(/^::notice file=/)
  })

  it('prints at most 10 per kind, changed lines first, then one notice with the count left', () => {
    const diagnostics = [
      ...Array.from({ length: 14 }, (_, i) => d('warning', i + 1)),
      ...Array.from({ length: 2 }, (_, i) => d('error', 100 + i)),
      ...Array.from({ length: 12 }, (_, i) => d('info', 200 + i)),
    ]
    const changed = parseHunks('+++ b/content/a/index.md\n@@ -12,0 +13,2 @@\n+x\n+y\n')
    const out = formatAnnotations(diagnostics, changed)
    const lines = out.text.trim().split('\n')
    const warnings = lines.filter((l) => l.startsWith('::warning'))
    expect(warnings).toHaveLength(10)
    // lines 13 and 14 were changed by the PR: they come first although later in the file
    expect(warnings.slice(0, 3).map((l) => /line=(\d+)/.exec(l)![1])).toEqual(['13', '14', '1'])
    expect(lines.filter((l) => l.startsWith('::error'))).toHaveLength(2)
    // 9 notices + the closing one: all 10 are shown by GitHub
    expect(lines.filter((l) => l.startsWith('::notice file='))).toHaveLength(9)
    expect(lines.at(-1)).toBe(`::notice::${diagnostics.length - 21} more findings: see the wxpress check run`)
    expect(out.printed + out.omitted).toBe(diagnostics.length)
  })

  it('adds no notice when everything fits', () => {
    const out = formatAnnotations([d('error', 1), d('info', 2)], new Map())
    expect(out.omitted).toBe(0)
    expect(out.text).not.toContain('more findings')
  })
})

describe('parseHunks', () => {
  it('reads the new-side ranges of -U0 hunks, skipping deletions and deleted files', () => {
    const patch = [
      'diff --git a/content/文章/index.md b/content/文章/index.md',
      '--- a/content/文章/index.md',
      '+++ b/content/文章/index.md',
      '@@ -3 +3 @@',
      '-a',
      '+b',
      '@@ -10,2 +9,0 @@',
      '-x',
      '-y',
      '@@ -20,0 +21,3 @@',
      '+1',
      '+2',
      '+3',
      '@@ -30 +24 @@',
      '-q',
      '+r',
      'diff --git a/gone.md b/gone.md',
      '--- a/gone.md',
      '+++ /dev/null',
      '@@ -1 +0,0 @@',
      '-bye',
    ].join('\n')
    const hunks = parseHunks(patch)
    expect(hunks.get('content/文章/index.md')).toEqual([
      [3, 3],
      [21, 24],
    ])
    expect(hunks.has('gone.md')).toBe(false)
  })
})
