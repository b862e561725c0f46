/**
 * Inline `style` attributes as declarations: split on `;` outside quotes, parentheses and comments
 * (so `url("a;b")` stays whole), comments dropped. Used by the sanitiser to remove unsafe
 * declarations and by the image plugin to read a raw `<img>`'s size.
 */

export interface Declaration {
  /** Lower-case property name, as written otherwise (CSS escapes kept). */
  property: string
  value: string
  /** The declaration as written, trimmed (without comments). */
  text: string
}

export function parseDeclarations(style: string): Declaration[] {
  const out: Declaration[] = []
  const push = (raw: string) => {
    const text = raw.trim()
    if (!text) return
    const colon = text.indexOf(':')
    out.push({
      property: (colon < 0 ? text : text.slice(0, colon)).trim().toLowerCase(),
      value: colon < 0 ? '' : text.slice(colon + 1).trim(),
      text,
    })
  }
  let buf = ''
  let depth = 0
  let quote = ''
  for (let i = 0; i < style.length; i++) {
    const c = style[i]!
    if (c === '\\') {
      buf += c + (style[i + 1] ?? '')
      i++
      continue
    }
    if (quote) {
      buf += c
      if (c === quote) quote = ''
      continue
    }
    if (c === '/' && style[i + 1] === '*') {
      const end = style.indexOf('*/', i + 2)
      i = end < 0 ? style.length : end + 1
      continue
    }
    if (c === '"' || c === "'") quote = c
    else if (c === '(') depth++
    else if (c === ')') depth = Math.max(0, depth - 1)
    else if (c === ';' && depth === 0) {
      push(buf)
      buf = ''
      continue
    }
    buf += c
  }
  push(buf)
  return out
}

export function serializeDeclarations(declarations: readonly Declaration[]): string {
  return declarations.map((d) => d.text).join(';')
}

/** Resolves CSS escapes (`\6a` → `j`, `\:` → `:`) so that escaped keywords are recognised. */
export function unescapeCss(text: string): string {
  return text.replace(
    /\\([0-9a-f]{1,6})[ \t\n\r\f]?|\\([\s\S])/gi,
    (_, hex: string | undefined, char: string | undefined) => {
      if (char !== undefined) return char
      const code = Number.parseInt(hex!, 16)
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd'
    },
  )
}

/** WeChat's own image hosts: a style may take an image from there (templates of WeChat editors do). */
const WECHAT_IMAGE = /^https:\/\/mmbiz\.(?:qpic|qlogo)\.cn\//

export interface UnsafeDeclaration {
  kind: 'script' | 'remote' | 'data' | 'local'
  reason: string
}

/**
 * Why a declaration must not reach the article, or undefined when it is harmless: script URLs,
 * IE `expression()` and `behavior`, `-moz-binding`, and any resource loaded from CSS (`url()`,
 * `image-set()`) outside WeChat's image hosts: a remote one is a hot-linked (tracking) image, a
 * `data:` one is not shown, a local path cannot work. Used for inline styles and theme CSS alike.
 */
export function unsafeDeclaration(declaration: Pick<Declaration, 'text'>): UnsafeDeclaration | undefined {
  const flat = unescapeCss(declaration.text)
    .toLowerCase()
    .replace(/[\s\u0000-\u001f]+/g, '')
  const property = flat.slice(0, Math.max(0, flat.indexOf(':')))
  if (flat.includes('javascript:') || flat.includes('vbscript:'))
    return { kind: 'script', reason: 'it holds a script URL' }
  if (flat.includes('expression(')) return { kind: 'script', reason: 'IE `expression()` runs script' }
  if (
    property === 'behavior' ||
    property === '-ms-behavior' ||
    property === '-moz-binding' ||
    flat.includes('-moz-binding')
  )
    return { kind: 'script', reason: 'it binds a script to the element' }
  for (const resource of flat.matchAll(
    /(?:^|[^a-z-])(?:url|image|image-set|-webkit-image-set|cross-fade|element|src)\(\s*(['"]?)([^'")]*)/g,
  )) {
    const target = resource[2] ?? ''
    if (WECHAT_IMAGE.test(target)) continue
    if (/^(?:[a-z][a-z\d+.-]*:)?\/\//.test(target))
      return {
        kind: 'remote',
        reason: 'a remote image in a style is hot-linked: WeChat does not show it and it can track readers',
      }
    if (target.startsWith('data:'))
      return { kind: 'data', reason: 'WeChat does not show `data:` images embedded in a style' }
    return { kind: 'local', reason: 'a style cannot load a local file in WeChat' }
  }
  return undefined
}
