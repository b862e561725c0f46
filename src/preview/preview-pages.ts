/** The HTML pages of `wxpress preview`: an index of articles and one article in a phone frame. */
import type { Article } from '../content/article.js'
import type { Diagnostic } from '../diagnostics/diagnostic.js'
import type { CheckResult } from '../site/check-site.js'
import type { Site } from '../site/load-site.js'

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
const RELOAD = `<script>new EventSource('/events').addEventListener('reload', () => location.reload())</script>`
const STYLE = `<style>body{margin:0;font:14px -apple-system,"PingFang SC",sans-serif;background:#ededed;color:#222}
main{display:flex;gap:24px;padding:24px;align-items:flex-start}.phone{width:375px;background:#fff;border-radius:24px;padding:20px 16px;box-shadow:0 4px 24px rgba(0,0,0,.12)}
.phone h1{font-size:22px;line-height:1.4;margin:0 0 8px}.meta{color:#888;font-size:13px;margin-bottom:20px}
aside{flex:1;max-width:640px}li{margin:6px 0}.error{color:#c0392b}.warning{color:#b7791f}.info{color:#2b6cb0}a{color:#1f6feb}</style>`

export function renderIndex(site: Site, result: CheckResult): string {
  const rows = site.articles.map((a) => {
    const f = result.files.find((x) => x.slug === a.slug)
    return `<li><a href="/a/${encodeURIComponent(a.slug)}">${esc(a.frontmatter.title ?? a.slug)}</a> <small>${esc(a.frontmatter.slot ?? 'no slot')}</small> <span class="error">${f?.errors ? `${f.errors} error(s)` : ''}</span> <span class="warning">${f?.warnings ? `${f.warnings} warning(s)` : ''}</span></li>`
  })
  return `<!doctype html><meta charset="utf-8"><title>wxpress preview</title>${STYLE}<main><aside><h2>wxpress preview</h2><ul>${rows.join('')}</ul></aside></main>${RELOAD}`
}

export function renderPage(article: Article, html: string, diagnostics: Diagnostic[]): string {
  const fm = article.frontmatter
  const items = diagnostics.map((d) => `<li class="${d.severity}">${d.line}:${d.column} ${esc(d.message)} <code>${esc(d.ruleId)}</code></li>`).join('')
  const body = html.replace(/\ssrc="assets\//g, ' src="/assets/')
  return `<!doctype html><meta charset="utf-8"><title>${esc(fm.title ?? article.slug)}</title>${STYLE}
<main><div class="phone"><h1>${esc(fm.title ?? article.slug)}</h1><div class="meta">${esc(fm.author ?? '')} ${esc(fm.slot ?? '')}</div>${body}</div>
<aside><p><a href="/">← all articles</a></p><h3>${diagnostics.length} finding(s)</h3><ul>${items}</ul></aside></main>${RELOAD}`
}
