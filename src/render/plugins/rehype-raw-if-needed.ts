/**
 * rehype-raw re-parses the whole tree through an HTML parser; do that only for articles that contain
 * raw HTML (most do not).
 */
import type { Root } from 'hast'
import type { Node, Parent } from 'unist'
import rehypeRaw from 'rehype-raw'
import type { VFile } from 'vfile'

function hasRaw(node: Node): boolean {
  if (node.type === 'raw') return true
  const kids = (node as Parent).children
  return Array.isArray(kids) && kids.some(hasRaw)
}

export function rehypeRawIfNeeded() {
  const raw = rehypeRaw()
  return (tree: Root, file: VFile) => (hasRaw(tree) ? raw(tree, file) : tree)
}
