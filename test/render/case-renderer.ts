/**
 * The renderer of the fixture cases (`fixtures/<name>/input.md`): offline (a remote image fails, its URL
 * kept in `fetched`) and without diagrams, so that goldens never depend on the machine's browser and
 * fonts (diagrams are tested in mermaid.test.ts); and the WeChat-safety invariants every output satisfies.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect } from 'vitest'
import type { Config } from '../../src/config/schema.js'
import { loadArticle } from '../../src/content/load-article.js'
import { createRenderer } from '../../src/render/create-renderer.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const fixtures = path.join(here, 'fixtures')

export async function caseRenderer(config: Config) {
  const fetched: string[] = []
  const renderer = await createRenderer({
    root: here,
    config,
    mermaid: false,
    fetchRemote: async (url) => {
      fetched.push(url)
      throw new Error('offline')
    },
  })

  async function renderCase(name: string) {
    const article = await loadArticle({
      root: here,
      absolutePath: path.join(fixtures, name, 'input.md'),
      slug: name,
      config,
    })
    const result = await renderer.render(article)
    return { article, result }
  }

  return { fetched, renderCase }
}

/** WeChat-safety invariants every output must satisfy. */
export function assertWechatSafe(html: string) {
  expect(html).not.toMatch(/<style|<script|<iframe|<object|<embed|<form|<input/i)
  expect(html).not.toMatch(/\son[a-z]+=/i)
  expect(html).not.toMatch(/javascript:/i)
  expect(html).not.toMatch(/\s(class|id)="/)
  for (const m of html.matchAll(/<a\s[^>]*href="([^"]*)"/g))
    expect(m[1]).toMatch(/^https?:\/\/mp\.weixin\.qq\.com\//)
  for (const m of html.matchAll(/<img\s[^>]*src="([^"]*)"/g))
    expect(m[1]).toMatch(/^assets\/[0-9a-f]{64}\.(jpg|png)$/)
  expect(html.startsWith('<section')).toBe(true)
  expect(html.endsWith('</section>')).toBe(true)
}
