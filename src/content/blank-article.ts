/**
 * An article with nothing read yet, and the place of a finding about a whole file: light enough for
 * an unchanged run, which loads articles from the cache without the front-matter parser.
 */
import type { Position } from 'unist'
import type { Article } from './article.js'

/** Line 1, column 1: where a diagnostic about the whole file points. */
export const LINE1: Position = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }

/** An article with nothing read yet: what loading starts from before the source is parsed. */
export function blankArticle(where: Pick<Article, 'slug' | 'path' | 'dir' | 'file'>): Article {
  return {
    ...where,
    markdown: '',
    frontmatter: {},
    fields: [],
    block: LINE1,
    slot: undefined,
    coverPath: undefined,
    hash: '',
    readable: false,
  }
}
