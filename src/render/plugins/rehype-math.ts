/**
 * `$…$` and `$$…$$` (remark-math's `code.language-math`) → MathJax SVG: inline formulas in
 * `span.math-inline`, display formulas in `section.math-block` (centred, scrolling when wide). A
 * formula MathJax cannot typeset is a `render/math-error` at its line and column with the TeX message,
 * and stays as text (rehype-code-blocks shows it verbatim). MathJax loads only for articles with math.
 * Its work is bounded (`render/math-too-long`): a formula of more than `MAX_FORMULA_CHARS`, and the
 * formulas past `MAX_FORMULAS` or `MAX_MATH_CHARS` of TeX in one article, stay as text; a formula
 * written twice is typeset once.
 */
import type { Element, Root } from 'hast'
import { hastText } from '../hast-text.js'
import type { VFile } from '../../core/vfile.js'
import { report } from '../../diagnostics/diagnostic.js'
import type { MathTypesetter, TypesetResult } from '../typeset-math.js'
import { SKIP, someNode, walkElements } from '../walk-elements.js'
import { renderMessages as rm } from '../../i18n/messages/render.js'

const isMath = (node: Element) =>
  node.tagName === 'code' &&
  Array.isArray(node.properties.className) &&
  node.properties.className.includes('language-math')

function hasMath(tree: Root): boolean {
  return someNode(tree, (node) => node.type === 'element' && isMath(node as Element))
}

/** MathJax takes ≈ 0.1 ms a character of TeX, more in long formulas: a longer one stays as text. */
export const MAX_FORMULA_CHARS = 2_000
/** Per article, formulas shown as SVG and characters of TeX typeset (a repeated formula once): ≈ 1 s. */
export const MAX_FORMULAS = 1_000
export const MAX_MATH_CHARS = 10_000

export function rehypeMath() {
  let loading: Promise<MathTypesetter> | undefined
  return async (tree: Root, file: VFile) => {
    if (!hasMath(tree)) return
    loading ??= import('../typeset-math.js').then((m) => m.createMathTypesetter())
    const typesetter = await loading
    const typeset = new Map<string, TypesetResult>()
    const skipped: Element[] = []
    let chars = 0
    let shown = 0
    walkElements(tree, (node, index, parent) => {
      const display = node.tagName === 'pre'
      const code = display
        ? node.children.find((c): c is Element => c.type === 'element' && isMath(c))
        : isMath(node)
          ? node
          : undefined
      if (!code) return undefined
      const tex = hastText(code).replace(/\n$/, '')
      const key = `${display ? '$$' : '$'}${tex}`
      if (shown >= MAX_FORMULAS) {
        skipped.push(node)
        return SKIP
      }
      let result = typeset.get(key)
      if (!result) {
        if (tex.length > MAX_FORMULA_CHARS) {
          report(file, 'warning', 'render/math-too-long', 'render', mathTooLong(tex.length), {
            place: node.position ?? code.position,
            value: `${tex.slice(0, 40)}…`,
            hint: rm.msg.mathTooLongHint(),
          })
          return SKIP
        }
        if (chars + tex.length > MAX_MATH_CHARS) {
          skipped.push(node)
          return SKIP
        }
        chars += tex.length
        result = typesetter.typeset(tex, display)
        typeset.set(key, result)
      } else if (result.ok) result = { ok: true, svg: structuredClone(result.svg) }
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
      shown++
      return SKIP
    })
    const first = skipped[0]
    if (first) {
      const message = rm.msg.mathTooMuch({
        skipped: skipped.length,
        formulas: MAX_FORMULAS,
        chars: MAX_MATH_CHARS,
      })
      report(file, 'warning', 'render/math-too-long', 'render', message, {
        place: first.position,
        value: String(skipped.length),
        hint: rm.msg.mathTooMuchHint(),
      })
    }
  }
}

const mathTooLong = (n: number) => rm.msg.mathTooLong({ n, max: MAX_FORMULA_CHARS })
