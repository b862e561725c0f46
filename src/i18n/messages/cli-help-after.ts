/**
 * The text after a command's help (see `cli-help.ts`). English is wrapped by hand as it always was;
 * the Chinese is one paragraph a line, wrapped to the terminal when shown (lines that start with a
 * space are shown as they are).
 */
import { m } from '../message.js'

export const afterHelp = {
  due: m(
    () => `
Reads front-matter and .wxpress/state only (no render, no lint), so a scheduled job can skip the rest:
  if [ "$(npx --no-install wxpress due)" = true ]; then npx --no-install wxpress publish; fi
Why it is true goes to stderr. Exit 0; 2 on config errors.`,
    () => `
只读取 front-matter 和 .wxpress/state（不渲染，也不检查文字），定时任务可以据此跳过其余步骤：
  if [ "$(npx --no-install wxpress due)" = true ]; then npx --no-install wxpress publish; fi
为什么是 true 会写到 stderr。退出码为 0；配置有错时为 2。`,
  ),
  publish: m(
    () => `
Due pushes (slot ≤ now, at most schedule.maxLatenessMinutes late) are sent; later pushes are prepared
(images uploaded, draft created or updated); missed pushes are reported and never sent late.
Environment: WECHAT_API_BASE (default https://api.weixin.qq.com), WECHAT_APP_ID, WECHAT_APP_SECRET
(or the account's appIdEnv/appSecretEnv). The ledger is .wxpress/state/<slug>.json: keep it with \`wxpress state push\` (the Action does).
--alert needs GITHUB_TOKEN and GITHUB_REPOSITORY (GITHUB_API_URL, WXPRESS_BOT_LOGIN optional); a GitHub
failure is one line on stderr and never changes the exit code.`,
    () => `
到期的推送（推送时间 ≤ 现在，且迟到不超过 schedule.maxLatenessMinutes 分钟）会发送；以后的推送会提前准备好（上传图片，新建或更新草稿）；错过的推送只报告，绝不补发。
环境变量：WECHAT_API_BASE（默认 https://api.weixin.qq.com）、WECHAT_APP_ID、WECHAT_APP_SECRET（或账号配置的 appIdEnv/appSecretEnv）。发布台账是 .wxpress/state/<slug>.json：用 \`wxpress state push\` 保存它（Action 会自动保存）。
--alert 需要 GITHUB_TOKEN 和 GITHUB_REPOSITORY（GITHUB_API_URL、WXPRESS_BOT_LOGIN 可选）；GitHub 出错只在 stderr 上写一行，不会改变退出码。`,
  ),
  stats: m(
    () => `
Environment: WECHAT_API_BASE, WECHAT_APP_ID, WECHAT_APP_SECRET; with --post also GITHUB_TOKEN,
GITHUB_REPOSITORY (owner/name) and GITHUB_API_URL (default https://api.github.com).`,
    () => `
环境变量：WECHAT_API_BASE、WECHAT_APP_ID、WECHAT_APP_SECRET；加 --post 时还需要 GITHUB_TOKEN、GITHUB_REPOSITORY（owner/name）和 GITHUB_API_URL（默认 https://api.github.com）。`,
  ),
  state: m(
    () => `
The Action runs \`wxpress state pull\` before due/publish/stats (they read .wxpress/state as present in
the working tree) and \`wxpress state push\` after publish and stats. A missing branch is fine on first use. Pull never
overwrites a local file that is newer than or conflicts with the branch's copy; push merges file by file
(newer wins, undecidable → error) and retries a rejected push after fetching again.`,
    () => `
Action 在 due、publish、stats 之前运行 \`wxpress state pull\`（它们读取工作区里现有的 .wxpress/state），在 publish 和 stats 之后运行 \`wxpress state push\`。第一次使用时分支还不存在也没关系。pull 不会覆盖比分支上的副本更新或与之冲突的本地文件；push 逐个文件合并（较新的为准，无法判断时报错），被拒绝时重新 fetch 后再试。`,
  ),
  prReport: m(
    () => `
Never runs site code: reads only <dir>. Environment: GITHUB_TOKEN, GITHUB_REPOSITORY (owner/name),
GITHUB_API_URL (default https://api.github.com), GITHUB_SERVER_URL (default https://github.com),
GITHUB_EVENT_PATH (a workflow_run event: its head sha must match the artifact and the pull request),
GITHUB_RUN_ID (link to the artifact when images cannot be published), WXPRESS_BOT_LOGIN (default
github-actions[bot]: the author of the sticky comment when another token is used).
Permissions: pull-requests: write, checks: write, contents: write (preview images).`,
    () => `
从不运行站点的代码：只读取 <dir>。环境变量：GITHUB_TOKEN、GITHUB_REPOSITORY（owner/name）、GITHUB_API_URL（默认 https://api.github.com）、GITHUB_SERVER_URL（默认 https://github.com）、GITHUB_EVENT_PATH（一个 workflow_run 事件：其中的 head sha 必须与 artifact 和 PR 一致）、GITHUB_RUN_ID（图片无法发布时链接到 artifact）、WXPRESS_BOT_LOGIN（默认 github-actions[bot]：使用其他令牌时固定评论的作者）。
权限：pull-requests: write、checks: write、contents: write（预览图）。`,
  ),
  githubEmulator: m(
    () =>
      '\nThe Actions token is $GITHUB_TOKEN (default "emulator-token"), writing as github-actions[bot].' +
      '\nAdmin (no token): POST /__emulator/pulls, POST /__emulator/commits/<sha>/pulls,' +
      '\nPOST /__emulator/tokens, GET /__emulator/state — see docs/github-emulator.md.',
    () =>
      '\nActions 令牌是 $GITHUB_TOKEN（默认 "emulator-token"），以 github-actions[bot] 的身份写入。' +
      '\n管理接口（不需要令牌）：POST /__emulator/pulls、POST /__emulator/commits/<sha>/pulls、' +
      'POST /__emulator/tokens、GET /__emulator/state，详见 docs/github-emulator.md。',
  ),
}
