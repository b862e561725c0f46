/**
 * GFM footnotes as WeChat can show them: `[n]` superscripts without in-page anchors (also inside
 * other footnotes) and a `注释` list without back-links or the spaces before them. `rehypeLinks`
 * then numbers footnotes and external links with one counter, in the order readers meet them, and
 * `rehypeWechatRoot` lists the links in their own 参考链接 list after this one.
 */
import type { Element, ElementContent, Root } from 'hast'
import { hastText } from '../hast-text.js'
import { SKIP, walkElements, walkNodes, type HastParent, type WalkAction } from '../walk-elements.js'

/** `<sup><a data-footnote-ref>n</a></sup>` → `<sup>[n]</sup>`. */
function replaceReference(node: Element, index: number, parent: HastParent): WalkAction {
  if (
    node.tagName === 'sup' &&
    node.children.some((c) => c.type === 'element' && c.tagName === 'a' && 'dataFootnoteRef' in c.properties)
  ) {
    parent.children[index] = {
      type: 'element',
      tagName: 'sup',
      properties: { className: ['footnote-ref'] },
      children: [{ type: 'text', value: `[${hastText(node)}]` }],
    }
    return SKIP
  }
}

export function rehypeFootnotes() {
  return (tree: Root) => {
    walkElements(tree, (node, index, parent) => {
      if (node.tagName === 'section' && 'dataFootnotes' in node.properties) {
        const list = node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'ol')
        if (list) {
          walkElements(list, (a, i, p) => {
            if (a.tagName === 'a' && 'dataFootnoteBackref' in a.properties) {
              p.children.splice(i, 1)
              const previous = p.children[i - 1]
              // the space remark-rehype writes before each back-link
              if (
                previous?.type === 'text' &&
                p.children
                  .slice(i)
                  .every(
                    (c) =>
                      (c.type === 'text' && !c.value.trim()) ||
                      (c.type === 'element' && 'dataFootnoteBackref' in c.properties),
                  )
              )
                previous.value = previous.value.trimEnd()
              return i
            }
            if (a.tagName === 'li') a.properties = {}
            return replaceReference(a, i, p)
          })
          // drop whitespace left before the removed back-links
          walkNodes<ElementContent>(list, (t) => {
            if (t.type === 'text') t.value = t.value.replace(/\s+$/, (m) => (m.includes('\n') ? '' : m))
          })
        }
        const title: ElementContent = {
          type: 'element',
          tagName: 'p',
          properties: { className: ['footnotes-title'] },
          children: [{ type: 'text', value: '注释' }],
        }
        node.properties = { className: ['footnotes'] }
        node.children = list ? [title, list] : [title]
        return SKIP
      }
      return replaceReference(node, index, parent)
    })
  }
}
