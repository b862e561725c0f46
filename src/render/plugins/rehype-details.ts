/**
 * `<details>`/`<summary>`: nothing shows that WeChat's draft API keeps them or that its reader folds
 * them (research/wechat-fidelity.md is silent), and a block hidden inside could vanish or show in a
 * way nobody checked. So a `<details>` becomes an always-open box, `section.details` with its summary as
 * `p.details-summary` (the theme styles both), and the writer is told (info).
 */
import type { Element, Root } from 'hast'
import type { VFile } from '../../core/vfile.js'
import { report } from '../../diagnostics/diagnostic.js'
import { hastText } from '../hast-text.js'
import { walkElements } from '../walk-elements.js'
import { renderHtmlMessages as hm } from '../../i18n/messages/render-html.js'

export function rehypeDetails() {
  return (tree: Root, file: VFile) => {
    walkElements(tree, (node) => {
      if (node.tagName === 'summary') {
        // a summary outside a details (or a second one) is a plain paragraph
        node.tagName = 'p'
        return
      }
      if (node.tagName !== 'details') return
      const summary = node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'summary')
      const title = summary ? hastText(summary).trim() : ''
      report(file, 'info', 'render/details-open', 'render', hm.msg.detailsOpen({ title }), {
        place: node.position,
        value: title,
        hint: hm.msg.detailsOpenHint(),
      })
      node.tagName = 'section'
      node.properties = { className: ['details'] }
      if (summary) {
        summary.tagName = 'p'
        summary.properties = { className: ['details-summary'] }
      }
    })
  }
}
