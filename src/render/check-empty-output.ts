/**
 * A body can hold Markdown and still render to nothing a reader sees: only `<style>`/`<script>`
 * (removed), link or footnote definitions, a `---` rule, `&nbsp;` or zero-width characters. Such an
 * article would be drafted and mass-sent as a blank message, so the rendered tree is judged: it needs
 * visible text or an image outside the `slogan` footer. (A body with no Markdown at all is
 * `content/empty-body`, reported by the content stage; it is not reported twice.)
 */
import type { Root as HastRoot, RootContent } from 'hast'
import type { Root as MdastRoot } from 'mdast'
import type { VFile } from '../core/vfile.js'
import { report } from '../diagnostics/diagnostic.js'
import { renderMessages as rm } from '../i18n/messages/render.js'

/** White space, no-break spaces and the invisible format characters that render as nothing. */
const INVISIBLE = /[\s\u00a0\u180e\u200b-\u200f\u2028-\u202f\u205f-\u2064\u3000\ufeff]/g

function visible(node: HastRoot | RootContent): boolean {
  if (node.type === 'text') return node.value.replace(INVISIBLE, '') !== ''
  if (node.type === 'element') {
    if (node.tagName === 'img') return true
    if (
      node.tagName === 'section' &&
      Array.isArray(node.properties.className) &&
      node.properties.className.includes('slogan')
    )
      return false
  }
  return 'children' in node && node.children.some(visible)
}

export function checkEmptyOutput(hast: HastRoot, mdast: MdastRoot, markdown: string, file: VFile): void {
  if (visible(hast) || file.messages.some((m) => m.ruleId === 'content/empty-body')) return
  const first = mdast.children[0]?.position
  const last = mdast.children.at(-1)?.position
  const place = first && last ? { start: first.start, end: last.end } : undefined
  const value =
    first && last && first.start.offset !== undefined && last.end.offset !== undefined
      ? markdown.slice(first.start.offset, last.end.offset).trim().slice(0, 80)
      : ''
  report(file, 'error', 'render/empty-output', 'render', rm.msg.emptyOutput(), {
    place,
    value,
    hint: rm.msg.emptyOutputHint(),
  })
}
