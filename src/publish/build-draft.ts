/**
 * Turns a rendered article into WeChat's draft article: real image URLs, digest only for
 * single-article pushes, comment settings, and the cover crops for the 2.35:1 and 1:1 cards.
 */
import { createHash } from 'node:crypto'
import type { Article } from '../content/article.js'
import type { RenderResult } from '../render/renderer.js'
import { replaceImageUrls } from '../render/replace-image-urls.js'
import type { DraftArticleInput } from './wechat-client.js'
import { digestSource, effectiveDigest } from '../lint/article-facts.js'

/** Centre crop of a `width`×`height` image to `ratio`, as WeChat's `X1_Y1_X2_Y2` in [0, 1]. */
export function centreCrop(width: number, height: number, ratio: number): string {
  const r = width / height
  const f = (n: number) => String(Math.round(n * 1e6) / 1e6)
  if (r > ratio) {
    const w = ratio / r
    return `${f((1 - w) / 2)}_0_${f((1 + w) / 2)}_1`
  }
  const h = r / ratio
  return `${f(0)}_${f((1 - h) / 2)}_1_${f((1 + h) / 2)}`
}

export function buildDraftArticle(input: {
  article: Article
  render: RenderResult
  imageUrls: ReadonlyMap<string, string>
  thumbMediaId: string
  single: boolean
}): { draft: DraftArticleInput; hash: string } {
  const { article, render } = input
  const fm = article.frontmatter
  const draft: DraftArticleInput = {
    title: fm.title ?? article.slug,
    content: replaceImageUrls(render.html, input.imageUrls),
    thumb_media_id: input.thumbMediaId,
    need_open_comment: fm.comments === 'off' ? 0 : 1,
    only_fans_can_comment: fm.comments === 'followers' ? 1 : 0,
  }
  if (fm.author) draft.author = fm.author
  // without one, the start of the body as check quoted it: WeChat's own would hold `[1]` markers
  if (input.single) {
    const digest = effectiveDigest(fm.digest, digestSource(article.file, render.html)).trim()
    if (digest) draft.digest = digest
  }
  if (fm.source_url) draft.content_source_url = fm.source_url
  if (render.cover) {
    draft.pic_crop_235_1 = centreCrop(render.cover.width, render.cover.height, 2.35)
    draft.pic_crop_1_1 = centreCrop(render.cover.width, render.cover.height, 1)
  }
  const hash = createHash('sha256')
    .update(JSON.stringify({ ...draft, thumb_media_id: render.cover?.hash ?? '', content: render.html }))
    .digest('hex')
  return { draft, hash }
}
