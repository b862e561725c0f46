/**
 * Finding a sent article among datacube's items: by `msgid` (`<msg_data_id>_<index>`) when the
 * ledger has the id, else — after a lost ledger — by its article URL (`mid`/`idx`, as the URL
 * parameters differ between APIs) or, when unique, by its title.
 */
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

export function findArticle(list: readonly DatacubeItem[], want: { msgid?: string | undefined; url?: string | undefined; title?: string }): Found | undefined {
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
