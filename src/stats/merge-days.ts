/**
 * One datacube item merged into an article's kept statistics: each day's raw entry by `stat_date`.
 * Returns the same record when nothing changed, so `updatedAt` moves only with the numbers.
 */
import type { DatacubeItem } from './find-article.js'
import type { StatsRecord } from './stats-store.js'

/** The record with the item's days merged in; the same object when nothing changed. */
export function mergeDays(
  record: StatsRecord | undefined,
  item: DatacubeItem,
  at: {
    slug: string
    account: string
    sentDate: string
    title: string
    url: string | undefined
    by: 'msgid' | 'url' | 'title'
    nowMs: number
  },
): StatsRecord {
  const days = { ...record?.days }
  const url = item.content_url || at.url
  for (const day of item.detail_list ?? []) if (typeof day.stat_date === 'string') days[day.stat_date] = day
  const next: StatsRecord = {
    version: 1,
    slug: at.slug,
    account: at.account,
    msgid: item.msgid ?? record?.msgid ?? '',
    sentDate: at.sentDate,
    title: item.title ?? at.title,
    ...(url ? { url } : {}),
    ...(item.publish_type !== undefined ? { publishType: item.publish_type } : {}),
    ...(at.by === 'msgid' ? {} : { recoveredBy: at.by }),
    days: Object.fromEntries(Object.entries(days).sort(([a], [b]) => a.localeCompare(b))),
    updatedAt: record?.updatedAt ?? '',
  }
  const same =
    record && JSON.stringify({ ...next, updatedAt: '' }) === JSON.stringify({ ...record, updatedAt: '' })
  return same ? record : { ...next, updatedAt: new Date(at.nowMs).toISOString() }
}
