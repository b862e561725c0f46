/**
 * An article whose body is empty (front-matter only, or only blank lines and HTML comments such as
 * disable directives) would be drafted and mass-sent as a blank message: that is an error.
 */
import type { Position } from 'unist'
import type { VFile } from '../core/vfile.js'
import { report } from '../diagnostics/diagnostic.js'
import { contentMessages } from '../i18n/messages/content.js'

/** Reports `content/empty-body` when `markdown` (the body, front-matter lines blanked) holds no content. */
export function checkBody(file: VFile, markdown: string, blockEndLine: number): void {
  if (markdown.replace(/<!--[\s\S]*?(?:-->|$)/g, '').trim() !== '') return
  const place: Position = { start: { line: blockEndLine, column: 1 }, end: { line: blockEndLine, column: 4 } }
  const onlyComments = markdown.includes('<!--')
  report(
    file,
    'error',
    'content/empty-body',
    'content',
    contentMessages.msg.emptyBody({ comments: onlyComments ? 1 : 0 }),
    {
      place,
      value: markdown.trim() === '' ? '' : markdown.trim().slice(0, 80),
      hint: contentMessages.msg.emptyBodyHint(),
    },
  )
}
