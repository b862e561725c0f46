/**
 * The CLI lines of `wxpress pr-report` (stderr and the job's failure annotation). The sticky comment
 * it writes is Chinese already and is not in the catalogue; GitHub's own messages are quoted as is.
 */
import { defineMessages, m } from '../message.js'

/** What pr-report was doing when GitHub failed (the `step` of `failed`, `refused`, `rejected`). */
const STEPS: Record<string, [string, string]> = {
  readPull: ['read the pull request', '读取拉取请求'],
  checkRun: ['create the check run', '创建检查运行'],
  previews: ['publish the preview images', '发布预览图'],
  suggestions: ['post the suggested changes', '贴出修改建议'],
  comment: ['write the wxpress comment', '写 wxpress 评论'],
}
const step = (key: string, zh: boolean) => STEPS[key]?.[zh ? 1 : 0] ?? key
const ACTION_ZH: Record<string, string> = {
  created: '已创建',
  updated: '已更新',
  unchanged: '没有变化',
  committed: '已提交',
  skipped: '已跳过',
}
const action = (a: string) => ACTION_ZH[a] ?? a
/** What GitHub answered, briefly: an HTTP status, no answer (0), or an error of ours (-1). */
const githubSaid = (status: number, zh: boolean) =>
  status > 0
    ? zh
      ? `GitHub 返回 HTTP ${status}`
      : `GitHub answered HTTP ${status}`
    : status === 0
      ? zh
        ? 'GitHub 没有应答'
        : 'GitHub did not answer'
      : zh
        ? '出错'
        : 'an error'

/** The start of a 403's sentence: what was refused and the permissions the job needs. */
const refusedEn = (key: string, github: string) =>
  `GitHub refused to ${step(key, false)} (HTTP 403: ${github}): this job needs ` +
  '`pull-requests: write` and `checks: write` (and `contents: write` for the preview images); '
const refusedZh = (key: string, github: string) =>
  `GitHub 拒绝${step(key, true)}（HTTP 403：${github}）：这个作业需要 ` +
  '`pull-requests: write` 和 `checks: write`（发布预览图还需要 `contents: write`）；'

