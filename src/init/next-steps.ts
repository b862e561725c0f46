/**
 * What `init` prints after writing the site: the team's next steps, in Chinese, with the commands in
 * English. Every command uses the local install (`npm run …`, `npx --no-install wxpress …`): a bare
 * `npx wxpress` would fetch whatever package of that name a registry has.
 */
import { isOutsideFileSpec } from './site-package-json.js'

export interface NextStepsInput {
  /** The site folder as the user named it (`.` for the current one). */
  folder: string
  /** The `uses:` of the Action in the workflows. */
  action: string
  /** The wxpress dependency spec in package.json. */
  spec: string
}

export function nextSteps(input: NextStepsInput): string {
  const cd = input.folder === '.' ? '' : `  cd ${input.folder}\n`
  return `
下一步：
 1. 安装 wxpress（${input.spec}）并检查示例文章：
${outsideNote(input.spec)}${cd}  npm install
  npm run check                     # = npx --no-install wxpress check
  npm run preview                   # 手机宽度的本地预览
 2. 提交并推送到 GitHub。工作流使用 Action ${input.action}：
  .github/workflows/wxpress-check.yml    PR 检查（只读，fork 安全）
  .github/workflows/wxpress-report.yml   PR 评论、检查结果、手机截图、修改建议
  .github/workflows/wxpress-publish.yml  合并后准备草稿，按计划时间发送
  .github/workflows/wxpress-stats.yml    每天读取统计数据
 3. 在 Settings → Secrets and variables → Actions 添加 WECHAT_APP_ID 和 WECHAT_APP_SECRET。
 4. 在 Settings → Branches（或 Rules）要求 "wxpress check" 通过后才能合并；它在每个 PR 上都运行，
    不要给 wxpress-check.yml 加 paths: 过滤，否则没有改动文章的 PR 会一直等待、无法合并。
    发送记录保存在 wxpress-state 分支，发布任务从不推送到受保护的 main。
 5. 微信只接受白名单 IP 的调用（errcode 40164）：把固定出口 IP 加入公众号的 IP 白名单，
    用 self-hosted runner 运行 wxpress-publish.yml / wxpress-stats.yml（runs-on），
    或设置 secret WECHAT_HTTPS_PROXY 为固定 IP 的代理。
 6. 账号在 wxpress.config.json 的 accounts.main：现在是 "mode": "draft"，到了推送时间只存进草稿箱，
    不会发给粉丝。准备好后改成 "broadcast"（群发，粉丝会收到）或 "publish"（发表，不推送给粉丝）。
    文章的 audience 写粉丝标签时，把这些标签列进 accounts.main.tags（与公众号后台的标签名一致）。
`
}

/**
 * A `file:` dependency outside the site (`npm install ../wxpress.tgz` before `init`) installs on this
 * machine only: a teammate's clone and CI cannot find it. `--from` vendors the tarball instead.
 */
function outsideNote(spec: string): string {
  if (!isOutsideFileSpec(spec)) return ''
  const file = spec.slice('file:'.length)
  return (
    '    注意：这个依赖指向仓库之外的本机文件，队友的克隆和 CI 都装不上。\n' +
    `    改用 \`npx --no-install wxpress init --from ${file}\` 把安装包放进仓库的 vendor/。\n`
  )
}
