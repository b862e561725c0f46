/**
 * What the writer wrote for a front-matter text (title, digest), for the reviewer's eyes: the valid
 * value, else the text as written when the schema dropped it (too long, for instance), so the PR
 * comment and the phone card show the writer's own words rather than nothing or a fallback. The
 * text is YAML-unquoted already (`fields[].sourceText`, from src/config/parse-yaml.ts).
 */
import type { Article } from '../content/article.js'
import { writtenText } from '../content/written-value.js'
import { fitText } from './fit-report.js'

/** The `key` of the article's front-matter: valid value, else the written text; `max` cuts with `…`. */
export function writtenField(
  article: Pick<Article, 'fields' | 'frontmatter'>,
  key: 'title' | 'digest',
  max: number,
): string | undefined {
  const text = writtenText(article, key)?.replace(/\r/g, '').trim()
  return text ? fitText(text, max) : undefined
}
