/** The files `wxpress init` writes: a config, one valid example article with its cover, workflows. */
import { CHECK_WORKFLOW, PUBLISH_WORKFLOW, STATS_WORKFLOW } from './workflow-templates.js'

// A 470×200 (2.35:1) PNG cover, solid green with a lighter band: small enough to embed.
export const STARTER_COVER_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAdYAAADICAMAAABibzA3AAAABlBMVEV8xqQfiltXdPusAAAACXBIWXMAAAsTAAALEwEAmpwYAAAB' +
  'HUlEQVR42u3coREAAAgDsbL/0ggMGsklI/R9UzwUE8iKrMiKrMgqK7IiK7IiK7LKiqzIiqzIiqyyIiuyIiuyyoqsyIqsyIqssiIr' +
  'siIrsiKrrMiKrMiKrMgqK7IiK7Iiq6zIiqzIiqzIKiuyIiuyIiuyyoqsyIqsyIqssiIrsiIrssqKrMiKrMiKrLIiK7IiK+esAAAA' +
  'AAAAAAAAAAAAAAAAAAAADNdUXtSQFVmRFVllRVZkRVZkRVZZkRVZkRVZkVVWZEVWZEVWWZEVWZEVWZFVVmRFVmRFVmSVFVmRFVmR' +
  'FVllRVZkRVZklRVZkRVZkRVZZUVWZEVWZEVWWZEVWZEVWZFVVmRFVmRFVlmRFVmRFVmRVVZkRVZkRVaWBjh9JdAIDmsiAAAAAElF' +
  'TkSuQmCC'

export function starterArticle(slot: string): string {
  return `---
title: 你好，wxpress
topic: 社区通知
slot: ${slot}
audience: 全部粉丝
slogan: 用写代码的方式写公众号
author: 小编
digest: 第一篇用 wxpress 管理的文章。
cover: cover.png
---

## 欢迎

这是一篇示例文章。把它改成你的内容，运行 \`npx wxpress check\` 看看有没有需要修改的地方，再用 \`npx wxpress preview\` 或 \`npx wxpress render --out out\` 预览效果。

- 每篇文章放在 \`content/<slug>/index.md\`，图片放在同一个文件夹；
- \`slot\` 是计划推送的时间，请写上时区，例如 \`+08:00\`；
- 合并到 main 之后，CI 会在计划时间自动发送。
`
}

export function starterFiles(slot: string): { path: string; content: string | Uint8Array }[] {
  return [
    { path: 'wxpress.config.json', content: JSON.stringify({ timezone: 'Asia/Shanghai', theme: 'default', accounts: { main: { kind: 'subscription', mode: 'draft' } } }, null, 2) + '\n' },
    { path: 'content/hello-wxpress/index.md', content: starterArticle(slot) },
    { path: 'content/hello-wxpress/cover.png', content: Buffer.from(STARTER_COVER_BASE64, 'base64') },
    { path: '.github/workflows/wxpress-check.yml', content: CHECK_WORKFLOW },
    { path: '.github/workflows/wxpress-publish.yml', content: PUBLISH_WORKFLOW },
    { path: '.github/workflows/wxpress-stats.yml', content: STATS_WORKFLOW },
    { path: '.gitignore', content: 'node_modules/\n.wxpress/cache/\nout/\n' },
  ]
}
