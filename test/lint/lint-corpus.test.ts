import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { lintFile } from './lint-file.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const repo = path.resolve(here, '..', '..')

describe('corpus', () => {
  it('finds zero typography problems in the bundled content', async () => {
    const content = path.join(repo, 'content')
    const out: string[] = []
    for (const slug of readdirSync(content)) {
      const file = path.join(content, slug, 'index.md')
      if (!existsSync(file)) continue
      const article = await lintFile(file, repo)
      out.push(
        ...article.file.messages.filter((m) => m.source === 'lint' && m.fatal !== undefined).map(String),
      )
    }
    expect(out).toEqual([])
  })

  it('reports each mistake of a sloppy article once, at the right place', async () => {
    const article = await lintFile(path.join(here, 'sloppy.md'))
    const found = article.file.messages
      .filter((m) => m.source === 'lint' && m.fatal !== undefined)
      .map((m) => `${m.line}:${m.column} ${m.ruleId}`)
    expect(found.sort()).toEqual(
      [
        '2:8 title/clickbait',
        '2:11 typography/product-name',
        '2:23 title/punctuation',
        '6:12 typography/punctuation-width',
        '9:4 typography/punctuation-width',
        '9:14 typography/cjk-spacing',
        '11:3 typography/ellipsis',
        '11:8 typography/typo',
        '11:12 typography/typo',
        '11:14 typography/repeated-punctuation',
        '13:3 typography/quotes',
        '13:12 typography/brackets',
        '13:19 typography/space-around-fullwidth',
      ].sort(),
    )
  })
})
