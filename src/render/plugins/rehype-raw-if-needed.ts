/**
 * rehype-raw re-parses the whole tree through an HTML parser; do that only for articles that contain
 * raw HTML (most do not), and load it only then.
 */
import type { Root } from 'hast'
import type { VFile } from '../../core/vfile.js'
import { SKIP, someNode, walkElements } from '../walk-elements.js'

export function rehypeRawIfNeeded() {
  let raw: Promise<(tree: Root, file: VFile) => Root> | undefined
  return async (tree: Root, file: VFile) => {
    if (!someNode(tree, (node) => node.type === 'raw')) return tree
    raw ??= import('rehype-raw').then((m) => m.default() as (tree: Root, file: VFile) => Root)
    // the HTML parser drops a newline right after `<pre>` (even inside its `<code>`): a code block that
    // starts with a blank line would lose it, so give it one more to drop
    walkElements(tree, (node) => {
      if (node.tagName !== 'pre') return
      const code = node.children[0]
      const first = code?.type === 'element' && code.tagName === 'code' ? code.children[0] : undefined
      if (first?.type === 'text' && first.value.startsWith('\n')) first.value = `\n${first.value}`
      return SKIP
    })
    return (await raw)(tree, file)
  }
}
