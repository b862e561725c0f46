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
  const text = writtenText(article, key)?.replace(/\s+/g, ' ').trim()
  return text ? text : undefined
}

/** The text of `key` exactly as validated or written (line breaks kept); undefined when absent or blank. */
export function writtenText(
  article: Pick<Article, 'frontmatter' | 'fields'>,
  key: string,
): string | undefined {
  const valid = (article.frontmatter as Record<string, unknown>)[key]
  if (typeof valid === 'string' && valid.trim() !== '') return valid
  return article.fields.find((f) => f.key === key)?.sourceText
}

/** The title to show for an article: as written (see `writtenValue`), else its slug. */
export function writtenTitle(article: Written): string {
  return writtenValue(article, 'title') ?? article.slug
}
