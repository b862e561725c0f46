/**
 * Code blocks that survive WeChat's whitespace collapsing: highlighted with lowlight (highlight.js
 * grammars), then spaces → no-break spaces, tabs → four of them, newlines → `<br>`. Lines are never
 * wrapped or cut (the block scrolls). Mermaid stays a code block; `$$` math and inline math become
 * verbatim math elements.
 */
import type { Element, ElementContent, Root, Text } from 'hast'
import { hastText } from '../hast-text.js'
import type { Highlighter } from '../create-highlighter.js'
import { SKIP, someNode, walkElements } from '../walk-elements.js'

const NBSP = '\u00a0'

function languageOf(node: Element): string | undefined {
  const classes = node.properties.className
  const list = Array.isArray(classes) ? classes.map(String) : []
  return list.find((c) => c.startsWith('language-'))?.slice('language-'.length)
}

/**
 * A prompt at the start of a line (`$ `, `% `, `user@host:~$ `, `PS C:\> `): highlight.js reads
 * ```` ```shell ```` as a console session, where every line starting with `#` is a (root) prompt.
 */
const PROMPT = /^\s{0,3}(?:[\w.~@:/[\]()-]*[$%]|PS [^>\n]*>) \S/m

/** The grammar for a fence name: `shell` is read as bash unless a line starts with a prompt. */
export function grammarFor(lang: string, source: string): string {
  return lang === 'shell' && !PROMPT.test(source) ? 'bash' : lang
}

/** Makes whitespace explicit in every text node of `nodes`, splitting at newlines into `<br>`. */
export function preserveWhitespace(nodes: ElementContent[]): ElementContent[] {
  const out: ElementContent[] = []
  for (const node of nodes) {
    if (node.type === 'text') {
      const lines = node.value.replace(/\t/g, '    ').split('\n')
      lines.forEach((line, i) => {
        if (i > 0) out.push({ type: 'element', tagName: 'br', properties: {}, children: [] })
        if (line) out.push({ type: 'text', value: line.replace(/ /g, NBSP) } as Text)
      })
    } else if (node.type === 'element') {
      out.push({ ...node, children: preserveWhitespace(node.children) })
    } else {
      out.push(node)
    }
  }
  return out
}

/** The code elements with a language: highlight.js and its 37 common grammars (≈ 0.1 s) load only for them. */
function needsHighlighter(tree: Root): boolean {
  return someNode(tree, (node) => {
    const lang =
      node.type === 'element' && (node as Element).tagName === 'code'
        ? languageOf(node as Element)
        : undefined
    return lang !== undefined && lang !== 'math' && lang !== 'mermaid'
  })
}

export function rehypeCodeBlocks() {
  let loading: Promise<Highlighter> | undefined
  return async (tree: Root) => {
    loading ??= needsHighlighter(tree)
      ? import('../create-highlighter.js').then((m) => m.createHighlighter())
      : undefined
    const lowlight = loading ? await loading : undefined
    walkElements(tree, (node, index, parent) => {
      if (node.tagName === 'code' && !(parent.type === 'element' && parent.tagName === 'pre')) {
        if (languageOf(node) === 'math') {
          parent.children[index] = {
            type: 'element',
            tagName: 'span',
            properties: { className: ['math-inline'] },
            children: [{ type: 'text', value: hastText(node) }],
          }
        } else {
          // inline code keeps its runs of spaces and its tabs (`a    b`); a single space may still wrap
          for (const child of node.children) {
            if (child.type === 'text' && /\t| {2}/.test(child.value))
              child.value = child.value
                .replace(/\t/g, '    ')
                .replace(/ {2,}/g, (run) => `${NBSP.repeat(run.length - 1)} `)
          }
        }
        return SKIP
      }
      if (node.tagName !== 'pre') return
      const code = node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'code')
      if (!code) return SKIP
      const lang = languageOf(code)
      const source = hastText(code).replace(/\n$/, '')
      if (lang === 'math') {
        parent.children[index] = {
          type: 'element',
          tagName: 'section',
          properties: { className: ['math-block'] },
          children: preserveWhitespace([{ type: 'text', value: source }]),
        }
        return SKIP
      }
      let children: ElementContent[] = [{ type: 'text', value: source }]
      if (lowlight && lang && lang !== 'mermaid' && lowlight.registered(lang)) {
        children = lowlight.highlight(grammarFor(lang, source), source).children as ElementContent[]
      }
      const lines = preserveWhitespace(children)
      // a `<br>` at the very end makes no line of its own: the last blank line needs something on it
      const last = lines[lines.length - 1]
      if (last?.type === 'element' && last.tagName === 'br') lines.push({ type: 'text', value: NBSP })
      const pre: Element = {
        type: 'element',
        tagName: 'pre',
        properties: { className: ['code-block'], dataLang: lang ?? null },
        children: [
          { type: 'element', tagName: 'code', properties: { className: ['hljs'] }, children: lines },
        ],
      }
      if (node.position) pre.position = node.position
      parent.children[index] =
        lang === 'mermaid'
          ? { type: 'element', tagName: 'section', properties: { className: ['mermaid'] }, children: [pre] }
          : pre
      return SKIP
    })
  }
}
