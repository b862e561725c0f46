/**
 * remark-callouts — a site plugin (see `markdown.remarkPlugins` in wxpress.config.json).
 *
 * GitHub-style alerts, which writers already know from READMEs, become titled callout boxes:
 *
 *   > [!TIP]
 *   > 先在本地运行 `npx wxpress check`。
 *
 * Kinds: NOTE 说明, TIP 提示, IMPORTANT 重要, WARNING 注意, CAUTION 警告. The box carries its own inline
 * style (WeChat keeps nothing else), so it looks the same in every theme. Options: `{ titles, colors }`
 * override the title or colour of a kind, e.g. `{ "titles": { "TIP": "小贴士" } }`.
 *
 * @param {{ titles?: Record<string, string>, colors?: Record<string, string> }} [options]
 */
const KINDS = {
  NOTE: ['说明', '#2f6fd0'],
  TIP: ['提示', '#1f8a5b'],
  IMPORTANT: ['重要', '#7b4fc9'],
  WARNING: ['注意', '#b7791f'],
  CAUTION: ['警告', '#c0392b'],
}
const MARKER = /^\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\][ \t]*(\n|$)/i

/** `#rrggbb` → `rgba(r, g, b, a)` */
function tint(hex, alpha) {
  const n = Number.parseInt(hex.slice(1), 16)
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`
}

export default function remarkCallouts(options = {}) {
  return (tree) => {
    const walk = (node) => {
      for (const child of node.children ?? []) {
        if (child.type === 'blockquote') convert(child)
        walk(child)
      }
    }
    const convert = (quote) => {
      const first = quote.children[0]
      const text = first?.type === 'paragraph' ? first.children[0] : undefined
      const match = text?.type === 'text' ? MARKER.exec(text.value) : null
      if (!match) return
      const kind = match[1].toUpperCase()
      const title = options.titles?.[kind] ?? KINDS[kind][0]
      const color = options.colors?.[kind] ?? KINDS[kind][1]
      text.value = text.value.slice(match[0].length)
      if (text.value === '') first.children.shift()
      if (first.children.length === 0 || (first.children[0]?.type === 'break' && first.children.length === 1))
        quote.children.shift()
      quote.data = {
        hName: 'section',
        hProperties: {
          style: `margin: 1.2em 0; padding: 0.8em 1em; border-left: 4px solid ${color}; border-radius: 4px; background: ${tint(color, 0.08)};`,
        },
      }
      // the last paragraph needs no bottom margin inside the box
      const last = quote.children.at(-1)
      if (last?.type === 'paragraph')
        last.data = { ...last.data, hProperties: { ...last.data?.hProperties, style: 'margin-bottom: 0;' } }
      quote.children.unshift({
        type: 'paragraph',
        data: { hProperties: { style: `margin: 0 0 0.4em; font-weight: bold; color: ${color};` } },
        children: [{ type: 'text', value: title }],
      })
    }
    walk(tree)
  }
}
