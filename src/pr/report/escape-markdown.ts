/**
 * Text from the artifact (titles, digests, messages, paths) is hostile. `inline` makes it plain text
 * in GitHub markdown and in the HTML blocks around it: no tags, links, images, emphasis, tables,
 * math, emoji codes, @mentions, #references or autolinks, no line breaks, no control or bidi
 * characters, and a length cap. URLs we build go through `urlPath` / `attr`.
 */
import { cutText } from '../../core/code-points.js'

/** ASCII characters that can start markdown or HTML structure, written as numeric references. */
const ACTIVE = /[&<>"'`*_[\]()#|~!\\{}+=:$^%]/g
/** C0/C1 controls, bidi overrides and isolates, zero-width joiners that could hide text. */
const INVISIBLE =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g
const ZWSP = '&#8203;'

const flatten = (value: string, max: number) =>
  cutText(value.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim(), max)

/** Escapes flat text; `refs`: break `#123` too (GitHub links references in text, not in `<code>`). */
function escapeFlat(flat: string, refs: boolean): string {
  const out = flat
    .replace(ACTIVE, (c) => `&#${c.charCodeAt(0)};`)
    // e-mail addresses, URLs and www. are linked while the markdown is read, even inside <code>
    .replace(/@/g, `@${ZWSP}`)
    .replace(/&#58;\/\//g, `&#58;${ZWSP}//`)
    .replace(/\bwww\./gi, (w) => `${w.slice(0, 3)}${ZWSP}.`)
  return refs ? out.replace(/&#35;/g, `&#35;${ZWSP}`) : out
}

/** Plain inline text, safe anywhere in the comment (markdown, table cells, `<summary>`, attributes). */
export function inline(value: string | null | undefined, max = 300): string {
  return value ? escapeFlat(flatten(value, max), true) : ''
}

/**
 * A message or hint: plain text like `inline`, but its `` `code` `` spans (a quoted value, a rule id,
 * a command) shown as code — written as `<code>` elements whose text is escaped the same way, so
 * nothing in them can become markup either. An unpaired backtick stays a character.
 */
export function inlineWithCode(value: string | null | undefined, max = 300): string {
  if (!value) return ''
  return flatten(value, max)
    .split(/`([^`]+)`/)
    .map((part, i) => (i % 2 === 1 ? `<code>${escapeFlat(part, false)}</code>` : escapeFlat(part, true)))
    .join('')
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
