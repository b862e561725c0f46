/**
 * Short inline styles, a pass over the inlined HTML (after juice): a declaration of an inherited
 * property (color, font-*, line-height, letter-spacing, text-align …) that repeats what the parent
 * already gives is dropped, and colours take their shortest form (`#ffffff` → `#fff`,
 * `rgb(255, 0, 0)` → `#f00`). The root keeps all of its declarations (WeChat puts its own container
 * styles around it). Styles inside SVG are left as they are. Works on our own serialised HTML (quoted
 * attributes, no raw-text elements but a possible `<style>`), rewriting only `style` attributes.
 */
import { parseDeclarations, type Declaration } from '../themes/style-declarations.js'
import { BROWSER_SETS, INHERITED, VOID } from './inherited-properties.js'

/** A value the child computes afresh from its own font size (or relative to the parent's). */
const RELATIVE = /\d(?:em|ex|ch|%)\b|\b(?:smaller|larger|bolder|lighter)\b/i

const TOKEN =
  /<\/([a-zA-Z][\w:-]*)\s*>|<([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>|<!--[\s\S]*?-->/g

const hex2 = (n: number) => n.toString(16).padStart(2, '0')

/** The shortest form of the colours in a value. */
export function shortenColors(value: string): string {
  if (/url\(|["']/.test(value)) return value
  return value
    .replace(
      /\brgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*(?:,\s*(1|1\.0+|100%)\s*)?\)/gi,
      (whole, r: string, g: string, b: string) => {
        const parts = [r, g, b].map(Number)
        return parts.every((n) => n <= 255) ? `#${parts.map(hex2).join('')}` : whole
      },
    )
    .replace(/#([0-9a-f]{6}|[0-9a-f]{3})\b/gi, (_, digits: string) => {
      const d = digits.toLowerCase()
      return d.length === 6 && d[0] === d[1] && d[2] === d[3] && d[4] === d[5]
        ? `#${d[0]}${d[2]}${d[4]}`
        : `#${d}`
    })
}

const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&amp;/g, '&')
const encode = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/\u00a0/g, '&nbsp;')
const normal = (value: string) => value.replace(/\s+/g, ' ').trim().toLowerCase()

type Inherited = ReadonlyMap<string, string>
interface Frame {
  tag: string
  inherited: Inherited
  svg: boolean
}

/** The new style of an element (undefined: unchanged) and what its children inherit. */
function shorten(
  tag: string,
  style: string,
  parent: Frame | undefined,
): { style?: string; inherited: Inherited } {
  const declarations = parseDeclarations(decode(style))
  const own = new Map(parent?.inherited)
  const kept: Declaration[] = []
  let changed = false
  for (const d of declarations) {
    const value = shortenColors(d.value)
    if (value !== d.value) changed = true
    const property = d.property
    const repeat =
      parent !== undefined &&
      INHERITED.has(property) &&
      !RELATIVE.test(value) &&
      !/!important/i.test(value) &&
      !(BROWSER_SETS[tag]?.includes(property) ?? false) &&
      parent.inherited.get(property) === normal(value)
    if (INHERITED.has(property)) own.set(property, RELATIVE.test(value) ? '' : normal(value))
    if (repeat) {
      changed = true
      continue
    }
    kept.push({ ...d, value, text: `${property}: ${value}` })
  }
  if (!changed) return { inherited: own }
  return { style: kept.map((d) => `${d.text};`).join(' '), inherited: own }
}

type Shortened = ReturnType<typeof shorten>
const ROOT: Inherited = new Map()

export function shortenStyles(html: string): string {
  // the same style under the same inherited values (siblings, repeated elements) is shortened once;
  // the inherited maps it returns are shared, never changed
  const memo = new Map<Inherited, Map<string, Shortened>>()
  const shortened = (tag: string, style: string, parent: Frame | undefined) => {
    const from = parent?.inherited ?? ROOT
    let byStyle = memo.get(from)
    if (!byStyle) memo.set(from, (byStyle = new Map()))
    const key = `${tag} ${style}`
    let result = byStyle.get(key)
    if (!result) byStyle.set(key, (result = shorten(tag, style, parent)))
    return result
  }
  const stack: Frame[] = []
  let out = ''
  let last = 0
  const tokens = new RegExp(TOKEN.source, 'g')
  for (let match = tokens.exec(html); match; match = tokens.exec(html)) {
    const [whole, closing, name, attributes = '', selfClosing] = match
    if (closing !== undefined) {
      const tag = closing.toLowerCase()
      let at = stack.length - 1
      while (at >= 0 && stack[at]!.tag !== tag) at--
      if (at >= 0) stack.length = at
      continue
    }
    if (name === undefined) continue // a comment
    const tag = name.toLowerCase()
    const parent = stack[stack.length - 1]
    const svg = tag === 'svg' || parent?.svg === true
    let inherited: Inherited = parent?.inherited ?? new Map()
    const styleAt = /\sstyle="([^"]*)"/.exec(attributes)
    if (styleAt && !svg) {
      const result = shortened(tag, styleAt[1]!, parent)
      inherited = result.inherited
      if (result.style !== undefined) {
        const replaced = result.style ? ` style="${encode(result.style)}"` : ''
        const start = match.index + 1 + name.length + styleAt.index
        out += html.slice(last, start) + replaced
        last = start + styleAt[0].length
      }
    }
    if (selfClosing || VOID.has(tag)) continue
    stack.push({ tag, inherited, svg })
    if (tag === 'style' || tag === 'script') {
      // raw text: skip to its end tag
      const end = html.toLowerCase().indexOf(`</${tag}`, match.index + whole.length)
      tokens.lastIndex = end < 0 ? html.length : end
    }
  }
  return out + html.slice(last)
}
