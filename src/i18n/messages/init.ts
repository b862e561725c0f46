/** Messages of `wxpress init`: what it did with each file, and its problems. */
import { defineMessages, m } from '../message.js'

/** The action column: 14 columns in English; 6 characters in Chinese, padded with ideographic spaces. */

export const initMessages = defineMessages('init', {
  /** `what`: created | updated | kept | noExample. */
  fileLine: m(
    (p: { what: string; file: string }) => `  ${(EN[p.what] ?? p.what).padEnd(14)} ${p.file}`,
    (p) => `  ${(ZH[p.what] ?? '已处理').padEnd(6, '\u3000')} ${p.file}`,
  ),
  writtenBefore: m(
    (p: { dir: string }) => `(written before: ${p.dir})`,
    (p) => `（之前已写过：${p.dir}）`,
  ),
  hasArticles: m(
    () => '(content/ already has articles)',
    () => '（content/ 里已有文章）',
  ),
  written: m(
    (p: { n: number; folder: string }) => `${p.n} file(s) written in ${p.folder}/.`,
    (p) => `已在 ${p.folder}/ 写入 ${p.n} 个文件。`,
  ),
  noTarball: m(
    (p: { from: string }) =>
      `wxpress init: --from ${p.from}: no such file (give a .tgz made by npm pack, or a git URL)`,
    (p) => `wxpress init：--from ${p.from}：文件不存在（请给出 npm pack 生成的 .tgz，或 git 网址）`,
  ),
  badPackage: m(
    (p: { reason: string; spec: string }) =>
      `wxpress init: ${p.reason}; fix it, or add "wxpress": "${p.spec}" to it yourself`,
    (p) => `wxpress init：${p.reason}；请修正它，或自己在其中加上 "wxpress": "${p.spec}"`,
  ),
})

const EN: Record<string, string> = {
  created: 'created',
  updated: 'updated',
  kept: 'exists, kept',
  noExample: 'no example',
}
const ZH: Record<string, string> = {
  created: '已创建',
  updated: '已更新',
  kept: '已存在，保留',
  noExample: '不写示例',
}
