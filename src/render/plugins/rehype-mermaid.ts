/**
 * ```` ```mermaid ```` blocks → the diagram drawn before the pipeline ran (`prepareDiagrams`):
 * `section.mermaid > svg`. A diagram mermaid refuses is a `render/mermaid-error`; one that could not
 * be drawn (no browser, drawing off) a `render/mermaid-skipped` info. Both keep the code block.
 */
import type { Element, Root } from 'hast'
import { hastText } from '../hast-text.js'
import type { VFile } from '../../core/vfile.js'
import { report } from '../../diagnostics/diagnostic.js'
import { renderContext } from '../context.js'
import { SKIP, walkElements } from '../walk-elements.js'
import { renderMessages as rm } from '../../i18n/messages/render.js'

const isMermaid = (node: Element) =>
  node.tagName === 'code' &&
  Array.isArray(node.properties.className) &&
  node.properties.className.map(String).includes('language-mermaid')

export function rehypeMermaid() {
  return (tree: Root, file: VFile) => {
    const diagrams = renderContext(file).diagrams
    if (!diagrams || diagrams.size === 0) return
    walkElements(tree, (node, index, parent) => {
      if (node.tagName !== 'pre') return undefined
      const code = node.children.find((c): c is Element => c.type === 'element' && isMermaid(c))
      if (!code) return SKIP
      const diagram = diagrams.get(hastText(code).replace(/\n$/, ''))
      if (!diagram) return SKIP
      const place = node.position
      if (diagram.ok) {
        const section: Element = {
          type: 'element',
          tagName: 'section',
          properties: { className: ['mermaid'] },
          children: [structuredClone(diagram.svg)],
        }
        if (place) section.position = place
        parent.children[index] = section
      } else if (diagram.kind === 'error') {
        report(
          file,
          'warning',
          'render/mermaid-error',
          'render',
          rm.msg.mermaidError({ reason: diagram.reason }),
          {
            place,
            value: diagram.reason,
            hint: rm.msg.mermaidErrorHint(),
          },
        )
      } else if (diagram.kind !== 'deferred') {
        report(
          file,
          'info',
          'render/mermaid-skipped',
          'render',
          rm.msg.mermaidSkipped({ reason: diagram.reason }),
          {
            place,
            value: diagram.kind,
            hint: rm.msg.mermaidSkippedHint(),
          },
        )
      }
      return SKIP
    })
  }
}
