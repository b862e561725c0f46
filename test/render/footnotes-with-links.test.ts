/** Footnotes and links share one counter: with both, one 注释 list holds `[1]` … `[n]` in order. */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { defaultConfig } from '../../src/config/schema.js'
import { createRenderer } from '../../src/render/create-renderer.js'
import { articleOf, FRONT } from '../lint/lint-helpers.js'

const here = path.dirname(fileURLToPath(import.meta.url))

describe('footnotes and links', () => {
  it('are listed in one 注释 list in reading order', async () => {
    const config = defaultConfig()
    const renderer = await createRenderer({ root: here, config, mermaid: false })
    const body =
      '注释[^1]，[链接](https://example.com/a)，注释[^2]，[链接](https://example.com/b)，[第三个](https://example.com/c)。\n\n[^1]: 注释一。\n[^2]: 注释二。\n'
    const { html } = await renderer.render(articleOf(FRONT + body, config))
    const text = html.replace(/<[^>]+>/g, '|')
    expect(text).not.toContain('参考链接')
    const items = [...text.matchAll(/\[(\d)\] (注释.。|https:\/\/example\.com\/.)/g)].map(
      (m) => `${m[1]} ${m[2]}`,
    )
    expect(items).toEqual([
      '1 注释一。',
      '2 https://example.com/a',
      '3 注释二。',
      '4 https://example.com/b',
      '5 https://example.com/c',
    ])
  })
})
