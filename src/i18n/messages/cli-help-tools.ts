/**
 * `--help` of the commands around the main job: the PR check, preview, the emulators, `init` and
 * `demo` (see `cli-help.ts`).
 */
import { m } from '../message.js'

const prCheck = {
  description: m(
    () =>
      'the untrusted half of the PR check: check the changed articles, annotate, screenshot, write the artifact',
    () => 'PR 检查中不受信任的一半：检查改动的文章，标注问题、截图，写出 artifact',
  ),
  base: m(
    () => 'compare with this git ref instead of the pull_request event in GITHUB_EVENT_PATH',
    () => '与这个 git ref 比较，而不是用 GITHUB_EVENT_PATH 中的 pull_request 事件',
  ),
  artifact: m(
    () => 'artifact folder (report.json, html/, screenshots/, covers/)',
    () => 'artifact 文件夹（report.json、html/、screenshots/、covers/）',
  ),
  noScreenshots: m(
    () => 'do not start a browser',
    () => '不启动浏览器（不截图）',
  ),
  chromium: m(
    () =>
      "Chromium executable, or a running browser's endpoint (ws://…, http://host:port) (default: CHROMIUM_PATH, then the usual places)",
    () =>
      'Chromium 可执行文件，或正在运行的浏览器的地址（ws://…、http://host:port）（默认：CHROMIUM_PATH，其次是常见的安装位置）',
  ),
}

const prReport = {
  description: m(
    () =>
      'trusted half of the PR check: from the artifact of `pr-check`, write the check run, ' +
      'the wxpress comment, the preview images and the suggested changes',
    () => 'PR 检查中受信任的一半：根据 `pr-check` 的 artifact 写出 check run、wxpress 评论、预览图和修改建议',
  ),
  /** pr-report reads no config: its log follows the artifact's locale (the site's), else English. */
  locale: m(
    () => "language of its log lines (default: the artifact's locale, that is the site's, else en)",
    () => '日志所用的语言，默认跟随 artifact 的 locale（即站点配置的 locale），没有则为 en',
  ),
  artifact: m(
    () => 'artifact folder written by `wxpress pr-check`',
    () => '`wxpress pr-check` 写出的 artifact 文件夹',
  ),
}

const preview = {
  description: m(
    () => 'serve the articles as WeChat shows them, in a phone-width frame, reloading on change',
    () => '在手机宽度的框里按微信的样子预览文章，文件改动后自动刷新',
  ),
  port: m(
    () => 'port; a busy one moves to the next free port (0 = any free port)',
    () => '端口；被占用时改用下一个空闲端口（0 = 任意空闲端口）',
  ),
  host: m(
    () => 'address to listen on (0.0.0.0: open it on a phone in the same network)',
    () => '监听地址（0.0.0.0：可在同一网络的手机上打开）',
  ),
}

const emulator = {
  description: m(
    () => 'start the WeChat API emulator, a real HTTP server on 127.0.0.1 (docs/emulator.md)',
    () => '启动微信接口模拟器，一个运行在 127.0.0.1 上的真实 HTTP 服务（见 docs/emulator.md）',
  ),
  clock: m(
    () => 'start the emulator clock at this instant',
    () => '模拟器的时钟从这一时刻开始',
  ),
  kind: m(
    () => 'account kind',
    () => '账号类型（订阅号或服务号）',
  ),
  tags: m(
    () => 'comma-separated follower tags to create (ids from 100)',
    () => '要创建的粉丝标签，用逗号分隔（id 从 100 开始）',
  ),
  unverified: m(
    () => 'an unverified (未认证) account: freepublish, mass send, tags and datacube answer 48001',
    () => '未认证的账号：发表（freepublish）、群发、标签和数据统计（datacube）接口都返回 48001',
  ),
  contentTextMax: m(
    () => 'refuse content with this many characters of text (WeChat: 20000)',
    () => '正文文字达到这么多字时拒收（微信：20000）',
  ),
  contentBytesMax: m(
    () => 'refuse content with this many bytes of HTML (WeChat: 1048576)',
    () => '正文 HTML 达到这么多字节时拒收（微信：1048576）',
  ),
  publishDelay: m(
    () => 'how long a freepublish task stays "publishing" (emulator clock; default 1500)',
    () => '发表任务（freepublish）停留在“发表中”的毫秒数（按模拟器时钟；默认 1500）',
  ),
}

const githubEmulator = {
  description: m(
    () => 'start the GitHub REST emulator (real HTTP) that pr-report and stats --post are tested against',
    () => '启动 GitHub REST 接口模拟器（真实 HTTP），用来测试 pr-report 和 stats --post',
  ),
  repository: m(
    () => 'the one repository it serves',
    () => '模拟器提供的唯一仓库',
  ),
}

const init = {
  description: m(
    () =>
      'scaffold a site that runs as it is: package.json, config, GitHub workflows using the ' +
      'wxpress Action, .gitignore and one example article (never sent); never overwrites a file',
    () =>
      '生成一个拿来就能用的站点：package.json、配置、使用 wxpress Action 的 GitHub 工作流、' +
      '.gitignore 和一篇示例文章（永远不会发出）；不会覆盖任何已有文件',
  ),
  dir: m(
    () => 'folder to create the site in',
    () => '创建站点的文件夹',
  ),
  from: m(
    () =>
      'where the site installs wxpress from: a .tgz made by `npm pack` ' +
      '(copied into vendor/) or a git URL (default: the wxpress repository at its release tag)',
    () =>
      '站点从哪里安装 wxpress：`npm pack` 生成的 .tgz（会复制到 vendor/），' +
      '或一个 git URL（默认：wxpress 仓库的发布标签）',
  ),
  forceExample: m(
    () => 'write the example article even if this site had one or already has articles',
    () => '即使站点以前有过示例文章或已经有文章，也写入示例文章',
  ),
}

const demo = {
  description: m(
    () => 'run the main job end to end on ./content with a fixed clock and the built-in WeChat emulator',
    () => '用固定的时钟和内置的微信模拟器，在 ./content 上从头到尾跑一遍主流程',
  ),
  now: m(
    () => 'clock for check and plan',
    () => 'check 和 plan 使用的时钟',
  ),
}

export const toolHelp = { prCheck, prReport, preview, emulator, githubEmulator, init, demo }
