/**
 * Uploads a push's images once: body images with `uploadimg` (→ url), covers with
 * `add_material?type=image` (→ media_id for `thumb_media_id`). Every upload is recorded in the
 * ledgers right away, keyed by content hash, so a rerun uploads nothing twice, and an image another
 * article of the account already uploaded is not uploaded again.
 */
import type { RenderResult } from '../render/renderer.js'
import type { LedgerEntry } from './ledger.js'
import type { WechatClient } from './wechat-client.js'
import { WechatApiError } from './wechat-errors.js'

/** The file name sent to WeChat: the source's name with the final extension (`venue.jpg`). */
function uploadName(image: { source: string; mime: string }): string {
  const base =
    image.source
      .split(/[\\/]/)
      .pop()
      ?.replace(/[?#].*$/, '')
      .replace(/\.[A-Za-z0-9]+$/, '') || 'image'
  return `${base}.${image.mime === 'image/png' ? 'png' : 'jpg'}`
}

export interface UploadResult {
  urls: Map<string, string>
  covers: Map<string, string>
  uploaded: number
}

export async function uploadAssets(
  client: WechatClient,
  items: { slug: string; render: RenderResult; entry: LedgerEntry }[],
  save: (entry: LedgerEntry) => Promise<void>,
  /** The account's uploads from the site's other ledgers (`createSiteUploads`); this run's are added. */
  known: Map<string, { url?: string; mediaId?: string }> = new Map(),
): Promise<UploadResult> {
  for (const { entry } of items)
    for (const [hash, u] of Object.entries(entry.uploads)) known.set(hash, { ...known.get(hash), ...u })
  const urls = new Map<string, string>()
  const covers = new Map<string, string>()
  let uploaded = 0
  for (const { slug, render, entry } of items) {
    for (const image of render.images) {
      let url = known.get(image.hash)?.url
      if (!url) {
        const answer = await named(
          slug,
          image.source,
          client.uploadImage(image.data, image.mime, uploadName(image)),
        )
        url = answer.url.replace(/^http:/, 'https:')
        uploaded++
        known.set(image.hash, { ...known.get(image.hash), url })
      }
      urls.set(image.hash, url)
      if (entry.uploads[image.hash]?.url !== url) {
        entry.uploads[image.hash] = { ...entry.uploads[image.hash], url }
        await save(entry)
      }
    }
    const cover = render.cover
    if (!cover) continue
    let mediaId = known.get(cover.hash)?.mediaId
    if (!mediaId) {
      const answer = await named(
        slug,
        cover.source,
        client.addMaterial('image', cover.data, cover.mime, uploadName(cover)),
      )
      mediaId = answer.media_id
      uploaded++
      known.set(cover.hash, { ...known.get(cover.hash), mediaId })
    }
    covers.set(slug, mediaId)
    if (entry.uploads[cover.hash]?.mediaId !== mediaId) {
      entry.uploads[cover.hash] = { ...entry.uploads[cover.hash], mediaId }
      await save(entry)
    }
  }
  return { urls, covers, uploaded }
}

/** A failed upload names its image, so that the finding can point at it. */
async function named<T>(slug: string, source: string, call: Promise<T>): Promise<T> {
  try {
    return await call
  } catch (error) {
    if (error instanceof WechatApiError) error.asset ??= { slug, source }
    throw error
  }
}
