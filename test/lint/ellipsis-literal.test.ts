import { describe, expect, it } from 'vitest'
import { VFile } from 'vfile'
import type { Article } from '../../src/content/article.js'
import type { Finding } from '../../src/lint/define-lint-rule.js'
import { ellipsis } from '../../src/lint/rules/typography-ellipsis.js'

function findings(text: string): Finding[] {
  const file = new VFile({ path: 'x.md', value: '' })
  const article = {
    slug: 'x',
    path: 'x.md',
    dir: '/nonexistent',
    file,
    markdown: '',
    frontmatter: {},
    fields: [],
    block: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
    slot: undefined,
    coverPath: undefined,
    hash: '',
    readable: true,
  } satisfies Article
  const out: Finding[] = []
  ellipsis.check({
    article,
    tree: { type: 'root', children: [] },
    prose: [{ text, where: 'body', offset: 0 }],
    options: {},
    locate: () => undefined,
    report: (d) => void out.push(d),
  })
  return out
}

describe('typography/ellipsis and the ... literal (QA4 #23)', () => {
  it('has no finding for ...（Ellipsis）', () => {
    expect(findings('在 Python 里，...（Ellipsis）是一个内置常量。')).toEqual([])
    expect(findings('在 Python 里，...(Ellipsis) 是一个内置常量。')).toEqual([])
  })
  it('reports a standalone ... token without a fix', () => {
    const [finding, ...rest] = findings('切片里的，... 是什么？')
    expect(rest).toEqual([])
    expect(finding?.value).toBe('...')
    expect(finding?.fix).toBeUndefined()
  })
  it('still fixes a trailing or inline ellipsis', () => {
    expect(findings('然后...呢').map((f) => f.fix?.text)).toEqual(['……'])
    expect(findings('他说(注)...').map((f) => f.fix?.text)).toEqual(['……'])
  })
})
