/**
 * A line break inside a paragraph is a space to a browser and to WeChat: a writer who wraps Chinese
 * lines in the editor (`是第一次参加。⏎新增第三行`) would see a stray space where the lines join.
 * Between two Chinese characters (or full-width marks) the break and the spaces around it are
 * dropped, as Chinese typesetting does; next to Latin text it stays a space. Code, math and
 * diagrams are left as they are.
 */
import type { ElementContent, Root, RootContent } from 'hast'

const CJK = '\\u3000-\\u303f\\u3400-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef'
const BREAK = new RegExp(`([${CJK}])[ \\t]*\\n[ \\t]*(?=[${CJK}])`, 'g')
const KEEP = new Set(['pre', 'code', 'svg', 'math', 'script', 'style', 'textarea'])

const IS_CJK = new RegExp(`[${CJK}]`)
const LEAD = /^[ \t]*\n[ \t]*/
const TRAIL = /[ \t]*\n[ \t]*$/

type Node = RootContent | ElementContent

/** The first or last character of a node's text (`''` for code, math and the like). */
function edge(node: Node | undefined, last: boolean): string {
  if (!node) return ''
  if (node.type === 'text') return last ? node.value.slice(-1) : node.value.charAt(0)
  if (node.type !== 'element' || KEEP.has(node.tagName)) return ''
  return edge(last ? node.children.at(-1) : node.children[0], last)
}

function visit(nodes: Node[]): void {
  for (const [i, node] of nodes.entries()) {
    if (node.type === 'text') {
      if (!node.value.includes('\n')) continue
      let value = node.value.replace(BREAK, '$1')
      // a break at the edge of the text, next to an element (`**贡献**⏎和讨论`)
      if (
        LEAD.test(value) &&
        IS_CJK.test(edge(nodes[i - 1], true)) &&
        IS_CJK.test(value.replace(LEAD, '').charAt(0))
      )
        value = value.replace(LEAD, '')
      if (
        TRAIL.test(value) &&
        IS_CJK.test(edge(nodes[i + 1], false)) &&
        IS_CJK.test(value.replace(TRAIL, '').slice(-1))
      )
        value = value.replace(TRAIL, '')
      node.value = value
    } else if (node.type === 'element' && !KEEP.has(node.tagName)) visit(node.children)
  }
}

export function rehypeCjkLineBreaks() {
  return (tree: Root) => visit(tree.children)
}
