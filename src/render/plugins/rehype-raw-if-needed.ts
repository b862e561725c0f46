/**
 * rehype-raw re-parses the whole tree through an HTML parser; do that only for articles that contain
 * raw HTML (most do not), and load it only then.
 */
import type { Root } from 'hast'
import type { VFile } from 'vfile'
import { someNode } from '../walk-elements.js'

export function rehypeRawIfNeeded() {
  let raw: Promise<(tree: Root, file: VFile) => Root> | undefined
  return async (tree: Root, file: VFile) => {
    if (!someNode(tree, (node) => node.type === 'raw')) return tree
    raw ??= import('rehype-raw').then((m) => m.default() as (tree: Root, file: VFile) => Root)
    return (await raw)(tree, file)
  }
}
