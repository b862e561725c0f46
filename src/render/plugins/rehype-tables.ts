/**
 * Tables scroll sideways inside a wrapper; column alignment moves into inline `text-align`. Cells do
 * not break words (themes set `word-break: keep-all` on the table: `120` never stacks digit by digit),
 * and a table of short cells (a spec sheet) does not wrap at all: it scrolls instead of squeezing.
 */
import type { Element, Root } from 'hast'
import { hastText } from '../hast-text.js'
import { SKIP, someNode, walkElements } from '../walk-elements.js'

/** Cells up to this many characters keep to one line when every cell of the table is that short. */
const SHORT_CELL = 20

function allCellsShort(table: Element): boolean {
  return !someNode(table, (node) => {
    const element = node as Element
    return (
      element.type === 'element' &&
      (element.tagName === 'td' || element.tagName === 'th') &&
      [...hastText(element).trim()].length > SHORT_CELL
    )
  })
}

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
      if (allCellsShort(node)) node.properties.style = 'white-space:nowrap'
      if (parent.type === 'element' && parent.tagName === 'section') return
      parent.children[index] = {
        type: 'element',
        tagName: 'section',
        properties: { className: ['table-wrap'] },
        children: [node],
      }
      return SKIP
    })
  }
}
