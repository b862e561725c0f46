/**
 * URL schemes as the sanitiser (hast-util-sanitize) reads them, so that every URL it would drop can
 * be reported first, and a scheme only written in capitals (`HTTPS://…`) is not dropped at all.
 */

/** The scheme as written: the text before a first `:` that comes before any `/`, `?` or `#`. */
export function urlScheme(url: string): string | undefined {
  const colon = url.indexOf(':')
  if (colon < 0) return undefined
  for (const mark of ['/', '?', '#']) {
    const at = url.indexOf(mark)
    if (at > -1 && colon > at) return undefined
  }
  return url.slice(0, colon)
}

/** The scheme as a browser reads it: lower case, without whitespace or control characters. */
export function normalizedScheme(url: string): string | undefined {
  const scheme = urlScheme(url)
  return scheme === undefined ? undefined : scheme.replace(/[\s\u0000-\u001f]+/g, '').toLowerCase()
}

/**
 * `url` with its scheme in lower case when that scheme, normalised, is one of `allowed`; the URL as
 * it was otherwise (relative URLs included).
 */
export function withCanonicalScheme(url: string, allowed: readonly string[]): string {
  const scheme = urlScheme(url)
  const normal = normalizedScheme(url)
  if (scheme === undefined || normal === undefined || scheme === normal || !allowed.includes(normal))
    return url
  return normal + url.slice(scheme.length)
}

/** Shortens a long value (a `data:` URI) for a diagnostic. */
export function shortUrl(url: string, max = 80): string {
  return url.length > max ? `${url.slice(0, max)}…` : url
}
