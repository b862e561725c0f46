/**
 * GFM footnotes as WeChat can show them: `[n]` superscripts without in-page anchors (numbered in
 * order of first reference, by remark-rehype) and a `注释` list without back-links.
 */
import type { Element, ElementContent, Root } from 'hast'
import { toString } from 'hast-util-to-string'
import { SKIP, walkElements, walkNodes } from '../walk-elements.js'

export function rehypeFootnotes() {
  return (tree: Root) => {
    walkElements(tree, (node, index, parent) => {
      if (node.tagName === 'sup' && node.children.some((c) => c.type === 'element' && c.tagName === 'a' && 'dataFootnoteRef' in c.properties)) {
        parent.children[index] = { type: 'element', tagName: 'sup', properties: { className: ['footnote-ref'] }, children: [{ type: 'text', value: `[${toString(node)}]` }] }
        return SKIP
      }
      if (node.tagName === 'section' && 'dataFootnotes' in node.properties) {
        const list = node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'ol')
        if (list) {
          walkElements(list, (a, i, p) => {
            if (a.tagName === 'a' && 'dataFootnoteBackref' in a.properties) {
              p.children.splice(i, 1)
              return i
            }
            if (a.tagName === 'li') a.properties = {}
          })
          // drop whitespace left before the removed back-links
          walkNodes<ElementContent>(list, (t) => {
            if (t.type === 'text') t.value = t.value.replace(/\s+$/, (m) => (m.includes('\n') ? '' : m))
          })
        }
        const title: ElementContent = { type: 'element', tagName: 'p', properties: { className: ['footnotes-title'] }, children: [{ type: 'text', value: '注释' }] }
        node.properties = { className: ['footnotes'] }
        node.children = list ? [title, list] : [title]
        return SKIP
      }
    })
  }
}
