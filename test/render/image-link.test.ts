/**
 * Trial M item 6: a WeChat link around an image alone (Markdown `[![alt](x.png)](…)` or a raw
 * `<a href><img></a>`) took the theme's link underline, a rule under the picture; text links keep it.
 */
import { describe, expect, it } from 'vitest'
import { renderFixture, THEMES } from './phone-page.js'

const LINE = /border|text-decoration/

describe('a link around an image', () => {
  for (const theme of THEMES) {
    it(`draws no line under the picture (${theme})`, async () => {
      const html = await renderFixture('links', theme)
      const links = [...html.matchAll(/<a href="([^"]*)"(?: style="([^"]*)")?>([\s\S]*?)<\/a>/g)].map(
        ([, href, style, inner]) => ({ href, style: style ?? '', image: inner!.includes('<img') }),
      )
      const images = links.filter((l) => l.image)
      expect(images.map((l) => l.href)).toEqual([
        'https://mp.weixin.qq.com/s/XyZ123',
        'https://mp.weixin.qq.com/s/abc',
      ])
      for (const link of images) expect(link.style, link.href).not.toMatch(LINE)
      // a text link keeps the theme's underline (every shipped theme draws one)
      for (const link of links.filter((l) => !l.image)) expect(link.style, link.href).toMatch(LINE)
    })
  }
})
