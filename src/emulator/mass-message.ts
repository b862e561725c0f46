/**
 * The message of a `message/mass/sendall`: WeChat's msgtypes and the body fields each requires —
 * `mpnews {media_id}` (a draft), `text {content}`, `voice {media_id}`, `image` with `images {media_ids}`
 * (or the older `image {media_id}`) of permanent materials, `mpvideo {media_id}`, `wxcard {card_id}`.
 * Any other msgtype: 40008.
 */
import type { RequestContext } from './context.js'
import { fail, hintToken } from './errcodes.js'
import { isPublishing, PUBLISHING_HINT, type StoredDraft } from './state.js'

export const MASS_TYPES = ['mpnews', 'text', 'voice', 'image', 'mpvideo', 'wxcard'] as const

export interface MassMessage {
  msgtype: (typeof MASS_TYPES)[number]
  /** The media sent (draft, voice, first image, video), "" for text and cards. */
  media_id: string
  /** The draft of an `mpnews` send. */
  draft?: StoredDraft
}

const field = (body: Record<string, unknown>, part: string, key: string): unknown =>
  (body[part] as Record<string, unknown> | null | undefined)?.[key]
const filled = (v: unknown): v is string => typeof v === 'string' && v.trim() !== ''

/** The msgtype, or 40008 for one WeChat does not mass-send. */
export function massType(body: Record<string, unknown>): MassMessage['msgtype'] {
  const type = body.msgtype
  if (!(MASS_TYPES as readonly unknown[]).includes(type)) fail('invalidMessageType', hintToken())
  return type as MassMessage['msgtype']
}

/** The body of `msgtype`, checked as WeChat does (40007 media, 44004 text, 40073 card). */
export function massMessage(ctx: RequestContext, body: Record<string, unknown>): MassMessage {
  const msgtype = massType(body)
  const isMaterial = (id: unknown) => ctx.account.materials.some((m) => m.media_id === id)
  switch (msgtype) {
    case 'mpnews': {
      const id = field(body, 'mpnews', 'media_id')
      const draft = ctx.account.drafts.find((d) => d.media_id === id && !d.deleted)
      if (!draft) fail('invalidMediaId', hintToken())
      if (isPublishing(ctx.account, draft.media_id, ctx.now())) fail('invalidMediaId', PUBLISHING_HINT)
      return { msgtype, media_id: draft.media_id, draft }
    }
    case 'text': {
      if (!filled(field(body, 'text', 'content'))) fail('emptyContent', hintToken())
      return { msgtype, media_id: '' }
    }
    case 'image': {
      const ids = field(body, 'images', 'media_ids') ?? [field(body, 'image', 'media_id')]
      if (!Array.isArray(ids) || ids.length === 0 || !ids.every(isMaterial))
        fail('invalidMediaId', hintToken())
      return { msgtype, media_id: ids[0] as string }
    }
    case 'voice':
    case 'mpvideo': {
      // voice and video materials are not emulated: any id is taken as one
      const id = field(body, msgtype, 'media_id')
      if (!filled(id)) fail('invalidMediaId', hintToken())
      return { msgtype, media_id: id }
    }
    case 'wxcard': {
      if (!filled(field(body, 'wxcard', 'card_id'))) fail('invalidCardId', hintToken())
      return { msgtype, media_id: '' }
    }
  }
}
