/** The HTML pages of `wxpress preview`: an index of articles and one article in the phone frame. */
import type { Article } from '../content/article.js'
import type { Config } from '../config/schema.js'
import { formatLocalHuman } from '../core/date-time.js'
import type { Diagnostic } from '../diagnostics/diagnostic.js'
import type { RenderResult } from '../render/renderer.js'
import type { CheckResult } from '../site/check-site.js'
import type { Site } from '../site/load-site.js'
import { digestSource, effectiveDigest } from '../lint/article-facts.js'
import { escapeHtml as esc, phoneFramePage } from './phone-frame.js'
import { cutText } from '../core/code-points.js'
import { writtenTitle, writtenValue } from '../content/written-value.js'
import { t } from '../i18n/catalogue.js'
import type { Locale } from '../i18n/message.js'
import { previewMessages } from '../i18n/messages/preview.js'

const { msg } = previewMessages

const RELOAD = `<script>new EventSource('/events').addEventListener('reload', () => location.reload())</script>`
const STYLE = `<style>
body{margin:0;font:14px -apple-system,"PingFang SC",sans-serif;background:#ededed;color:#222}
main{padding:24px;max-width:720px;margin:0 auto}li{margin:6px 0}
.error{color:#c0392b}.warning{color:#b7791f}a{color:#1f6feb}
</style>`
const FINDINGS_STYLE = `<style>
.wx-aside li{margin:6px 0}.wx-aside .error{color:#c0392b}.wx-aside .warning{color:#b7791f}
.wx-aside .info{color:#2b6cb0}.wx-aside a{color:#1f6feb}.wx-aside code{font-size:12px;color:#666}
</style>`

export function renderIndex(site: Site, result: CheckResult, locale: Locale = 'en'): string {
  const rows = site.articles.map((a) => {
    const f = result.files.find((x) => x.slug === a.slug)
    const errors = f?.errors ? t(locale, msg.errors({ n: f.errors })) : ''
    const warnings = f?.warnings ? t(locale, msg.warnings({ n: f.warnings })) : ''
    return [
      `<li><a href="/a/${encodeURIComponent(a.slug)}">${esc(cutText(writtenTitle(a), INDEX_TITLE_WIDTH))}</a>`,
      `<small>${esc(indexSlot(a, site.config.timezone, locale))}</small>`,
      `<span class="error">${errors}</span> <span class="warning">${warnings}</span></li>`,
    ].join(' ')
  })
  return [
    '<!doctype html><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">',
    `<title>${esc(t(locale, msg.pageTitle()))}</title>${STYLE}`,
    `<main><h2>${esc(t(locale, msg.pageTitle()))}</h2><ul>${rows.join('')}</ul></main>${RELOAD}`,
  ].join('\n')
}

/** The slot as plan shows it (`2027-03-12 20:00 周五`); one that does not parse, as written. */
function indexSlot(article: Article, zone: string, locale: Locale): string {
  if (article.slot) return formatLocalHuman(article.slot.epochMs, zone, locale)
  return article.frontmatter.slot ?? t(locale, msg.noSlot())
}

/** Characters of a title the index shows (a title in error is shown as written, cut with `…`). */
const INDEX_TITLE_WIDTH = 64

/** The digest as written, cut to the limit when it is over it. */
function writtenDigest(article: Article, config: Config): string | undefined {
  const digest = writtenValue(article, 'digest')
  return digest === undefined ? undefined : cutText(digest, config.limits.digestMax)
}

/** The display name of an article's account (config `accounts.<name>.name`), if any. */
export function accountName(config: Config, article: Article): string | undefined {
  const id = article.frontmatter.account ?? config.defaultAccount
  const account = (config.accounts as Record<string, { name?: string } | undefined>)[id]
  return account?.name ?? undefined
}

export function renderPage(
  article: Article,
  render: RenderResult | undefined,
  diagnostics: Diagnostic[],
  config: Config,
  locale: Locale = 'en',
): string {
  const fm = article.frontmatter
  const items = diagnostics
    .map(
      (d) =>
        `<li class="${d.severity}">${d.line}:${d.column} ${esc(d.message)} <code>${esc(d.ruleId)}</code></li>`,
    )
    .join('')
  const html = render?.html ?? ''
  const aside = [
    `${FINDINGS_STYLE}<p><a href="/">${esc(t(locale, msg.allArticles()))}</a></p>`,
    `<h3>${esc(t(locale, msg.findings({ n: diagnostics.length })))}</h3><ul>${items}</ul>`,
  ].join('')
  return phoneFramePage({
    title: writtenTitle(article),
    // a digest in error is shown as written (cut), not replaced by the start of the body
    digest: effectiveDigest(writtenDigest(article, config), digestSource(article.file, html)),
    author: fm.author,
    account: accountName(config, article),
    date: article.slot ? formatLocalHuman(article.slot.epochMs, config.timezone, config.locale) : fm.slot,
    cover: render?.cover ? `/${render.cover.file}` : undefined,
    noCover: t(locale, msg.noCover()),
    contentHtml: html.replace(/\ssrc="assets\//g, ' src="/assets/'),
    aside,
    tail: RELOAD,
  })
}
