/** What the emulator stores per account: images, materials, drafts, publish tasks and mass sends. */

export interface StoredImage {
  url: string
  bytes: number
  mime: string
  sha256: string
}
export interface StoredMaterial {
  media_id: string
  type: string
  url?: string
  bytes: number
  mime: string
  sha256: string
}
/** An article as WeChat keeps it: every field present, in the order `draft/get` answers them. */
export interface DraftArticle {
  article_type: string
  title: string
  author: string
  digest: string
  content: string
  content_source_url: string
  thumb_media_id: string
  show_cover_pic: number
  need_open_comment: number
  only_fans_can_comment: number
  pic_crop_235_1?: string
  pic_crop_1_1?: string
  /** A picture message's (newspic) pictures. */
  image_info?: { image_list: { image_media_id: string }[] }
}
export interface StoredDraft {
  media_id: string
  articles: DraftArticle[]
  create_time: number
  update_time: number
  deleted: boolean
}
export interface StoredPublish {
  publish_id: string
  msg_data_id: string
  media_id: string
  submitted: number
  finishAt: number
  status: number
  /** The task has finished (its outcome applied). */
  settled?: boolean
  article_id?: string
  article_urls: string[]
  articles: DraftArticle[]
}
export interface StoredMassSend {
  msg_id: number
  /** "" but for mpnews. */
  msg_data_id: string
  msgtype: string
  /** The draft (mpnews), voice, first image or video sent; "" for text and cards. */
  media_id: string
  is_to_all: boolean
  tag_id: number | null
  clientmsgid: string | null
  at: number
  localDate: string
  articles: DraftArticle[]
  /** The sent articles' permanent URLs (same `__biz` as published ones). */
  article_urls: string[]
}
