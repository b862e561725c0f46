/**
 * Wraps the article in the one root `<section class="wxpress">`, then appends the reference list of
 * external links (in their readable form: `readableUrl`; merged into the 注释 list when the article has
 * footnotes) and the `slogan` footer.
 */
import type { Element, ElementContent, Root } from 'hast'
import type { VFile } from '../../core/vfile.js'
import { renderContext } from '../context.js'
import { hastText } from '../hast-text.js'
import { readableUrl } from '../readable-url.js'

const numberOf = (li: Element) => Number(/^\[(\d+)\]/.exec(hastText(li).trimStart())?.[1] ?? Infinity)

/**
 * Footnotes and links share one counter (`rehypeLinks`): with both, the links join the 注释 list, so the
 * reader finds `[1]` … `[n]` in one list in reading order, not `[2] [4]` in one and `[1] [3] [5]` in another.
 */
function mergeInto(list: Element, links: Element[]): void {
  for (const li of links) li.properties = { className: ['link-note'] }
  const items = list.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'li')
  list.children = [...items, ...links].sort((a, b) => numberOf(a) - numberOf(b))
}

/** The 参考链接 list of an article without footnotes. */
function references(items: Element[]): Element {
  return {
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
    if (ctx.references.size > 0) {
      const items: Element[] = [...ctx.references].map(([url, n]) => ({
        type: 'element',
        tagName: 'li',
        properties: {},
        children: [{ type: 'text', value: `[${n}] ${readableUrl(url)}` }],
      }))
      const notes = footnotes >= 0 ? (children[footnotes] as Element) : undefined
      const list = notes?.children.find((c): c is Element => c.type === 'element' && c.tagName === 'ol')
      if (list) mergeInto(list, items)
      else children.splice(footnotes >= 0 ? footnotes + 1 : children.length, 0, references(items))
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
