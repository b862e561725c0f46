/**
 * Footnote problems remark-rehype silently tolerates: a `[^x]` with no definition stays literal text
 * (warning), a definition nobody references is dropped (warning).
 */
import type { Root } from 'mdast'
import { visit } from 'unist-util-visit'
import type { VFile } from 'vfile'
import { report } from '../diagnostics/diagnostic.js'

export function checkFootnotes(tree: Root, file: VFile): void {
  const referenced = new Set<string>()
  visit(tree, 'footnoteReference', (node) => {
    referenced.add(node.identifier)
  })
  visit(tree, 'footnoteDefinition', (node) => {
    if (!referenced.has(node.identifier)) {
      report(file, 'warning', 'render/footnote-unused', 'render', `Footnote \`[^${node.label ?? node.identifier}]\` is defined but never referenced`, {
        place: node.position, value: node.label ?? node.identifier, hint: 'Reference it in the text with `[^label]`, or delete the definition.',
      })
    }
  })
  visit(tree, 'text', (node) => {
    for (const m of node.value.matchAll(/\[\^([^\]\s]+)\]/g)) {
      const start = node.position?.start
      const place = start ? { line: start.line, column: start.column + (m.index ?? 0) } : undefined
      report(file, 'warning', 'render/footnote-undefined', 'render', `Footnote \`[^${m[1]}]\` is referenced but never defined; it is shown as text`, {
        place, value: m[0], hint: `Add a definition line \`[^${m[1]}]: …\` at the end of the article.`,
      })
    }
  })
}
