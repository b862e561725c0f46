/**
 * GitHub-style alerts (`> [!TIP]` on the first line of a quote), which writers know from READMEs and
 * Obsidian, become titled boxes with their own inline style (WeChat keeps nothing else), the same in
 * every theme: NOTE 说明, TIP 提示, IMPORTANT 重要, WARNING 注意, CAUTION 警告. Runs after the site's
 * remark plugins, so a site plugin of its own (such as `plugins/remark-callouts.mjs` with its `titles`
 * and `colors`) converts them first. A quote whose first line is anything else stays a quote.
 */
import type { Blockquote, Paragraph, Parent, Root } from 'mdast'

const KINDS: Record<string, readonly [title: string, color: string]> = {
  NOTE: ['说明', '#2f6fd0'],
  TIP: ['提示', '#1f8a5b'],
  IMPORTANT: ['重要', '#7b4fc9'],
  WARNING: ['注意', '#b7791f'],
  CAUTION: ['警告', '#c0392b'],
}
const MARKER = /^\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\][ \t]*(?:\n|$)/i

/** `#rrggbb` → `rgba(r, g, b, alpha)`. */
function tint(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1), 16)
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`
}

function convert(quote: Blockquote): void {
  const first = quote.children[0]
  if (first?.type !== 'paragraph') return
  const text = first.children[0]
  if (text?.type !== 'text') return
  const match = MARKER.exec(text.value)
  if (!match) return
  const [title, color] = KINDS[match[1]!.toUpperCase()]!
  text.value = text.value.slice(match[0].length)
  if (text.value === '') first.children.shift()
  // `> [!TIP]` alone, or followed only by a hard break: the marker's paragraph goes
  if (first.children.length === 0 || (first.children.length === 1 && first.children[0]!.type === 'break'))
    quote.children.shift()
  quote.data = {
    ...quote.data,
    hName: 'section',
    hProperties: {
      style: `margin: 1.2em 0; padding: 0.8em 1em; border-left: 4px solid ${color}; border-radius: 4px; background: ${tint(color, 0.08)};`,
    },
  }
  // the last paragraph needs no bottom margin inside the box
  const last = quote.children.at(-1)
  if (last?.type === 'paragraph')
    last.data = { ...last.data, hProperties: { ...last.data?.hProperties, style: 'margin-bottom: 0;' } }
  const heading: Paragraph = {
    type: 'paragraph',
    data: { hProperties: { style: `margin: 0 0 0.4em; font-weight: bold; color: ${color};` } },
    children: [{ type: 'text', value: title }],
  }
  quote.children.unshift(heading)
}

export function remarkAlerts() {
  return (tree: Root) => {
    const walk = (node: Parent) => {
      for (const child of node.children) {
        if (child.type === 'blockquote') convert(child)
        if ('children' in child) walk(child as Parent)
      }
    }
    walk(tree)
  }
}
