import { describe, expect, it } from 'vitest'
import { defaultConfig } from '../../src/config/schema.js'
import { caseRenderer } from './case-renderer.js'

const config = defaultConfig()
const { renderCase } = await caseRenderer(config)

describe('render behaviours', () => {
  it('keeps only mp.weixin.qq.com links and numbers the others once per URL', async () => {
    const { result } = await renderCase('links')
    expect(result.html).toContain('href="https://mp.weixin.qq.com/s?__biz=1&amp;mid=2"')
    expect(result.html.match(/\[1\]/g)).toHaveLength(3) // two references in the text + the list entry
    expect(result.html).toContain('https://a.com/x</span>,欢迎来玩')
    expect(result.html).not.toContain('mailto:')
    // the reference list is readable; an mp.weixin.qq.com href keeps its percent-encoding
    expect(result.html).toContain('[3] https://例子.中国/路径</p></li>')
    expect(result.html).toContain('[5] https://例子.中国/a%20b?q=你好%26</p></li>')
    expect(result.html).toContain('href="https://mp.weixin.qq.com/s/%E4%B8%AD%E6%96%87?a=%E4%BD%A0"')
  })

  it('renders <center> as a centred <section> with its content (no <center> reaches WeChat)', async () => {
    const { result } = await renderCase('sanitize')
    expect(result.html).not.toMatch(/<\/?center/)
    expect(result.html).toContain(
      '<section style="text-align:center"><span style="color: #999; font-size: 13px;">图片来源：网络</span></section>',
    )
    expect(result.html).toContain('<section style="text-align:center;color:#666">—— 完 ——</section>')
  })

  it('keeps code verbatim: tabs, runs of spaces, blank lines, HTML shown as text', async () => {
    const { result } = await renderCase('code')
    expect(result.html).toContain('&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;')
    expect(result.html).toContain('<br><br><br>')
    expect(result.html).toMatch(/&lt;(<span[^>]*>)?script/)
    expect(result.html).toContain('cut&nbsp;or&nbsp;wrapped')
    expect(result.html).toContain(':smile:')
  })

  it('does not treat $5到$10 as math; formulas become SVG, a formula MathJax refuses keeps its backslashes', async () => {
    const { result } = await renderCase('math')
    expect(result.html).toContain('$5到$10')
    expect(result.html.match(/<svg /g)).toHaveLength(5)
    expect(result.html).not.toContain('\\frac')
    const errors = await renderCase('math-errors')
    expect(errors.result.html).toContain('\\left(&nbsp;\\frac{1}{2}')
  })

  it('writes lists the way the WeChat editor keeps them: li > section, text markers, no native ones, no gaps', async () => {
    const { result } = await renderCase('lists')
    const markers = [...result.html.matchAll(/margin-left: -1\.5em;[^"]*">([^<]*)<\/span>/g)].map((m) => m[1])
    // task items' ☑/☐ hang like the other markers (no space after them: the gap is the padding)
    expect(markers).toEqual(['3.', '4.', 'a.', '•', '•', '•', '☑', '☐'])
    expect(result.html.match(/<li[^>]*>(?!<section>)/g)).toBeNull()
    expect(result.html).not.toMatch(/<\/li>\s+<li|<(?:ol|ul)[^>]*>\s+<li/)
    for (const list of result.html.matchAll(/<(?:ol|ul)\b[^>]*>/g))
      expect(list[0]).toContain('list-style-type: none')
    const { orderedMarker } = await import('../../src/render/plugins/rehype-lists.js')
    expect([orderedMarker(1, 0), orderedMarker(28, 1), orderedMarker(14, 2), orderedMarker(3, 3)]).toEqual([
      '1.',
      'ab.',
      'xiv.',
      '3.',
    ])
  })

  it('keeps inline SVG through the allowlist: shapes and text stay, nothing that runs, embeds or refers', async () => {
    const { article, result } = await renderCase('svg-hostile')
    const svg = result.html.match(/<svg[\s\S]*?<\/svg>/)?.[0] ?? ''
    expect(svg).toMatch(/<rect [^>]*stroke="#ccc"/)
    expect(svg).toContain('<circle cx="5" cy="5" r="2" fill="#1f8a5b"/>')
    expect(svg).toMatch(/<text [^>]*text-anchor="middle"/)
    expect(result.html).not.toMatch(
      /script|foreignObject|<use|<image|<defs|<style|<a\b|<animate|<set|<iframe|href|url\(|\son[a-z]+=|alert|evil/i,
    )
    expect(result.html).not.toContain('外来') // foreignObject content goes with it
    expect(article.file.messages.filter((m) => m.fatal === true)).toEqual([])
  })
})
