/**
 * WeChat only keeps links to mp.weixin.qq.com articles. Every other link that readers can use
 * elsewhere (http(s), ftp, tel, sms, mailto) becomes its text plus a numbered `[n]` and an entry in
 * the reference list (the same URL shares a number; `mailto:` shows the address, never a link);
 * literal autolinks stay visible as text. A link that cannot work outside its source folder (a
 * relative path, an in-page `#anchor`, an empty URL) keeps its text and gets a warning naming it.
 */
import type { Element, ElementContent, Root } from 'hast'
import { toString } from 'hast-util-to-string'
import type { VFile } from 'vfile'
import { report } from '../../diagnostics/diagnostic.js'
import { renderContext } from '../context.js'
import { normalizedScheme } from '../url-scheme.js'
import { SKIP, walkElements } from '../walk-elements.js'

const REFERENCED = new Set(['http', 'https', 'ftp', 'ftps', 'tel', 'sms', 'mailto'])

export function isWechatArticleUrl(href: string): boolean {
  try {
    const url = new URL(href)
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname === 'mp.weixin.qq.com'
  } catch {
    return false
  }
}

/** Whether the link was written as an `<a>` tag (raw HTML), not in Markdown syntax. */
function writtenAsHtml(node: Element, file: VFile): boolean {
  const start = node.position?.start
  const line = start ? String(file.value).split('\n', start.line)[start.line - 1] : undefined
  return line?.[start!.column - 1] === '<' && /^<a[\s>]/i.test(line.slice(start!.column - 1))
}

/** The reference-list text for a link, or undefined when it has none (reported). */
function referenceFor(node: Element, href: string, file: VFile): string | undefined {
  const scheme = normalizedScheme(href)
  if (scheme === 'mailto') return href.slice(href.indexOf(':') + 1)
  if ((scheme !== undefined && REFERENCED.has(scheme)) || href.startsWith('//')) return href
  const place = node.position
  const text = toString(node).trim()
  if (scheme !== undefined) return undefined // any other scheme was reported and removed by the sanitiser
  if (!href.trim()) {
    report(file, 'warning', 'render/unusable-link', 'render', `Link \`${text}\` has no URL; only its text is shown`, {
      place, value: href,
      hint: writtenAsHtml(node, file) ? 'Put the URL in the tag (`<a href="https://…">`), or remove the `<a>` tag.' : 'Write the URL in the parentheses, or remove the brackets.',
    })
  } else if (href.startsWith('#')) {
    report(file, 'warning', 'render/unusable-link', 'render', `In-page link \`${href}\` does not work in WeChat articles; only its text is shown`, {
      place, value: href, hint: 'Refer to the section by its heading instead, or remove the link.',
    })
  } else {
    report(file, 'warning', 'render/unusable-link', 'render', `Relative link \`${href}\` cannot be opened from a WeChat article; only its text is shown`, {
      place, value: href, hint: 'Link to the published article (`https://mp.weixin.qq.com/s/…`) or to a full `https://` URL.',
    })
  }
  return undefined
}

export function rehypeLinks() {
  return (tree: Root, file: VFile) => {
    const ctx = renderContext(file)
    // link references continue after the footnotes so that no two notes share a number
    let footnotes = 0
    walkElements(tree, (node) => {
      if (node.tagName === 'section' && String(node.properties.className ?? '').includes('footnotes')) {
        footnotes = node.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'ol').flatMap((ol) => ol.children.filter((li) => li.type === 'element')).length
        return SKIP
      }
    })
    walkElements(tree, (node, index, parent) => {
      if (node.tagName !== 'a') return
      const href = typeof node.properties.href === 'string' ? node.properties.href : undefined
      if (href && isWechatArticleUrl(href)) {
        node.properties = { href }
        return SKIP
      }
      const text = toString(node)
      const literal = href !== undefined && REFERENCED.has(normalizedScheme(href) ?? '') && (href === text || href === `http://${text}` || href === `mailto:${text}`)
      const replacement: ElementContent[] = [{ type: 'element', tagName: 'span', properties: { className: ['link-text'] }, children: node.children }]
      const reference = href === undefined || literal ? undefined : referenceFor(node, href, file)
      if (reference !== undefined) {
        let n = ctx.references.get(reference)
        if (n === undefined) {
          n = footnotes + ctx.references.size + 1
          ctx.references.set(reference, n)
        }
        replacement.push({ type: 'element', tagName: 'sup', properties: { className: ['link-ref'] }, children: [{ type: 'text', value: `[${n}]` }] })
      } else if (literal && node.children.length === 1) {
        replacement.splice(0, 1, { type: 'element', tagName: 'span', properties: { className: ['link-url'] }, children: node.children })
      }
      parent.children.splice(index, 1, ...replacement)
      return index + replacement.length
    })
  }
}
