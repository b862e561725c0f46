/**
 * The one phone frame: an article as a reader meets it in WeChat on a 375 px wide phone: the
 * chat-list card (cover, title, digest) above the article (title, author and account line, the
 * rendered content). `wxpress preview` serves it with the findings beside (wide screens) or below
 * (narrow screens); `pr-check` screenshots it alone. Every value is escaped; `contentHtml` is the
 * renderer's sanitised output and goes in as it is.
 */

export const PHONE_WIDTH = 375

export interface PhoneFrameInput {
  title: string
  /** Effective digest (shown on the card). */
  digest: string
  author?: string | undefined
  /** The account's display name (config `accounts.<name>.name`). */
  account?: string | undefined
  /** A date line such as the slot in local time. */
  date?: string | undefined
  /** Cover image URL (a served path or a `data:` URI); none shows a grey box. */
  cover?: string | undefined
  /** Said in the grey box when there is no cover (a reviewer must not take it for a design). */
  noCover?: string | undefined
  contentHtml: string
  /** Extra HTML below the article (preview: the findings), laid out beside it on wide screens. */
  aside?: string | undefined
  /** Extra HTML at the end of the body (preview: the reload script). */
  tail?: string | undefined
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

const COVER_HEIGHT = Math.round((PHONE_WIDTH - 24) / 2.35)
const STYLE = `<style>
*{box-sizing:border-box}
html,body{margin:0;padding:0}
body{background:#ededed;color:#222;
 font:15px/1.6 -apple-system,"PingFang SC","Noto Sans CJK SC","WenQuanYi Micro Hei","Microsoft YaHei",sans-serif}
.wx-layout{display:flex;flex-wrap:wrap;gap:24px;justify-content:center;align-items:flex-start}
.wx-phone{width:${PHONE_WIDTH}px;flex:0 0 ${PHONE_WIDTH}px;background:#ededed}
.wx-card{margin:12px;background:#fff;border-radius:8px;overflow:hidden}
.wx-card-cover{position:relative;height:${COVER_HEIGHT}px;background:#c8c8c8 center/cover no-repeat}
.wx-card-nocover{position:absolute;top:28px;left:12px;right:12px;text-align:center;color:#b3261e;
 font-size:15px;font-weight:600;border:2px dashed #b3261e;border-radius:6px;padding:6px}
.wx-card-title{position:absolute;left:0;right:0;bottom:0;padding:24px 12px 8px;color:#fff;
 font-size:17px;line-height:1.4;background:linear-gradient(transparent,rgba(0,0,0,.55))}
.wx-card-title-text{display:-webkit-box;-webkit-line-clamp:2;-webkit-box-orient:vertical;overflow:hidden;
 max-height:2.8em}
.wx-card-digest{padding:8px 12px 12px;color:#888;font-size:14px;line-height:1.5}
.wx-article{background:#fff;padding:20px 16px 32px;overflow-x:hidden}
.wx-article h1.wx-title{font-size:22px;line-height:1.4;margin:0 0 10px;font-weight:600}
.wx-meta{color:rgba(0,0,0,.3);font-size:15px;margin-bottom:22px}
.wx-meta .wx-account{color:#576b95}
.wx-content img{max-width:100%}
.wx-aside{flex:1 1 320px;max-width:640px;min-width:0;padding:12px;word-break:break-word}
@media (max-width:720px){
 .wx-layout{display:block}
 .wx-phone{width:100%;max-width:${PHONE_WIDTH}px;margin:0 auto}
 .wx-aside{max-width:none}
}
</style>`

/** The whole HTML page of one article in the phone frame. */
export function phoneFramePage(input: PhoneFrameInput): string {
  const cover = input.cover
    ? ` style="background-image:url(&quot;${escapeHtml(encodeURI(decodeSafe(input.cover)))}&quot;)"`
    : ''
  const meta = [
    input.author ? `<span class="wx-author">${escapeHtml(input.author)}</span>` : '',
    input.account ? `<span class="wx-account">${escapeHtml(input.account)}</span>` : '',
    input.date ? `<span class="wx-date">${escapeHtml(input.date)}</span>` : '',
  ]
    .filter(Boolean)
    .join(' ')
  const title = escapeHtml(input.title)
  const aside = input.aside ? `<aside class="wx-aside">${input.aside}</aside>` : ''
  return [
    '<!doctype html>',
    '<html lang="zh-CN"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width,initial-scale=1">',
    `<title>${title}</title>${STYLE}</head>`,
    '<body><div class="wx-layout"><div class="wx-phone">',
    `<div class="wx-card"><div class="wx-card-cover"${cover}>`,
    !input.cover && input.noCover ? `<div class="wx-card-nocover">${escapeHtml(input.noCover)}</div>` : '',
    `<div class="wx-card-title"><span class="wx-card-title-text">${title}</span></div></div>`,
    `<div class="wx-card-digest">${escapeHtml(input.digest)}</div></div>`,
    `<article class="wx-article"><h1 class="wx-title">${title}</h1>`,
    `<div class="wx-meta">${meta}</div>`,
    `<div class="wx-content">${input.contentHtml}</div></article>`,
    `</div>${aside}</div>${input.tail ?? ''}</body></html>`,
    '',
  ].join('\n')
}

/** `encodeURI` over an already-encoded URL must not double-encode its `%xx`. */
function decodeSafe(url: string): string {
  if (url.startsWith('data:')) return url
  try {
    return decodeURI(url)
  } catch {
    return url
  }
}
