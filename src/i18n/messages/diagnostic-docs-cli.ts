import type { DiagnosticDoc } from './diagnostic-doc.js'

/** Meaning of the diagnostic ids of the command line (and reaching WeChat), in both languages. */
export const CLI_IDS: readonly DiagnosticDoc[] = [
  [
    'publish/wechat-<errcode>',
    'WeChat answered an error; the hint says what to do (40164 whitelist, 45028 quota …).',
    '微信返回了错误；提示会说明怎么处理（40164 白名单、45028 配额……）。',
  ],
  [
    'pr/findings-omitted',
    'pr-check puts at most 1,000 findings of an article (5,000 in all: errors first, then the rest shared among the articles so each keeps some) in the pull request report; this info at line 1 says how many more there are (`npx --no-install wxpress check` lists them all).',
    'pr-check 每篇文章最多把 1,000 条检查结果（总共 5,000 条：错误优先，其余按篇平分，每篇都留一些）放进 PR 报告；这条提示在第 1 行说明还有多少条（`npx --no-install wxpress check` 会列出全部）。',
  ],
  [
    'pr/not-the-pr-checkout',
    'pr-check runs on a working tree that is not the pull request: HEAD is the base branch tip, or (when the head commit is in the clone) neither the head nor a merge commit of it, or an article the pull request adds or changes is missing. It checks nothing and exits 2 instead of passing over the wrong articles; the hint says how to set up actions/checkout.',
    'pr-check 运行的工作区不是拉取请求：HEAD 是基础分支的最新提交，或者（克隆里有头提交时）既不是头提交也不是它的合并提交，或者拉取请求新增或修改的文章不在工作区里。此时不做检查，以退出码 2 结束，而不是在错误的文章上通过；建议会说明怎样设置 actions/checkout。',
  ],
  [
    'pr/screenshot-no-cjk-font',
    'pr-check took its phone screenshots on a machine where no font draws Chinese (the page draws 中, 文, 永 with the article’s fonts and compares the pixels): every Chinese character is a box. The screenshots are kept; this warning on stderr, the job summary and the PR comment say so; the hint names the package to install (`fonts-noto-cjk` or `fonts-wqy-microhei`). The Action installs `fonts-noto-cjk` when fontconfig knows no Chinese font.',
    'pr-check 截图的机器上没有能显示中文的字体（页面用文章的字体画出「中」「文」「永」并比较像素）：每个汉字都显示成方框。截图照样保留；stderr 上的这条警告、任务摘要和 PR 评论都会说明；建议会给出要安装的软件包（`fonts-noto-cjk` 或 `fonts-wqy-microhei`）。Action 在 fontconfig 找不到中文字体时会安装 `fonts-noto-cjk`。',
  ],
  [
    'cli/unknown-slug',
    'A slug on the command line names no article (printed on stderr with a did-you-mean, and in the `--format json` document; exit 2).',
    '命令行里的 slug 不对应任何文章（在 stderr 上给出「是不是想写」建议，也写入 `--format json` 的结果；退出码 2）。',
  ],
  [
    'cli/content-outside',
    'The content folder (`--content` or config `content`) is outside the site: its articles are not read (exit 2).',
    '内容文件夹（`--content` 或配置 `content`）在站点之外：不读取其中的文章（退出码 2）。',
  ],
  [
    'cli/missing-content',
    'The content folder (`--content` or config `content`) does not exist: every command that reads articles exits 2 instead of passing over zero articles.',
    '内容文件夹（`--content` 或配置 `content`）不存在：所有读取文章的命令都以退出码 2 结束，而不是在零篇文章上直接通过。',
  ],
  [
    'cli/changed-failed',
    '`check --changed <ref>` cannot list the changes: not a git repository, or the ref is not in the clone (fetch it; exit 2).',
    '`check --changed <ref>` 无法列出改动：不是 git 仓库，或克隆里没有该 ref（先 fetch；退出码 2）。',
  ],
  [
    'cli/overwrote-file',
    '`render --out` replaced a file that no earlier render wrote (not in `<out>/manifest.json`), e.g. your own `<out>/<slug>.html` when article `<slug>` appears; warned once, after which the file belongs to wxpress (removed with the article). Files a manifest never listed are never deleted.',
    '`render --out` 覆盖了一个不是之前渲染写出的文件（不在 `<out>/manifest.json` 中），例如出现文章 `<slug>` 时你自己的 `<out>/<slug>.html`；只警告一次，此后该文件归 wxpress 管理（随文章一起删除）。manifest 从未列出的文件不会被删除。',
  ],
  [
    'cli/unknown-theme',
    '`render --theme` names no theme (with did-you-mean and the list of themes; exit 2).',
    '`render --theme` 指定的主题不存在（附「是不是想写」建议和主题列表；退出码 2）。',
  ],
  [
    'cli/unknown-option',
    'An option the command does not have (with did-you-mean; exit 2). Like every `cli/*` error, also in the `--format json` document.',
    '命令没有这个选项（附「是不是想写」建议；退出码 2）。和所有 `cli/*` 错误一样，也写入 `--format json` 的结果。',
  ],
  [
    'cli/invalid-option',
    'An option value that does not parse (`--now garbage`, `--jobs 0`); `value` is the value as written (exit 2).',
    '选项的值无法解析（`--now garbage`、`--jobs 0`）；`value` 是原样的值（退出码 2）。',
  ],
  [
    'cli/missing-option-value',
    'An option written without its value (`--now` at the end; exit 2).',
    '选项缺少值（`--now` 写在最后；退出码 2）。',
  ],
  [
    'cli/invalid-arguments',
    'Other command-line errors: too many arguments, conflicting options (exit 2).',
    '其他命令行错误：参数过多、选项互相冲突（退出码 2）。',
  ],
  [
    'cli/pr-event',
    '`pr-check` has no pull request: no `--base` and no `GITHUB_EVENT_PATH`, an unreadable event file, or not a `pull_request` event (exit 2).',
    '`pr-check` 找不到拉取请求：没有 `--base` 也没有 `GITHUB_EVENT_PATH`、事件文件无法读取，或不是 `pull_request` 事件（退出码 2）。',
  ],
  [
    'cli/artifact-link',
    'The `pr-check --artifact` folder is a symbolic link: nothing is written through it (exit 2).',
    '`pr-check --artifact` 的文件夹是符号链接：不会通过它写入任何文件（退出码 2）。',
  ],
  [
    'cli/helper-failed',
    'A helper thread failed; the main thread did its share, so every result is complete (printed on stderr).',
    '辅助线程出错；主线程完成了它的那份工作，所以结果仍然完整（输出在 stderr）。',
  ],
]
