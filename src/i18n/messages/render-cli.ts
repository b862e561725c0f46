/** `wxpress render`'s own lines: the summary, sizes, files it replaced or removed, helper threads. */
import { defineMessages, m, num } from '../message.js'

export const renderCliMessages = defineMessages('renderCli', {
  helperFailed: m(
    (p: { reason: string }) => `A helper thread failed: ${p.reason}`,
    (p) => `一个辅助线程出错：${p.reason}`,
  ),
  helperFailedHint: m(
    () =>
      'The main thread did its share: every result is complete, only slower. `--jobs 1` runs without ' +
      'helpers.',
    () => '主线程接手了它的工作：结果都是完整的，只是慢一些。`--jobs 1` 可以不用辅助线程。',
  ),
  renderedCount: m(
    (p: { n: number; of: number; out: string }) => `Rendered ${p.n} of ${p.of} article(s) into ${p.out}/`,
    (p) => `已渲染 ${p.n}/${p.of} 篇文章到 ${p.out}/`,
  ),
  sizeLine: m(
    (p: { text: number; kb: string }) => `${num(p.text)} characters of text, ${p.kb} KB of HTML`,
    (p) => `正文 ${num(p.text)} 个字符，HTML ${p.kb} KB`,
  ),
  cannotCreate: m(
    (p: { out: string; error: string }) => `wxpress: cannot create ${p.out}: ${p.error}`,
    (p) => `wxpress：无法创建 ${p.out}：${p.error}`,
  ),
  cannotWrite: m(
    (p: { out: string; error: string }) => `wxpress: cannot write into ${p.out}: ${p.error}`,
    (p) => `wxpress：无法写入 ${p.out}：${p.error}`,
  ),
  removedPages: m(
    (p: { n: number; list: string }) => `Removed ${p.n} page(s) of articles that no longer render: ${p.list}`,
    (p) => `已删除 ${p.n} 个不再渲染的文章页面：${p.list}`,
  ),
  removedImages: m(
    (p: { n: number; dir: string }) => `Removed ${p.n} stale image(s) from ${p.dir}/`,
    (p) => `已从 ${p.dir}/ 删除 ${p.n} 张过时的图片`,
  ),
  overwrote: m(
    (p: { shown: string; out: string }) =>
      `Replaced \`${p.shown}\`, a file no earlier render wrote (it is not in ${p.out}/manifest.json)`,
    (p) => `覆盖了 \`${p.shown}\`，它不是之前的渲染写出的文件（不在 ${p.out}/manifest.json 中）`,
  ),
  overwroteHint: m(
    (p: { slug: string; shown: string; out: string }) =>
      `${p.slug ? `Article \`${p.slug}\` is rendered to ${p.shown}` : IMAGES_EN}; ` +
      `keep your own files in ${p.out}/ under other names, or render into a folder of their own. ` +
      "From now on the file is wxpress's: it is removed with the article.",
    (p) =>
      `${p.slug ? `文章 \`${p.slug}\` 渲染到 ${p.shown}` : 'wxpress 按内容哈希把图片写在 assets/ 下'}；` +
      `自己的文件请在 ${p.out}/ 里换个名字，或渲染到单独的文件夹。从现在起这个文件归 wxpress 管理：删除文章时会一并删除。`,
  ),
})

const IMAGES_EN = 'wxpress writes its images under assets/ by content hash'
