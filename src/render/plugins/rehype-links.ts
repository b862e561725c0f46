/**
 * WeChat only keeps links to mp.weixin.qq.com articles. Every other link becomes its text plus a
 * numbered `[n]` and an entry in the reference list (the same URL shares a number); literal
 * autolinks stay visible as text; `mailto:` is never clickable; in-page anchors lose their href.
 */
import type { Element, ElementContent, Root } from 'hast'
import { toString } from 'hast-util-to-string'
import type { VFile } from 'vfile'
import { renderContext } from '../context.js'
import { SKIP, walkElements } from '../walk-elements.js'

export function isWechatArticleUrl(href: string): boolean {
  try {
    const url = new URL(href)
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname === 'mp.weixin.qq.com'
  } catch {
    return false
  }
}

export function rehypeLinks() {
  return (tree: Root, file: VFile) => {
    const ctx = renderContext(file)
    // link references continue after the footnotes so that no two notes share a number
    let footnotes = 0
    walkElements(tree, (node) => {
      if (node.tagName === 'section' && String(node.properties.className ?? '').includes('footnotes')) {
        footnotes = node.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'ol').flatMap((ol) => ol.children.filter((li) => li.type === 'element')).length
        return SKIP
      }
    })
    walkElements(tree, (node, index, parent) => {
      if (node.tagName !== 'a') return
      const href = typeof node.properties.href === 'string' ? node.properties.href : ''
      if (href && isWechatArticleUrl(href)) {
        node.properties = { href }
        return SKIP
      }
      const text = toString(node)
      const literal = href === text || href === `http://${text}` || href === `mailto:${text}`
      const replacement: ElementContent[] = [{ type: 'element', tagName: 'span', properties: { className: ['link-text'] }, children: node.children }]
      if (/^https?:\/\//i.test(href) && !literal) {
        let n = ctx.references.get(href)
        if (n === undefined) {
          n = footnotes + ctx.references.size + 1
          ctx.references.set(href, n)
        }
        replacement.push({ type: 'element', tagName: 'sup', properties: { className: ['link-ref'] }, children: [{ type: 'text', value: `[${n}]` }] })
      } else if (literal && node.children.length === 1) {
        replacement.splice(0, 1, { type: 'element', tagName: 'span', properties: { className: ['link-url'] }, children: node.children })
      }
      parent.children.splice(index, 1, ...replacement)
      return index + replacement.length
    })
  }
}
