/**
 * Footnotes and external links: notes in the 注释 list, links in their own 参考链接 list right after it
 * (as in articles without footnotes), with one counter in reading order so every `[n]` names one entry,
 * and every entry of both lists is `li > p`.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { defaultConfig } from '../../src/config/schema.js'
import { createRenderer } from '../../src/render/create-renderer.js'
import { articleOf, FRONT } from '../lint/lint-helpers.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const config = defaultConfig()
const renderer = await createRenderer({ root: here, config, mermaid: false })

/** Each list's title and its entries' markup, as `li>p:[n] text` (styles left out). */
async function lists(body: string): Promise<Record<string, string[]>> {
  const { html } = await renderer.render(articleOf(FRONT + body, config))
  const bare = html.replace(/ style="[^"]*"/g, '')
  const out: Record<string, string[]> = {}
  for (const m of bare.matchAll(/<p>(注释|参考链接)<\/p><ol>(.*?)<\/ol>/g)) {
    out[m[1]!] = [...m[2]!.matchAll(/<li>(.*?)<\/li>/g)].map((li) =>
      li[1]!.replace(/^<p>(.*)<\/p>$/, 'li>p:$1'),
    )
  }
  return out
}

describe('footnotes and links', () => {
  it('are listed in 注释 then 参考链接, numbered in reading order, each entry li > p', async () => {
    const body =
      '注释[^1]，[链接](https://example.com/a)，注释[^2]，[链接](https://example.com/b)，[第三个](https://example.com/c)。\n\n[^1]: 注释一。\n[^2]: 注释二。\n'
    const got = await lists(body)
    expect(Object.keys(got)).toEqual(['注释', '参考链接'])
    expect(got).toEqual({
      注释: ['li>p:[1] 注释一。', 'li>p:[3] 注释二。'],
      参考链接: [
        'li>p:[2] https://example.com/a',
        'li>p:[4] https://example.com/b',
        'li>p:[5] https://example.com/c',
      ],
    })
  })

  it('look the same in an article without footnotes (the tester’s case: two notes, one link)', async () => {
    expect(await lists('看[文档](https://kubernetes.io/docs/)。\n')).toEqual({
      参考链接: ['li>p:[1] https://kubernetes.io/docs/'],
    })
    expect(
      await lists('一[^1]二[^2]，[文档](https://kubernetes.io/docs/)。\n\n[^1]: 甲。\n[^2]: 乙。\n'),
    ).toEqual({
      注释: ['li>p:[1] 甲。', 'li>p:[2] 乙。'],
      参考链接: ['li>p:[3] https://kubernetes.io/docs/'],
    })
  })
})
