/** Messages of the config loader, the front-matter `lint:` block and the command line's site checks. */
import { defineMessages, m } from '../message.js'

const HELP_ZH = '"off" | "warn" | "error"（或 "info"），或 [级别, { 选项 }]'

export const configMessages = defineMessages('config', {
  unreadable: m(
    (p: { error: string }) => `Cannot read the config file: ${p.error}`,
    (p) => `无法读取配置文件：${p.error}`,
  ),
  unreadableHint: m(
    () => 'Check the path given to --config.',
    () => '检查 --config 给出的路径。',
  ),
  json: m(
    (p: { error: string }) => `The config is not valid JSON: ${p.error}`,
    (p) => `配置不是合法的 JSON：${p.error}`,
  ),
  jsonHint: m(
    () => 'Fix the JSON syntax.',
    () => '请修正 JSON 语法。',
  ),
  looseJson: m(
    () =>
      'The config has a trailing comma, which is not JSON: wxpress reads it, editors and other JSON tools do not',
    () => '配置里多了结尾的逗号，这不是合法的 JSON：wxpress 能读，编辑器和其他 JSON 工具会报错',
  ),
  looseJsonHint: m(
    () => 'Remove the comma before the `}` or `]`.',
    () => '删掉 `}` 或 `]` 前面多余的逗号。',
  ),
  load: m(
    (p: { error: string }) => `Cannot load the config file: ${p.error}`,
    (p) => `无法加载配置文件：${p.error}`,
  ),
  loadHint: m(
    () => 'Make sure it runs and has `export default defineConfig({ … })`.',
    () => '确认它能正常运行，并且有 `export default defineConfig({ … })`。',
  ),
  unknownKey: m(
    (p: { key: string }) => `Config has an unknown key \`${p.key}\``,
    (p) => `配置里有未知的键 \`${p.key}\``,
  ),
  invalid: m(
    (p: { at: string; problem: string; problemZh?: string; value: string }) =>
      `Config ${p.at ? `\`${p.at}\` ` : ''}${p.problem}${p.value ? `: ${p.value}` : ''}`,
    (p) =>
      `配置${p.at ? ` \`${p.at}\` ` : ''}无效（${p.problemZh ?? p.problem}）${p.value ? `：${p.value}` : ''}`,
  ),
  timezone: m(
    (p: { zone: string }) => `Config \`timezone\` is not an IANA time zone: ${p.zone}`,
    (p) => `配置 \`timezone\` 不是 IANA 时区：${p.zone}`,
  ),
  timezoneHint: m(
    () => 'Use a name such as `Asia/Shanghai` or `America/New_York`.',
    () => '请写 `Asia/Shanghai` 或 `America/New_York` 这样的时区名。',
  ),
  ruleSettingHint: m(
    (p: { s: string; id: string }) =>
      `${p.s ? `Did you mean \`"${p.s}"\`? ` : ''}Write e.g. \`"${p.id}": "off"\`, \`"warn"\` or \`["error", { … }]\`.`,
    (p) =>
      `${p.s ? `是不是想写 \`"${p.s}"\`？` : ''}例如写 \`"${p.id}": "off"\`、\`"warn"\` 或 \`["error", { … }]\`。`,
  ),
  lintNotMapping: m(
    (p: { value: string }) => `\`lint\` must map rule ids to settings: ${p.value}`,
    (p) => `\`lint\` 必须是规则 id 到设置的映射：${p.value}`,
  ),
  lintNotMappingHint: m(
    (p: { help: string }) =>
      `Write one \`rule-id: setting\` line per rule under \`lint:\`, e.g. \`typography/quotes: off\`; a setting is ${p.help}.`,
    () =>
      `在 \`lint:\` 下每条规则写一行 \`规则 id: 设置\`，例如 \`typography/quotes: off\`；设置可以是 ${HELP_ZH}。`,
  ),
  lintSetting: m(
    (p: { id: string; help: string; shown: string }) =>
      `\`lint\` setting of \`${p.id}\` must be ${p.help}: ${p.shown}`,
    (p) => `\`lint\` 中 \`${p.id}\` 的设置必须是 ${HELP_ZH}：${p.shown}`,
  ),
  lintSettingHint: m(
    (p: { s: string; id: string }) =>
      `${p.s ? `Did you mean \`${p.s}\`? ` : ''}Write e.g. \`${p.id}: off\`, \`${p.id}: warn\` or \`${p.id}: [error, { … }]\`.`,
    (p) =>
      `${p.s ? `是不是想写 \`${p.s}\`？` : ''}例如写 \`${p.id}: off\`、\`${p.id}: warn\` 或 \`${p.id}: [error, { … }]\`。`,
  ),
  unknownSlug: m(
    (p: { slug: string; dir: string }) => `No article \`${p.slug}\` in ${p.dir}/`,
    (p) => `${p.dir}/ 里没有文章 \`${p.slug}\``,
  ),
  unknownSlugMisnamed: m(
    (p: { slug: string; dir: string; file: string }) =>
      `No article \`${p.slug}\` in ${p.dir}/: its file ${p.file} is not read, an article file is named \`index.md\``,
    (p) =>
      `${p.dir}/ 里没有文章 \`${p.slug}\`：它的文件 ${p.file} 不会被读取，文章文件必须命名为 \`index.md\``,
  ),
  indexName: m(
    (p: { file: string; name: string }) =>
      `${p.file} is not read: an article file is named \`index.md\` (in lowercase), not \`${p.name}\``,
    (p) => `${p.file} 不会被读取：文章文件应命名为 \`index.md\`（小写），而不是 \`${p.name}\``,
  ),
  indexNameHint: m(
    (p: { file: string; to: string }) =>
      `Rename it: \`git mv ${p.file} ${p.to}\`. A case-insensitive disk (macOS, Windows) reads it as it is, CI and publish do not.`,
    (p) =>
      `把它改名：\`git mv ${p.file} ${p.to}\`。不区分大小写的磁盘（macOS、Windows）上能照样读到它，CI 和发布却读不到。`,
  ),
  runPlan: m(
    () => 'Run `wxpress plan` to list the articles.',
    () => '运行 `wxpress plan` 可以列出所有文章。',
  ),
  contentOutside: m(
    (p: { dir: string }) =>
      `The content folder ${p.dir} is outside the site: wxpress reads articles only inside it`,
    (p) => `内容文件夹 ${p.dir} 在站点之外：wxpress 只读取站点里的文章`,
  ),
  contentOutsideHint: m(
    () => 'Run wxpress in the site that holds this folder, or move the articles into this site’s content/.',
    () => '到包含这个文件夹的站点里运行 wxpress，或者把文章移到本站点的 content/ 里。',
  ),
  missingContent: m(
    (p: { dir: string; file: number }) =>
      `Content folder \`${p.dir}/\` ${p.file ? 'is not a folder' : 'does not exist'}`,
    (p) => `内容文件夹 \`${p.dir}/\` ${p.file ? '不是文件夹' : '不存在'}`,
  ),
  missingContentSuggest: m(
    (p: { dir: string }) => `Did you mean \`${p.dir}/\`? Pass it with \`--content <dir>\`.`,
    (p) => `是不是想写 \`${p.dir}/\`？用 \`--content <dir>\` 指定。`,
  ),
  missingContentHint: m(
    (p: { flag: number }) =>
      `Run wxpress in the site root, or point ${p.flag ? '`--content`' : '`--content` or config `content` (default `content/`)'} at the folder holding <slug>/index.md (\`wxpress init\` scaffolds a site).`,
    (p) =>
      `请在站点根目录运行 wxpress，或用 ${p.flag ? '`--content`' : '`--content` 或配置 `content`（默认 `content/`）'} 指向存放 <slug>/index.md 的文件夹（\`wxpress init\` 可以生成站点骨架）。`,
  ),
})
