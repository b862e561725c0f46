/**
 * WeChat only keeps links to mp.weixin.qq.com articles. Every other link that readers can use
 * elsewhere (http(s), ftp, tel, sms, mailto) becomes its text plus a numbered `[n]` and an entry in
 * the reference list (the same URL shares a number; `mailto:` shows the address, never a link);
 * literal autolinks stay visible as text. A link that cannot work outside its source folder (a
 * relative path, an in-page `#anchor`, an empty URL) keeps its text and gets a warning naming it.
 * Footnotes and links share one counter in reading order (`[1]` link, `[2]` note, `[3]` link …), so each
 * `[n]` names one entry: the 注释 list shows it before each note, the 参考链接 list after it before each
 * link (`rehypeWechatRoot`). A mini-program link (`data-miniprogram-appid`,
 * the MP editor's markup) cannot be created through the draft API: its text stays, with its own warning.
 * A WeChat link around an image alone takes no underline or border from the theme (a rule under the picture).
 */
import { decodePath } from '../image-ref.js'
import type { Element, ElementContent, Root } from 'hast'
import { hastText } from '../hast-text.js'
import type { VFile } from '../../core/vfile.js'
import { report } from '../../diagnostics/diagnostic.js'
import { renderContext } from '../context.js'
import { normalizedScheme } from '../url-scheme.js'
import { SKIP, walkElements } from '../walk-elements.js'
import { renderHtmlMessages as hm } from '../../i18n/messages/render-html.js'

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
  const text = hastText(node).trim()
  if (scheme !== undefined) return undefined // any other scheme was reported and removed by the sanitiser
  if (!href.trim()) {
    report(file, 'warning', 'render/unusable-link', 'render', hm.msg.noUrl({ text }), {
      place,
      value: href,
      hint: writtenAsHtml(node, file) ? hm.msg.noUrlHtmlHint() : hm.msg.noUrlHint(),
    })
  } else if (href.startsWith('#')) {
    report(file, 'warning', 'render/unusable-link', 'render', hm.msg.inPageLink({ href }), {
      place,
      value: href,
      hint: hm.msg.inPageLinkHint(),
    })
  } else {
    // a path as the writer typed it (`<我的 文章.md>` arrives as `%E6%88%91%E7%9A%84%20…`)
    const path = decodePath(href)
    report(file, 'warning', 'render/unusable-link', 'render', hm.msg.relativeLink({ href: path }), {
      place,
      value: path,
      hint: hm.msg.relativeLinkHint(),
    })
  }
  return undefined
}

export function rehypeLinks() {
  return (tree: Root, file: VFile) => {
    const ctx = renderContext(file)
    // footnotes and links share one counter, numbered in the order readers meet them
    let next = 1
    const footnoteNumbers = new Map<string, number>()
    walkElements(tree, (node, index, parent) => {
      if (node.tagName === 'sup' && classes(node).includes('footnote-ref')) {
        const label = hastText(node).replace(/^\[|\]$/g, '')
        let n = footnoteNumbers.get(label)
        if (n === undefined) footnoteNumbers.set(label, (n = next++))
        node.children = [{ type: 'text', value: `[${n}]` }]
        return SKIP
      }
      if (node.tagName !== 'a') return
      const href = typeof node.properties.href === 'string' ? node.properties.href : undefined
      if (href && isWechatArticleUrl(href)) {
        node.properties = { href }
        // the theme's underline would be a rule under the picture
        if (onlyImage(node)) node.properties.dataWxpressDrop = 'border text-decoration'
        return SKIP
      }
      const text = hastText(node)
      const miniProgram = node.properties.dataMiniprogramAppid
      if (miniProgram !== undefined) {
        report(
          file,
          'warning',
          'render/miniprogram-link',
          'render',
          hm.msg.miniProgramLink({ text: text.trim() }),
          {
            place: node.position,
            value: String(miniProgram),
            hint: hm.msg.miniProgramLinkHint(),
          },
        )
      }
      const literal =
        href !== undefined &&
        REFERENCED.has(normalizedScheme(href) ?? '') &&
        (href === text || href === `http://${text}` || href === `mailto:${text}`)
      const replacement: ElementContent[] = [
        {
          type: 'element',
          tagName: 'span',
          properties: { className: ['link-text'] },
          children: node.children,
        },
      ]
      const reference =
        href === undefined || literal || (miniProgram !== undefined && !href.trim())
          ? undefined
          : referenceFor(node, href, file)
      if (reference !== undefined) {
        let n = ctx.references.get(reference)
        if (n === undefined) ctx.references.set(reference, (n = next++))
        replacement.push({
          type: 'element',
          tagName: 'sup',
          properties: { className: ['link-ref'] },
          children: [{ type: 'text', value: `[${n}]` }],
        })
      } else if (literal && node.children.length === 1) {
        replacement.splice(0, 1, {
          type: 'element',
          tagName: 'span',
          properties: { className: ['link-url'] },
          children: node.children,
        })
        // `https://… ，欢迎`: the space kept the mark out of the link in Markdown; on the phone it would
        // let the mark start a line
        const after = parent.children[index + 1]
        if (after?.type === 'text')
          after.value = after.value.replace(/^[ \t]+(?=[，。！？：；、）」』”])/, '')
      }
      parent.children.splice(index, 1, ...replacement)
      return index + replacement.length
    })
    numberFootnoteList(tree, footnoteNumbers)
  }
}

/** Whether a link holds an image and nothing else (whitespace and comments aside). */
const onlyImage = (node: Element) =>
  node.children.some((c) => c.type === 'element') &&
  node.children.every((c) =>
    c.type === 'element' ? c.tagName === 'img' : c.type !== 'text' || !c.value.trim(),
  )

const classes = (node: Element) =>
  Array.isArray(node.properties.className) ? node.properties.className.map(String) : []

/** The 注释 list in our numbers: `[n]` before each note (like the markers), in ascending order. */
function numberFootnoteList(tree: Root, numbers: ReadonlyMap<string, number>): void {
  walkElements(tree, (node) => {
    if (node.tagName !== 'section' || !classes(node).includes('footnotes')) return
    for (const list of node.children) {
      if (list.type !== 'element' || list.tagName !== 'ol') continue
      const items = list.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'li')
      const numbered = items.map((li, i) => ({
        li,
        n: numbers.get(String(i + 1)) ?? Number.MAX_SAFE_INTEGER,
      }))
      numbered.sort((a, b) => a.n - b.n)
      for (const { li, n } of numbered) {
        if (n === Number.MAX_SAFE_INTEGER) continue
        const first = li.children.find((c): c is Element => c.type === 'element')
        const host = first && first.tagName === 'p' ? first : li
        host.children.unshift({ type: 'text', value: `[${n}] ` })
      }
      list.children = numbered.map(({ li }) => li)
    }
    return SKIP
  })
}
