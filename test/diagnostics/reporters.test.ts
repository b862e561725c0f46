import { describe, expect, it } from 'vitest'
import { VFile } from 'vfile'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'
import { collectDiagnostics, fromMessage } from '../../src/diagnostics/collect-diagnostics.js'
import { report, type Diagnostic } from '../../src/diagnostics/diagnostic.js'
import { summarize } from '../../src/diagnostics/summarize.js'
import { escapeData, escapeProperty, reportGithub } from '../../src/diagnostics/report-github.js'
import { reportJson } from '../../src/diagnostics/report-json.js'
import { escapeCell, reportMarkdown } from '../../src/diagnostics/report-markdown.js'
import { reportPretty } from '../../src/diagnostics/report-pretty.js'

function sample(): Diagnostic[] {
  const a = new VFile({ path: 'content/a/index.md' })
  const b = new VFile({ path: 'content/b/index.md' })
  report(a, 'warning', 'frontmatter/unknown-key', 'content', 'Unknown front-matter key `auther`', {
    place: { start: { line: 7, column: 1 }, end: { line: 7, column: 7 } },
    hint: 'Did you mean `author`?',
    field: 'auther',
    value: 'auther',
  })
  report(a, 'error', 'frontmatter/max-length', 'content', '`title` has 70 characters, more than 64: 长…', {
    place: { start: { line: 2, column: 8 }, end: { line: 2, column: 78 } },
    hint: 'Shorten it.',
    field: 'title',
    value: '长',
  })
  report(b, 'info', 'length/word-count', 'lint', '1,200 字, about 3 min to read', {
    place: { line: 12, column: 1 },
  })
  report(b, 'error', 'schedule/same-slot-audience', 'schedule', 'Same slot, other audience: a, b | c', {
    place: { start: { line: 4, column: 7 }, end: { line: 5, column: 2 } },
    hint: 'Line one\nline two: 100%, done',
  })
  return collectDiagnostics([
    { file: a, path: 'content/a/index.md' },
    { file: b, path: 'content/b/index.md' },
  ])
}

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
    expect(sample().map((d) => `${d.file}:${d.line}`)).toEqual([
      'content/a/index.md:2',
      'content/a/index.md:7',
      'content/b/index.md:4',
      'content/b/index.md:12',
    ])
  })
})

describe('pretty reporter', () => {
  it('groups by file with hints and totals, without colour', () => {
    const list = sample()
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
    const list = sample()
    expect(reportPretty(list, summarize(list, 2), { color: true })).toContain('\u001b[31m')
    const quiet = reportPretty(list, summarize(list, 2), { quiet: true })
    expect(quiet).not.toContain('length/word-count')
    expect(quiet).toContain('1 info in 2 files')
  })

  it('says so when everything is clean', () => {
    expect(reportPretty([], summarize([], 6))).toBe('✔ 0 errors, 0 warnings in 6 files\n')
  })
})

describe('github reporter', () => {
  it('escapes data and properties like @actions/core', () => {
    expect(escapeData('50%\r\nx')).toBe('50%25%0D%0Ax')
    expect(escapeProperty('a:b,c%')).toBe('a%3Ab%2Cc%25')
  })

  it('writes errors first, drops col on multi-line ranges, maps info to notice', () => {
    const lines = reportGithub(sample()).trimEnd().split('\n')
    expect(lines).toEqual([
      '::error file=content/a/index.md,line=2,endLine=2,col=8,endColumn=78,title=frontmatter/max-length (content)::`title` has 70 characters, more than 64: 长…%0Ahint: Shorten it.',
      '::error file=content/b/index.md,line=4,endLine=5,title=schedule/same-slot-audience (schedule)::Same slot, other audience: a, b | c%0Ahint: Line one%0Aline two: 100%25, done',
      '::warning file=content/a/index.md,line=7,endLine=7,col=1,endColumn=7,title=frontmatter/unknown-key (content)::Unknown front-matter key `auther`%0Ahint: Did you mean `author`?',
      '::notice file=content/b/index.md,line=12,col=1,title=length/word-count (lint)::1,200 字, about 3 min to read',
    ])
  })
})

