/**
 * The form of a URL that readers see in the reference list (and copy by hand): Markdown
 * percent-encodes every non-ASCII character of a link, so `https://例子.中国/路径` arrives as
 * `https://%E4%BE%8B…`. Percent-escapes that form valid UTF-8 for a visible non-ASCII character are
 * decoded; ASCII escapes (`%20`, `%2F`, `%3F`, `%25` …) stay, as they carry meaning, and so do escapes
 * of spaces, controls and format characters (bidi overrides, zero-width …), which would hide or
 * disguise text. A host is shown in Unicode when its letters are Chinese, Japanese or Korean
 * (`xn--fsqu00a.xn--fiqs8s` → `例子.中国`), else in punycode (homographs such as a Cyrillic `аpple.com`). Only for display: the URL itself is
 * never changed (links to mp.weixin.qq.com keep their `href` as written).
 */
import { domainToASCII, domainToUnicode } from 'node:url'

const utf8 = new TextDecoder('utf-8', { fatal: true })
const HIDDEN = /[\p{C}\p{Z}]/u

/** Decodes the escapes of a run of `%XX` that spell visible non-ASCII characters. */
function decodeRun(run: string): string {
  const bytes = run
    .slice(1)
    .split('%')
    .map((h) => Number.parseInt(h, 16))
  let out = ''
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!
    const size = b >= 0xf0 && b <= 0xf4 ? 4 : b >= 0xe0 ? 3 : b >= 0xc2 && b < 0xe0 ? 2 : 1
    let char: string | undefined
    if (size > 1 && i + size <= bytes.length) {
      try {
        char = utf8.decode(Uint8Array.from(bytes.slice(i, i + size)))
      } catch {
        char = undefined
      }
    }
    if (char !== undefined && [...char].length === 1 && !HIDDEN.test(char)) {
      out += char
      i += size
    } else {
      out += run.slice(i * 3, i * 3 + 3)
      i++
    }
  }
  return out
}

/** Hosts shown in Unicode only in scripts readers of Chinese articles can check (no Cyrillic `аpple.com`). */
const READABLE_HOST =
  /^(?:[\x21-\x7e]|[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\p{sc=Bopomofo}])*$/u

/** The host as readers should see it: Unicode when it is in CJK scripts, else punycode. */
function readableHost(host: string): string {
  const unicode = /[^\x00-\x7f]/.test(host) ? host : /(?:^|\.)xn--/i.test(host) ? domainToUnicode(host) : host
  if (unicode && READABLE_HOST.test(unicode)) return unicode
  return domainToASCII(host) || host
}

export function readableUrl(url: string): string {
  const decoded = url.replace(/(?:%[0-9a-f]{2})+/gi, decodeRun)
  return decoded.replace(
    /^([a-z][a-z\d+.-]*:)?(\/\/(?:[^/?#@]*@)?)([^/?#:]+)/i,
    (_, scheme: string | undefined, lead: string, host: string) =>
      `${scheme ?? ''}${lead}${readableHost(host)}`,
  )
}
