/**
 * Fonts in the screenshot page. Two problems a reviewer cannot see from a picture:
 * - no font on the machine draws Chinese: every Han character becomes the same missing-glyph box
 *   (tofu). `cjkGlyphsRender` draws three Han characters and two code points no font has with the
 *   page's own font stack on a canvas and compares the pixels: three different characters drawn
 *   alike (or like a code point no font has, or not at all) means no CJK font.
 * - WenQuanYi Micro Hei (the usual CJK font of Debian and Ubuntu runners, picked by Chromium's
 *   fallback next to Han text) claims `‾ ℃ ℉ Å Ⅴ Ⅹ ∼` but draws nothing for them: `85 ℃` turned into
 *   `85  `. `patchGlyphGaps` puts a font for exactly those code points first in every font stack of
 *   the page (Noto Sans CJK or DejaVu Sans, whichever is there); every other character is drawn as
 *   before. Only the screenshot page changes: the article's HTML stays as it is.
 * Both run as page scripts given as strings (the page has JavaScript off; this is the harness).
 */

/** Code points WenQuanYi Micro Hei maps to an empty glyph (found by drawing every symbol). */
export const GLYPH_GAPS = ['U+203E', 'U+2103', 'U+2109', 'U+212B', 'U+2164', 'U+2169', 'U+223C']
export const GLYPH_GAPS_FAMILY = 'wxpress-glyph-gaps'
const GAP_SOURCES = ['Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'DejaVu Sans', 'Noto Sans']

type Page = { evaluate(script: string): Promise<unknown> }

const PATCH_SCRIPT = `async ({ family, sources, range }) => {
  const face = new FontFace(family, sources, { unicodeRange: range })
  document.fonts.add(face)
  const first = (style) => {
    if (style && style.fontFamily && !style.fontFamily.startsWith(family))
      style.fontFamily = family + ', ' + style.fontFamily
  }
  for (const el of document.querySelectorAll('[style]')) first(el.style)
  const walk = (rules) => {
    for (const rule of rules) {
      first(rule.style)
      if (rule.cssRules) walk(rule.cssRules)
    }
  }
  for (const sheet of document.styleSheets) {
    try { walk(sheet.cssRules) } catch {}
  }
  await face.load().catch(() => undefined)
  await document.fonts.ready
}`

/** Puts the gap font first in every font stack of the page (inline styles and style sheets). */
export async function patchGlyphGaps(page: Page): Promise<void> {
  const args = {
    family: GLYPH_GAPS_FAMILY,
    sources: GAP_SOURCES.map((name) => `local(${JSON.stringify(name)})`).join(', '),
    range: GLYPH_GAPS.join(', '),
  }
  await page.evaluate(`(${PATCH_SCRIPT})(${JSON.stringify(args)})`)
}

const CJK_SCRIPT = `({ selector, han, missing }) => {
  const root = document.querySelector(selector) || document.body
  const family = getComputedStyle(root).fontFamily || 'sans-serif'
  const canvas = document.createElement('canvas')
  canvas.width = 64
  canvas.height = 64
  const ctx = canvas.getContext('2d', { willReadFrequently: true })
  ctx.font = '48px ' + family
  const draw = (ch) => {
    ctx.clearRect(0, 0, 64, 64)
    ctx.fillStyle = '#000'
    ctx.fillText(ch, 4, 52)
    const data = ctx.getImageData(0, 0, 64, 64).data
    const alpha = []
    for (let i = 3; i < data.length; i += 4) alpha.push(data[i])
    return alpha.join(',')
  }
  const blank = draw(' ')
  const drawn = han.map(draw)
  const none = missing.map(draw)
  if (drawn.some((d) => d === blank)) return false
  if (drawn.some((d) => none.includes(d))) return false
  return new Set(drawn).size === drawn.length
}`

/** Han characters that differ in every CJK font; code points no font draws (unassigned, private use). */
const HAN = ['中', '文', '永']
const MISSING = ['\u0378', '\u{10FFFD}']

/**
 * True when Han characters drawn with the font stack of `selector` (default: the article's root in
 * the phone frame; else the body) are real glyphs.
 */
export async function cjkGlyphsRender(page: Page, selector = '.wx-content > *'): Promise<boolean> {
  const args = { selector, han: HAN, missing: MISSING }
  return (await page.evaluate(`(${CJK_SCRIPT})(${JSON.stringify(args)})`)) === true
}
