import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { VFile } from 'vfile'
import type { Article } from '../../src/content/article.js'
import { RULES } from '../../src/lint/rules/index.js'
import { renderRulesDoc } from '../../src/lint/generate-docs.js'
import { RULE_DOCS_ZH } from '../../src/i18n/messages/rule-docs.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const repo = path.resolve(here, '..', '..')

describe('every rule', () => {
  it('survives a tree and front-matter without positions', () => {
    const file = new VFile({ path: 'x.md', value: '' })
    const article = {
      slug: 'x',
      path: 'x.md',
      dir: '/nonexistent',
      file,
      markdown: '',
      frontmatter: { title: '震惊！！Github' },
      fields: [],
      block: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
      slot: undefined,
      coverPath: undefined,
      hash: '',
      readable: true,
    } satisfies Article
    for (const rule of RULES) {
      expect(() =>
        rule.check({
          article,
          tree: {
            type: 'root',
            children: [
              { type: 'paragraph', children: [{ type: 'text', value: '使用TypeScript编写,真的...' }] },
            ],
          },
          prose: [{ text: '使用TypeScript编写,真的...', where: 'body', offset: 0 }],
          options: {},
          locate: () => undefined,
          report: () => undefined,
        }),
      ).not.toThrow()
    }
    expect(RULES.length).toBeGreaterThan(10)
  })
})

describe('docs/rules.md', () => {
  it('documents every diagnostic id the code reports', async () => {
    const { readdirSync: list, statSync } = await import('node:fs')
    const walk = (dir: string): string[] =>
      list(dir).flatMap((n) =>
        statSync(path.join(dir, n)).isDirectory() ? walk(path.join(dir, n)) : [path.join(dir, n)],
      )
    const ids = new Set(
      walk(path.join(repo, 'src')).flatMap((f) =>
        [
          ...readFileSync(f, 'utf8').matchAll(
            /'((?:frontmatter|image|render|schedule|publish|content|theme|config|lint|cli)\/[a-z0-9-]+)'/g,
          ),
        ].map((m) => m[1]!),
      ),
    )
    const doc = readFileSync(path.join(repo, 'docs', 'rules.md'), 'utf8')
    expect([...ids].filter((id) => !doc.includes(`\`${id}\``) && !/^image\/(jpeg|png)$/.test(id))).toEqual([])
  })

  it('is generated from the rule files (run `npm run docs` after changing a rule)', () => {
    expect(readFileSync(path.join(repo, 'docs', 'rules.md'), 'utf8')).toBe(renderRulesDoc('en'))
    expect(readFileSync(path.join(repo, 'docs', 'rules.zh-CN.md'), 'utf8')).toBe(renderRulesDoc('zh-CN'))
  })

  it('has Chinese docs for every rule', () => {
    expect(RULES.filter((r) => !RULE_DOCS_ZH[r.id]).map((r) => r.id)).toEqual([])
    expect(Object.keys(RULE_DOCS_ZH).filter((id) => !RULES.some((r) => r.id === id))).toEqual([])
  })
})