describe('markdown reporter', () => {
  it('escapes table cells', () => {
    expect(escapeCell('a | b\n<c>')).toBe('a \\| b<br>&lt;c>')
  })

  it('keeps code spans literal: no entities inside, fences longer than the backticks, | escaped for the table (QA2 N12)', () => {
    expect(escapeCell('Write `<img src="a.jpg" alt="描述">` here')).toBe(
      'Write `<img src="a.jpg" alt="描述">` here',
    )
    expect(escapeCell('`![空格 文件](<my image.png>)`')).toBe('`![空格 文件](<my image.png>)`')
    expect(escapeCell('``a`b`` and `` `x` ``')).toBe('``a`b`` and `` `x` ``')
    expect(escapeCell('`a|b & c`')).toBe('`a\\|b & c`')
    expect(escapeCell('5 < 6 & *x* `y`')).toBe('5 &lt; 6 &amp; \\*x\\* `y`')
  })

  it('GitHub Markdown reads back every value as written, in code and in text (QA2 N12)', () => {
    const values = [
      '<img src="images/photo.jpg" alt="描述">',
      '![空格 文件](<my image.png>)',
      'a | b',
      'x & y &lt;',
      '`C:\\dir\\`',
      'a``b',
    ]
    const fence = (v: string) => (v.includes('``') ? '```' : v.includes('`') ? '``' : '`')
    const pad = (v: string) => (v.startsWith('`') || v.endsWith('`') ? ' ' : '')
    const list: Diagnostic[] = values.map((value, i) => ({
      file: 'content/a/index.md',
      line: i + 1,
      column: 1,
      severity: 'warning',
      ruleId: 'test/values',
      source: 'lint',
      message: `Value ${fence(value)}${pad(value)}${value}${pad(value)}${fence(value)} in text: ${value}`,
      hint: `Hint <${value}>`,
    }))
    const tree = unified()
      .use(remarkParse)
      .use(remarkGfm)
      .parse(reportMarkdown(list, summarize(list, 1)))
    const rows: { code: string | undefined; text: string }[] = []
    visit(tree, 'tableRow', (row: { children: { children: unknown[] }[] }) => {
      const cell = row.children[3]!
      const code: string[] = []
      visit(cell as never, 'inlineCode', (n: { value: string }) => void code.push(n.value))
      const text: string[] = []
      visit(cell as never, 'text', (n: { value: string }) => void text.push(n.value))
      rows.push({ code: code[0], text: text.join('') })
    })
    expect(rows).toHaveLength(values.length + 1) // with the header row
    values.forEach((value, i) => {
      const { code, text } = rows[i + 1]!
      expect(code).toBe(value)
      if (value.includes('`')) return // in wxpress text, backticks mark code
      expect(text).toContain(`in text: ${value}`)
      expect(text).toContain(`Hint <${value}>`)
    })
  })

  it('lists every finding per file in a table', () => {
    const list = sample()
    const md = reportMarkdown(list, summarize(list, 2))
    expect(md.split('\n').slice(0, 6)).toEqual([
      '**wxpress check**: 2 error(s), 1 warning(s), 1 info(s) in 2 file(s)',
      '',
      '#### `content/a/index.md`',
      '',
      '| Line | Severity | Rule | Message |',
      '| ---: | --- | --- | --- |',
    ])
    expect(md).toContain(
      '| 4:7 | 🔴 error | `schedule/same-slot-audience` | Same slot, other audience: a, b \\| c<br>_Line one<br>line two: 100%, done_ |',
    )
    expect(md.match(/^\| \d+:\d+ \|/gm)).toHaveLength(4)
  })

  it('has a short clean line when nothing is found', () => {
    expect(reportMarkdown([], summarize([], 3))).toBe(
      '**wxpress check**: 0 error(s), 0 warning(s), 0 info(s) in 3 file(s) ✅\n',
    )
  })
})

describe('json reporter', () => {
  it('prints one document with version 1', () => {
    const list = sample()
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
