/**
 * Messages of smaller CLI paths: `--changed`, `check --fix` lines, site plugins, a cover that is no file,
 * an article file or folder that is a link (out of the site, or to a folder another slug reaches).
 */
import { defineMessages, m } from '../message.js'
import { reasonZh } from './render-reasons-zh.js'

export const cliMiscMessages = defineMessages('cliMisc', {
  changedFailed: m(
    (p: { ref: string; why: string }) => `Cannot list changes since ${p.ref}: ${p.why}`,
    (p) => `无法列出自 ${p.ref} 以来的改动：${p.why === NOT_REPO ? '这个文件夹不在 git 仓库里' : p.why}`,
  ),
  changedRefHint: m(
    (p: { ref: string }) =>
      `\`${p.ref}\` is not in this clone: fetch the base ref first ` +
      '(actions/checkout with fetch-depth: 0), or check its spelling.',
    (p) =>
      `这个克隆里没有 \`${p.ref}\`：先获取基准引用（actions/checkout 设置 fetch-depth: 0），或检查拼写。`,
  ),
  changedRepoHint: m(
    () =>
      "This folder is not a git repository: run wxpress inside the site's repository, " +
      'or drop `--changed` to check every article.',
    () => '这个文件夹不是 git 仓库：请在站点仓库里运行 wxpress，或去掉 `--changed` 检查全部文章。',
  ),
  fixed: m(
    (p: { place: string; ruleId: string; before: string; after: string }) =>
      `fixed ${p.place} ${p.ruleId}: ${p.before} → ${p.after}`,
    (p) => `已修正 ${p.place} ${p.ruleId}：${p.before} → ${p.after}`,
  ),
  coverNotRegular: m(
    (p: { type: string; cover: string }) => `\`cover\` is ${p.type}, not an image file: ${p.cover}`,
    (p) => `\`cover\` 是${reasonZh(p.type)}，不是图片文件：${p.cover}`,
  ),
  coverNotRegularHint: m(
    () => 'Put a JPEG or PNG file at this path.',
    () => '在这个路径放一个 JPEG 或 PNG 文件。',
  ),
  articleLink: m(
    (p: { path: string }) =>
      `The article is a symbolic link to a file outside the site; it is not read: ${p.path}`,
    (p) => `文章是指向站点之外文件的符号链接，不会读取：${p.path}`,
  ),
  articleLinkHint: m(
    () => 'Replace the link with the Markdown file itself.',
    () => '用 Markdown 文件本身替换这个链接。',
  ),
  articleFolderLink: m(
    (p: { path: string }) =>
      `The article folder \`${p.path}\` is a symbolic link to a folder outside the site; it is not read`,
    (p) => `文章文件夹 \`${p.path}\` 是指向站点之外文件夹的符号链接，不会读取`,
  ),
  articleFolderLinkHint: m(
    () => 'Move or copy the folder into the content folder instead of linking to it.',
    () => '把这个文件夹移动或复制到内容文件夹里，而不是链接过去。',
  ),
  articleFolderTwice: m(
    (p: { path: string; target: string; other: string }) =>
      p.target === p.other
        ? `The article folder \`${p.path}\` is a symbolic link to the article folder \`${p.other}\`: the same article under two slugs would be published twice; the link is not read`
        : `The article folder \`${p.path}\` is a symbolic link to \`${p.target}\`, like the article folder \`${p.other}\`: the same article under two slugs would be published twice; the link is not read`,
    (p) =>
      p.target === p.other
        ? `文章文件夹 \`${p.path}\` 是指向文章文件夹 \`${p.other}\` 的符号链接：同一篇文章会以两个 slug 发布两次，不会读取这个链接`
        : `文章文件夹 \`${p.path}\` 是指向 \`${p.target}\` 的符号链接，文章文件夹 \`${p.other}\` 也指向那里：同一篇文章会以两个 slug 发布两次，不会读取这个链接`,
  ),
  articleFolderTwiceHint: m(
    (p: { path: string }) =>
      `Remove the link \`${p.path}\`; if it is meant to be a second article, copy the folder instead (\`cp -r\`) and edit the copy.`,
    (p) => `删除链接 \`${p.path}\`；如果要写第二篇文章，请改为复制文件夹（\`cp -r\`），再修改副本。`,
  ),
  articleNotRegular: m(
    (p: { type: string; path: string }) =>
      `The article is ${p.type}, not a regular file; it is not read: ${p.path}`,
    (p) => `文章是${reasonZh(p.type)}，不是普通文件，不会读取：${p.path}`,
  ),
  articleNotRegularHint: m(
    () => 'Put a Markdown file at this path.',
    () => '在这个路径放一个 Markdown 文件。',
  ),
  pluginOutside: m(
    (p: { ref: string }) => `Plugin path leaves the site folder: ${p.ref}`,
    (p) => `插件路径跳出了站点文件夹：${p.ref}`,
  ),
  pluginOutsideHint: m(
    () => 'Keep site plugins in `plugins/` and write the path relative to the site root.',
    () => '把站点插件放在 `plugins/` 里，路径写成相对于站点根目录的形式。',
  ),
  pluginMissing: m(
    (p: { ref: string }) => `Plugin file not found: ${p.ref}`,
    (p) => `找不到插件文件：${p.ref}`,
  ),
  pluginMissingHint: m(
    () => 'Write the path relative to the site root, e.g. `./plugins/remark-callouts.mjs`.',
    () => '路径相对于站点根目录，例如 `./plugins/remark-callouts.mjs`。',
  ),
  pluginBroken: m(
    (p: { ref: string; error: string }) => `Plugin ${p.ref} cannot be loaded: ${p.error}`,
    (p) => `无法加载插件 ${p.ref}：${p.error}`,
  ),
  pluginBrokenHint: m(
    () => 'Run it with node to see the error.',
    () => '用 node 运行它，就能看到错误。',
  ),
  pluginNoExport: m(
    (p: { ref: string }) => `Plugin ${p.ref} exports no plugin function`,
    (p) => `插件 ${p.ref} 没有导出插件函数`,
  ),
  pluginNoExportHint: m(
    () => 'Export the plugin as the default export: `export default function remarkX(options) { … }`.',
    () => '把插件作为默认导出：`export default function remarkX(options) { … }`。',
  ),
})

/** The `why` changed-slugs writes outside a repository (git's own text would suggest `--no-index`). */
export const NOT_REPO = 'this folder is not in a git repository'
