/** `media/uploadimg` (jpg/png < 1 MB → url) and `material/add_material` (image ≤ 10 MB, thumb ≤ 64 KB jpg). */
import { createHash } from 'node:crypto'
import type { RequestContext } from './context.js'
import { fail } from './errcodes.js'
import { sniffImage } from './multipart.js'
import { idTag } from './state.js'

const sha = (d: Buffer) => createHash('sha256').update(d).digest('hex')

function media(ctx: RequestContext) {
  if (!ctx.media || ctx.media.data.length === 0) fail('missingMedia')
  return ctx.media
}

export function uploadImg(ctx: RequestContext) {
  const file = media(ctx)
  const kind = sniffImage(file.data)
  if (kind !== 'jpeg' && kind !== 'png') fail('invalidFileType')
  if (file.data.length >= 1024 * 1024) fail('invalidFileSize')
  const hash = sha(file.data)
  const url = `http://mmbiz.qpic.cn/mmbiz_${kind === 'png' ? 'png' : 'jpg'}/${hash.slice(0, 32)}/0?wx_fmt=${kind}`
  ctx.account.images.push({ url, bytes: file.data.length, mime: `image/${kind}`, sha256: hash })
  return { url }
}

export function addMaterial(ctx: RequestContext) {
  const type = ctx.query.get('type')
  if (!type || !['image', 'thumb', 'voice', 'video'].includes(type)) fail('invalidMediaType')
  if (type === 'voice' || type === 'video')
    fail('invalidMediaType', '(the emulator stores images and thumbs only)')
  const file = media(ctx)
  const kind = sniffImage(file.data)
  if (type === 'thumb' ? kind !== 'jpeg' : !kind) fail('invalidFileType')
  if (type === 'thumb' && file.data.length > 64 * 1024) fail('invalidThumbSize')
  if (file.data.length > 10 * 1024 * 1024) fail('invalidFileSize')
  const hash = sha(file.data)
  const account = ctx.account
  const media_id = `${type === 'thumb' ? 'THUMB' : 'IMG'}_${idTag(account.appid)}_${++account.seq}_${hash.slice(0, 12)}`
  const url =
    type === 'image'
      ? `http://mmbiz.qpic.cn/mmbiz_${kind === 'png' ? 'png' : 'jpg'}/${hash.slice(0, 32)}/0?wx_fmt=${kind}`
      : undefined
  account.materials.push({
    media_id,
    type,
    ...(url ? { url } : {}),
    bytes: file.data.length,
    mime: `image/${kind}`,
    sha256: hash,
  })
  return url ? { media_id, url } : { media_id }
}

export function materialCount(ctx: RequestContext) {
  const images = ctx.account.materials.filter((m) => m.type === 'image').length
  return { voice_count: 0, video_count: 0, image_count: images, news_count: 0 }
}

/** `material/get_material` (`{media_id}`): an image material's stored entry (WeChat answers the file for images; JSON here). */
export function getMaterial(ctx: RequestContext) {
  const id = (ctx.json as { media_id?: unknown } | undefined)?.media_id
  const m = ctx.account.materials.find((x) => x.media_id === id)
  if (!m) fail('invalidMediaId')
  return { media_id: m.media_id, url: m.url ?? '', type: m.type }
}

/** `material/del_material` (`{media_id}`). */
export function delMaterial(ctx: RequestContext) {
  const id = (ctx.json as { media_id?: unknown } | undefined)?.media_id
  const i = ctx.account.materials.findIndex((x) => x.media_id === id)
  if (i < 0) fail('invalidMediaId')
  ctx.account.materials.splice(i, 1)
  return { errcode: 0, errmsg: 'ok' }
}

/** `material/batchget_material` (`{type, offset, count ≤ 20}`). */
export function batchGetMaterial(ctx: RequestContext) {
  const body = (ctx.json ?? {}) as { type?: string; offset?: number; count?: number }
  if (
    body.type !== 'image' &&
    body.type !== 'thumb' &&
    body.type !== 'news' &&
    body.type !== 'video' &&
    body.type !== 'voice'
  )
    fail('invalidMediaType')
  const count = body.count ?? 20
  if (count < 1 || count > 20) fail('badJson', 'hint: count must be 1-20')
  const list = ctx.account.materials.filter((m) => m.type === body.type)
  const page = list.slice(body.offset ?? 0, (body.offset ?? 0) + count)
  return {
    total_count: list.length,
    item_count: page.length,
    item: page.map((m) => ({
      media_id: m.media_id,
      name: `${m.media_id}.${m.mime.split('/')[1]}`,
      update_time: 0,
      url: m.url ?? '',
    })),
  }
}
