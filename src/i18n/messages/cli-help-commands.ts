/**
 * `--help` of the commands that check, render, plan and publish articles (see `cli-help.ts`): the
 * command's description under `description`, its own arguments and options by name.
 */
import { m } from '../message.js'

const check = {
  description: m(
    () => 'check front-matter, lint, render and schedule; report every finding in every file',
    () => '检查 front-matter、文字规范、渲染和排期，报告每个文件里的每一处问题',
  ),
  changed: m(
    () => 'only articles changed since <git-ref> (e.g. origin/main)',
    () => '只检查自 <git-ref> 以来改动过的文章（如 origin/main）',
  ),
  quiet: m(
    () => 'hide infos in the pretty report',
    () => '在 pretty 报告中不显示提示（info）',
  ),
  fix: m(
    () => 'apply safe typography fixes to the Markdown sources',
    () => '把安全的排版修正直接写入 Markdown 源文件',
  ),
  fixDryRun: m(
    () => 'show the fixes as a diff without writing',
    () => '以 diff 形式显示修正，不写入文件',
  ),
  noCache: m(
    () => 'ignore .wxpress/cache (neither read nor written)',
    () => '不使用 .wxpress/cache（既不读也不写）',
  ),
}

const render = {
  description: m(
    () => 'render articles to WeChat-safe HTML: <out>/<slug>.html, <out>/assets/, <out>/manifest.json',
    () => '把文章渲染成微信可用的 HTML：<out>/<slug>.html、<out>/assets/、<out>/manifest.json',
  ),
  out: m(
    () => 'output folder',
    () => '输出文件夹',
  ),
  theme: m(
    () => 'theme id (default: config `theme`, or front-matter `theme`)',
    () => '主题 id（默认：配置中的 `theme`，或 front-matter 中的 `theme`）',
  ),
  noCache: m(
    () => 'ignore .wxpress/cache',
    () => '不使用 .wxpress/cache',
  ),
}

const plan = {
  description: m(
    () => 'show the push plan: pushes by local date, audiences, blocked articles, schedule findings',
    () => '显示推送计划：按当地日期列出的推送、发送对象、被阻止的文章和排期问题',
  ),
}

const publish = {
  description: m(
    () => 'upload images, create or update drafts, and send the pushes that are due (never twice)',
    () => '上传图片，新建或更新草稿，发送到期的推送（绝不重复发送）',
  ),
  dryRun: m(
    () => 'print the WeChat calls it would make, make none (no credentials needed)',
    () => '列出将要调用的微信接口，但一个也不调用（不需要凭据）',
  ),
  mode: m(
    () => 'override the mode of every push',
    () => '改变所有推送的发布方式（草稿、发表或群发）',
  ),
  only: m(
    () => 'only the push containing this article',
    () => '只处理包含这篇文章的那次推送',
  ),
  preflight: m(
    () => 'send nothing: check credentials, the mode’s permission and follower tags of the pushes to come',
    () => '预检，什么也不发送：检查凭据、发布方式所需的权限和即将推送所用的粉丝标签',
  ),
  alert: m(
    () =>
      'then report on GitHub: an issue per missed/blocked/failed push, "sent" and preflight comments on PRs',
    () =>
      '然后在 GitHub 上报告：每次错过、被阻止或失败的推送各开一个 issue，并在 PR 上评论“已发送”和预检结果',
  ),
  poll: m(
    () => 'how long to wait for a freepublish task before leaving it to the next run (default 120)',
    () => '等待发表任务（freepublish）的秒数，超时就留给下次运行（默认 120）',
  ),
  lockWait: m(
    () => 'how long to wait for another publish of the same account (default 30)',
    () => '同一账号的另一次发布正在进行时，最多等待的秒数（默认 30）',
  ),
  lockMaxAge: m(
    () => 'a publish lock older than this is stale and taken over (default 120)',
    () => '发布锁超过这么多分钟即视为失效，由本次发布接管（默认 120）',
  ),
}

const stats = {
  description: m(
    () =>
      'read WeChat statistics of sent articles into .wxpress/stats/; --post comments them on each article’s PR',
    () => '把已发文章的微信统计数据读入 .wxpress/stats/；加 --post 时评论到每篇文章的 PR 上',
  ),
  post: m(
    () => 'post (or update) one comment per article on the pull request that added it',
    () => '在添加文章的 PR 上为每篇文章发表（或更新）一条评论',
  ),
}

const state = {
  description: m(
    () => 'carry the publish ledger and statistics on a branch of their own (works with a protected main)',
    () => '把发布台账和统计数据放在单独的分支上（main 受保护也能用）',
  ),
  pull: m(
    () => 'write the state branch’s .wxpress/state and .wxpress/stats files into the working tree',
    () => '把状态分支上的 .wxpress/state 和 .wxpress/stats 文件写入工作区',
  ),
  push: m(
    () => 'commit .wxpress/state and .wxpress/stats onto the state branch (not the checked-out one), push it',
    () => '把 .wxpress/state 和 .wxpress/stats 提交到状态分支（不是当前检出的分支），然后 push 到远程仓库',
  ),
  branch: m(
    () => 'the state branch',
    () => '状态分支',
  ),
  remote: m(
    () => 'the remote holding it (name or URL)',
    () => '状态分支所在的远程仓库（名称或 URL）',
  ),
  message: m(
    () => 'commit message',
    () => '提交说明',
  ),
  attempts: m(
    () => 'push attempts when the push is rejected (with backoff)',
    () => 'git push 被拒绝时的尝试次数（每次等待更久）',
  ),
}

const due = {
  description: m(
    () => 'print true when publish has work now (a push due or interrupted, a draft to prepare), else false',
    () => '现在有发布任务（推送到期或曾中断、有草稿要准备）时输出 true，否则输出 false',
  ),
}

export const commandHelp = { check, render, plan, publish, stats, state, due }
