/**
 * WeChat's `content` limit: under 20,000 characters and under 1 MB for the whole HTML string,
 * tags and inline styles included (research: wechat-api.md §3.1). Error above, warning from 90 %.
 */
import type { VFile } from 'vfile'
import { report } from '../diagnostics/diagnostic.js'

export const CONTENT_MAX_CHARS = 20_000
export const CONTENT_MAX_BYTES = 1024 * 1024

export function checkSize(html: string, file: VFile): void {
  const chars = [...html].length
  const bytes = Buffer.byteLength(html)
  const place = { line: 1, column: 1 }
  if (chars >= CONTENT_MAX_CHARS || bytes >= CONTENT_MAX_BYTES) {
    report(file, 'error', 'render/content-too-long', 'render', `The rendered HTML has ${chars.toLocaleString('en')} characters (${(bytes / 1024).toFixed(0)} KB); WeChat accepts fewer than 20,000 characters and 1 MB`, {
      place, value: String(chars), hint: 'Split the article in two, or use a theme with shorter styles (inline styles count).',
    })
  } else if (chars >= CONTENT_MAX_CHARS * 0.9) {
    report(file, 'warning', 'render/content-near-limit', 'render', `The rendered HTML has ${chars.toLocaleString('en')} characters, close to WeChat's 20,000 limit`, {
      place, value: String(chars), hint: 'Shorten the article or simplify its formatting before it grows further.',
    })
  }
}
