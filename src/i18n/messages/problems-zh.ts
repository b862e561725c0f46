/**
 * Chinese for the short English problem phrases that zod schemas and the date parser produce
 * (`expected text`, `a date without a time of day` …); an unknown phrase stays as it is.
 */
const PHRASES: Record<string, string> = {
  'expected text': '应为文本',
  'must not be empty': '不能为空',
  'is not an account of the site config': '不是站点配置里的账号',
  'must be one of draft, publish, broadcast': '只能是 draft、publish、broadcast 之一',
  'must be an http(s) URL': '必须是 http(s) 网址',
  'must be one of off, all, followers': '只能是 off、all、followers 之一',
  'expected a whole number': '应为整数',
  'is invalid': '无效',
  'a date without a time of day': '只有日期，没有具体时间',
  'not an ISO-8601 date-time': '不是 ISO-8601 日期时间',
  'not a real calendar date-time (check the month, day and hour)':
    '不是真实存在的日期时间（请检查月、日和小时）',
  'a date-time without an offset': '没有时区偏移的日期时间',
  'expected HH:MM (24-hour clock)': '应为 24 小时制的 HH:MM',
}

export function problemZh(english: string): string {
  const exact = PHRASES[english]
  if (exact) return exact
  const longer = /^is longer than (\d+) characters$/.exec(english)
  if (longer) return `超过 ${longer[1]} 个字符`
  const offset =
    /^a date-time with an impossible UTC offset `([^`]*)` \(real offsets run from (\S+) to (\S+),/.exec(
      english,
    )
  if (offset)
    return `的 UTC 偏移 \`${offset[1]}\` 不存在（实际偏移在 ${offset[2]} 到 ${offset[3]} 之间，分钟小于 60）`
  return `不符合要求（${english}）`
}
