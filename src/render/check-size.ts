/**
 * What WeChat refuses, and what only makes an article heavy (research: wechat-fidelity.md §1). Errors
 * only for what WeChat is known to refuse: visible text at or over `contentTextMax` characters (20,000)
 * or HTML at or over `contentBytesMax` bytes (1 MB). Long HTML is a warning from `htmlCharsWarn`
 * characters, with a hint naming what makes it long. Every limit is a config value (`limits`).
 */
import type { VFile } from '../core/vfile.js'
import type { Config } from '../config/schema.js'
import { report } from '../diagnostics/diagnostic.js'
import { codePoints } from '../core/code-points.js'
import { renderSizeMessages as rm } from '../i18n/messages/render-size.js'
import type { Message } from '../i18n/message.js'

export type SizeLimits = Pick<Config['limits'], 'contentTextMax' | 'contentBytesMax' | 'htmlCharsWarn'>

/** The size of one rendered article. */
export interface ArticleSize {
  /** Characters (code points) a reader sees. */
  text: number
  /** Characters (code points) of the HTML. */
  htmlChars: number
  /** UTF-8 bytes of the HTML. */
  htmlBytes: number
}

const TAG = /<(?:[^>"']|"[^"]*"|'[^']*')*>/g
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', nbsp: '\u00a0', apos: "'" }

/** The visible text of our serialised HTML (tags removed, entities decoded). */
export function visibleText(html: string): string {
  return html.replace(TAG, '').replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole
    }
    return ENTITIES[name.toLowerCase()] ?? whole
  })
}

export function measure(html: string): ArticleSize {
  return {
    text: codePoints(visibleText(html)),
    htmlChars: codePoints(html),
    htmlBytes: Buffer.byteLength(html),
  }
}

const percent = (part: number, whole: number) => Math.round((part / Math.max(1, whole)) * 100)
const sum = (html: string, pattern: RegExp) =>
  [...html.matchAll(pattern)].reduce((n, m) => n + m[0].length, 0)

/** A share of the HTML at least this big (percent) gets its own advice. */
const BIG_SHARE = 25

/**
 * What makes the HTML long, biggest share first: inline styles, highlighted code, SVG, images; and
 * what to do about the big shares only (formula SVG is not shortened by another theme).
 */
export function sizeHint(html: string): Message {
  const shares: ['styles' | 'code' | 'svg', number][] = [
    ['styles', sum(html, /\sstyle="[^"]*"/g)],
    ['code', sum(html, /<pre\b[\s\S]*?<\/pre>/g)],
    ['svg', sum(html, /<svg\b[\s\S]*?<\/svg>/g)],
  ]
  const images = (html.match(/<img\b/g) ?? []).length
  const found = shares.filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1])
  const share = (what: string) => percent(shares.find(([k]) => k === what)![1], html.length)
  const order = found.map(([k]) => k).join(',')
  const advise = found
    .filter(([k]) => share(k) >= BIG_SHARE)
    .map(([k]) => k)
    .join(',')
  return rm.msg.sizeHint({
    styles: share('styles'),
    code: share('code'),
    svg: share('svg'),
    images,
    order,
    advise,
  })
}

export function checkSize(html: string, file: VFile, limits: SizeLimits): ArticleSize {
  const size = measure(html)
  const place = { line: 1, column: 1 }
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`
  if (size.text >= limits.contentTextMax) {
    report(
      file,
      'error',
      'render/content-too-long',
      'render',
      rm.msg.textTooLong({ n: size.text, max: limits.contentTextMax }),
      {
        place,
        value: String(size.text),
        hint: rm.msg.splitArticle(),
      },
    )
  }
  if (size.htmlBytes >= limits.contentBytesMax) {
    report(
      file,
      'error',
      'render/content-too-long',
      'render',
      rm.msg.htmlTooLarge({ size: kb(size.htmlBytes), max: kb(limits.contentBytesMax) }),
      {
        place,
        value: String(size.htmlBytes),
        hint: sizeHint(html),
      },
    )
  } else if (size.htmlChars >= limits.htmlCharsWarn) {
    report(
      file,
      'warning',
      'render/html-long',
      'render',
      rm.msg.htmlLong({ n: size.htmlChars, size: kb(size.htmlBytes) }),
      {
        place,
        value: String(size.htmlChars),
        hint: sizeHint(html),
      },
    )
  }
  return size
}
