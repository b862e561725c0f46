/**
 * One parse per article, shared by lint and render as an explicit value (`shareParse`): lint parses on
 * its miss, the renderer transforms that same tree, and the HTML is that of a render parsing alone.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { defaultConfig } from '../../src/config/schema.js'
import { loadArticle } from '../../src/content/load-article.js'
import { shareParse, type ParsedBody } from '../../src/content/share-parse.js'
import { createLinter } from '../../src/lint/lint-article.js'
import { createRenderer } from '../../src/render/create-renderer.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'render')
const config = defaultConfig()
const load = (name: string) =>
  loadArticle({ root, absolutePath: path.join(root, 'fixtures', name, 'input.md'), slug: name, config })

/** `shareParse` with a count of the parses it makes. */
function counted(markdown: string): { parsed: ParsedBody; parses: () => number } {
  let parses = 0
  const inner = shareParse(markdown)
  return {
    parsed: (parse) =>
      inner((text) => {
        parses++
        return parse(text)
      }),
    parses: () => parses,
  }
}

describe('one parse per article', () => {
  it('parses once for lint and render, and renders the same HTML as a render on its own', async () => {
    const renderer = await createRenderer({ root, config })
    const linter = createLinter({ config })
    for (const name of ['footnotes', 'tables', 'code', 'cjk-emphasis']) {
      const alone = await renderer.render(await load(name))
      const article = await load(name)
      const { parsed, parses } = counted(article.markdown)
      linter.lint(article, parsed)
      expect(parses()).toBe(1)
      const shared = await renderer.render(article, { parsed })
      expect(parses()).toBe(1)
      expect(shared.html).toBe(alone.html)
    }
  })

  it('parses nothing when nobody asks (every stage replayed its cache)', () => {
    const { parses } = counted('# 标题\n')
    expect(parses()).toBe(0)
  })
})
