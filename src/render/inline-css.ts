/**
 * The only juice and cheerio import: inlines the theme CSS into `style` attributes (pseudo-elements
 * materialised as elements, variables resolved), then drops `class`, `id` and `data-*` attributes,
 * which WeChat ignores or strips.
 */
import { load } from 'cheerio'
import juice from 'juice'

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
  resolveCSSVariables: true,
  xmlMode: false,
}

export function inlineCss(html: string, css: string): string {
  const $ = load(html, null, false)
  juice.juiceDocument($, { ...OPTIONS, extraCss: css })
  $('[class]').removeAttr('class')
  $('[id]').removeAttr('id')
  $('*').each((_, el) => {
    for (const name of Object.keys((el as { attribs?: Record<string, string> }).attribs ?? {})) {
      if (name.startsWith('data-')) $(el).removeAttr(name)
    }
  })
  return $.html()
}
