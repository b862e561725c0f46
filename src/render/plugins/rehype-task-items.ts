/** GFM task items: the checkbox `<input>` becomes a visible ☑ / ☐ marker (WeChat drops inputs). */
import type { Root } from 'hast'
import { walkElements } from '../walk-elements.js'

export function rehypeTaskItems() {
  return (tree: Root) => {
    walkElements(tree, (node) => {
      if (node.tagName !== 'input' || node.properties.type !== 'checkbox') return
      const checked = node.properties.checked === true || node.properties.checked === ''
      node.tagName = 'span'
      node.properties = { className: ['task-marker'] }
      node.children = [{ type: 'text', value: checked ? '☑ ' : '☐ ' }]
    })
    walkElements(tree, (node) => {
      if (node.tagName !== 'li') return
      const classes = Array.isArray(node.properties.className) ? node.properties.className.map(String) : []
      if (classes.includes('task-list-item')) node.properties.className = ['task-item']
      else if (classes.length > 0) delete node.properties.className
    })
    walkElements(tree, (node) => {
      if ((node.tagName === 'ul' || node.tagName === 'ol') && Array.isArray(node.properties.className))
        delete node.properties.className
    })
  }
}
