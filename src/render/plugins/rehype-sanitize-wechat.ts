/**
 * Schema-driven sanitising (hast-util-sanitize) of the whole tree, after raw HTML was parsed. What
 * WeChat would strip anyway is removed here, with a diagnostic on the element that had it: elements
 * (those holding code, CSS or form values go with their content), event handlers, unsafe style
 * declarations, and every URL the schema drops (image sources are errors: the reader would see a
 * placeholder).
 */
import type { Element, Root } from 'hast'
import type { VFile } from '../../core/vfile.js'
import { report } from '../../diagnostics/diagnostic.js'
import { convertCenter } from '../center-element.js'
import { convertFont } from '../font-element.js'
import { cleanSvg } from '../svg-allowlist.js'
import type { Message } from '../../i18n/message.js'
import type { HastParent } from '../walk-elements.js'
import { renderHtmlMessages as hm } from '../../i18n/messages/render-html.js'
import { DANGEROUS, sanitizeToWechatSchema, STRIP } from './sanitize-to-wechat-schema.js'
import { checkStyle } from './check-style.js'
import { checkElementUrl } from './check-element-url.js'

const classes = (node: HastParent | undefined) =>
  node?.type === 'element' && Array.isArray(node.properties.className)
    ? node.properties.className.map(String)
    : []

/** A GFM task checkbox: first in a `li.task-list-item` (or in its first paragraph, for loose lists). */
function isTaskCheckbox(node: Element, parent: HastParent, grandparent: HastParent | undefined): boolean {
  if (node.properties.type !== 'checkbox') return false
  const item = parent.type === 'element' && parent.tagName === 'p' ? grandparent : parent
  return item?.type === 'element' && item.tagName === 'li' && classes(item).includes('task-list-item')
}

/** What to do instead of a removed element: embedded media go in through the WeChat editor. */
function removedHint(tag: string): Message {
  if (tag === 'iframe') return hm.msg.iframeHint()
  if (tag === 'video') return hm.msg.videoHint()
  if (tag === 'audio') return hm.msg.audioHint()
  return hm.msg.removeFromMarkdown()
}

/** Reports what the schema will drop; removes stray form inputs (the schema would make them checkboxes). */
function inspect(parent: HastParent, grandparent: HastParent | undefined, file: VFile, inRemoved: boolean) {
  const kids = parent.children
  for (let i = 0; i < kids.length; i++) {
    const node = kids[i]!
    if (node.type !== 'element') continue
    const place = node.position
    if (node.tagName === 'input' && !isTaskCheckbox(node, parent, grandparent)) {
      if (!inRemoved) {
        report(file, 'warning', 'render/removed-element', 'render', hm.msg.input(), {
          place,
          value: '<input>',
          hint: hm.msg.removeFromMarkdown(),
        })
      }
      kids.splice(i--, 1)
      continue
    }
    if (inRemoved && STRIP.includes(node.tagName)) continue
    const dangerous = DANGEROUS.has(node.tagName)
    if (dangerous && !inRemoved) {
      report(file, 'warning', 'render/removed-element', 'render', hm.msg.element({ tag: node.tagName }), {
        place,
        value: `<${node.tagName}>`,
        hint: removedHint(node.tagName),
      })
    }
    for (const key of Object.keys(node.properties)) {
      if (/^on/i.test(key)) {
        report(
          file,
          'warning',
          'render/removed-attribute',
          'render',
          hm.msg.eventHandler({ key: key.toLowerCase(), tag: node.tagName }),
          {
            place,
            value: key,
            hint: hm.msg.eventHandlerHint(),
          },
        )
      }
    }
    if (node.tagName === 'math' && !inRemoved) {
      report(file, 'warning', 'render/removed-element', 'render', hm.msg.math(), {
        place,
        value: '<math>',
        hint: hm.msg.mathHint(),
      })
    }
    if (node.tagName === 'svg' && !inRemoved) cleanSvg(node, file) // kept through the SVG allowlist
    if (STRIP.includes(node.tagName)) continue // gone with its content: nothing inside is reported
    if (node.tagName === 'font') convertFont(node, file)
    if (node.tagName === 'center') convertCenter(node)
    checkStyle(node, file)
    if (node.tagName === 'img' && node.properties.srcSet !== undefined && !inRemoved) {
      report(file, 'warning', 'render/removed-attribute', 'render', hm.msg.srcset(), {
        place,
        value: 'srcset',
        hint: hm.msg.srcsetHint(),
      })
    }
    checkElementUrl(node, file)
    const hadElements = node.children.some((c) => c.type === 'element')
    if (node.children.length > 0) inspect(node, parent, file, inRemoved || dangerous)
    // a paragraph that held only removed elements (`<textarea>…</textarea>` on a line) goes too
    if (
      node.tagName === 'p' &&
      hadElements &&
      node.children.every(
        (c) => (c.type === 'text' && !c.value.trim()) || (c.type === 'element' && STRIP.includes(c.tagName)),
      )
    )
      kids.splice(i--, 1)
  }
}

export function rehypeSanitizeWechat() {
  return (tree: Root, file: VFile) => {
    inspect(tree, undefined, file, false)
    const clean = sanitizeToWechatSchema(tree)
    tree.children = clean.children
  }
}
