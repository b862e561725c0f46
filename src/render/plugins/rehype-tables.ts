/** Tables scroll sideways inside a wrapper; column alignment moves into inline `text-align`. */
import type { Root } from 'hast'
import { SKIP, walkElements } from '../walk-elements.js'

export function rehypeTables() {
  return (tree: Root) => {
    walkElements(tree, (node) => {
      if (node.tagName !== 'td' && node.tagName !== 'th') return
      const align = node.properties.align
      if (typeof align === 'string' && align) node.properties.style = `text-align:${align}`
      delete node.properties.align
    })
    walkElements(tree, (node, index, parent) => {
      if (node.tagName !== 'table') return
      if (parent.type === 'element' && parent.tagName === 'section') return
      parent.children[index] = { type: 'element', tagName: 'section', properties: { className: ['table-wrap'] }, children: [node] }
      return SKIP
    })
  }
}
