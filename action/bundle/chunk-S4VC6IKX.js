import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  defineMessages,
  m
} from "./chunk-RGBDA2DB.js";

// src/i18n/messages/preview.ts
var previewMessages = defineMessages("preview", {
  noCover: m(
    () => "No usable cover: publish blocks this article",
    () => "\u6CA1\u6709\u53EF\u7528\u7684\u5C01\u9762\uFF1A\u53D1\u5E03\u65F6\u4F1A\u88AB\u963B\u6B62"
  ),
  pageTitle: m(
    () => "wxpress preview",
    () => "wxpress \u9884\u89C8"
  ),
  errors: m(
    (p) => `${p.n} error(s)`,
    (p) => `${p.n} \u4E2A\u9519\u8BEF`
  ),
  warnings: m(
    (p) => `${p.n} warning(s)`,
    (p) => `${p.n} \u4E2A\u8B66\u544A`
  ),
  noSlot: m(
    () => "no slot",
    () => "\u672A\u6392\u671F"
  ),
  allArticles: m(
    () => "\u2190 all articles",
    () => "\u2190 \u5168\u90E8\u6587\u7AE0"
  ),
  findings: m(
    (p) => `${p.n} finding(s)`,
    (p) => `${p.n} \u6761\u68C0\u67E5\u7ED3\u679C`
  ),
  noArticle: m(
    (p) => `No article ${p.slug}`,
    (p) => `\u6CA1\u6709\u6587\u7AE0 ${p.slug}`
  ),
  failed: m(
    (p) => `wxpress preview failed: ${p.error}`,
    (p) => `wxpress \u9884\u89C8\u51FA\u9519\uFF1A${p.error}`
  ),
  portBusy: m(
    (p) => `Port ${p.busy} is in use; using ${p.port} instead.`,
    (p) => `\u7AEF\u53E3 ${p.busy} \u5DF2\u88AB\u5360\u7528\uFF1B\u6539\u7528 ${p.port}\u3002`
  ),
  listening: m(
    (p) => `wxpress preview on ${p.url} (Ctrl-C to stop)`,
    (p) => `wxpress \u9884\u89C8\u5730\u5740\uFF1A${p.url}\uFF08\u6309 Ctrl-C \u505C\u6B62\uFF09`
  ),
  portInUse: m(
    (p) => `port ${p.port} is already in use on ${p.host}: stop the other server or pass a free port with --port <n> (0 = any free port)`,
    (p) => `${p.host} \u4E0A\u7684\u7AEF\u53E3 ${p.port} \u5DF2\u88AB\u5360\u7528\uFF1A\u8BF7\u505C\u6389\u53E6\u4E00\u4E2A\u670D\u52A1\uFF0C\u6216\u7528 --port <n> \u6307\u5B9A\u7A7A\u95F2\u7AEF\u53E3\uFF080 = \u4EFB\u610F\u7A7A\u95F2\u7AEF\u53E3\uFF09`
  ),
  noPermission: m(
    (p) => `no permission to listen on ${p.where}: ports below 1024 need root; pass --port 1024 or higher`,
    (p) => `\u6CA1\u6709\u6743\u9650\u76D1\u542C ${p.where}\uFF1A1024 \u4EE5\u4E0B\u7684\u7AEF\u53E3\u9700\u8981 root \u6743\u9650\uFF1B\u8BF7\u4F20 --port 1024 \u6216\u66F4\u5927\u7684\u7AEF\u53E3`
  ),
  noAddress: m(
    (p) => `this machine has no address ${p.host}: pass --host 127.0.0.1 (this machine) or 0.0.0.0 (every network)`,
    (p) => `\u672C\u673A\u6CA1\u6709\u5730\u5740 ${p.host}\uFF1A\u8BF7\u4F20 --host 127.0.0.1\uFF08\u672C\u673A\uFF09\u6216 0.0.0.0\uFF08\u6240\u6709\u7F51\u7EDC\uFF09`
  ),
  lan: m(
    (p) => `  on your network: ${p.url}`,
    (p) => `  \u5C40\u57DF\u7F51\u5730\u5740\uFF1A${p.url}`
  )
});

export {
  previewMessages
};
