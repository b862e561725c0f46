/**
 * One typed function per WeChat endpoint. The access token (stable_token, normal mode) is cached
 * for its lifetime and refreshed once when a call answers 40001/40014/42001.
 */
import { createHttp, type CallOptions, type HttpOptions } from './http.js'
import { WechatApiError, isTokenError } from './wechat-errors.js'

export interface WechatClientOptions extends HttpOptions {
  appId: string
  appSecret: string
  now?: () => number
}

export interface DraftArticleInput {
  title: string
  author?: string
  digest?: string
  content: string
  content_source_url?: string
  thumb_media_id: string
  need_open_comment?: 0 | 1
  only_fans_can_comment?: 0 | 1
  pic_crop_235_1?: string
  pic_crop_1_1?: string
}

export interface PublishStatus {
  publish_id: string
  publish_status: number
  article_id?: string
  article_detail?: { count: number; item: { idx: number; article_url: string }[] }
  fail_idx?: number[]
}

/** An item of `freepublish/batchget`: what WeChat published (only publishes without notification). */
export interface PublishedItem {
  article_id: string
  content: { news_item: { title: string; url: string }[] }
  update_time?: number
}

function fileForm(data: Uint8Array, mime: string, filename: string): FormData {
  const form = new FormData()
  form.append('media', new Blob([new Uint8Array(data)], { type: mime }), filename)
  return form
}

export function createWechatClient(options: WechatClientOptions) {
  const http = createHttp(options)
  const now = options.now ?? Date.now
  let cached: { token: string; expiresAt: number } | undefined

  async function token(force = false): Promise<string> {
    if (!force && cached && cached.expiresAt - now() > 60_000) return cached.token
    const body = await http.call<{ access_token: string; expires_in: number }>('/cgi-bin/stable_token', {
      json: {
        grant_type: 'client_credential',
        appid: options.appId,
        secret: options.appSecret,
        force_refresh: false,
      },
    })
    cached = { token: body.access_token, expiresAt: now() + body.expires_in * 1000 }
    return cached.token
  }

  async function api<T = Record<string, unknown>>(path: string, opts: CallOptions = {}): Promise<T> {
    const withToken = async (t: string) =>
      http.call<T>(path, { ...opts, query: { ...opts.query, access_token: t } })
    try {
      return await withToken(await token())
    } catch (error) {
      if (error instanceof WechatApiError && error.errcode !== undefined && isTokenError(error.errcode)) {
        cached = undefined
        return withToken(await token(true))
      }
      throw error
    }
  }

  return {
    token: () => token(),
    uploadImage: (data: Uint8Array, mime: string, filename: string) =>
      api<{ url: string }>('/cgi-bin/media/uploadimg', { form: fileForm(data, mime, filename) }),
    addMaterial: (type: 'image' | 'thumb', data: Uint8Array, mime: string, filename: string) =>
      api<{ media_id: string; url?: string }>('/cgi-bin/material/add_material', {
        query: { type },
        form: fileForm(data, mime, filename),
      }),
    draftAdd: (articles: DraftArticleInput[]) =>
      api<{ media_id: string }>('/cgi-bin/draft/add', { json: { articles }, creating: true }),
    draftUpdate: (mediaId: string, index: number, article: DraftArticleInput) =>
      api('/cgi-bin/draft/update', { json: { media_id: mediaId, index, articles: article } }),
    draftGet: (mediaId: string) =>
      api<{ news_item: (DraftArticleInput & { url: string })[] }>('/cgi-bin/draft/get', {
        json: { media_id: mediaId },
      }),
    draftDelete: (mediaId: string) => api('/cgi-bin/draft/delete', { json: { media_id: mediaId } }),
    draftBatchGet: (offset = 0, count = 20) =>
      api<{
        total_count: number
        item: { media_id: string; content: { news_item: DraftArticleInput[] }; update_time: number }[]
      }>('/cgi-bin/draft/batchget', { json: { offset, count, no_content: 1 } }),
    publishSubmit: (mediaId: string) =>
      api<{ publish_id: string | number; msg_data_id?: string | number }>('/cgi-bin/freepublish/submit', {
        json: { media_id: mediaId },
        creating: true,
      }),
    publishBatchGet: (offset = 0, count = 20) =>
      api<{ total_count: number; item: PublishedItem[] }>('/cgi-bin/freepublish/batchget', {
        json: { offset, count, no_content: 1 },
      }),
    publishGet: (publishId: string) =>
      api<PublishStatus>('/cgi-bin/freepublish/get', { json: { publish_id: publishId } }),
    sendAll: (mediaId: string, target: { tagId: number } | 'all', clientmsgid: string) =>
      api<{ msg_id: number; msg_data_id: number | string }>('/cgi-bin/message/mass/sendall', {
        json: {
          filter: target === 'all' ? { is_to_all: true } : { is_to_all: false, tag_id: target.tagId },
          mpnews: { media_id: mediaId },
          msgtype: 'mpnews',
          send_ignore_reprint: 0,
          clientmsgid,
        },
        creating: true,
        idempotent: true,
      }),
    massGet: (msgId: number) =>
      api<{ msg_id: number; msg_status: string }>('/cgi-bin/message/mass/get', { json: { msg_id: msgId } }),
    massPreview: (towxname: string, mediaId: string) =>
      api<{ msg_id: number }>('/cgi-bin/message/mass/preview', {
        json: { towxname, mpnews: { media_id: mediaId }, msgtype: 'mpnews' },
      }),
    tagsGet: () =>
      api<{ tags: { id: number; name: string; count: number }[] }>('/cgi-bin/tags/get', { method: 'GET' }),
    articleTotalDetail: (date: string) =>
      api<{ list: unknown[]; is_delay: boolean }>('/datacube/getarticletotaldetail', {
        json: { begin_date: date, end_date: date },
      }),
    quotaGet: (cgiPath: string) =>
      api<{ quota: { daily_limit: number; used: number; remain: number } }>('/cgi-bin/openapi/quota/get', {
        json: { cgi_path: cgiPath },
      }),
  }
}

export type WechatClient = ReturnType<typeof createWechatClient>
