/**
 * An article whose body is empty (front-matter only, or only blank lines and HTML comments such as
 * disable directives) would be drafted and mass-sent as a blank message: that is an error.
 */
import type { Position } from 'unist'
import type { VFile } from 'vfile'
import { report } from '../diagnostics/diagnostic.js'

/** Reports `content/empty-body` when `markdown` (the body, front-matter lines blanked) holds no content. */
export function checkBody(file: VFile, markdown: string, blockEndLine: number): void {
  if (markdown.replace(/<!--[\s\S]*?(?:-->|$)/g, '').trim() !== '') return
  const place: Position = { start: { line: blockEndLine, column: 1 }, end: { line: blockEndLine, column: 4 } }
  const onlyComments = markdown.includes('<!--')
  report(file, 'error', 'content/empty-body', 'content', `The article has no body${onlyComments ? ' (only HTML comments)' : ''}: it would be sent as an empty message`, {
    place, value: markdown.trim() === '' ? '' : markdown.trim().slice(0, 80),
    hint: 'Write the article below the closing `---` line (or remove the folder if the article is not ready yet).',
  })
}
