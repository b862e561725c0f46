/**
 * The only juice and cheerio import: inlines the theme CSS into `style` attributes (pseudo-elements
 * materialised as elements), then drops `class`, `id` and `data-*` attributes, which WeChat ignores
 * or strips.
 */
import { createRequire } from 'node:module'
import juice from 'juice'

// juice is CommonJS and loads cheerio's CommonJS build; take that same copy rather than also loading
// the ES module build (≈ 80 ms more at start-up, and two copies of the DOM classes)
const { load } = createRequire(import.meta.url)('cheerio') as typeof import('cheerio')

const OPTIONS = {
  inlinePseudoElements: true,
  removeStyleTags: true,
  preserveImportant: false,
  preserveMediaQueries: false,
  preserveFontFaces: false,
  preserveKeyFrames: false,
  preservePseudos: false,
  insertPreservedExtraCss: false,
  applyWidthAttributes: false,
  applyHeightAttributes: false,
  applyAttributesTableElements: false,
  xmlMode: false,
}

interface DomNode {
  attribs?: Record<string, string>
  children?: DomNode[]
}

/** Removes class, id and data-* attributes in one walk over the DOM (no selector queries). */
function dropHooks(node: DomNode): void {
  for (const child of node.children ?? []) {
    const attribs = child.attribs
    if (attribs) {
      for (const name of Object.keys(attribs)) {
        if (name === 'class' || name === 'id' || name.startsWith('data-')) delete attribs[name]
      }
    }
    if (child.children) dropHooks(child)
  }
}

export function inlineCss(html: string, css: string): string {
  const $ = load(html, null, false)
  // theme variables are resolved when the theme is compiled; only inline styles may still use var()
  juice.juiceDocument($, { ...OPTIONS, resolveCSSVariables: html.includes('var('), extraCss: css })
  dropHooks($.root()[0] as unknown as DomNode)
  return $.html()
}
