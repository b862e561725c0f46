/** A body `# h1` warns (the title comes from front-matter) and is shown as an h2. */
import type { Root } from 'hast'
import type { VFile } from '../../core/vfile.js'
import { hastText } from '../hast-text.js'
import { report } from '../../diagnostics/diagnostic.js'
import { walkElements } from '../walk-elements.js'
import { renderMessages as rm } from '../../i18n/messages/render.js'

export function rehypeHeadings() {
  return (tree: Root, file: VFile) => {
    walkElements(tree, (node) => {
      if (node.tagName !== 'h1') return
      report(file, 'warning', 'render/h1', 'render', rm.msg.h1({ text: hastText(node) }), {
        place: node.position,
        value: hastText(node),
        hint: rm.msg.h1Hint(),
      })
      node.tagName = 'h2'
    })
  }
}
