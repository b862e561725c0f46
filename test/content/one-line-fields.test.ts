// title, author and digest are one line of visible text (trial-1 #7, #11)
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js'
import { joinLines } from '../../src/content/one-line-fields.js'
import { loadSite } from '../../src/site/load-site.js'
import { runCli } from '../helpers/run-cli.js'
import { makeSite } from '../publish/publish-site.js'

const NOW = '--now=2027-04-01T09:00:00+08:00'

async function frontMatter(lines: string[], locale?: string) {
  const root = makeSite([{ slug: 'one', slot: '2027-04-15T20:00:00+08:00' }], locale ? { locale } : {})
  const text = [
    '---',
    ...lines,
    'topic: 测试',
    'slot: 2027-04-15T20:00:00+08:00',
    'audience: 全部粉丝',
    'cover: cover.png',
    '---',
    '',
    '正文第一段。',
    '',
  ].join('\n')
  writeFileSync(path.join(root, 'content', 'one', 'index.md'), text)
  const r = await runCli(['check', NOW, '--format=json'], root)
  const { diagnostics } = JSON.parse(r.stdout) as { diagnostics: Diagnostic[] }
  const dry = await runCli(['publish', '--dry-run', '--now=2027-04-15T20:05:00+08:00'], root)
  return {
    code: r.code,
    diagnostics,
    invalid: diagnostics.filter((d) => d.ruleId === 'frontmatter/invalid-value'),
    root,
    dry,
  }
}

describe('one-line front-matter values', () => {
  it('a title as a `|` block is an error naming the field; nothing is sent', async () => {
    const { code, invalid, dry } = await frontMatter(['title: |', '  第一行', '  第二行', 'author: 小山'])
    expect(code).toBe(1)
    expect(invalid).toMatchObject([
      {
        field: 'title',
        line: 2,
        severity: 'error',
        message: expect.stringContaining('`title` has a line break'),
        hint: 'Write `title` on one line, right after `title:` (not as a `|` or `>` block).',
        value: '第一行\n第二行\n',
      },
    ])
    expect(invalid[0]!.message).toContain('第一行\\n第二行\\n')
    expect(invalid[0]!.message).not.toContain('\n')
    expect(dry.stdout).not.toContain('第一行\n第二行')
    expect(dry.stdout).not.toContain('draft/add')
  })

  it('an author as a `>` block too, in Chinese', async () => {
    const { invalid } = await frontMatter(['title: 标题', 'author: >', '  小山', '  和小水'], 'zh-CN')
    expect(invalid).toMatchObject([
      {
        field: 'author',
        message: '`author` 里有换行：微信只显示一行，换行却会原样发出去：小山 和小水\\n',
        hint: '把 `author` 写成一行，紧跟在 `author:` 后面（不要用 `|` 或 `>` 块）。',
      },
    ])
  })

  it('a control character in title, author or digest is an error naming the field', async () => {
    const { invalid } = await frontMatter([
      'title: "春季\\0大会"',
      'author: "\\e[31m小山"',
      'digest: "一句\\x7f摘要"',
    ])
    expect(invalid.map((d) => d.field)).toEqual(['title', 'author', 'digest'])
    expect(invalid[0]!.message).toBe(
      '`title` holds the invisible control character U+0000, which would be sent to WeChat as it is: 春季\\u0000大会',
    )
    expect(invalid[1]!.message).toContain('U+001B')
    expect(invalid[2]!.message).toContain('U+007F')
    expect(invalid.every((d) => d.hint?.includes('again without it'))).toBe(true)
  })

  it('a digest over several lines is joined into one and sent so', async () => {
    const { invalid, diagnostics, dry, root } = await frontMatter([
      'title: 标题',
      'digest: >',
      '  四月十五日，',
      '  我们在杭州见。',
      '  See you at',
      '  the venue.',
    ])
    expect(invalid).toEqual([])
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([])
    expect(dry.code).toBe(0)
    const site = await loadSite({ root })
    expect(site.articles[0]!.frontmatter.digest).toBe('四月十五日，我们在杭州见。 See you at the venue.')
    expect(joinLines('四月十五日，\n我们在杭州见。\nSee you\nthere.\n')).toBe(
      '四月十五日，我们在杭州见。 See you there.',
    )
    expect(joinLines('一行')).toBe('一行')
    expect(joinLines('中文 中文', true)).toBe('中文中文')
    expect(joinLines('中文 中文')).toBe('中文 中文')
  })
})
