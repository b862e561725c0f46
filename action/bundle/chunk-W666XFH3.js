import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  defineMessages,
  m
} from "./chunk-RGBDA2DB.js";

// src/i18n/messages/cli-help-after.ts
var afterHelp = {
  due: m(
    () => `
Reads front-matter and .wxpress/state only (no render, no lint), so a scheduled job can skip the rest:
  if [ "$(npx --no-install wxpress due)" = true ]; then npx --no-install wxpress publish; fi
Why it is true goes to stderr. Exit 0; 2 on config errors.`,
    () => `
\u53EA\u8BFB\u53D6 front-matter \u548C .wxpress/state\uFF08\u4E0D\u6E32\u67D3\uFF0C\u4E5F\u4E0D\u68C0\u67E5\u6587\u5B57\uFF09\uFF0C\u5B9A\u65F6\u4EFB\u52A1\u53EF\u4EE5\u636E\u6B64\u8DF3\u8FC7\u5176\u4F59\u6B65\u9AA4\uFF1A
  if [ "$(npx --no-install wxpress due)" = true ]; then npx --no-install wxpress publish; fi
\u4E3A\u4EC0\u4E48\u662F true \u4F1A\u5199\u5230 stderr\u3002\u9000\u51FA\u7801\u4E3A 0\uFF1B\u914D\u7F6E\u6709\u9519\u65F6\u4E3A 2\u3002`
  ),
  publish: m(
    () => `
Due pushes (slot \u2264 now, at most schedule.maxLatenessMinutes late) are sent; later pushes are prepared
(images uploaded, draft created or updated); missed pushes are reported and never sent late.
Environment: WECHAT_API_BASE (default https://api.weixin.qq.com), WECHAT_APP_ID, WECHAT_APP_SECRET
(or the account's appIdEnv/appSecretEnv). The ledger is .wxpress/state/<slug>.json: keep it with \`wxpress state push\` (the Action does).
--alert needs GITHUB_TOKEN and GITHUB_REPOSITORY (GITHUB_API_URL, WXPRESS_BOT_LOGIN optional); a GitHub
failure is one line on stderr and never changes the exit code.`,
    () => `
\u5230\u671F\u7684\u63A8\u9001\uFF08\u63A8\u9001\u65F6\u95F4 \u2264 \u73B0\u5728\uFF0C\u4E14\u8FDF\u5230\u4E0D\u8D85\u8FC7 schedule.maxLatenessMinutes \u5206\u949F\uFF09\u4F1A\u53D1\u9001\uFF1B\u4EE5\u540E\u7684\u63A8\u9001\u4F1A\u63D0\u524D\u51C6\u5907\u597D\uFF08\u4E0A\u4F20\u56FE\u7247\uFF0C\u65B0\u5EFA\u6216\u66F4\u65B0\u8349\u7A3F\uFF09\uFF1B\u9519\u8FC7\u7684\u63A8\u9001\u53EA\u62A5\u544A\uFF0C\u7EDD\u4E0D\u8865\u53D1\u3002
\u73AF\u5883\u53D8\u91CF\uFF1AWECHAT_API_BASE\uFF08\u9ED8\u8BA4 https://api.weixin.qq.com\uFF09\u3001WECHAT_APP_ID\u3001WECHAT_APP_SECRET\uFF08\u6216\u8D26\u53F7\u914D\u7F6E\u7684 appIdEnv/appSecretEnv\uFF09\u3002\u53D1\u5E03\u53F0\u8D26\u662F .wxpress/state/<slug>.json\uFF1A\u7528 \`wxpress state push\` \u4FDD\u5B58\u5B83\uFF08Action \u4F1A\u81EA\u52A8\u4FDD\u5B58\uFF09\u3002
--alert \u9700\u8981 GITHUB_TOKEN \u548C GITHUB_REPOSITORY\uFF08GITHUB_API_URL\u3001WXPRESS_BOT_LOGIN \u53EF\u9009\uFF09\uFF1BGitHub \u51FA\u9519\u53EA\u5728 stderr \u4E0A\u5199\u4E00\u884C\uFF0C\u4E0D\u4F1A\u6539\u53D8\u9000\u51FA\u7801\u3002`
  ),
  stats: m(
    () => `
Environment: WECHAT_API_BASE, WECHAT_APP_ID, WECHAT_APP_SECRET; with --post also GITHUB_TOKEN,
GITHUB_REPOSITORY (owner/name) and GITHUB_API_URL (default https://api.github.com).`,
    () => `
\u73AF\u5883\u53D8\u91CF\uFF1AWECHAT_API_BASE\u3001WECHAT_APP_ID\u3001WECHAT_APP_SECRET\uFF1B\u52A0 --post \u65F6\u8FD8\u9700\u8981 GITHUB_TOKEN\u3001GITHUB_REPOSITORY\uFF08owner/name\uFF09\u548C GITHUB_API_URL\uFF08\u9ED8\u8BA4 https://api.github.com\uFF09\u3002`
  ),
  state: m(
    () => `
The Action runs \`wxpress state pull\` before due/publish/stats (they read .wxpress/state as present in
the working tree) and \`wxpress state push\` after publish and stats. A missing branch is fine on first use. Pull never
overwrites a local file that is newer than or conflicts with the branch's copy; push merges file by file
(newer wins, undecidable \u2192 error) and retries a rejected push after fetching again.`,
    () => `
Action \u5728 due\u3001publish\u3001stats \u4E4B\u524D\u8FD0\u884C \`wxpress state pull\`\uFF08\u5B83\u4EEC\u8BFB\u53D6\u5DE5\u4F5C\u533A\u91CC\u73B0\u6709\u7684 .wxpress/state\uFF09\uFF0C\u5728 publish \u548C stats \u4E4B\u540E\u8FD0\u884C \`wxpress state push\`\u3002\u7B2C\u4E00\u6B21\u4F7F\u7528\u65F6\u5206\u652F\u8FD8\u4E0D\u5B58\u5728\u4E5F\u6CA1\u5173\u7CFB\u3002pull \u4E0D\u4F1A\u8986\u76D6\u6BD4\u5206\u652F\u4E0A\u7684\u526F\u672C\u66F4\u65B0\u6216\u4E0E\u4E4B\u51B2\u7A81\u7684\u672C\u5730\u6587\u4EF6\uFF1Bpush \u9010\u4E2A\u6587\u4EF6\u5408\u5E76\uFF08\u8F83\u65B0\u7684\u4E3A\u51C6\uFF0C\u65E0\u6CD5\u5224\u65AD\u65F6\u62A5\u9519\uFF09\uFF0C\u88AB\u62D2\u7EDD\u65F6\u91CD\u65B0 fetch \u540E\u518D\u8BD5\u3002`
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
\u4ECE\u4E0D\u8FD0\u884C\u7AD9\u70B9\u7684\u4EE3\u7801\uFF1A\u53EA\u8BFB\u53D6 <dir>\u3002\u73AF\u5883\u53D8\u91CF\uFF1AGITHUB_TOKEN\u3001GITHUB_REPOSITORY\uFF08owner/name\uFF09\u3001GITHUB_API_URL\uFF08\u9ED8\u8BA4 https://api.github.com\uFF09\u3001GITHUB_SERVER_URL\uFF08\u9ED8\u8BA4 https://github.com\uFF09\u3001GITHUB_EVENT_PATH\uFF08\u4E00\u4E2A workflow_run \u4E8B\u4EF6\uFF1A\u5176\u4E2D\u7684 head sha \u5FC5\u987B\u4E0E artifact \u548C PR \u4E00\u81F4\uFF09\u3001GITHUB_RUN_ID\uFF08\u56FE\u7247\u65E0\u6CD5\u53D1\u5E03\u65F6\u94FE\u63A5\u5230 artifact\uFF09\u3001WXPRESS_BOT_LOGIN\uFF08\u9ED8\u8BA4 github-actions[bot]\uFF1A\u4F7F\u7528\u5176\u4ED6\u4EE4\u724C\u65F6\u56FA\u5B9A\u8BC4\u8BBA\u7684\u4F5C\u8005\uFF09\u3002
\u6743\u9650\uFF1Apull-requests: write\u3001checks: write\u3001contents: write\uFF08\u9884\u89C8\u56FE\uFF09\u3002`
  ),
  githubEmulator: m(
    () => '\nThe Actions token is $GITHUB_TOKEN (default "emulator-token"), writing as github-actions[bot].\nAdmin (no token): POST /__emulator/pulls, POST /__emulator/commits/<sha>/pulls,\nPOST /__emulator/tokens, GET /__emulator/state \u2014 see docs/github-emulator.md.',
    () => '\nActions \u4EE4\u724C\u662F $GITHUB_TOKEN\uFF08\u9ED8\u8BA4 "emulator-token"\uFF09\uFF0C\u4EE5 github-actions[bot] \u7684\u8EAB\u4EFD\u5199\u5165\u3002\n\u7BA1\u7406\u63A5\u53E3\uFF08\u4E0D\u9700\u8981\u4EE4\u724C\uFF09\uFF1APOST /__emulator/pulls\u3001POST /__emulator/commits/<sha>/pulls\u3001POST /__emulator/tokens\u3001GET /__emulator/state\uFF0C\u8BE6\u89C1 docs/github-emulator.md\u3002'
  )
};

// src/i18n/messages/cli-help-commands.ts
var check = {
  description: m(
    () => "check front-matter, lint, render and schedule; report every finding in every file",
    () => "\u68C0\u67E5 front-matter\u3001\u6587\u5B57\u89C4\u8303\u3001\u6E32\u67D3\u548C\u6392\u671F\uFF0C\u62A5\u544A\u6BCF\u4E2A\u6587\u4EF6\u91CC\u7684\u6BCF\u4E00\u5904\u95EE\u9898"
  ),
  changed: m(
    () => "only articles changed since <git-ref> (e.g. origin/main)",
    () => "\u53EA\u68C0\u67E5\u81EA <git-ref> \u4EE5\u6765\u6539\u52A8\u8FC7\u7684\u6587\u7AE0\uFF08\u5982 origin/main\uFF09"
  ),
  quiet: m(
    () => "hide infos in the pretty report",
    () => "\u5728 pretty \u62A5\u544A\u4E2D\u4E0D\u663E\u793A\u63D0\u793A\uFF08info\uFF09"
  ),
  fix: m(
    () => "apply safe typography fixes to the Markdown sources",
    () => "\u628A\u5B89\u5168\u7684\u6392\u7248\u4FEE\u6B63\u76F4\u63A5\u5199\u5165 Markdown \u6E90\u6587\u4EF6"
  ),
  fixDryRun: m(
    () => "show the fixes as a diff without writing",
    () => "\u4EE5 diff \u5F62\u5F0F\u663E\u793A\u4FEE\u6B63\uFF0C\u4E0D\u5199\u5165\u6587\u4EF6"
  ),
  noCache: m(
    () => "ignore .wxpress/cache (neither read nor written)",
    () => "\u4E0D\u4F7F\u7528 .wxpress/cache\uFF08\u65E2\u4E0D\u8BFB\u4E5F\u4E0D\u5199\uFF09"
  )
};
var render = {
  description: m(
    () => "render articles to WeChat-safe HTML: <out>/<slug>.html, <out>/assets/, <out>/manifest.json",
    () => "\u628A\u6587\u7AE0\u6E32\u67D3\u6210\u5FAE\u4FE1\u53EF\u7528\u7684 HTML\uFF1A<out>/<slug>.html\u3001<out>/assets/\u3001<out>/manifest.json"
  ),
  out: m(
    () => "output folder",
    () => "\u8F93\u51FA\u6587\u4EF6\u5939"
  ),
  theme: m(
    () => "theme id (default: config `theme`, or front-matter `theme`)",
    () => "\u4E3B\u9898 id\uFF08\u9ED8\u8BA4\uFF1A\u914D\u7F6E\u4E2D\u7684 `theme`\uFF0C\u6216 front-matter \u4E2D\u7684 `theme`\uFF09"
  ),
  noCache: m(
    () => "ignore .wxpress/cache",
    () => "\u4E0D\u4F7F\u7528 .wxpress/cache"
  )
};
var plan = {
  description: m(
    () => "show the push plan: pushes by local date, audiences, blocked articles, schedule findings",
    () => "\u663E\u793A\u63A8\u9001\u8BA1\u5212\uFF1A\u6309\u5F53\u5730\u65E5\u671F\u5217\u51FA\u7684\u63A8\u9001\u3001\u53D1\u9001\u5BF9\u8C61\u3001\u88AB\u963B\u6B62\u7684\u6587\u7AE0\u548C\u6392\u671F\u95EE\u9898"
  )
};
var publish = {
  description: m(
    () => "upload images, create or update drafts, and send the pushes that are due (never twice)",
    () => "\u4E0A\u4F20\u56FE\u7247\uFF0C\u65B0\u5EFA\u6216\u66F4\u65B0\u8349\u7A3F\uFF0C\u53D1\u9001\u5230\u671F\u7684\u63A8\u9001\uFF08\u7EDD\u4E0D\u91CD\u590D\u53D1\u9001\uFF09"
  ),
  dryRun: m(
    () => "print the WeChat calls it would make, make none (no credentials needed)",
    () => "\u5217\u51FA\u5C06\u8981\u8C03\u7528\u7684\u5FAE\u4FE1\u63A5\u53E3\uFF0C\u4F46\u4E00\u4E2A\u4E5F\u4E0D\u8C03\u7528\uFF08\u4E0D\u9700\u8981\u51ED\u636E\uFF09"
  ),
  mode: m(
    () => "override the mode of every push",
    () => "\u6539\u53D8\u6240\u6709\u63A8\u9001\u7684\u53D1\u5E03\u65B9\u5F0F\uFF08\u8349\u7A3F\u3001\u53D1\u8868\u6216\u7FA4\u53D1\uFF09"
  ),
  only: m(
    () => "only the push containing this article",
    () => "\u53EA\u5904\u7406\u5305\u542B\u8FD9\u7BC7\u6587\u7AE0\u7684\u90A3\u6B21\u63A8\u9001"
  ),
  preflight: m(
    () => "send nothing: check credentials, the mode\u2019s permission and follower tags of the pushes to come",
    () => "\u9884\u68C0\uFF0C\u4EC0\u4E48\u4E5F\u4E0D\u53D1\u9001\uFF1A\u68C0\u67E5\u51ED\u636E\u3001\u53D1\u5E03\u65B9\u5F0F\u6240\u9700\u7684\u6743\u9650\u548C\u5373\u5C06\u63A8\u9001\u6240\u7528\u7684\u7C89\u4E1D\u6807\u7B7E"
  ),
  alert: m(
    () => 'then report on GitHub: an issue per missed/blocked/failed push, "sent" and preflight comments on PRs',
    () => "\u7136\u540E\u5728 GitHub \u4E0A\u62A5\u544A\uFF1A\u6BCF\u6B21\u9519\u8FC7\u3001\u88AB\u963B\u6B62\u6216\u5931\u8D25\u7684\u63A8\u9001\u5404\u5F00\u4E00\u4E2A issue\uFF0C\u5E76\u5728 PR \u4E0A\u8BC4\u8BBA\u201C\u5DF2\u53D1\u9001\u201D\u548C\u9884\u68C0\u7ED3\u679C"
  ),
  poll: m(
    () => "how long to wait for a freepublish task before leaving it to the next run (default 120)",
    () => "\u7B49\u5F85\u53D1\u8868\u4EFB\u52A1\uFF08freepublish\uFF09\u7684\u79D2\u6570\uFF0C\u8D85\u65F6\u5C31\u7559\u7ED9\u4E0B\u6B21\u8FD0\u884C\uFF08\u9ED8\u8BA4 120\uFF09"
  ),
  lockWait: m(
    () => "how long to wait for another publish of the same account (default 30)",
    () => "\u540C\u4E00\u8D26\u53F7\u7684\u53E6\u4E00\u6B21\u53D1\u5E03\u6B63\u5728\u8FDB\u884C\u65F6\uFF0C\u6700\u591A\u7B49\u5F85\u7684\u79D2\u6570\uFF08\u9ED8\u8BA4 30\uFF09"
  ),
  lockMaxAge: m(
    () => "a publish lock older than this is stale and taken over (default 120)",
    () => "\u53D1\u5E03\u9501\u8D85\u8FC7\u8FD9\u4E48\u591A\u5206\u949F\u5373\u89C6\u4E3A\u5931\u6548\uFF0C\u7531\u672C\u6B21\u53D1\u5E03\u63A5\u7BA1\uFF08\u9ED8\u8BA4 120\uFF09"
  )
};
var stats = {
  description: m(
    () => "read WeChat statistics of sent articles into .wxpress/stats/; --post comments them on each article\u2019s PR",
    () => "\u628A\u5DF2\u53D1\u6587\u7AE0\u7684\u5FAE\u4FE1\u7EDF\u8BA1\u6570\u636E\u8BFB\u5165 .wxpress/stats/\uFF1B\u52A0 --post \u65F6\u8BC4\u8BBA\u5230\u6BCF\u7BC7\u6587\u7AE0\u7684 PR \u4E0A"
  ),
  post: m(
    () => "post (or update) one comment per article on the pull request that added it",
    () => "\u5728\u6DFB\u52A0\u6587\u7AE0\u7684 PR \u4E0A\u4E3A\u6BCF\u7BC7\u6587\u7AE0\u53D1\u8868\uFF08\u6216\u66F4\u65B0\uFF09\u4E00\u6761\u8BC4\u8BBA"
  )
};
var state = {
  description: m(
    () => "carry the publish ledger and statistics on a branch of their own (works with a protected main)",
    () => "\u628A\u53D1\u5E03\u53F0\u8D26\u548C\u7EDF\u8BA1\u6570\u636E\u653E\u5728\u5355\u72EC\u7684\u5206\u652F\u4E0A\uFF08main \u53D7\u4FDD\u62A4\u4E5F\u80FD\u7528\uFF09"
  ),
  pull: m(
    () => "write the state branch\u2019s .wxpress/state and .wxpress/stats files into the working tree",
    () => "\u628A\u72B6\u6001\u5206\u652F\u4E0A\u7684 .wxpress/state \u548C .wxpress/stats \u6587\u4EF6\u5199\u5165\u5DE5\u4F5C\u533A"
  ),
  push: m(
    () => "commit .wxpress/state and .wxpress/stats onto the state branch (not the checked-out one), push it",
    () => "\u628A .wxpress/state \u548C .wxpress/stats \u63D0\u4EA4\u5230\u72B6\u6001\u5206\u652F\uFF08\u4E0D\u662F\u5F53\u524D\u68C0\u51FA\u7684\u5206\u652F\uFF09\uFF0C\u7136\u540E push \u5230\u8FDC\u7A0B\u4ED3\u5E93"
  ),
  branch: m(
    () => "the state branch",
    () => "\u72B6\u6001\u5206\u652F"
  ),
  remote: m(
    () => "the remote holding it (name or URL)",
    () => "\u72B6\u6001\u5206\u652F\u6240\u5728\u7684\u8FDC\u7A0B\u4ED3\u5E93\uFF08\u540D\u79F0\u6216 URL\uFF09"
  ),
  message: m(
    () => "commit message",
    () => "\u63D0\u4EA4\u8BF4\u660E"
  ),
  attempts: m(
    () => "push attempts when the push is rejected (with backoff)",
    () => "git push \u88AB\u62D2\u7EDD\u65F6\u7684\u5C1D\u8BD5\u6B21\u6570\uFF08\u6BCF\u6B21\u7B49\u5F85\u66F4\u4E45\uFF09"
  )
};
var due = {
  description: m(
    () => "print true when publish has work now (a push due or interrupted, a draft to prepare), else false",
    () => "\u73B0\u5728\u6709\u53D1\u5E03\u4EFB\u52A1\uFF08\u63A8\u9001\u5230\u671F\u6216\u66FE\u4E2D\u65AD\u3001\u6709\u8349\u7A3F\u8981\u51C6\u5907\uFF09\u65F6\u8F93\u51FA true\uFF0C\u5426\u5219\u8F93\u51FA false"
  )
};
var commandHelp = { check, render, plan, publish, stats, state, due };

// src/i18n/messages/cli-help-tools.ts
var prCheck = {
  description: m(
    () => "the untrusted half of the PR check: check the changed articles, annotate, screenshot, write the artifact",
    () => "PR \u68C0\u67E5\u4E2D\u4E0D\u53D7\u4FE1\u4EFB\u7684\u4E00\u534A\uFF1A\u68C0\u67E5\u6539\u52A8\u7684\u6587\u7AE0\uFF0C\u6807\u6CE8\u95EE\u9898\u3001\u622A\u56FE\uFF0C\u5199\u51FA artifact"
  ),
  base: m(
    () => "compare with this git ref instead of the pull_request event in GITHUB_EVENT_PATH",
    () => "\u4E0E\u8FD9\u4E2A git ref \u6BD4\u8F83\uFF0C\u800C\u4E0D\u662F\u7528 GITHUB_EVENT_PATH \u4E2D\u7684 pull_request \u4E8B\u4EF6"
  ),
  artifact: m(
    () => "artifact folder (report.json, html/, screenshots/, covers/)",
    () => "artifact \u6587\u4EF6\u5939\uFF08report.json\u3001html/\u3001screenshots/\u3001covers/\uFF09"
  ),
  noScreenshots: m(
    () => "do not start a browser",
    () => "\u4E0D\u542F\u52A8\u6D4F\u89C8\u5668\uFF08\u4E0D\u622A\u56FE\uFF09"
  ),
  chromium: m(
    () => "Chromium executable, or a running browser's endpoint (ws://\u2026, http://host:port) (default: CHROMIUM_PATH, then the usual places)",
    () => "Chromium \u53EF\u6267\u884C\u6587\u4EF6\uFF0C\u6216\u6B63\u5728\u8FD0\u884C\u7684\u6D4F\u89C8\u5668\u7684\u5730\u5740\uFF08ws://\u2026\u3001http://host:port\uFF09\uFF08\u9ED8\u8BA4\uFF1ACHROMIUM_PATH\uFF0C\u5176\u6B21\u662F\u5E38\u89C1\u7684\u5B89\u88C5\u4F4D\u7F6E\uFF09"
  )
};
var prReport = {
  description: m(
    () => "trusted half of the PR check: from the artifact of `pr-check`, write the check run, the wxpress comment, the preview images and the suggested changes",
    () => "PR \u68C0\u67E5\u4E2D\u53D7\u4FE1\u4EFB\u7684\u4E00\u534A\uFF1A\u6839\u636E `pr-check` \u7684 artifact \u5199\u51FA check run\u3001wxpress \u8BC4\u8BBA\u3001\u9884\u89C8\u56FE\u548C\u4FEE\u6539\u5EFA\u8BAE"
  ),
  /** pr-report reads no config: its log follows the artifact's locale (the site's), else English. */
  locale: m(
    () => "language of its log lines (default: the artifact's locale, that is the site's, else en)",
    () => "\u65E5\u5FD7\u6240\u7528\u7684\u8BED\u8A00\uFF0C\u9ED8\u8BA4\u8DDF\u968F artifact \u7684 locale\uFF08\u5373\u7AD9\u70B9\u914D\u7F6E\u7684 locale\uFF09\uFF0C\u6CA1\u6709\u5219\u4E3A en"
  ),
  artifact: m(
    () => "artifact folder written by `wxpress pr-check`",
    () => "`wxpress pr-check` \u5199\u51FA\u7684 artifact \u6587\u4EF6\u5939"
  )
};
var preview = {
  description: m(
    () => "serve the articles as WeChat shows them, in a phone-width frame, reloading on change",
    () => "\u5728\u624B\u673A\u5BBD\u5EA6\u7684\u6846\u91CC\u6309\u5FAE\u4FE1\u7684\u6837\u5B50\u9884\u89C8\u6587\u7AE0\uFF0C\u6587\u4EF6\u6539\u52A8\u540E\u81EA\u52A8\u5237\u65B0"
  ),
  port: m(
    () => "port; a busy one moves to the next free port (0 = any free port)",
    () => "\u7AEF\u53E3\uFF1B\u88AB\u5360\u7528\u65F6\u6539\u7528\u4E0B\u4E00\u4E2A\u7A7A\u95F2\u7AEF\u53E3\uFF080 = \u4EFB\u610F\u7A7A\u95F2\u7AEF\u53E3\uFF09"
  ),
  host: m(
    () => "address to listen on (0.0.0.0: open it on a phone in the same network)",
    () => "\u76D1\u542C\u5730\u5740\uFF080.0.0.0\uFF1A\u53EF\u5728\u540C\u4E00\u7F51\u7EDC\u7684\u624B\u673A\u4E0A\u6253\u5F00\uFF09"
  )
};
var emulator = {
  description: m(
    () => "start the WeChat API emulator, a real HTTP server on 127.0.0.1 (docs/emulator.md)",
    () => "\u542F\u52A8\u5FAE\u4FE1\u63A5\u53E3\u6A21\u62DF\u5668\uFF0C\u4E00\u4E2A\u8FD0\u884C\u5728 127.0.0.1 \u4E0A\u7684\u771F\u5B9E HTTP \u670D\u52A1\uFF08\u89C1 docs/emulator.md\uFF09"
  ),
  clock: m(
    () => "start the emulator clock at this instant",
    () => "\u6A21\u62DF\u5668\u7684\u65F6\u949F\u4ECE\u8FD9\u4E00\u65F6\u523B\u5F00\u59CB"
  ),
  kind: m(
    () => "account kind",
    () => "\u8D26\u53F7\u7C7B\u578B\uFF08\u8BA2\u9605\u53F7\u6216\u670D\u52A1\u53F7\uFF09"
  ),
  tags: m(
    () => "comma-separated follower tags to create (ids from 100)",
    () => "\u8981\u521B\u5EFA\u7684\u7C89\u4E1D\u6807\u7B7E\uFF0C\u7528\u9017\u53F7\u5206\u9694\uFF08id \u4ECE 100 \u5F00\u59CB\uFF09"
  ),
  unverified: m(
    () => "an unverified (\u672A\u8BA4\u8BC1) account: freepublish, mass send, tags and datacube answer 48001",
    () => "\u672A\u8BA4\u8BC1\u7684\u8D26\u53F7\uFF1A\u53D1\u8868\uFF08freepublish\uFF09\u3001\u7FA4\u53D1\u3001\u6807\u7B7E\u548C\u6570\u636E\u7EDF\u8BA1\uFF08datacube\uFF09\u63A5\u53E3\u90FD\u8FD4\u56DE 48001"
  ),
  contentTextMax: m(
    () => "refuse content with this many characters of text (WeChat: 20000)",
    () => "\u6B63\u6587\u6587\u5B57\u8FBE\u5230\u8FD9\u4E48\u591A\u5B57\u65F6\u62D2\u6536\uFF08\u5FAE\u4FE1\uFF1A20000\uFF09"
  ),
  contentBytesMax: m(
    () => "refuse content with this many bytes of HTML (WeChat: 1048576)",
    () => "\u6B63\u6587 HTML \u8FBE\u5230\u8FD9\u4E48\u591A\u5B57\u8282\u65F6\u62D2\u6536\uFF08\u5FAE\u4FE1\uFF1A1048576\uFF09"
  ),
  publishDelay: m(
    () => 'how long a freepublish task stays "publishing" (emulator clock; default 1500)',
    () => "\u53D1\u8868\u4EFB\u52A1\uFF08freepublish\uFF09\u505C\u7559\u5728\u201C\u53D1\u8868\u4E2D\u201D\u7684\u6BEB\u79D2\u6570\uFF08\u6309\u6A21\u62DF\u5668\u65F6\u949F\uFF1B\u9ED8\u8BA4 1500\uFF09"
  )
};
var githubEmulator = {
  description: m(
    () => "start the GitHub REST emulator (real HTTP) that pr-report and stats --post are tested against",
    () => "\u542F\u52A8 GitHub REST \u63A5\u53E3\u6A21\u62DF\u5668\uFF08\u771F\u5B9E HTTP\uFF09\uFF0C\u7528\u6765\u6D4B\u8BD5 pr-report \u548C stats --post"
  ),
  repository: m(
    () => "the one repository it serves",
    () => "\u6A21\u62DF\u5668\u63D0\u4F9B\u7684\u552F\u4E00\u4ED3\u5E93"
  )
};
var init = {
  description: m(
    () => "scaffold a site that runs as it is: package.json, config, GitHub workflows using the wxpress Action, .gitignore and one example article (never sent); never overwrites a file",
    () => "\u751F\u6210\u4E00\u4E2A\u62FF\u6765\u5C31\u80FD\u7528\u7684\u7AD9\u70B9\uFF1Apackage.json\u3001\u914D\u7F6E\u3001\u4F7F\u7528 wxpress Action \u7684 GitHub \u5DE5\u4F5C\u6D41\u3001.gitignore \u548C\u4E00\u7BC7\u793A\u4F8B\u6587\u7AE0\uFF08\u6C38\u8FDC\u4E0D\u4F1A\u53D1\u51FA\uFF09\uFF1B\u4E0D\u4F1A\u8986\u76D6\u4EFB\u4F55\u5DF2\u6709\u6587\u4EF6"
  ),
  dir: m(
    () => "folder to create the site in",
    () => "\u521B\u5EFA\u7AD9\u70B9\u7684\u6587\u4EF6\u5939"
  ),
  from: m(
    () => "where the site installs wxpress from: a .tgz made by `npm pack` (copied into vendor/) or a git URL (default: the wxpress repository at its release tag)",
    () => "\u7AD9\u70B9\u4ECE\u54EA\u91CC\u5B89\u88C5 wxpress\uFF1A`npm pack` \u751F\u6210\u7684 .tgz\uFF08\u4F1A\u590D\u5236\u5230 vendor/\uFF09\uFF0C\u6216\u4E00\u4E2A git URL\uFF08\u9ED8\u8BA4\uFF1Awxpress \u4ED3\u5E93\u7684\u53D1\u5E03\u6807\u7B7E\uFF09"
  ),
  forceExample: m(
    () => "write the example article even if this site had one or already has articles",
    () => "\u5373\u4F7F\u7AD9\u70B9\u4EE5\u524D\u6709\u8FC7\u793A\u4F8B\u6587\u7AE0\u6216\u5DF2\u7ECF\u6709\u6587\u7AE0\uFF0C\u4E5F\u5199\u5165\u793A\u4F8B\u6587\u7AE0"
  )
};
var demo = {
  description: m(
    () => "run the main job end to end on ./content with a fixed clock and the built-in WeChat emulator",
    () => "\u7528\u56FA\u5B9A\u7684\u65F6\u949F\u548C\u5185\u7F6E\u7684\u5FAE\u4FE1\u6A21\u62DF\u5668\uFF0C\u5728 ./content \u4E0A\u4ECE\u5934\u5230\u5C3E\u8DD1\u4E00\u904D\u4E3B\u6D41\u7A0B"
  ),
  now: m(
    () => "clock for check and plan",
    () => "check \u548C plan \u4F7F\u7528\u7684\u65F6\u949F"
  )
};
var toolHelp = { prCheck, prReport, preview, emulator, githubEmulator, init, demo };

// src/i18n/messages/cli-help.ts
var programHelp = {
  description: m(
    () => "Content-as-code publishing for WeChat Official Accounts (\u516C\u4F17\u53F7): check, render, plan, publish, stats.",
    () => "\u5185\u5BB9\u5373\u4EE3\u7801\u7684\u516C\u4F17\u53F7\u53D1\u5E03\u5DE5\u5177\uFF1A\u68C0\u67E5\u3001\u6E32\u67D3\u3001\u6392\u671F\u3001\u53D1\u5E03\u3001\u7EDF\u8BA1\u3002"
  ),
  version: m(
    () => "print the wxpress version",
    () => "\u663E\u793A wxpress \u7684\u7248\u672C\u53F7"
  ),
  help: m(
    () => "show help",
    () => "\u663E\u793A\u5E2E\u52A9"
  ),
  /** Commander's own `-h, --help` of every command and its `help [command]`. */
  commandHelp: m(
    () => "display help for command",
    () => "\u663E\u793A\u547D\u4EE4\u7684\u5E2E\u52A9"
  )
};
var helpFrame = {
  usage: m(
    () => "Usage:",
    () => "\u7528\u6CD5\uFF1A"
  ),
  options: m(
    () => "Options:",
    () => "\u9009\u9879\uFF1A"
  ),
  commands: m(
    () => "Commands:",
    () => "\u547D\u4EE4\uFF1A"
  ),
  arguments: m(
    () => "Arguments:",
    () => "\u53C2\u6570\uFF1A"
  ),
  globalOptions: m(
    () => "Global Options:",
    () => "\u5168\u5C40\u9009\u9879\uFF1A"
  ),
  choices: m(
    (p) => `choices: ${p.list}`,
    (p) => `\u53EF\u9009\uFF1A${p.list.split(", ").join("\u3001")}`
  ),
  default: m(
    (p) => `default: ${p.value}`,
    (p) => `\u9ED8\u8BA4\uFF1A${p.value}`
  )
};
var sharedHelp = {
  slugs: m(
    () => "only these articles (default: all)",
    () => "\u53EA\u5904\u7406\u8FD9\u4E9B\u6587\u7AE0\uFF08\u9ED8\u8BA4\uFF1A\u5168\u90E8\uFF09"
  ),
  content: m(
    () => "content folder holding <slug>/index.md (default: content/)",
    () => "\u5185\u5BB9\u6587\u4EF6\u5939\uFF0C\u6BCF\u7BC7\u6587\u7AE0\u662F\u5176\u4E2D\u7684 <slug>/index.md\uFF08\u9ED8\u8BA4\uFF1Acontent/\uFF09"
  ),
  config: m(
    () => "config file (default: wxpress.config.ts|mjs|json in the site root)",
    () => "\u914D\u7F6E\u6587\u4EF6\uFF08\u9ED8\u8BA4\uFF1A\u7AD9\u70B9\u6839\u76EE\u5F55\u4E0B\u7684 wxpress.config.ts|mjs|json\uFF09"
  ),
  now: m(
    () => "pretend the current time is <iso> (ISO-8601 with offset)",
    () => "\u628A\u5F53\u524D\u65F6\u95F4\u5F53\u4F5C <iso>\uFF08\u5E26\u65F6\u533A\u504F\u79FB\u7684 ISO-8601\uFF09"
  ),
  jobs: m(
    () => "threads for articles not in the cache, counting the main one (1 = no worker threads; default: one per core from 400 uncached articles)",
    () => "\u5904\u7406\u7F13\u5B58\u4E2D\u6CA1\u6709\u7684\u6587\u7AE0\u6240\u7528\u7684\u7EBF\u7A0B\u6570\uFF0C\u542B\u4E3B\u7EBF\u7A0B\uFF081 = \u4E0D\u7528\u5DE5\u4F5C\u7EBF\u7A0B\uFF1B\u9ED8\u8BA4\uFF1A\u672A\u7F13\u5B58\u7684\u6587\u7AE0\u8FBE\u5230 400 \u7BC7\u65F6\u6BCF\u4E2A CPU \u6838\u5FC3\u4E00\u4E2A\uFF09"
  ),
  format: m(
    () => "output format",
    () => "\u8F93\u51FA\u683C\u5F0F"
  ),
  locale: m(
    () => "language of messages and summaries (default: config `locale`, else en)",
    () => "\u6D88\u606F\u548C\u6C47\u603B\u6240\u7528\u7684\u8BED\u8A00\uFF0C\u9ED8\u8BA4\u7528\u914D\u7F6E\u4E2D\u7684 `locale`\uFF0C\u6CA1\u6709\u5219\u4E3A en"
  ),
  port: m(
    () => "port (0 = any free port)",
    () => "\u7AEF\u53E3\uFF080 = \u4EFB\u610F\u7A7A\u95F2\u7AEF\u53E3\uFF09"
  ),
  host: m(
    () => "address to listen on",
    () => "\u76D1\u542C\u5730\u5740"
  )
};
var cliHelpAreas = Object.entries({
  program: programHelp,
  frame: helpFrame,
  shared: sharedHelp,
  ...commandHelp,
  ...toolHelp,
  after: afterHelp
}).map(([group, defs]) => defineMessages(`cliHelp.${group}`, defs));

export {
  afterHelp,
  commandHelp,
  toolHelp,
  programHelp,
  helpFrame,
  sharedHelp,
  cliHelpAreas
};
