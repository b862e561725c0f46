/** Messages of `wxpress preview`: the index page, the findings beside an article and the CLI lines. */
import { defineMessages, m } from '../message.js'

export const previewMessages = defineMessages('preview', {
  errors: m((p: { n: number }) => `${p.n} error(s)`, (p) => `${p.n} 个错误`),
  warnings: m((p: { n: number }) => `${p.n} warning(s)`, (p) => `${p.n} 个警告`),
  noSlot: m(() => 'no slot', () => '未排期'),
  allArticles: m(() => '← all articles', () => '← 全部文章'),
  findings: m((p: { n: number }) => `${p.n} finding(s)`, (p) => `${p.n} 条检查结果`),
  noArticle: m((p: { slug: string }) => `No article ${p.slug}`, (p) => `没有文章 ${p.slug}`),
  failed: m(
    (p: { error: string }) => `wxpress preview failed: ${p.error}`,
    (p) => `wxpress 预览出错：${p.error}`,
  ),
  portBusy: m(
    (p: { busy: number; port: number }) => `Port ${p.busy} is in use; using ${p.port} instead.`,
    (p) => `端口 ${p.busy} 已被占用；改用 ${p.port}。`,
  ),
  listening: m(
    (p: { url: string }) => `wxpress preview on ${p.url} (Ctrl-C to stop)`,
    (p) => `wxpress 预览地址：${p.url}（按 Ctrl-C 停止）`,
  ),
  lan: m((p: { url: string }) => `  on your network: ${p.url}`, (p) => `  局域网地址：${p.url}`),
})
