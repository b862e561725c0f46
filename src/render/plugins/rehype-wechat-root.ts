/**
 * Wraps the article in the one root `<section class="wxpress">`, then appends the 参考链接 list of
 * external links (in their readable form: `readableUrl`) and the `slogan` footer. The links always
 * get their own list, right after the 注释 list when the article has footnotes (as readers of 公众号
 * articles know it: notes, then references); footnotes and links share one counter in reading order
 * (`rehypeLinks`), so every `[n]` in the text names one entry, and every entry is `li > p`, like a
 * footnote's.
 */
import type { Element, ElementContent, Root } from 'hast'
import type { VFile } from '../../core/vfile.js'
import { renderContext } from '../context.js'
import { readableUrl } from '../readable-url.js'

const element = (tagName: string, className: string[], children: ElementContent[]): Element => ({
  type: 'element',
  tagName,
  properties: className.length ? { className } : {},
  children,
})

/** The 参考链接 list: `[n] url` per link, in the order of their numbers. */
function references(links: Map<string, number>): Element {
  const items = [...links]
    .sort((a, b) => a[1] - b[1])
    .map(([url, n]) =>
      element('li', [], [element('p', [], [{ type: 'text', value: `[${n}] ${readableUrl(url)}` }])]),
    )
  return element(
    'section',
    ['references'],
    [element('p', ['references-title'], [{ type: 'text', value: '参考链接' }]), element('ol', [], items)],
  )
}

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
    if (ctx.references.size > 0)
      children.splice(footnotes >= 0 ? footnotes + 1 : children.length, 0, references(ctx.references))
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
