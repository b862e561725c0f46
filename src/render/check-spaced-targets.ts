/**
 * Image and link syntax Markdown does not recognise and shows as literal text: `![alt](my image.png)`,
 * `[文字](路径 有空格.md)` (a space in an unbracketed target, local or remote). Found in the source of
 * each run of inline content, so that escapes are seen (`\![…](a b.png)` is literal on purpose: not
 * reported) and a remote URL that GFM turned into an autolink is still part of the match; reported
 * over the whole literal text, as image/space-in-path or render/link-space-in-path.
 */
import type { Nodes, Parent, Root } from 'mdast'
import type { Point } from 'unist'
import type { VFile } from '../core/vfile.js'
import { report } from '../diagnostics/diagnostic.js'
import { walkNodes } from './walk-elements.js'
import { SPACED_LINK_OR_IMAGE } from '../content/spaced-target.js'
import { renderImageMessages as im } from '../i18n/messages/render-images.js'

function pointAt(markdown: string, offset: number): Point {
  const before = markdown.slice(0, offset)
  const line = before.split('\n').length
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1, offset }
}

/** Whether the character at `offset` is escaped by an odd run of backslashes. */
function escaped(markdown: string, offset: number): boolean {
  let n = 0
  while (offset - n - 1 >= 0 && markdown[offset - n - 1] === '\\') n++
  return n % 2 === 1
}

export function checkSpacedTargets(tree: Root, file: VFile, markdown: string): void {
  walkNodes<Nodes>(tree, (node) => {
    if (!('children' in node) || !node.children.some((c) => c.type === 'text' && c.value.includes('](')))
      return
    const kids = (node as Parent).children
    const from = kids[0]?.position?.start.offset
    const to = kids.at(-1)?.position?.end.offset
    if (from === undefined || to === undefined) return
    for (const m of markdown.slice(from, to).matchAll(SPACED_LINK_OR_IMAGE)) {
      const start = from + m.index
      const end = start + m[0].length
      if (escaped(markdown, start)) continue
      // the match is literal text only when it lies in text and autolinked URLs (the URL split it);
      // a match inside emphasis is found when its children are
      const overlapping = kids.filter(
        (k) =>
          k.position?.start.offset !== undefined &&
          k.position.start.offset < end &&
          k.position.end.offset! > start,
      )
      const startsInText = overlapping[0]?.type === 'text' && overlapping[0].position!.start.offset! <= start
      if (
        !startsInText ||
        !overlapping.every(
          (k) =>
            k.type === 'text' ||
            (k.type === 'link' &&
              markdown[k.position!.start.offset!] !== '[' &&
              markdown[k.position!.start.offset!] !== '<'),
        )
      )
        continue
      const target = m[2]!
      const image = m[0].startsWith('!')
      const remote = /^[a-z][a-z\d+.-]*:/i.test(target)
      const mark = image ? '!' : ''
      // an absolute path (Typora's paste: `/Users/…/Application Support/…`) is outside the article
      // anyway: the advice is the outside-root one, not brackets around a path that leads nowhere
      const absolute = /^(?:\/|~|[A-Za-z]:[\\/])/.test(target)
      const hint =
        image && absolute
          ? im.msg.outsideHint()
          : im.msg.spaceInPathHint({
              angle: `${mark}[${m[1]}](<${target}>)`,
              encoded: `${mark}[${m[1]}](${target.replace(/[ \t]/g, '%20')})`,
              remote: remote ? 1 : 0,
            })
      const text = { target, text: m[0] }
      // readers would see the Markdown itself where the image should be: that blocks the push
      report(
        file,
        image ? 'error' : 'warning',
        image ? 'image/space-in-path' : 'render/link-space-in-path',
        'render',
        image ? im.msg.spaceInPath(text) : im.msg.linkSpaceInPath(text),
        { place: { start: pointAt(markdown, start), end: pointAt(markdown, end) }, value: target, hint },
      )
    }
  })
}
