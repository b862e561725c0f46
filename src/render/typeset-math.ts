/**
 * The only mathjax-full import: TeX → self-contained SVG as a hast element. The font cache is off, so
 * every glyph is an inline `<path>` (no `<defs>`, `<use>` or ids, which WeChat strips); the glyphs use
 * `currentColor`, so the formula takes the text colour (and WeChat's dark mode). Inline formulas keep
 * MathJax's `vertical-align` in ex (the baseline), display formulas are centred by their container.
 * TeX errors are returned, never thrown.
 */
import type { Element, ElementContent } from 'hast'
import { mathjax } from 'mathjax-full/js/mathjax.js'
import { TeX } from 'mathjax-full/js/input/tex.js'
import { SVG } from 'mathjax-full/js/output/svg.js'
import { liteAdaptor, type LiteAdaptor } from 'mathjax-full/js/adaptors/liteAdaptor.js'
import type { LiteElement } from 'mathjax-full/js/adaptors/lite/Element.js'
import type { LiteText } from 'mathjax-full/js/adaptors/lite/Text.js'
import { RegisterHTMLHandler } from 'mathjax-full/js/handlers/html.js'
import { AllPackages } from 'mathjax-full/js/input/tex/AllPackages.js'
import { svgPropertyName } from './svg-allowlist.js'

export type TypesetResult = { ok: true; svg: Element } | { ok: false; message: string }

export interface MathTypesetter {
  typeset(tex: string, display: boolean): TypesetResult
}

/**
 * Left out: `noerrors`/`noundefined` (errors must be errors), `require`/`autoload` (load code), `html`
 * (`\href`, `\cssId`, `\style`: links and ids WeChat would refuse) and `action` (interactive).
 */
const EXCLUDED = new Set(['noerrors', 'noundefined', 'require', 'autoload', 'html', 'action'])
/** Attributes that mean nothing in a WeChat article (accessibility hooks of MathJax's own page script). */
const DROPPED = new Set(['role', 'focusable', 'aria-hidden', 'xmlns', 'xmlns:xlink', 'class', 'id'])

function toHast(adaptor: LiteAdaptor, node: LiteElement): Element {
  const properties: Record<string, string> = {}
  for (const { name, value } of adaptor.allAttributes(node)) {
    if (name.startsWith('data-') || DROPPED.has(name)) continue
    properties[svgPropertyName(name)] = value
  }
  const children: ElementContent[] = []
  for (const child of adaptor.childNodes(node) as (LiteElement | LiteText)[]) {
    if (adaptor.kind(child) === '#text')
      children.push({ type: 'text', value: adaptor.value(child as LiteText) })
    else if (!adaptor.kind(child).startsWith('#')) {
      const element = toHast(adaptor, child as LiteElement)
      // MathJax's `<g data-mml-node>` groups carry nothing once the data attribute is gone
      if (element.tagName === 'g' && Object.keys(element.properties).length === 0)
        children.push(...element.children)
      else children.push(element)
    }
  }
  // MathJax leaves a `<text>` (characters its fonts lack: `\text{速度}`) upright by leaving out
  // `font-style`: the themes' italic formula wrapper would then slant it; `\textit` sets its own
  if (adaptor.kind(node) === 'text') properties.fontStyle ??= 'normal'
  return { type: 'element', tagName: adaptor.kind(node), properties, children }
}

export function createMathTypesetter(): MathTypesetter {
  const adaptor = liteAdaptor()
  const handler = RegisterHTMLHandler(adaptor)
  const tex = new TeX({
    packages: AllPackages.filter((p) => !EXCLUDED.has(p)),
    formatError: (_jax: unknown, error: Error) => {
      throw error
    },
  })
  const document = mathjax.document('', { InputJax: tex, OutputJax: new SVG({ fontCache: 'none' }) })
  // the document keeps its handler: leave MathJax's global registry as it was
  mathjax.handlers.unregister(handler)
  return {
    typeset(source, display) {
      try {
        const container = document.convert(source, {
          display,
          em: 16,
          ex: 8,
          containerWidth: 80 * 16,
        }) as LiteElement
        const svg = adaptor.firstChild(container) as LiteElement | undefined
        if (!svg || adaptor.kind(svg) !== 'svg') return { ok: false, message: 'MathJax produced no SVG' }
        const element = toHast(adaptor, svg)
        // a wide display formula keeps its size: its container scrolls instead of squeezing it
        const style = String(element.properties.style ?? '')
        if (display) element.properties.style = `${style} max-width: none;`.trim()
        return { ok: true, svg: element }
      } catch (error) {
        return { ok: false, message: (error as Error).message }
      }
    },
  }
}
