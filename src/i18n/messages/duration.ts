/** A span of minutes as people say it: `3 小时` / `1 小时 30 分钟` / `45 分钟`, `3 hours` / `1 h 30 min`. */
export function durationZh(minutes: number): string {
  const h = Math.floor(minutes / 60)
  const m = Math.round(minutes % 60)
  if (h === 0) return `${m} 分钟`
  return `${h} 小时${m ? ` ${m} 分钟` : ''}`
}

export function durationEn(minutes: number): string {
  const h = Math.floor(minutes / 60)
  const m = Math.round(minutes % 60)
  if (h === 0) return `${m} minute${m === 1 ? '' : 's'}`
  if (m === 0) return `${h} hour${h === 1 ? '' : 's'}`
  return `${h} h ${m} min`
}
