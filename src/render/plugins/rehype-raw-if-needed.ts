/**
 * rehype-raw re-parses the whole tree through an HTML parser; do that only for articles that contain
 * raw HTML (most do not), and load it only then.
 */
import type { Root } from 'hast'
import type { Node, Parent } from 'unist'
import type { VFile } from 'vfile'

function hasRaw(node: Node): boolean {
  if (node.type === 'raw') return true
  const kids = (node as Parent).children
  return Array.isArray(kids) && kids.some(hasRaw)
}

export function rehypeRawIfNeeded() {
  let raw: Promise<(tree: Root, file: VFile) => Root> | undefined
  return async (tree: Root, file: VFile) => {
    if (!hasRaw(tree)) return tree
    raw ??= import('rehype-raw').then((m) => m.default() as (tree: Root, file: VFile) => Root)
    return (await raw)(tree, file)
  }
}
