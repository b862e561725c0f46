/** Messages of themes: theme.json, theme.css and the theme files. */
import { defineMessages, m } from '../message.js'
import { reasonZh } from './render-reasons-zh.js'

export const themeMessages = defineMessages('theme', {
  notFound: m(
    (p: { id: string }) => `Theme \`${p.id}\` not found`,
    (p) => `找不到主题 \`${p.id}\``,
  ),
  notFoundHint: m(
    () => 'Fix `theme` in the front-matter or the config.',
    () => '请改正 front-matter 或配置里的 `theme`。',
  ),
  available: m(
    (p: { s: string; list: string }) =>
      `${p.s ? `Did you mean \`${p.s}\`? ` : ''}Available themes: ${p.list}.`,
    (p) => `${p.s ? `是不是想写 \`${p.s}\`？` : ''}可用的主题：${p.list}。`,
  ),
  /** The CLI's `--theme` hint (no final full stop, as before). */
  availableFlag: m(
    (p: { s: string; list: string }) =>
      `${p.s ? `Did you mean \`${p.s}\`? ` : ''}Available themes: ${p.list}`,
    (p) => `${p.s ? `是不是想写 \`${p.s}\`？` : ''}可用的主题：${p.list}`,
  ),
  metaJson: m(
    (p: { error: string }) => `theme.json is not valid JSON: ${p.error}`,
    (p) => `theme.json 不是合法的 JSON：${p.error}`,
  ),
  metaJsonHint: m(
    () => 'Fix the JSON syntax.',
    () => '请改正 JSON 语法。',
  ),
  metaField: m(
    (p: { path: string; problem: string }) => `theme.json \`${p.path}\` ${p.problem}`,
    (p) => `theme.json 的 \`${p.path}\` 不符合要求：${p.problem}`,
  ),
  seeThemesDoc: m(
    () => 'See docs/themes.md.',
    () => '参见 docs/themes.md。',
  ),
  fileOutside: m(
    (p: { name: string }) => `Theme file links to a file outside the site; it is not read: ${p.name}`,
    (p) => `主题文件链接到了站点之外的文件，不会读取：${p.name}`,
  ),
  fileOutsideHint: m(
    () => 'Replace the symbolic link with the file itself.',
    () => '用文件本身替换这个符号链接。',
  ),
  fileNotRegular: m(
    (p: { type: string; name: string }) =>
      `Theme file is ${p.type}, not a regular file; it is not read: ${p.name}`,
    (p) => `主题文件是${reasonZh(p.type)}，不是普通文件，不会读取：${p.name}`,
  ),
  fileNotRegularHint: m(
    () => 'Put a regular file at this path.',
    () => '在这个路径放一个普通文件。',
  ),
  cssSyntax: m(
    (p: { error: string }) => `Theme CSS does not parse: ${p.error}`,
    (p) => `主题 CSS 无法解析：${p.error}`,
  ),
  cssSyntaxHint: m(
    () => 'Fix the CSS syntax; until then the theme is not applied.',
    () => '请改正 CSS 语法；在此之前不会应用这个主题。',
  ),
  atRule: m(
    (p: { name: string }) => `\`@${p.name}\` cannot be inlined into WeChat and is dropped`,
    (p) => `\`@${p.name}\` 无法内联到微信文章里，已丢弃`,
  ),
  atRuleHint: m(
    () => 'Write plain rules; WeChat keeps only inline styles.',
    () => '只写普通规则；微信只保留行内样式。',
  ),
  stateSelector: m(
    (p: { selector: string }) => `Selector \`${p.selector}\` depends on a state WeChat never shows`,
    (p) => `选择器 \`${p.selector}\` 依赖微信里永远不会出现的状态`,
  ),
  stateSelectorHint: m(
    () => 'Remove the rule; hover and focus styles do not exist in the WeChat reader.',
    () => '删掉这条规则；微信阅读器里没有悬停和焦点样式。',
  ),
  nesting: m(
    (p: { selector: string }) => `Nested rules in \`${p.selector}\` are not supported`,
    (p) => `不支持 \`${p.selector}\` 里的嵌套规则`,
  ),
  nestingHint: m(
    () => 'Write flat CSS: one selector per rule, no nesting.',
    () => '写扁平的 CSS：每条规则一个选择器，不要嵌套。',
  ),
  undefinedVariable: m(
    (p: { name: string }) => `\`var(${p.name})\` is not defined and has no fallback`,
    (p) => `\`var(${p.name})\` 没有定义，也没有后备值`,
  ),
  undefinedVariableHint: m(
    (p: { name: string }) =>
      `Define \`${p.name}\` (e.g. in \`:root\` or \`.wxpress\`) or give a fallback: \`var(${p.name}, ` +
      `#333)\`.`,
    (p) =>
      `定义 \`${p.name}\`（例如写在 \`:root\` 或 \`.wxpress\` 里），或给出后备值：\`var(${p.name}, #333)\`。`,
  ),
  /** `kind`: script | remote | data | local | unsupported (see unsafeThemeDeclaration). */
  unsafeDeclaration: m(
    (p: { decl: string; kind: string; reason: string }) =>
      `\`${p.decl}\` ${(DECL_EN[p.kind] ?? DECL_EN.unsupported!)(p.reason)}; it is dropped`,
    (p) => `\`${p.decl}\` ${(DECL_ZH[p.kind] ?? DECL_ZH.unsupported!)(reasonZh(p.reason))}，已丢弃`,
  ),
  unsafeValueHint: m(
    () => 'Remove the declaration; WeChat strips scripting from articles.',
    () => '删掉这条声明；微信会去掉文章里的脚本。',
  ),
  remoteUrlHint: m(
    () =>
      "Upload the image to the account's material library and use its https://mmbiz.qpic.cn/… address, " +
      'or draw it with CSS.',
    () => '把图片上传到公众号素材库，使用它的 https://mmbiz.qpic.cn/… 地址，或用 CSS 画出来。',
  ),
  unsupportedPropertyHint: m(
    () => 'Lay the theme out without positioning, floats, transforms or animations.',
    () => '主题排版时不要用定位、浮动、变换或动画。',
  ),
})

const DECL_EN: Record<string, (reason: string) => string> = {
  script: (r) => `can run script (${r})`,
  remote: () => 'loads an image from outside WeChat (hot-linked)',
  data: () => 'embeds a `data:` image, which WeChat does not show',
  local: () => 'loads a local file, which cannot work in WeChat',
  unsupported: () => 'is not supported in WeChat articles',
}
const DECL_ZH: Record<string, (reason: string) => string> = {
  script: (r) => `有执行脚本的风险（${r}）`,
  remote: () => '从微信之外加载图片（盗链）',
  data: () => '嵌入了 `data:` 图片，微信不显示',
  local: () => '加载本地文件，在微信里行不通',
  unsupported: () => '在微信文章里不受支持',
}
