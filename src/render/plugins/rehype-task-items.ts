/** GFM task items: the checkbox `<input>` becomes a visible ☑ / ☐ marker (WeChat drops inputs). */
import type { Element, Root } from 'hast'
import { visit } from 'unist-util-visit'

export function rehypeTaskItems() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'input' || node.properties.type !== 'checkbox') return
      const checked = node.properties.checked === true || node.properties.checked === ''
      node.tagName = 'span'
      node.properties = { className: ['task-marker'] }
      node.children = [{ type: 'text', value: checked ? '☑ ' : '☐ ' }]
    })
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'li') return
      const classes = Array.isArray(node.properties.className) ? node.properties.className.map(String) : []
      if (classes.includes('task-list-item')) node.properties.className = ['task-item']
      else if (classes.length > 0) delete node.properties.className
    })
    visit(tree, 'element', (node: Element) => {
      if ((node.tagName === 'ul' || node.tagName === 'ol') && Array.isArray(node.properties.className)) delete node.properties.className
    })
  }
}
