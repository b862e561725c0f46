/**
 * The article as it stands when loading it threw (a bug, or input nobody foresaw): no body, one error
 * naming what went wrong — so that one bad file never stops the site.
 */
import path from 'node:path'
import { VFile } from '../core/vfile.js'
import { report } from '../diagnostics/diagnostic.js'
import type { Article } from './article.js'

export function failedArticle(root: string, absolutePath: string, slug: string, error: unknown): Article {
  const rel = path.relative(root, absolutePath).split(path.sep).join('/')
  const file = new VFile({ path: rel, cwd: root, value: '' })
  const line1 = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }
  const message = error instanceof Error ? error.message : String(error)
  report(
    file,
    'error',
    'content/internal',
    'content',
    `Loading the article failed unexpectedly: ${message}`,
    {
      place: line1,
      hint: 'This is a bug in wxpress or input it did not foresee; the other articles went on. Please report it.',
    },
  )
  return {
    slug,
    path: rel,
    dir: path.dirname(absolutePath),
    file,
    markdown: '',
    frontmatter: {},
    fields: [],
    block: line1,
    slot: undefined,
    coverPath: undefined,
    hash: '',
    readable: false,
  }
}
