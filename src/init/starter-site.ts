/**
 * The files `wxpress init` writes besides package.json: a config, the workflows, `.gitignore`, and one
 * example article. The example has no slot and `mode: draft`, so it is never sent to anyone: it checks
 * clean, `plan` lists it as unscheduled, and even with a slot it would only become a draft.
 */
import { workflowFiles } from './workflow-templates.js'

// A 470×200 (2.35:1) PNG cover, solid green with a lighter band: small enough to embed.
export const STARTER_COVER_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAdYAAADICAMAAABibzA3AAAABlBMVEV8xqQfiltXdPusAAAACXBIWXMAAAsTAAALEwEAmpwYAAAB' +
  'HUlEQVR42u3coREAAAgDsbL/0ggMGsklI/R9UzwUE8iKrMiKrMgqK7IiK7IiK7LKiqzIiqzIiqyyIiuyIiuyyoqsyIqsyIqssiIr' +
  'siIrsiKrrMiKrMiKrMgqK7IiK7Iiq6zIiqzIiqzIKiuyIiuyIiuyyoqsyIqsyIqssiIrsiIrssqKrMiKrMiKrLIiK7IiK+esAAAA' +
  'AAAAAAAAAAAAAAAAAAAADNdUXtSQFVmRFVllRVZkRVZkRVZZkRVZkRVZkVVWZEVWZEVWWZEVWZEVWZFVVmRFVmRFVmSVFVmRFVmR' +
  'FVllRVZkRVZklRVZkRVZkRVZZUVWZEVWZEVWWZEVWZEVWZFVVmRFVmRFVlmRFVmRFVmRVVZkRVZkRVaWBjh9JdAIDmsiAAAAAElF' +
  'TkSuQmCC'

export function starterArticle(suggestedSlot: string): string {
  return `---
title: 你好，wxpress
topic: 社区通知
audience: 全部粉丝
slogan: 用写代码的方式写公众号
author: 小编
digest: 第一篇用 wxpress 管理的文章。
cover: cover.png
# 示例文章：没有 slot，所以不会被发送；mode: draft 让它即使有了 slot 也只进入草稿箱。
# 写真正的文章时，加上计划时间（带时区），例如：
# slot: ${suggestedSlot}
mode: draft
---

## 欢迎

这是一篇示例文章。把它改成你的内容，运行 \`npm run check\` 看看有没有需要修改的地方，再用 \`npm run preview\` 在手机宽度的预览里看效果。

- 每篇文章放在 \`content/<slug>/index.md\`，图片放在同一个文件夹；
- \`slot\` 是计划推送的时间，请写上时区，例如 \`+08:00\`；
- 提交 Pull Request 后，CI 会检查文章并在 PR 里贴出手机截图；合并之后，到了计划时间自动发送，只发一次。
`
}

/** Lines every wxpress site ignores. */
/**
 * The ledger, the statistics and the publish locks live on the `wxpress-state` branch (or nowhere), never
 * on the content branch: `state push` builds its commit with plumbing that does not read `.gitignore`.
 */
export const GITIGNORE_LINES = [
  'node_modules/',
  '.wxpress/cache/',
  '.wxpress/state/',
  '.wxpress/stats/',
  '.wxpress/locks/',
  'wxpress-pr/',
  'out/',
] as const

/** The site config; `locale` only when this wxpress's config knows it (zh-CN: messages in Chinese). */
export function starterConfig(withLocale: boolean): string {
  const config = {
    $schema: './node_modules/wxpress/docs/config.schema.json',
    ...(withLocale ? { locale: 'zh-CN' } : {}),
    timezone: 'Asia/Shanghai',
    theme: 'default',
    accounts: { main: { kind: 'subscription', mode: 'draft' } },
  }
  return `${JSON.stringify(config, null, 2)}\n`
}

/** The example article's slug and folder. */
export const EXAMPLE_SLUG = 'hello-wxpress'
export const EXAMPLE_DIR = `content/${EXAMPLE_SLUG}`

export interface StarterOptions {
  /** `uses:` of the Action in the workflows. */
  action: string
  /** A slot a week ahead, shown in the example's comment. */
  suggestedSlot: string
  withLocale: boolean
}

/** Config, workflows and .gitignore (package.json and the example are decided by the caller). */
export function starterFiles(options: StarterOptions): { path: string; content: string | Uint8Array }[] {
  return [
    { path: 'wxpress.config.json', content: starterConfig(options.withLocale) },
    ...workflowFiles(options.action),
    { path: '.gitignore', content: `${GITIGNORE_LINES.join('\n')}\n` },
  ]
}

/** The example article and its cover. */
export function exampleFiles(suggestedSlot: string): { path: string; content: string | Uint8Array }[] {
  return [
    { path: `${EXAMPLE_DIR}/index.md`, content: starterArticle(suggestedSlot) },
    { path: `${EXAMPLE_DIR}/cover.png`, content: Buffer.from(STARTER_COVER_BASE64, 'base64') },
  ]
}
