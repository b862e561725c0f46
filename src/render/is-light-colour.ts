/**
 * Whether a CSS colour is light on WeChat's white page: WCAG relative luminance of 0.7 or more (white
 * is 1, `#ccc` 0.6), a translucent colour first blended onto white. Reads hex (`#fff`, `#ffffff80`),
 * `rgb()`/`rgba()`, `hsl()`/`hsla()` and the named colours; anything else (`currentColor`, `var()`,
 * `transparent`) is not called light.
 */

type Rgba = [number, number, number, number]

export const LIGHT_LUMINANCE = 0.7

/** The named colours with a luminance of 0.7 or more. */
const LIGHT_NAMES = new Set(
  (
    'aliceblue antiquewhite aqua aquamarine azure beige bisque blanchedalmond chartreuse cornsilk cyan ' +
    'floralwhite gainsboro ghostwhite greenyellow honeydew ivory khaki lavender lavenderblush lawngreen ' +
    'lemonchiffon lightcyan lightgoldenrodyellow lightyellow lime linen mediumspringgreen mintcream ' +
    'mistyrose moccasin navajowhite oldlace palegoldenrod palegreen paleturquoise papayawhip peachpuff ' +
    'seashell snow springgreen wheat white whitesmoke yellow'
  ).split(' '),
)

function hex(text: string): Rgba | undefined {
  const digits = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(text)?.[1]
  if (!digits) return undefined
  const full = digits.length <= 4 ? [...digits].map((d) => d + d).join('') : digits
  const byte = (i: number) => Number.parseInt(full.slice(i * 2, i * 2 + 2), 16)
  return [byte(0), byte(1), byte(2), full.length === 8 ? byte(3) / 255 : 1]
}

/** A channel or alpha as written: `50%` is half of `whole`. */
function amount(text: string, whole: number): number {
  const n = Number.parseFloat(text)
  return text.endsWith('%') ? (n / 100) * whole : n
}

function hslToRgb(h: number, s: number, l: number): [number, number, number] {
  const k = (n: number) => (n + h / 30) % 12
  const a = s * Math.min(l, 1 - l)
  const f = (n: number) => l - a * Math.max(-1, Math.min(k(n) - 3, 9 - k(n), 1))
  return [f(0) * 255, f(8) * 255, f(4) * 255]
}

function functional(text: string): Rgba | undefined {
  const m = /^(rgba?|hsla?)\(([^()]*)\)$/.exec(text)
  if (!m) return undefined
  const parts = m[2]!
    .trim()
    .split(/\s*[,/]\s*|\s+/)
    .filter(Boolean)
  if (parts.length < 3 || parts.some((p) => !/^[+-]?(?:\d+\.?\d*|\.\d+)(?:%|deg)?$/.test(p))) return undefined
  const alpha = parts[3] === undefined ? 1 : amount(parts[3], 1)
  if (m[1]!.startsWith('rgb'))
    return [amount(parts[0]!, 255), amount(parts[1]!, 255), amount(parts[2]!, 255), alpha]
  const hue = ((Number.parseFloat(parts[0]!) % 360) + 360) % 360
  return [...hslToRgb(hue, amount(parts[1]!, 1), amount(parts[2]!, 1)), alpha]
}

const linear = (channel: number) => {
  const c = Math.min(255, Math.max(0, channel)) / 255
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
}

/** The relative luminance of a hex or functional colour on white, or undefined when it is not one. */
export function luminanceOnWhite(text: string): number | undefined {
  const rgba = hex(text) ?? functional(text)
  if (!rgba) return undefined
  const alpha = Math.min(1, Math.max(0, rgba[3]))
  const [r, g, b] = rgba.slice(0, 3).map((c) => linear(c * alpha + 255 * (1 - alpha))) as Rgba
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

/** Whether colour `value` (`!important` aside) is light: text in it is hard to read on white. */
export function isLightColour(value: string): boolean {
  const text = value
    .replace(/!\s*important\s*$/i, '')
    .trim()
    .toLowerCase()
  if (LIGHT_NAMES.has(text)) return true
  return (luminanceOnWhite(text) ?? 0) >= LIGHT_LUMINANCE
}
