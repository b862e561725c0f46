/** An article loaded from text in memory rather than from disk (what `check --fix` lints again). */
import { VFile } from '../core/vfile.js'
import type { Config } from '../config/schema.js'
import type { Article } from './article.js'
import { blankArticle } from './blank-article.js'
import { parseSource } from './parse-source.js'

/**
 * The article as it would load from `text` (LF line ends, no BOM): same slug and path, a fresh file.
 * `check --fix` lints its output again with it until nothing is left to fix.
 */
export function articleFromText(base: Article, text: string, config: Config): Article {
  const file = new VFile({ path: base.file.path, cwd: base.file.cwd, value: text })
  const article = blankArticle({ slug: base.slug, path: base.path, dir: base.dir, file })
  parseSource(article, text, config)
  return article
}
