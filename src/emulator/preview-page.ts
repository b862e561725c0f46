/**
 * `GET /s?__biz=…&mid=<media_id>&idx=<n>&tempkey=preview`: the preview link `draft/get` gives, as a
 * page a person can open (title, author, the stored HTML as WeChat keeps it). A draft that is gone
 * (published, deleted) or a link of another account answers 404 with WeChat's wording for an expired
 * preview. Drafts only: published articles live at mp.weixin.qq.com.
 */
import type { EmulatorState } from './state.js'
import { bizOf } from './state.js'

const escapeText = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!)

const page = (title: string, body: string) =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">` +
  `<meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeText(title)}</title>` +
  `<style>body{margin:0 auto;max-width:677px;padding:20px 16px;font-family:-apple-system,"PingFang SC",sans-serif}` +
  `h1{font-size:22px;line-height:1.4}.meta{color:#888;font-size:15px}</style></head><body>${body}</body></html>`

export function previewPage(state: EmulatorState, query: URLSearchParams): { status: number; html: string } {
  const biz = query.get('__biz') ?? ''
  const account = [...state.accounts.values()].find((a) => bizOf(a.appid) === biz)
  const draft = account?.drafts.find((d) => d.media_id === query.get('mid') && !d.deleted)
  const article = draft?.articles[Number(query.get('idx') ?? '1') - 1]
  if (!article || query.get('tempkey') !== 'preview')
    return { status: 404, html: page('链接已过期', '<p>此内容因预览链接已过期或已被删除，无法查看。</p>') }
  const meta = [article.author, '预览'].filter(Boolean).map(escapeText).join(' · ')
  return {
    status: 200,
    html: page(
      article.title,
      `<h1>${escapeText(article.title)}</h1><p class="meta">${meta}</p><div id="js_content">${article.content}</div>`,
    ),
  }
}
