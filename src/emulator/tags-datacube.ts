/** `tags/get|create`, `datacube/getarticletotaldetail` (in `datacube.ts`), `openapi/quota/get`. */
import type { RequestContext } from './context.js'
import { fail } from './errcodes.js'
import { localDateIn } from './local-date.js'

export { articleTotalDetail } from './datacube.js'

export function tagsGet(ctx: RequestContext) {
  return { tags: ctx.account.tags.map((t) => ({ ...t })) }
}

export function tagsCreate(ctx: RequestContext) {
  const name = (ctx.json as { tag?: { name?: unknown } } | undefined)?.tag?.name
  if (typeof name !== 'string' || name.trim() === '' || ctx.account.tags.some((t) => t.name === name))
    fail('tagNameInvalid')
  if ([...name].length > 30) fail('tagNameTooLong')
  const id = Math.max(99, ...ctx.account.tags.map((t) => t.id)) + 1
  ctx.account.tags.push({ id, name, count: 0 })
  return { tag: { id, name } }
}

export function quotaGet(ctx: RequestContext) {
  const path = String(
    (ctx.json as { cgi_path?: unknown } | undefined)?.cgi_path ?? ctx.query.get('cgi_path') ?? '',
  )
  const limit = ctx.settings.quotas[path]
  if (limit === undefined) fail('invalidPublishId', 'hint: cgi_path')
  const used = ctx.account.usage.get(`${path}|${localDateIn(ctx.now(), ctx.settings.timezone)}`) ?? 0
  return { errcode: 0, errmsg: 'ok', quota: { daily_limit: limit, used, remain: Math.max(0, limit - used) } }
}
