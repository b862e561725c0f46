/**
 * A stand-in WeChat client for `publish --dry-run`: records every call it would make (method, path,
 * what it sends) and answers with placeholders, so the real publishing code runs without a network.
 */
import { fileSize } from '../render/file-size.js'
import type { WechatClient } from './wechat-client.js'

export function createDryRunClient(log: (line: string) => void): WechatClient {
  let n = 0
  const id = (p: string) => `DRY_RUN_${p}_${++n}`
  const kb = (d: Uint8Array) => fileSize(d.byteLength)
  return {
    token: async () => 'dry-run',
    uploadImage: async (data, mime, filename) => {
      log(`POST /cgi-bin/media/uploadimg  media=${filename} (${mime}, ${kb(data)})`)
      return { url: `http://mmbiz.qpic.cn/dry-run/${filename}` }
    },
    addMaterial: async (type, data, mime, filename) => {
      log(`POST /cgi-bin/material/add_material?type=${type}  media=${filename} (${mime}, ${kb(data)})`)
      return { media_id: id('MATERIAL') }
    },
    draftAdd: async (articles) => {
      log(
        `POST /cgi-bin/draft/add  articles=${articles.length} ${articles.map((a) => `「${a.title}」`).join(' ')}`,
      )
      return { media_id: id('DRAFT') }
    },
    draftUpdate: async (mediaId, index, article) => {
      log(`POST /cgi-bin/draft/update  media_id=${mediaId} index=${index} 「${article.title}」`)
      return {}
    },
    draftGet: async (mediaId) => {
      log(`POST /cgi-bin/draft/get  media_id=${mediaId}`)
      return { news_item: [] }
    },
    draftDelete: async () => ({}),
    draftBatchGet: async () => {
      log('POST /cgi-bin/draft/batchget')
      return { total_count: 0, item: [] }
    },
    publishSubmit: async (mediaId) => {
      log(`POST /cgi-bin/freepublish/submit  media_id=${mediaId}`)
      return { publish_id: id('PUBLISH') }
    },
    publishBatchGet: async () => ({ total_count: 0, item: [] }),
    publishGet: async (publishId) => {
      log(`POST /cgi-bin/freepublish/get  publish_id=${publishId} (polled until final)`)
      return {
        publish_id: publishId,
        publish_status: 0,
        article_detail: { count: 1, item: [{ idx: 1, article_url: 'https://mp.weixin.qq.com/s/dry-run' }] },
      }
    },
    sendAll: async (mediaId, target, clientmsgid) => {
      log(
        `POST /cgi-bin/message/mass/sendall  media_id=${mediaId} ${target === 'all' ? 'is_to_all=true' : `tag_id=${target.tagId}`} clientmsgid=${clientmsgid}`,
      )
      return { msg_id: 0, msg_data_id: '0' }
    },
    massGet: async (msgId) => ({ msg_id: msgId, msg_status: 'SEND_SUCCESS' }),
    massPreview: async (towxname, mediaId) => {
      log(`POST /cgi-bin/message/mass/preview  towxname=${towxname} media_id=${mediaId}`)
      return { msg_id: 0 }
    },
    tagsGet: async () => {
      log('GET /cgi-bin/tags/get')
      return { tags: [] }
    },
    articleTotalDetail: async () => ({ list: [], is_delay: false }),
    quotaGet: async () => ({ quota: { daily_limit: 0, used: 0, remain: 0 } }),
  }
}
