/**
 * One report entry and one phone-frame page per checked article, from the check's results: facts
 * (字数, reading time, digest, slot, push), status, changed lines, and the page with its local images
 * inlined as `data:` URIs (the page must show without a server; remote images keep their URL).
 */
import type { Article } from '../content/article.js'
import { formatLocalHuman, formatLocalIso, formatUtcIso } from '../core/date-time.js'
import type { PlannedImage } from '../render/planned-image.js'
import type { RenderResult } from '../render/renderer.js'
import type { CheckResult } from '../site/check-site.js'
import type { Site } from '../site/load-site.js'
import { t } from '../i18n/catalogue.js'
import { previewMessages } from '../i18n/messages/preview.js'
import { phoneFramePage } from '../preview/phone-frame.js'
import { accountName } from '../preview/preview-pages.js'
import { articleWords, digestSource, effectiveDigest, visibleText } from '../lint/article-facts.js'
import { readingMinutes } from '../lint/reading-time.js'
import type { LineRange } from './diff-hunks.js'
import { LIMITS, type PrReportArticle } from './report-schema.js'
import { writtenField } from './written-field.js'

export interface ArticleEntry {
  /** The report entry; its page is always written to `html`. */
  entry: PrReportArticle & { html: string }
  /** The standalone phone-frame page (`html/<slug>.html`). */
  page: string
  /** Cover bytes, for the thumbnail. */
  cover: PlannedImage | undefined
}

const dataUri = (image: PlannedImage) =>
  `data:${image.mime};base64,${Buffer.from(image.data).toString('base64')}`

/** The content HTML with `assets/<hash>.<ext>` references replaced by the images themselves. */
export function inlineImages(html: string, images: readonly PlannedImage[]): string {
  const byFile = new Map(images.map((i) => [i.file, i]))
  return html.replace(/(\ssrc=")(assets\/[0-9a-f]{64}\.(?:png|jpg))"/g, (all, pre: string, file: string) => {
    const image = byFile.get(file)
    return image && image.data.byteLength > 0 ? `${pre}${dataUri(image)}"` : all
  })
}

export function articleEntries(
  site: Site,
  result: CheckResult,
  changed: ReadonlySet<string>,
  hunks: ReadonlyMap<string, LineRange[]>,
): ArticleEntry[] {
  const counts = new Map(result.files.map((f) => [f.slug, f]))
  // '' when an article has no title: the comment names it by its folder, as in its own section
  const titles = new Map(site.articles.map((a) => [a.slug, writtenField(a, 'title', LIMITS.title) ?? '']))
  return site.selected.map((article) => {
    const render = result.renders.get(article.slug)
    const text = visibleText(render?.html ?? '')
    const fm = article.frontmatter
    const push = result.plan.pushes.find((p) => p.articles.includes(article.slug))
    const c = counts.get(article.slug)
    const reported = result.diagnostics.find(
      (d) => d.file === article.path && d.ruleId === 'length/word-count',
    )
    const words = articleWords(reported?.value, text)
    const entry: ArticleEntry['entry'] = {
      slug: article.slug,
      file: article.path,
      // a title over its limit is shown as written (the finding says it is too long); none (or front
      // matter that could not be read): the comment shows the folder name as such
      title: titles.get(article.slug) ?? '',
      topic: fm.topic ?? '',
      audience: fm.audience ?? '',
      slot: push?.slot ?? (article.slot ? formatLocalIso(article.slot.epochMs, site.config.timezone) : null),
      utc: push?.utc ?? (article.slot ? formatUtcIso(article.slot.epochMs) : null),
      push: push
        ? {
            slot: push.slot,
            articles: push.articles.map((slug) => ({ slug, title: titles.get(slug) ?? '' })),
          }
        : null,
      words,
      readingMinutes: readingMinutes(words),
      // the digest as written even when it is invalid (too long); the body's start when there is none,
      // none when the front-matter cannot be read (the writer may well have written one)
      digest: article.brokenFrontmatter
        ? ''
        : effectiveDigest(
            writtenField(article, 'digest', LIMITS.text),
            digestSource(article.file, render?.html ?? ''),
          ),
      status: c?.errors ? 'error' : c?.warnings ? 'warning' : 'ok',
      changed: changed.has(article.slug),
      checked: article.readable,
      frontmatterBroken: article.brokenFrontmatter === true,
      html: `html/${article.slug}.html`,
      changedLines: hunks.get(article.path) ?? [],
      // filled by pr-check from the findings it reports
      fixTexts: [],
      fixedLines: [],
    }
    return { entry, page: page(site, article, render, entry), cover: render?.cover }
  })
}

function page(
  site: Site,
  article: Article,
  render: RenderResult | undefined,
  entry: PrReportArticle,
): string {
  return phoneFramePage({
    title: entry.title || article.slug,
    digest: entry.digest,
    author: article.frontmatter.author,
    account: accountName(site.config, article),
    date: article.slot
      ? formatLocalHuman(article.slot.epochMs, site.config.timezone, site.config.locale)
      : undefined,
    cover: render?.cover && render.cover.data.byteLength > 0 ? dataUri(render.cover) : undefined,
    noCover: render?.cover ? undefined : t(site.config.locale, previewMessages.msg.noCover()),
    contentHtml: inlineImages(render?.html ?? '', render?.images ?? []),
  })
}