export const prReportMessages = defineMessages('prReport', {
  noToken: m(
    () => 'GITHUB_TOKEN is not set (give the job `secrets.GITHUB_TOKEN`).',
    () => '没有设置 GITHUB_TOKEN（请把 `secrets.GITHUB_TOKEN` 交给这个作业）。',
  ),
  badRepository: m(
    () => 'GITHUB_REPOSITORY must be owner/name.',
    () => 'GITHUB_REPOSITORY 必须是 owner/name 的形式。',
  ),
  skipped: m(
    (p: { note: string }) => `skipped ${p.note}`,
    (p) => `已跳过 ${p.note}`,
  ),
  eventTooLarge: m(
    (p: { file: string }) => `${p.file} is too large for an event`,
    (p) => `${p.file} 太大，不像是事件文件`,
  ),
  eventNoHead: m(
    (p: { file: string }) => `${p.file}: workflow_run has no head_sha`,
    (p) => `${p.file}：workflow_run 里没有 head_sha`,
  ),
  eventUnreadable: m(
    (p: { file: string; error: string }) => `cannot read the event ${p.file}: ${p.error}`,
    (p) => `无法读取事件文件 ${p.file}：${p.error}`,
  ),
  noPull: m(
    () => 'the artifact names no pull request (pr-check ran outside one); nothing to report.',
    () => '产物没有指明拉取请求（pr-check 不是在拉取请求里运行的）；没有可报告的内容。',
  ),
  noPullNumber: m(
    () => 'the artifact names no pull request (pr.number is null); nothing to report on.',
    () => '产物没有指明拉取请求（pr.number 为 null）；没有可报告的内容。',
  ),
  wrongPull: m(
    (p: { n: number; pulls: string }) =>
      `the artifact names pull request #${p.n}, but the workflow run belongs to #${p.pulls}; not reporting.`,
    (p) => `产物指明的是拉取请求 #${p.n}，但工作流运行属于 #${p.pulls}；不予报告。`,
  ),
  wrongSha: m(
    (p: { artifact: string; run: string }) =>
      `the artifact is for ${p.artifact} but the workflow run is for ${p.run}; not reporting.`,
    (p) => `产物对应 ${p.artifact}，但工作流运行对应 ${p.run}；不予报告。`,
  ),
  moved: m(
    (p: { n: number; head: string; artifact: string }) =>
      `pull request #${p.n} is now at ${p.head}, past the artifact's ${p.artifact}: nothing reported; ` +
      `the check of ${p.head} reports when it finishes.`,
    (p) =>
      `拉取请求 #${p.n} 已经更新到 ${p.head}，不再是产物对应的 ${p.artifact}：本次不报告，` +
      `${p.head} 的检查完成后会报告。`,
  ),
  headDiffers: m(
    (p: { n: number; head: string; artifact: string }) =>
      `the artifact is for ${p.artifact} but pull request #${p.n} is at ${p.head}: nothing reported. ` +
      `Either the pull request moved on (the check of ${p.head} reports when it finishes) or this artifact ` +
      `comes from another commit; without a workflow_run event (GITHUB_EVENT_PATH) pr-report cannot tell.`,
    (p) =>
      `产物对应的提交是 ${p.artifact}，但拉取请求 #${p.n} 现在的头提交是 ${p.head}：本次不报告。` +
      `可能是拉取请求已经更新（${p.head} 的检查完成后会报告），也可能这个产物来自别的提交；` +
      `没有 workflow_run 事件（GITHUB_EVENT_PATH）时 pr-report 无法区分。`,
  ),
  nothingToReport: m(
    () =>
      'the pull request changes no article, theme, config or plugin and the check found nothing: ' +
      'nothing written (no comment, no check run).',
    () =>
      '拉取请求没有改动文章、主题、配置或插件，检查也没有发现问题：不写任何内容（不发评论，不建检查运行）。',
  ),
  failed: m(
    (p: { step: string; error: string }) => `${step(p.step, false)} failed: ${p.error}`,
    (p) => `${step(p.step, true)}失败：${p.error}`,
  ),
  /** A 403 under `pull_request`: a fork's token is read-only whatever the workflow asks. */
  refused: m(
    (p: { step: string; github: string }) =>
      `${refusedEn(p.step, p.github)}a fork PR's token is read-only, so run pr-report from a \`workflow_run\` workflow.`,
    (p) =>
      `${refusedZh(p.step, p.github)}来自 fork 的拉取请求的令牌是只读的，所以请在 \`workflow_run\` 工作流里运行 pr-report。`,
  ),
  /** A 403 under any other event (`workflow_run` included): the workflow's permissions are too narrow. */
  refusedPermissions: m(
    (p: { step: string; github: string }) =>
      `${refusedEn(p.step, p.github)}grant them in the workflow's \`permissions:\` block (or allow them in ` +
      'Settings → Actions → General → Workflow permissions).',
    (p) =>
      `${refusedZh(p.step, p.github)}请在工作流的 \`permissions:\` 块里授予这些权限（或在 ` +
      'Settings → Actions → General → Workflow permissions 里允许）。',
  ),
  rejected: m(
    (p: { step: string }) =>
      `GitHub rejected the token while trying to ${step(p.step, false)} (HTTP 401): check GITHUB_TOKEN.`,
    (p) => `尝试${step(p.step, true)}时 GitHub 拒绝了令牌（HTTP 401）：检查 GITHUB_TOKEN。`,
  ),
  couldNot: m(
    (p: { step: string; error: string }) => `could not ${step(p.step, false)}: ${p.error}`,
    (p) => `无法${step(p.step, true)}：${p.error}`,
  ),
  checkRun: m(
    (p: { action: string; n: number; requests: number; url: string }) =>
      `check run ${p.action} (${p.n} annotation${p.n === 1 ? '' : 's'}, ${p.requests} request${p.requests === 1 ? '' : 's'}): ${p.url}`,
    (p) => `检查运行${action(p.action)}（${p.n} 条标注，${p.requests} 次请求）：${p.url}`,
  ),
  previews: m(
    (p: { action: string; branch: string; n: number }) =>
      `preview images ${p.action} on ${p.branch} (${p.n} files)`,
    (p) => `${p.branch} 上的预览图${action(p.action)}（${p.n} 个文件）`,
  ),
  warning: m(
    (p: { text: string }) => `warning: ${p.text}`,
    (p) => `警告：${p.text}`,
  ),
  suggestions: m(
    (p: { posted: number; there: number; left: number; max: number }) =>
      `suggestions: ${p.posted} posted, ${p.there} already there` +
      (p.left > 0
        ? `, ${p.left} more not posted (at most ${p.max} per commit; \`npx --no-install wxpress check --fix\` fixes all)`
        : ''),
    (p) =>
      `修改建议：发表 ${p.posted} 条，已有 ${p.there} 条` +
      (p.left > 0
        ? `，另有 ${p.left} 条没有发表（每个提交最多 ${p.max} 条；\`npx --no-install wxpress check --fix\` 可全部修正）`
        : ''),
  ),
  comment: m(
    (p: { action: string; n: number; url: string }) => `comment ${p.action} (${p.n} characters): ${p.url}`,
    (p) => `评论${action(p.action)}（${p.n} 个字符）：${p.url}`,
  ),
  retrying: m(
    (p: { method: string; route: string; status: number; s: number; attempt: number }) =>
      `GitHub ${p.method} ${p.route}: ${p.status ? `HTTP ${p.status}` : 'no answer'}; ` +
      `trying again in ${p.s} s (attempt ${p.attempt})`,
    (p) =>
      `GitHub ${p.method} ${p.route}：${p.status ? `HTTP ${p.status}` : '没有应答'}；` +
      `${p.s} 秒后重试（第 ${p.attempt} 次尝试）`,
  ),
  rateLimited: m(
    (p: { method: string; route: string; s: number; attempt: number }) =>
      `GitHub ${p.method} ${p.route}: rate limited; waiting ${p.s} s as GitHub asks (attempt ${p.attempt})`,
    (p) =>
      `GitHub ${p.method} ${p.route}：触发了速率限制；按 GitHub 的要求等待 ${p.s} 秒（第 ${p.attempt} 次尝试）`,
  ),
  gaveUp: m(
    (p: { method: string; route: string; s: number }) =>
      `GitHub ${p.method} ${p.route}: not waiting any longer (already waited ${p.s} s in this run; ` +
      'the job has a time limit)',
    (p) => `GitHub ${p.method} ${p.route}：不再等待（本次运行已等待 ${p.s} 秒，作业有时间限制）`,
  ),
  partFailed: m(
    (p: { step: string; status: number }) =>
      `Could not ${step(p.step, false)} this time (${githubSaid(p.status, false)}); ` +
      'the job log has the details, and the next run tries again.',
    (p) => `本次未能${step(p.step, true)}（${githubSaid(p.status, true)}），详情见作业日志，下次运行会再试。`,
  ),
})
