import { describe, expect, it } from 'vitest'
import { createMarkdownParser } from '../../src/content/markdown-parser.js'
import { deepestPlace, MAX_DEPTH, sourceHtml } from '../../src/render/render-failure.js'

const parse = createMarkdownParser()

describe('deepestPlace', () => {
  it('counts nested Markdown containers and the elements of raw HTML, and says where', () => {
    expect(deepestPlace(parse('> > > 引用\n')).depth).toBe(5) // blockquote ×3, paragraph, text
    const html = deepestPlace(
      parse(`正文\n\n${'<div>'.repeat(MAX_DEPTH + 1)}深${'</div>'.repeat(MAX_DEPTH + 1)}\n`),
    )
    expect(html.depth).toBeGreaterThan(MAX_DEPTH)
    expect(html.position?.start.line).toBe(3)
    // void elements and closed ones do not nest
    expect(deepestPlace(parse('<p>a<br>b<img src="x"></p><p>c</p>\n')).depth).toBeLessThan(5)
  })
})

describe('sourceHtml', () => {
  it('shows the source as escaped paragraphs', () => {
    expect(sourceHtml('第一段 <script>x</script>\n第二行\n\n\n& 第三段\n')).toBe(
      '<section><p>第一段 &lt;script&gt;x&lt;/script&gt;<br>第二行</p><p>&amp; 第三段</p></section>',
    )
  })
})
