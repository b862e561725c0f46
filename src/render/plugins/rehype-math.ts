/**
 * `$…$` and `$$…$$` (remark-math's `code.language-math`) → MathJax SVG: inline formulas in
 * `span.math-inline`, display formulas in `section.math-block` (centred, scrolling when wide). A
 * formula MathJax cannot typeset is a `render/math-error` at its line and column with the TeX message,
 * and stays as text (rehype-code-blocks shows it verbatim). MathJax loads only for articles with math.
 */
import type { Element, Root } from 'hast'
import { hastText } from '../hast-text.js'
import type { VFile } from '../../core/vfile.js'
import { report } from '../../diagnostics/diagnostic.js'
import type { MathTypesetter } from '../typeset-math.js'
import { SKIP, someNode, walkElements } from '../walk-elements.js'
import { renderMessages as rm } from '../../i18n/messages/render.js'

const isMath = (node: Element) =>
  node.tagName === 'code' &&
  Array.isArray(node.properties.className) &&
  node.properties.className.includes('language-math')

function hasMath(tree: Root): boolean {
  return someNode(tree, (node) => node.type === 'element' && isMath(node as Element))
}

export function rehypeMath() {
  let loading: Promise<MathTypesetter> | undefined
  return async (tree: Root, file: VFile) => {
    if (!hasMath(tree)) return
    loading ??= import('../typeset-math.js').then((m) => m.createMathTypesetter())
    const typesetter = await loading
    walkElements(tree, (node, index, parent) => {
      const display = node.tagName === 'pre'
      const code = display
        ? node.children.find((c): c is Element => c.type === 'element' && isMath(c))
        : isMath(node)
          ? node
          : undefined
      if (!code) return undefined
      const tex = hastText(code).replace(/\n$/, '')
      const result = typesetter.typeset(tex, display)
      if (!result.ok) {
        report(file, 'warning', 'render/math-error', 'render', rm.msg.mathError({ reason: result.message }), {
          place: node.position ?? code.position,
          value: tex,
          hint: rm.msg.mathErrorHint(),
        })
        return SKIP
      }
      const wrapper: Element = display
        ? {
            type: 'element',
            tagName: 'section',
            properties: { className: ['math-block'] },
            children: [result.svg],
          }
        : {
            type: 'element',
            tagName: 'span',
            properties: { className: ['math-inline'] },
            children: [result.svg],
          }
      if (node.position) wrapper.position = node.position
      parent.children[index] = wrapper
      return SKIP
    })
  }
}
