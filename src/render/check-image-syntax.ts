/**
 * Image syntax Markdown does not recognise and shows as literal text: `![alt](my image.png)` (a space
 * in an unbracketed path). Reported on the text so the author can bracket or encode the path.
 */
import type { Nodes, Root } from 'mdast'
import type { VFile } from 'vfile'
import { report } from '../diagnostics/diagnostic.js'
import { walkNodes } from './walk-elements.js'

const SPACED_IMAGE = /!\[([^\]\n]*)\]\(((?:[^()<>\s"'\n]+[ \t]+)+[^()<>\s"'\n]+)\)/g

export function checkImageSyntax(tree: Root, file: VFile): void {
  walkNodes<Nodes>(tree, (node) => {
    if (node.type !== 'text' || !node.value.includes('![')) return
    for (const m of node.value.matchAll(SPACED_IMAGE)) {
      const start = node.position?.start
      // the text's offset is exact when it holds no escapes or entities before the match
      const before = node.value.slice(0, m.index)
      const lines = before.split('\n')
      const place = start
        ? { line: start.line + lines.length - 1, column: lines.length > 1 ? lines.at(-1)!.length + 1 : start.column + before.length }
        : undefined
      const target = m[2]!
      report(file, 'warning', 'image/space-in-path', 'render', `Image path \`${target}\` has a space, so Markdown shows \`${m[0]}\` as text`, {
        place, value: target, hint: `Write \`![${m[1]}](<${target}>)\` or \`![${m[1]}](${target.replace(/[ \t]/g, '%20')})\`, or rename the file without spaces.`,
      })
    }
  })
}
