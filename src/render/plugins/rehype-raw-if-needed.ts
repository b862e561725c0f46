/**
 * rehype-raw re-parses the whole tree through an HTML parser; do that only for articles that contain
 * raw HTML (most do not).
 */
import type { Root } from 'hast'
import rehypeRaw from 'rehype-raw'
import { visit, EXIT } from 'unist-util-visit'
import type { VFile } from 'vfile'

export function rehypeRawIfNeeded() {
  const raw = rehypeRaw()
  return (tree: Root, file: VFile) => {
    let found = false
    visit(tree, 'raw', () => {
      found = true
      return EXIT
    })
    return found ? raw(tree, file) : tree
  }
}
