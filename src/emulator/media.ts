/** `media/uploadimg` (jpg/png < 1 MB → url) and `material/add_material` (image ≤ 10 MB, thumb ≤ 64 KB jpg). */
import { createHash } from 'node:crypto'
import type { RequestContext } from './context.js'
import { fail } from './errcodes.js'
import { sniffImage } from './multipart.js'

const sha = (d: Buffer) => createHash('sha256').update(d).digest('hex')

function media(ctx: RequestContext) {
  if (!ctx.media || ctx.media.data.length === 0) fail('invalidFileType', 'media data missing')
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
  if (type === 'voice' || type === 'video') fail('invalidMediaType', '(the emulator stores images and thumbs only)')
  const file = media(ctx)
  const kind = sniffImage(file.data)
  if (type === 'thumb' ? kind !== 'jpeg' : !kind) fail('invalidFileType')
  if (file.data.length > (type === 'thumb' ? 64 * 1024 : 10 * 1024 * 1024)) fail('invalidFileSize')
  const hash = sha(file.data)
  const account = ctx.account
  const media_id = `${type === 'thumb' ? 'THUMB' : 'IMG'}_${account.appid.slice(-6)}_${++account.seq}_${hash.slice(0, 12)}`
  const url = type === 'image' ? `http://mmbiz.qpic.cn/mmbiz_${kind === 'png' ? 'png' : 'jpg'}/${hash.slice(0, 32)}/0?wx_fmt=${kind}` : undefined
  account.materials.push({ media_id, type, ...(url ? { url } : {}), bytes: file.data.length, mime: `image/${kind}`, sha256: hash })
  return url ? { media_id, url } : { media_id }
}

export function materialCount(ctx: RequestContext) {
  const images = ctx.account.materials.filter((m) => m.type === 'image').length
  return { voice_count: 0, video_count: 0, image_count: images, news_count: 0 }
}
