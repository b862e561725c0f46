import type { Element } from 'hast'
import type { VFile } from '../../core/vfile.js'
import { report } from '../../diagnostics/diagnostic.js'
import {
  parseDeclarations,
  serializeDeclarations,
  unsafeDeclaration,
  type UnsafeDeclaration,
} from '../../themes/style-declarations.js'
import { renderHtmlMessages as hm } from '../../i18n/messages/render-html.js'
import type { Message } from '../../i18n/message.js'
import { DROPPED_STYLE } from './sanitize-to-wechat-schema.js'

const UNSAFE_STYLE_HINT: Record<UnsafeDeclaration['kind'], () => Message> = {
  script: hm.msg.unsafeStyleScript,
  remote: hm.msg.unsafeStyleRemote,
  data: hm.msg.unsafeStyleData,
  local: hm.msg.unsafeStyleLocal,
}

/** Drops unsafe and unsupported declarations from an element's `style`, reporting each. */
export function checkStyle(node: Element, file: VFile) {
  const style = typeof node.properties.style === 'string' ? node.properties.style : ''
  if (!style) return
  const place = node.position
  const declarations = parseDeclarations(style)
  const kept = declarations.filter((d) => {
    const why = unsafeDeclaration(d)
    if (!why) return true
    report(
      file,
      'warning',
      'render/unsafe-style',
      'render',
      hm.msg.unsafeStyle({ text: d.text, tag: node.tagName, reason: why.reason }),
      {
        place,
        value: d.text,
        hint: UNSAFE_STYLE_HINT[why.kind](),
      },
    )
    return false
  })
  const dropped = kept.filter((d) => DROPPED_STYLE.has(d.property))
  if (dropped.length > 0) {
    report(
      file,
      'warning',
      'render/unsupported-style',
      'render',
      hm.msg.unsupportedStyle({ list: dropped.map((d) => d.property).join('`, `') }),
      {
        place,
        value: style,
        hint: hm.msg.unsupportedStyleHint(),
      },
    )
  }
  if (kept.length === declarations.length && dropped.length === 0) return
  const clean = serializeDeclarations(kept.filter((d) => !DROPPED_STYLE.has(d.property)))
  if (clean) node.properties.style = clean
  else delete node.properties.style
}
