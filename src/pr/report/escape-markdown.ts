/**
 * Text from the artifact (titles, digests, messages, paths) is hostile. `inline` makes it plain text
 * in GitHub markdown and in the HTML blocks around it: no tags, links, images, emphasis, tables,
 * math, emoji codes, @mentions, #references or autolinks, no line breaks, no control or bidi
 * characters, and a length cap. URLs we build go through `urlPath` / `attr`.
 */

/** ASCII characters that can start markdown or HTML structure, written as numeric references. */
const ACTIVE = /[&<>"'`*_[\]()#|~!\\{}+=:$^%]/g
/** C0/C1 controls, bidi overrides and isolates, zero-width joiners that could hide text. */
const INVISIBLE =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g
const ZWSP = '&#8203;'

/** Cuts `s` to `max` characters (code points), with `…` when cut. */
export function clip(s: string, max: number): string {
  const points = [...s]
  return points.length <= max ? s : `${points.slice(0, Math.max(0, max - 1)).join('')}…`
}

/** Plain inline text, safe anywhere in the comment (markdown, table cells, `<summary>`, attributes). */
export function inline(value: string | null | undefined, max = 300): string {
  if (!value) return ''
  const flat = clip(value.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim(), max)
  return (
    flat
      .replace(ACTIVE, (c) => `&#${c.charCodeAt(0)};`)
      // references and mentions are linked from the rendered text, so break the pattern itself
      .replace(/@/g, `@${ZWSP}`)
      .replace(/&#35;/g, `&#35;${ZWSP}`)
      .replace(/&#58;\/\//g, `&#58;${ZWSP}//`)
      .replace(/\bwww\./gi, (w) => `${w.slice(0, 3)}${ZWSP}.`)
  )
}

/** One path segment of a URL, with the characters markdown link syntax cares about encoded too. */
export function urlSegment(segment: string): string {
  return encodeURIComponent(segment).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  )
}

/** A `/`-separated path for a URL. */
export function urlPath(p: string): string {
  return p.split('/').map(urlSegment).join('/')
}

/** A URL we built, for an HTML attribute or a markdown link target. */
export function attr(url: string): string {
  return url.replace(/[&"'<>()\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)
}
