/**
 * Wraps the article in the one root `<section class="wxpress">`, then appends the reference list of
 * external links (in their readable form: `readableUrl`) and the `slogan` footer.
 */
import type { Element, ElementContent, Root } from 'hast'
import type { VFile } from '../../core/vfile.js'
import { renderContext } from '../context.js'
import { readableUrl } from '../readable-url.js'

export function rehypeWechatRoot() {
  return (tree: Root, file: VFile) => {
    const ctx = renderContext(file)
    const body = tree.children.filter((c) => !(c.type === 'text' && !c.value.trim())) as ElementContent[]
    const footnotes = body.findIndex(
      (c) =>
        c.type === 'element' &&
        c.tagName === 'section' &&
        String(c.properties.className ?? '').includes('footnotes'),
    )
    const children = [...body]
    if (ctx.references.size > 0) {
      const items: ElementContent[] = [...ctx.references].map(([url, n]) => ({
        type: 'element',
        tagName: 'li',
        properties: {},
        children: [{ type: 'text', value: `[${n}] ${readableUrl(url)}` }],
      }))
      const refs: Element = {
        type: 'element',
        tagName: 'section',
        properties: { className: ['references'] },
        children: [
          {
            type: 'element',
            tagName: 'p',
            properties: { className: ['references-title'] },
            children: [{ type: 'text', value: '参考链接' }],
          },
          { type: 'element', tagName: 'ol', properties: {}, children: items },
        ],
      }
      children.splice(footnotes >= 0 ? footnotes + 1 : children.length, 0, refs)
    }
    const slogan = ctx.article.frontmatter.slogan
    if (slogan) {
      children.push({
        type: 'element',
        tagName: 'section',
        properties: { className: ['slogan'] },
        children: [
          { type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: slogan }] },
        ],
      })
    }
    tree.children = [
      { type: 'element', tagName: 'section', properties: { className: ['wxpress'] }, children },
    ]
  }
}
