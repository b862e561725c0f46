/**
 * Groups scheduled articles into pushes: same slot instant + same account → one push, head article
 * first (by `order`, then slug, or by slug only).
 */
import type { Config } from '../config/schema.js'
import type { Article } from '../content/article.js'
import type { Mode } from './push.js'
import { accountConfig } from '../config/account-config.js'

export interface Draft {
  key: string
  account: string
  slotMs: number
  mode: Mode
  articles: Article[]
}

export function accountOf(article: Article, config: Config): string {
  return article.frontmatter.account ?? config.defaultAccount
}

export function groupPushes(articles: readonly Article[], config: Config): Draft[] {
  const groups = new Map<string, Draft>()
  for (const article of articles) {
    if (!article.slot) continue
    const account = accountOf(article, config)
    const key = `${account}@${article.slot.epochMs}`
    let group = groups.get(key)
    if (!group) {
      const mode = (article.frontmatter.mode ?? accountConfig(config, account)?.mode ?? 'draft') as Mode
      group = { key, account, slotMs: article.slot.epochMs, mode, articles: [] }
      groups.set(key, group)
    }
    group.articles.push(article)
  }
  const byOrder = config.schedule.headOrder === 'order'
  for (const group of groups.values()) {
    group.articles.sort((a, b) => {
      const oa = byOrder ? (a.frontmatter.order ?? Number.MAX_SAFE_INTEGER) : 0
      const ob = byOrder ? (b.frontmatter.order ?? Number.MAX_SAFE_INTEGER) : 0
      return oa - ob || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0)
    })
    const withMode = group.articles.find((a) => a.frontmatter.mode)
    if (withMode?.frontmatter.mode) group.mode = withMode.frontmatter.mode
  }
  return [...groups.values()].sort((a, b) => a.slotMs - b.slotMs || (a.account < b.account ? -1 : 1))
}
