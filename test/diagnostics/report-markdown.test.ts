import { describe, expect, it } from 'vitest'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js'
import { summarize } from '../../src/diagnostics/summarize.js'
import { escapeCell, reportMarkdown } from '../../src/diagnostics/report-markdown.js'
import { sampleDiagnostics } from './sample-diagnostics.js'

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
    const list = sampleDiagnostics()
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
