import path from 'node:path'
import type { Config } from '../config/schema.js'
import type { Article } from './article.js'
import { listArticles, type ArticleRef } from './list-articles.js'
import { failedArticle } from './failed-article.js'
import { loadArticle, type LoadArticleInput } from './load-article.js'

export interface LoadArticlesInput {
  root: string
  /** Absolute content folder. */
  contentDir: string
  config: Config
  cache?: LoadArticleInput['cache']
  /** The site's articles when already listed (see `listArticles`). */
  refs?: readonly ArticleRef[] | undefined
}

/** Loads every article of the site, in slug order; bad files become diagnostics, never exceptions. */
export async function loadArticles(input: LoadArticlesInput): Promise<Article[]> {
  const refs = input.refs ?? (await listArticles(input.contentDir))
  const out: Article[] = []
  // once for the thousand articles (made by the first that needs it: a failure is that article's)
  let json: string | undefined
  const configJson = () => (json ??= JSON.stringify(input.config))
  const batch = 128
  for (let i = 0; i < refs.length; i += batch) {
    const loaded = await Promise.all(
      refs.slice(i, i + batch).map((ref) => {
        const absolutePath = path.resolve(ref.absolutePath)
        return loadArticle({
          root: input.root,
          absolutePath,
          slug: ref.slug,
          sameAs: ref.sameAs,
          config: input.config,
          configJson,
          cache: input.cache,
        }).catch((error: unknown) => failedArticle(input.root, absolutePath, ref.slug, error))
      }),
    )
    out.push(...loaded)
  }
  return out
}
