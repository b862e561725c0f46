/**
 * Schema-driven sanitising (hast-util-sanitize) of the whole tree, after raw HTML was parsed. What
 * WeChat would strip anyway is removed here, with a warning on the element that had it.
 */
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize'
import type { Root } from 'hast'
import type { VFile } from 'vfile'
import { report } from '../../diagnostics/diagnostic.js'
import { walkElements } from '../walk-elements.js'

const DANGEROUS = new Set(['script', 'iframe', 'object', 'embed', 'form', 'style', 'link', 'meta', 'frame', 'frameset', 'applet', 'base', 'video', 'audio', 'button', 'select', 'textarea'])

const schema: Schema = {
  ...defaultSchema,
  clobberPrefix: '',
  tagNames: [...(defaultSchema.tagNames ?? []), 'section', 'span', 'figure', 'figcaption', 'u', 'mark', 'small', 'center'],
  attributes: {
    ...defaultSchema.attributes,
    '*': [...(defaultSchema.attributes?.['*'] ?? []), 'style', 'className'],
    img: [...(defaultSchema.attributes?.img ?? []), 'width', 'height', 'alt', 'title'],
    code: ['className'],
    a: [...(defaultSchema.attributes?.a ?? []), 'title'],
  },
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto'] },
}

export function rehypeSanitizeWechat() {
  return (tree: Root, file: VFile) => {
    walkElements(tree, (node) => {
      const place = node.position
      if (DANGEROUS.has(node.tagName)) {
        report(file, 'warning', 'render/removed-element', 'render', `\`<${node.tagName}>\` is removed: WeChat does not allow it in articles`, {
          place, value: `<${node.tagName}>`,
          hint: node.tagName === 'iframe' ? 'Link to the page instead, or insert the video in the WeChat editor.' : 'Remove it from the Markdown.',
        })
      }
      for (const key of Object.keys(node.properties)) {
        if (/^on/i.test(key)) {
          report(file, 'warning', 'render/removed-attribute', 'render', `Event handler \`${key.toLowerCase()}\` on \`<${node.tagName}>\` is removed`, {
            place, value: key, hint: 'WeChat removes scripts; delete the attribute.',
          })
        }
      }
      if (node.tagName === 'svg' || node.tagName === 'math') {
        report(file, 'warning', 'render/removed-element', 'render', `Inline \`<${node.tagName}>\` is removed`, {
          place, value: `<${node.tagName}>`, hint: 'Export it as a PNG image and reference the file.',
        })
      }
      const style = typeof node.properties.style === 'string' ? node.properties.style : ''
      const dropped = style.match(/(?:^|;)\s*(position|float|transform|animation)\s*:/gi)
      if (dropped) {
        report(file, 'warning', 'render/unsupported-style', 'render', `WeChat drops \`${dropped.map((d) => d.replace(/[;:\s]/g, '')).join('`, `')}\` from inline styles`, {
          place, value: style, hint: 'Lay the content out without positioning, floats, transforms or animations.',
        })
        node.properties.style = style.split(';').filter((d) => !/^\s*(position|float|transform|animation)\s*:/i.test(d)).join(';')
      }
      const href = node.properties.href
      if (typeof href === 'string' && /^\s*javascript:/i.test(href)) {
        report(file, 'warning', 'render/javascript-url', 'render', `A \`javascript:\` link is never clickable and is removed: ${href}`, {
          place, value: href, hint: 'Remove the link.',
        })
      }
    })
    const clean = sanitize(tree, schema) as Root
    tree.children = clean.children
  }
}
