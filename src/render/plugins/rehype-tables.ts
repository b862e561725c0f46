/** Tables scroll sideways inside a wrapper; column alignment moves into inline `text-align`. */
import type { Element, Root } from 'hast'
import { SKIP, visit } from 'unist-util-visit'

export function rehypeTables() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'td' && node.tagName !== 'th') return
      const align = node.properties.align
      if (typeof align === 'string' && align) node.properties.style = `text-align:${align}`
      delete node.properties.align
    })
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'table' || !parent || index === undefined) return
      if (parent.type === 'element' && parent.tagName === 'section') return
      parent.children[index] = { type: 'element', tagName: 'section', properties: { className: ['table-wrap'] }, children: [node] }
      return SKIP
    })
  }
}
