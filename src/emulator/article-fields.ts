/**
 * The field checks of `draft/add` and `draft/update`, in WeChat's order and codes: JSON types (47001),
 * `article_type` news|newspic (47001), required title and content (44003, blank counts as missing),
 * lengths (45003/45110/45004/45005), the cover or the picture list (40007, 44003; at most 20 pictures,
 * 45008: see `tooManyImages`).
 */
import type { RequestContext } from './context.js'
import { fail, hintToken } from './errcodes.js'

const STRINGS = [
  'article_type',
  'title',
  'author',
  'digest',
  'content',
  'content_source_url',
  'thumb_media_id',
  'pic_crop_235_1',
  'pic_crop_1_1',
] as const
const INTEGERS = ['show_cover_pic', 'need_open_comment', 'only_fans_can_comment'] as const
const TYPES = ['news', 'newspic'] as const
/** A picture message holds at most 20 pictures (the first is its cover). */
const MAX_IMAGES = 20

const len = (s: unknown) => (typeof s === 'string' ? [...s].length : 0)
const present = (v: unknown) => v !== undefined && v !== null
const blank = (v: unknown) => typeof v !== 'string' || v.trim() === ''

/** A picture message's `image_info`: `{image_list: [{image_media_id}]}`, each a permanent material. */
export interface ImageInfo {
  image_list: { image_media_id: string }[]
}

export interface CheckedFields {
  article_type: (typeof TYPES)[number]
  title: string
  content: string
  /** The cover: required for news, optional for newspic (its first picture is the cover). */
  thumb_media_id: string
  image_info?: ImageInfo
}

const isMaterial = (ctx: RequestContext, id: unknown) =>
  typeof id === 'string' && ctx.account.materials.some((m) => m.media_id === id)

/**
 * The picture list of a newspic article: present and non-empty (44003), at most 20 pictures (45008),
 * every id a material (40007).
 */
function imageInfo(ctx: RequestContext, raw: unknown): ImageInfo {
  if (!present(raw)) fail('emptyNews', hintToken())
  const list = (raw as { image_list?: unknown }).image_list
  if (typeof raw !== 'object' || Array.isArray(raw) || (present(list) && !Array.isArray(list)))
    fail('badJson', hintToken())
  if (!Array.isArray(list) || list.length === 0) fail('emptyNews', hintToken())
  if (list.length > MAX_IMAGES) fail('tooManyImages', hintToken())
  const image_list = list.map((item) => {
    const id = (item as { image_media_id?: unknown } | null)?.image_media_id
    if (!isMaterial(ctx, id)) fail('invalidMediaId', hintToken())
    return { image_media_id: id as string }
  })
  return { image_list }
}

/** Checks an article's fields as WeChat does, or fails with WeChat's code. */
export function checkArticleFields(ctx: RequestContext, a: Record<string, unknown>): CheckedFields {
  for (const key of STRINGS) if (present(a[key]) && typeof a[key] !== 'string') fail('badJson', hintToken())
  for (const key of INTEGERS) if (present(a[key]) && !Number.isInteger(a[key])) fail('badJson', hintToken())
  const type = (a.article_type as string | undefined) || 'news'
  if (!(TYPES as readonly string[]).includes(type)) fail('badJson', hintToken())
  if (blank(a.title) || typeof a.content !== 'string') fail('emptyNews', hintToken())
  if (type === 'news' && a.content.trim() === '') fail('emptyNews', hintToken())
  if (len(a.title) > 64) fail('titleTooLong', hintToken())
  if (len(a.author) > 16) fail('authorTooLong', hintToken())
  if (len(a.digest) > 120) fail('digestTooLong', hintToken())
  if (Buffer.byteLength((a.content_source_url as string | undefined) ?? '') > 1024)
    fail('urlTooLong', hintToken())
  const thumb = a.thumb_media_id
  const fields = { title: a.title as string, content: a.content }
  if (type === 'newspic') {
    if (present(thumb) && thumb !== '' && !isMaterial(ctx, thumb)) fail('invalidMediaId', hintToken())
    const image_info = imageInfo(ctx, a.image_info)
    return { ...fields, article_type: type, thumb_media_id: (thumb as string | undefined) ?? '', image_info }
  }
  if (!isMaterial(ctx, thumb)) fail('invalidMediaId', hintToken())
  return { ...fields, article_type: 'news', thumb_media_id: thumb as string }
}
