/**
 * A front-matter value as the writer wrote it, also when validation dropped it (a `title` over its
 * hard limit is absent from `article.frontmatter`): plan, preview and the PR report show the
 * title that has to be shortened, not the folder name.
 */
import type { Article } from './article.js'

type Written = Pick<Article, 'slug' | 'frontmatter' | 'fields'>

/**
 * The text of `key`: the validated value, else the scalar as written in the YAML (escapes resolved,
 * line breaks and runs of spaces as one space); undefined when absent, blank or not text.
 */
export function writtenValue(
  article: Pick<Article, 'frontmatter' | 'fields'>,
  key: string,
): string | undefined {
  const valid = (article.frontmatter as Record<string, unknown>)[key]
  const raw = typeof valid === 'string' ? valid : article.fields.find((f) => f.key === key)?.sourceText
  const text = raw?.replace(/\s+/g, ' ').trim()
  return text ? text : undefined
}

/** The title to show for an article: as written (see `writtenValue`), else its slug. */
export function writtenTitle(article: Written): string {
  return writtenValue(article, 'title') ?? article.slug
}

/** `text` cut to at most `max` characters (code points), ending in `…` when cut. */
export function cutText(text: string, max: number): string {
  const points = [...text]
  return points.length <= max ? text : `${points.slice(0, Math.max(0, max - 1)).join('')}…`
}
