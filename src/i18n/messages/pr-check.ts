/** Messages of `wxpress pr-check`: the scope, its stdout/stderr lines, usage errors and the job summary. */
import { defineMessages, m, num } from '../message.js'
import { reasonZh } from './render-reasons-zh.js'

/** The workflow expression of the pull request's head commit. */
const HEAD_SHA = `${'$'}{{ github.event.pull_request.head.sha }}`

export const prCheckMessages = defineMessages('prCheck', {
  moreFindings: m(
    (p: { n: number }) => `${p.n} more findings: see the wxpress check run`,
    (p) => `还有 ${p.n} 条检查结果：见 wxpress 检查运行（check run）`,
  ),
  findingsOmitted: m(
    (p: { n: number; total: number }) =>
      `${num(p.n)} more findings of this article are not in the pull request report (${num(p.total)} in all)`,
    (p) => `本文还有 ${num(p.n)} 条检查结果没有列进 PR 报告（共 ${num(p.total)} 条）`,
  ),
  findingsOmittedHint: m(
    (p: { file: string }) =>
      `Run \`npx --no-install wxpress check ${p.file}\` to list them all; \`--fix\` corrects most of them.`,
    (p) => `运行 \`npx --no-install wxpress check ${p.file}\` 查看全部；多数可以用 \`--fix\` 自动修正。`,
  ),
  scopeConfig: m(
    (p: { file: string }) => `the config changed (${p.file})`,
    (p) => `配置有改动（${p.file}）`,
  ),
  scopePlugin: m(
    (p: { file: string }) => `a site plugin changed (${p.file})`,
    (p) => `站点插件有改动（${p.file}）`,
  ),
  scopeTheme: m(
    (p: { file: string }) => `a theme changed (${p.file})`,
    (p) => `主题有改动（${p.file}）`,
  ),
  /** `reasons`: up to three reasons already written in the locale, `;`-joined by the caller. */
  /** The config cannot be read: no article is checked (the config change itself is the problem). */
  scopeConfigBroken: m(
    (p: { file: string }) =>
      `No article is checked: the config (${p.file}) has errors. Fix them first; they are listed below.`,
    (p) => `没有检查任何文章：配置文件（${p.file}）有错误，请先改正，错误见下方。`,
  ),
  scopeAll: m(
    (p: { reasons: string; more: number }) =>
      `Every article is checked: ${p.reasons}${p.more > 0 ? `; and ${p.more} more` : ''}.`,
    (p) => `检查全部文章：${p.reasons}${p.more > 0 ? `；另有 ${p.more} 处` : ''}。`,
  ),
  done: m(
    (p: { articles: number; errors: number; warnings: number; artifact: string }) =>
      `pr-check: ${p.articles} article(s), ${p.errors} error(s), ${p.warnings} warning(s); artifact in ` +
      `${p.artifact}/`,
    (p) => `pr-check：${p.articles} 篇文章，${p.errors} 个错误，${p.warnings} 个警告；产物在 ${p.artifact}/`,
  ),
  omitted: m(
    (p: { names: string }) =>
      `pr-check: not in the report (folder names must be letters, digits, . _ -): ${p.names}`,
    (p) => `pr-check：未写入报告（文件夹名只能包含字母、数字和 . _ -）：${p.names}`,
  ),
  checkoutIsBase: m(
    (p: { at: string; base: string; head: string }) =>
      `pr-check: the working tree is ${p.at}, the tip of \`${p.base}\` itself, not pull request head ${p.head} ` +
      'nor a merge commit of it: the articles of the pull request are not here',
    (p) =>
      `pr-check：工作区是 ${p.at}，也就是 \`${p.base}\` 的最新提交，而不是拉取请求的头提交 ${p.head} ` +
      '或它的合并提交：这里没有拉取请求的文章',
  ),
  checkoutNotHead: m(
    (p: { at: string; head: string }) =>
      `pr-check: the working tree is ${p.at}, neither pull request head ${p.head} nor a merge commit of it`,
    (p) => `pr-check：工作区是 ${p.at}，既不是拉取请求的头提交 ${p.head}，也不是它的合并提交`,
  ),
  checkoutMissingFile: m(
    (p: { file: string; head: string }) =>
      `pr-check: ${p.file}, which pull request head ${p.head} adds or changes, is not in the working tree`,
    (p) => `pr-check：拉取请求的头提交 ${p.head} 新增或修改了 ${p.file}，但工作区里没有这个文件`,
  ),
  checkoutHint: m(
    () =>
      'actions/checkout must check out the pull request: on a `pull_request` event leave `ref` unset (the merge ' +
      `commit) or set \`ref: ${HEAD_SHA}\`, and do not switch branches before pr-check.`,
    () =>
      'actions/checkout 必须检出拉取请求：在 `pull_request` 事件里不设 `ref`（检出合并提交），或设 ' +
      `\`ref: ${HEAD_SHA}\`，并且在 pr-check 之前不要切换分支。`,
  ),
  headMissing: m(
    (p: { sha: string }) =>
      `pr-check: the head commit ${p.sha} is not in this clone; findings keep the lines of the ` +
      'checked-out commit (check out with fetch-depth: 0)',
    (p) => `pr-check：这个克隆里没有头提交 ${p.sha}；检查结果的行号按检出的提交计（检出时设 fetch-depth: 0）`,
  ),
  screenshotsSkipped: m(
    (p: { reason: string }) => `无法截图 / screenshots skipped: ${p.reason}`,
    (p) => `无法截图：${reasonZh(p.reason)}`,
  ),
  noCjkFont: m(
    (p: { slugs: string }) =>
      `Screenshots show Chinese as boxes (□): no font on this machine draws Chinese (${p.slugs})`,
    (p) => `截图里的中文显示成了方框（□）：这台机器上没有能显示中文的字体（${p.slugs}）`,
  ),
  noCjkFontHint: m(
    () =>
      'Install a CJK font in the step that installs Chromium: `sudo apt-get install -y fonts-noto-cjk` (or ' +
      '`fonts-wqy-microhei`).',
    () =>
      '在安装 Chromium 的那一步装上中文字体：`sudo apt-get install -y fonts-noto-cjk`（或 `fonts-wqy-microhei`）。',
  ),
  screenshotsOff: m(
    () => 'turned off (--no-screenshots)',
    () => '已关闭（--no-screenshots）',
  ),
  diffFailed: m(
    (p: { base: string; error: string }) =>
      `Cannot list the changes of this pull request since ${p.base}: ${p.error}`,
    (p) => `无法列出这个拉取请求自 ${p.base} 以来的改动：${p.error}`,
  ),
  diffFailedHint: m(
    () =>
      'Check out with history (actions/checkout with fetch-depth: 0) so that the base branch is in the ' +
      'clone.',
    () => '检出时带上历史（actions/checkout 设置 fetch-depth: 0），让基准分支也在克隆里。',
  ),
  artifactLink: m(
    (p: { dir: string }) =>
      `The artifact folder ${p.dir} is a symbolic link; pr-check does not write through it`,
    (p) => `产物文件夹 ${p.dir} 是符号链接；pr-check 不会通过它写入`,
  ),
  artifactLinkHint: m(
    () => 'Remove the link, or pass another folder with --artifact <dir>.',
    () => '删掉这个链接，或用 --artifact <dir> 指定另一个文件夹。',
  ),
  noHead: m(
    (p: { error: string }) => `Cannot read HEAD: ${p.error}`,
    (p) => `无法读取 HEAD：${p.error}`,
  ),
  noHeadHint: m(
    () => "Run pr-check inside the site's git repository.",
    () => '请在站点的 git 仓库里运行 pr-check。',
  ),
  noBase: m(
    (p: { base: string; error: string }) => `Cannot find the base ${p.base}: ${p.error}`,
    (p) => `找不到基准 ${p.base}：${p.error}`,
  ),
  noBaseHint: m(
    () => 'Fetch the base branch first, or check its spelling.',
    () => '先获取基准分支，或检查拼写。',
  ),
  noEvent: m(
    () => 'pr-check needs a pull request: no --base and no GITHUB_EVENT_PATH',
    () => 'pr-check 需要一个拉取请求：既没有 --base，也没有 GITHUB_EVENT_PATH',
  ),
  noEventHint: m(
    () =>
      'In a `pull_request` workflow GitHub sets GITHUB_EVENT_PATH; locally pass --base <ref> (e.g. --base ' +
      'main).',
    () =>
      '在 `pull_request` 工作流里，GitHub 会设置 GITHUB_EVENT_PATH；在本地请传 --base <ref>（例如 --base main）。',
  ),
  eventUnreadable: m(
    (p: { error: string }) => `Cannot read the event file: ${p.error}`,
    (p) => `无法读取事件文件：${p.error}`,
  ),
  eventUnreadableHint: m(
    () => 'Run pr-check in a `pull_request` workflow, or pass --base <ref>.',
    () => '请在 `pull_request` 工作流里运行 pr-check，或传入 --base <ref>。',
  ),
  eventUnusable: m(
    (p: { path: string; reason: string }) => `Cannot use ${p.path}: ${p.reason}`,
    (p) => `无法使用 ${p.path}：${p.reason}`,
  ),
  eventUnusableHint: m(
    () => 'Run pr-check on `pull_request` events, or pass --base <ref>.',
    () => '请在 `pull_request` 事件上运行 pr-check，或传入 --base <ref>。',
  ),
})
