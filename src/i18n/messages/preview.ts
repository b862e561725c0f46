/** Messages of `wxpress preview`: the index page, the findings beside an article and the CLI lines. */
import { defineMessages, m } from '../message.js'

export const previewMessages = defineMessages('preview', {
  noCover: m(
    () => 'No usable cover: publish blocks this article',
    () => '没有可用的封面：发布时会被阻止',
  ),
  pageTitle: m(
    () => 'wxpress preview',
    () => 'wxpress 预览',
  ),
  errors: m(
    (p: { n: number }) => `${p.n} error(s)`,
    (p) => `${p.n} 个错误`,
  ),
  warnings: m(
    (p: { n: number }) => `${p.n} warning(s)`,
    (p) => `${p.n} 个警告`,
  ),
  noSlot: m(
    () => 'no slot',
    () => '未排期',
  ),
  allArticles: m(
    () => '← all articles',
    () => '← 全部文章',
  ),
  findings: m(
    (p: { n: number }) => `${p.n} finding(s)`,
    (p) => `${p.n} 条检查结果`,
  ),
  noArticle: m(
    (p: { slug: string }) => `No article ${p.slug}`,
    (p) => `没有文章 ${p.slug}`,
  ),
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
  portInUse: m(
    (p: { port: number; host: string }) =>
      `port ${p.port} is already in use on ${p.host}: stop the other server ` +
      'or pass a free port with --port <n> (0 = any free port)',
    (p) =>
      `${p.host} 上的端口 ${p.port} 已被占用：请停掉另一个服务，或用 --port <n> 指定空闲端口（0 = 任意空闲端口）`,
  ),
  noPermission: m(
    (p: { where: string }) =>
      `no permission to listen on ${p.where}: ports below 1024 need root; pass --port 1024 or higher`,
    (p) => `没有权限监听 ${p.where}：1024 以下的端口需要 root 权限；请传 --port 1024 或更大的端口`,
  ),
  noAddress: m(
    (p: { host: string }) =>
      `this machine has no address ${p.host}: pass --host 127.0.0.1 (this machine) ` +
      'or 0.0.0.0 (every network)',
    (p) => `本机没有地址 ${p.host}：请传 --host 127.0.0.1（本机）或 0.0.0.0（所有网络）`,
  ),
  lan: m(
    (p: { url: string }) => `  on your network: ${p.url}`,
    (p) => `  局域网地址：${p.url}`,
  ),
})
