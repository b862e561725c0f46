/**
 * `<font color face size>` (old Word, 135 and Xiumi pastes) is not allowed in articles: the
 * sanitiser would unwrap it and the colour would be lost silently. It becomes a `<span>` whose style
 * says the same in CSS, before any style of its own (which wins, as in browsers). An attribute value
 * with no safe CSS equivalent is dropped with a warning.
 */
import type { Element } from 'hast'
import type { VFile } from '../core/vfile.js'
import { report } from '../diagnostics/diagnostic.js'
import { renderMessages as rm } from '../i18n/messages/render.js'

/** `<font size>` 1–7 as in browsers (3 is the normal size; WeChat's body text is 16px). */
const SIZES = ['10px', '13px', '16px', '18px', '24px', '32px', '48px']

const COLOR =
  /^(?:#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})|[a-z]{3,20}|(?:rgb|rgba|hsl|hsla)\(\s*[\d.%]+(?:\s*[,\s/]\s*[\d.%]+){2,3}\s*\))$/i

function cssColor(value: string): string | undefined {
  const v = value.trim()
  if (/^[0-9a-f]{6}$/i.test(v)) return `#${v}` // legacy `color="ff0000"`
  return COLOR.test(v) ? v : undefined
}

function cssFontFamily(value: string): string | undefined {
  const names = value
    .split(',')
    .map((n) =>
      n
        .trim()
        .replace(/^(['"])(.*)\1$/, '$2')
        .trim(),
    )
    .filter(Boolean)
  if (names.length === 0 || names.some((n) => !/^[\p{L}\p{N} _-]+$/u.test(n))) return undefined
  return names.map((n) => (/^[a-z-]+$/i.test(n) ? n : `'${n}'`)).join(', ')
}

function cssFontSize(value: string): string | undefined {
  const m = /^\s*([+-]?)([1-7])\s*$/.exec(value)
  if (!m) return undefined
  const n = m[1] === '+' ? 3 + Number(m[2]) : m[1] === '-' ? 3 - Number(m[2]) : Number(m[2])
  return SIZES[Math.min(7, Math.max(1, n)) - 1]
}

const CONVERT: Record<string, [string, (value: string) => string | undefined]> = {
  color: ['color', cssColor],
  face: ['font-family', cssFontFamily],
  size: ['font-size', cssFontSize],
}

/** `size` as written: the HTML parser reads `size="+1"` as the number 1. */
function writtenSize(node: Element, file: VFile): string | undefined {
  const start = node.position?.start
  if (!start) return undefined
  // positions of raw HTML are exact in lines and columns (offsets are not, inside paragraphs)
  const text = String(file.value)
    .split('\n')
    .slice(start.line - 1, start.line + 19)
    .join('\n')
    .slice(start.column - 1)
  const tag = /^<font\b(?:[^>"']|"[^"]*"|'[^']*')*>/i.exec(text)?.[0] ?? ''
  return /\ssize\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i
    .exec(tag)
    ?.slice(1)
    .find((v) => v !== undefined)
}

/** Turns a `<font>` element into a `<span>` in place. */
export function convertFont(node: Element, file: VFile): void {
  const declarations: string[] = []
  for (const [key, [property, convert]] of Object.entries(CONVERT)) {
    const raw = node.properties[key]
    if (raw === undefined || raw === null || raw === false) continue
    const value = key === 'size' ? (writtenSize(node, file) ?? String(raw)) : String(raw)
    const css = convert(value)
    if (css !== undefined) declarations.push(`${property}:${css}`)
    else {
      report(file, 'warning', 'render/removed-attribute', 'render', rm.msg.fontAttribute({ key, value }), {
        place: node.position,
        value,
        hint:
          key === 'color'
            ? rm.msg.fontColorHint()
            : key === 'size'
              ? rm.msg.fontSizeHint()
              : rm.msg.fontFaceHint(),
      })
    }
  }
  const own = typeof node.properties.style === 'string' ? node.properties.style.trim() : ''
  const style = [...declarations, ...(own ? [own] : [])].join(';')
  const { color: _color, face: _face, size: _size, style: _style, ...rest } = node.properties
  node.tagName = 'span'
  node.properties = style ? { ...rest, style } : rest
}
