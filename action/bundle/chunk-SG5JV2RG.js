import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  writtenTitle,
  writtenValue
} from "./chunk-YLSJPKLP.js";
import {
  digestSource,
  effectiveDigest
} from "./chunk-YVTT2VMP.js";
import {
  cutText
} from "./chunk-7M4XFPZV.js";
import {
  formatLocalHuman,
  t
} from "./chunk-OWIXN4P4.js";
import {
  previewMessages
} from "./chunk-S4VC6IKX.js";

// src/preview/phone-frame.ts
var PHONE_WIDTH = 375;
function escapeHtml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}
var COVER_HEIGHT = Math.round((PHONE_WIDTH - 24) / 2.35);
var STYLE = `<style>
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
</style>`;
function phoneFramePage(input) {
  const cover = input.cover ? ` style="background-image:url(&quot;${escapeHtml(encodeURI(decodeSafe(input.cover)))}&quot;)"` : "";
  const meta = [
    input.author ? `<span class="wx-author">${escapeHtml(input.author)}</span>` : "",
    input.account ? `<span class="wx-account">${escapeHtml(input.account)}</span>` : "",
    input.date ? `<span class="wx-date">${escapeHtml(input.date)}</span>` : ""
  ].filter(Boolean).join(" ");
  const title = escapeHtml(input.title);
  const aside = input.aside ? `<aside class="wx-aside">${input.aside}</aside>` : "";
  return [
    "<!doctype html>",
    '<html lang="zh-CN"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width,initial-scale=1">',
    `<title>${title}</title>${STYLE}</head>`,
    '<body><div class="wx-layout"><div class="wx-phone">',
    `<div class="wx-card"><div class="wx-card-cover"${cover}>`,
    !input.cover && input.noCover ? `<div class="wx-card-nocover">${escapeHtml(input.noCover)}</div>` : "",
    `<div class="wx-card-title"><span class="wx-card-title-text">${title}</span></div></div>`,
    `<div class="wx-card-digest">${escapeHtml(input.digest)}</div></div>`,
    `<article class="wx-article"><h1 class="wx-title">${title}</h1>`,
    `<div class="wx-meta">${meta}</div>`,
    `<div class="wx-content">${input.contentHtml}</div></article>`,
    `</div>${aside}</div>${input.tail ?? ""}</body></html>`,
    ""
  ].join("\n");
}
function decodeSafe(url) {
  if (url.startsWith("data:")) return url;
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

// src/preview/preview-pages.ts
var { msg } = previewMessages;
var RELOAD = `<script>new EventSource('/events').addEventListener('reload', () => location.reload())</script>`;
var STYLE2 = `<style>
body{margin:0;font:14px -apple-system,"PingFang SC",sans-serif;background:#ededed;color:#222}
main{padding:24px;max-width:720px;margin:0 auto}li{margin:6px 0}
.error{color:#c0392b}.warning{color:#b7791f}a{color:#1f6feb}
</style>`;
var FINDINGS_STYLE = `<style>
.wx-aside li{margin:6px 0}.wx-aside .error{color:#c0392b}.wx-aside .warning{color:#b7791f}
.wx-aside .info{color:#2b6cb0}.wx-aside a{color:#1f6feb}.wx-aside code{font-size:12px;color:#666}
</style>`;
function renderIndex(site, result, locale = "en") {
  const rows = site.articles.map((a) => {
    const f = result.files.find((x) => x.slug === a.slug);
    const errors = f?.errors ? t(locale, msg.errors({ n: f.errors })) : "";
    const warnings = f?.warnings ? t(locale, msg.warnings({ n: f.warnings })) : "";
    return [
      `<li><a href="/a/${encodeURIComponent(a.slug)}">${escapeHtml(cutText(writtenTitle(a), INDEX_TITLE_WIDTH))}</a>`,
      `<small>${escapeHtml(indexSlot(a, site.config.timezone, locale))}</small>`,
      `<span class="error">${errors}</span> <span class="warning">${warnings}</span></li>`
    ].join(" ");
  });
  return [
    '<!doctype html><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">',
    `<title>${escapeHtml(t(locale, msg.pageTitle()))}</title>${STYLE2}`,
    `<main><h2>${escapeHtml(t(locale, msg.pageTitle()))}</h2><ul>${rows.join("")}</ul></main>${RELOAD}`
  ].join("\n");
}
function indexSlot(article, zone, locale) {
  if (article.slot) return formatLocalHuman(article.slot.epochMs, zone, locale);
  return article.frontmatter.slot ?? t(locale, msg.noSlot());
}
var INDEX_TITLE_WIDTH = 64;
function writtenDigest(article, config) {
  const digest = writtenValue(article, "digest");
  return digest === void 0 ? void 0 : cutText(digest, config.limits.digestMax);
}
function accountName(config, article) {
  const id = article.frontmatter.account ?? config.defaultAccount;
  const account = config.accounts[id];
  return account?.name ?? void 0;
}
function renderPage(article, render, diagnostics, config, locale = "en") {
  const fm = article.frontmatter;
  const items = diagnostics.map(
    (d) => `<li class="${d.severity}">${d.line}:${d.column} ${escapeHtml(d.message)} <code>${escapeHtml(d.ruleId)}</code></li>`
  ).join("");
  const html = render?.html ?? "";
  const aside = [
    `${FINDINGS_STYLE}<p><a href="/">${escapeHtml(t(locale, msg.allArticles()))}</a></p>`,
    `<h3>${escapeHtml(t(locale, msg.findings({ n: diagnostics.length })))}</h3><ul>${items}</ul>`
  ].join("");
  return phoneFramePage({
    title: writtenTitle(article),
    // a digest in error is shown as written (cut), not replaced by the start of the body
    digest: effectiveDigest(writtenDigest(article, config), digestSource(article.file, html)),
    author: fm.author,
    account: accountName(config, article),
    date: article.slot ? formatLocalHuman(article.slot.epochMs, config.timezone, config.locale) : fm.slot,
    cover: render?.cover ? `/${render.cover.file}` : void 0,
    noCover: t(locale, msg.noCover()),
    contentHtml: html.replace(/\ssrc="assets\//g, ' src="/assets/'),
    aside,
    tail: RELOAD
  });
}

export {
  PHONE_WIDTH,
  phoneFramePage,
  renderIndex,
  accountName,
  renderPage
};
