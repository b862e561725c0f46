/**
 * Finding a sent article among datacube's items: by `msgid` (`<msg_data_id>_<index>`) when the
 * ledger has the id, else — after a lost ledger — by its article URL (`mid`/`idx`, as the URL
 * parameters differ between APIs) or, when unique, by its title.
 */
import type { WechatClient } from '../publish/wechat-client.js'
import { WechatApiError } from '../publish/wechat-errors.js'
export interface DatacubeItem {
  ref_date?: string
  msgid?: string
  title?: string
  content_url?: string
  publish_type?: number
  detail_list?: Record<string, unknown>[]
}

/** A comparable key of an article URL: `mid_idx` when present, else the URL without query noise. */
export function urlKey(url: string | undefined): string | undefined {
  if (!url) return undefined
  try {
    const u = new URL(url)
    const mid = u.searchParams.get('mid')
    const idx = u.searchParams.get('idx')
    if (mid && idx) return `${mid}_${idx}`
    return `${u.host}${u.pathname.replace(/\/+$/, '')}`
  } catch {
    return undefined
  }
}

export type Found = { item: DatacubeItem; by: 'msgid' | 'url' | 'title' }

export function findArticle(
  list: readonly DatacubeItem[],
  want: { msgid?: string | undefined; url?: string | undefined; title?: string },
): Found | undefined {
  if (want.msgid) {
    const item = list.find((i) => i.msgid === want.msgid)
    return item ? { item, by: 'msgid' } : undefined
  }
  const key = urlKey(want.url)
  const byUrl = key ? list.find((i) => urlKey(i.content_url) === key) : undefined
  if (byUrl) return { item: byUrl, by: 'url' }
  const byTitle = want.title === undefined ? [] : list.filter((i) => i.title === want.title)
  return byTitle.length === 1 ? { item: byTitle[0]!, by: 'title' } : undefined
}

/** After a lost ledger: the article's URL from `freepublish/batchget` by title, matched in datacube. */
export async function findByPublishedUrl(client: WechatClient, list: readonly DatacubeItem[], title: string) {
  try {
    const published = await client.publishBatchGet(0, 20)
    const urls = published.item
      .flatMap((i) => i.content.news_item)
      .filter((n) => n.title === title)
      .map((n) => n.url)
    for (const url of urls) {
      const found = findArticle(list, { url })
      if (found) return found
    }
  } catch (error) {
    if (!(error instanceof WechatApiError)) throw error
  }
  return undefined
}
