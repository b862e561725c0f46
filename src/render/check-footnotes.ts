/**
 * Footnote problems remark-rehype silently tolerates: a `[^x]` with no definition stays literal text
 * (warning), a definition nobody references is dropped (warning), a second definition of a label is
 * dropped (warning on its line).
 */
import type { Nodes, Root } from 'mdast'
import type { VFile } from '../core/vfile.js'
import { report } from '../diagnostics/diagnostic.js'
import { walkNodes } from './walk-elements.js'
import { renderMessages as rm } from '../i18n/messages/render.js'

export function checkFootnotes(tree: Root, file: VFile): void {
  const referenced = new Set<string>()
  const definitions: { identifier: string; label: string; place: Nodes['position'] }[] = []
  walkNodes<Nodes>(tree, (node) => {
    if (node.type === 'footnoteReference') referenced.add(node.identifier)
    else if (node.type === 'footnoteDefinition') {
      const label = node.label ?? node.identifier
      if (definitions.some((d) => d.identifier === node.identifier)) {
        report(file, 'warning', 'render/footnote-duplicate', 'render', rm.msg.footnoteDuplicate({ label }), {
          place: node.position,
          value: label,
          hint: rm.msg.footnoteDuplicateHint({ label }),
        })
      } else definitions.push({ identifier: node.identifier, label, place: node.position })
    } else if (node.type === 'text' && node.value.includes('[^')) {
      for (const m of node.value.matchAll(/\[\^([^\]\s]+)\]/g)) {
        const start = node.position?.start
        const place = start ? { line: start.line, column: start.column + (m.index ?? 0) } : undefined
        report(
          file,
          'warning',
          'render/footnote-undefined',
          'render',
          rm.msg.footnoteUndefined({ label: m[1]! }),
          {
            place,
            value: m[0],
            hint: rm.msg.footnoteUndefinedHint({ label: m[1]! }),
          },
        )
      }
    }
  })
  for (const d of definitions) {
    if (referenced.has(d.identifier)) continue
    report(file, 'warning', 'render/footnote-unused', 'render', rm.msg.footnoteUnused({ label: d.label }), {
      place: d.place,
      value: d.label,
      hint: rm.msg.footnoteUnusedHint(),
    })
  }
}
