import type { Element } from 'hast'
import type { VFile } from '../../core/vfile.js'
import { report } from '../../diagnostics/diagnostic.js'
import {
  type Declaration,
  parseDeclarations,
  serializeDeclarations,
  unescapeCss,
  unsafeDeclaration,
  type UnsafeDeclaration,
} from '../../themes/style-declarations.js'
import { renderStyleMessages as hm } from '../../i18n/messages/render-style.js'
import type { Message } from '../../i18n/message.js'
import { isLightColour } from '../is-light-colour.js'
import { DROPPED_STYLE } from './sanitize-to-wechat-schema.js'

const UNSAFE_STYLE_HINT: Record<UnsafeDeclaration['kind'], () => Message> = {
  script: hm.msg.unsafeStyleScript,
  remote: hm.msg.unsafeStyleRemote,
  data: hm.msg.unsafeStyleData,
  local: hm.msg.unsafeStyleLocal,
}

const POSITION_OFFSETS = new Set(['top', 'right', 'bottom', 'left', 'inset', 'z-index'])
const BACKDROP = new Set(['background', 'background-color', 'background-image'])
const property = (d: Declaration) => unescapeCss(d.property).trim().toLowerCase()

/**
 * With its background removed, an element's light text colour would be white on WeChat's white page:
 * the light `color` declarations to drop with it, unless a kept `background`/`background-color` still
 * paints something other than a light colour behind the text.
 */
function invisibleText(kept: readonly Declaration[], removed: readonly Declaration[]): Declaration[] {
  if (!removed.some((d) => BACKDROP.has(property(d)))) return []
  const backdrop = kept.some(
    (d) =>
      (property(d) === 'background' || property(d) === 'background-color') &&
      !isLightColour(d.value) &&
      !/^(?:none|transparent)\s*(?:!\s*important)?$/i.test(d.value),
  )
  return backdrop ? [] : kept.filter((d) => property(d) === 'color' && isLightColour(d.value))
}

/** Drops unsafe and unsupported declarations from an element's `style`, reporting each. */
export function checkStyle(node: Element, file: VFile) {
  const style = typeof node.properties.style === 'string' ? node.properties.style : ''
  if (!style) return
  const place = node.position
  const declarations = parseDeclarations(style)
  const unsafe = new Map(declarations.map((d) => [d, unsafeDeclaration(d)]))
  const removed = declarations.filter((d) => unsafe.get(d))
  const invisible = invisibleText(
    declarations.filter((d) => !unsafe.get(d)),
    removed,
  )
  const told = removed.find((d) => BACKDROP.has(property(d)))
  for (const d of removed) {
    const why = unsafe.get(d)!
    const params = { text: d.text, tag: node.tagName, reason: why.reason }
    report(
      file,
      'warning',
      'render/unsafe-style',
      'render',
      d === told && invisible.length > 0
        ? hm.msg.unsafeStyleLightText({ ...params, colour: invisible.at(-1)!.value })
        : hm.msg.unsafeStyle(params),
      { place, value: d.text, hint: UNSAFE_STYLE_HINT[why.kind]() },
    )
  }
  const kept = declarations.filter((d) => !unsafe.get(d) && !invisible.includes(d))
  const dropped = kept.filter((d) => DROPPED_STYLE.has(property(d)))
  // the offsets and stacking of a removed `position` mean nothing without it
  const offsets = dropped.some((d) => property(d) === 'position')
    ? kept.filter((d) => POSITION_OFFSETS.has(property(d)))
    : []
  if (dropped.length > 0) {
    const names = (list: Declaration[]) => [...new Set(list.map(property))].join('`, `')
    report(
      file,
      'warning',
      'render/unsupported-style',
      'render',
      hm.msg.unsupportedStyle({ list: names(dropped), offsets: names(offsets), tag: node.tagName }),
      { place, value: style, hint: hm.msg.unsupportedStyleHint() },
    )
  }
  const clean = kept.filter((d) => !dropped.includes(d) && !offsets.includes(d))
  if (clean.length === declarations.length) return
  if (clean.length > 0) node.properties.style = serializeDeclarations(clean)
  else delete node.properties.style
}
