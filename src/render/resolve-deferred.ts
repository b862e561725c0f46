/**
 * A cached render whose image conversions were deferred (a check's, or a helper thread's, which
 * leaves them to the main thread so that each photo is converted once per run) made whole: each
 * deferred image converted now and its `image/converted` finding given the final note, and each
 * photo the check named by a stand-in (`stand-in.ts`) hashed now. With the
 * stand-in file names of the HTML swapped for the final ones (`swaps`: the same length, so the
 * measured size holds) it is what rendering the article afresh gives; undefined when an image
 * cannot be made.
 */
import type { MessageRecord } from '../diagnostics/message-records.js'
import type { ImageStore } from './image-loader.js'
import type { PlannedImage } from './planned-image.js'
import { type Loss, withLoss } from './report-conversion.js'

type Images = { images: Omit<PlannedImage, 'data'>[]; messages: MessageRecord[] }

export async function resolveDeferred<R extends Images>(
  store: ImageStore,
  record: R,
): Promise<R | undefined> {
  const notes = new Map<string, { note: string; loss?: Loss }>()
  const images: Images['images'] = []
  for (const meta of record.images) {
    if (!meta.deferred) {
      images.push(meta)
      continue
    }
    const done = await store.resolve(meta)
    if (!done) return undefined
    const { data: _data, ...image } = done.image
    if (meta.note !== undefined) notes.set(meta.note, { note: done.note, loss: done.loss })
    images.push(image)
  }
  // two stand-ins of one photo under two names: a fresh render plans it once (its images are
  // deduplicated by hash), which this record cannot say
  if (new Set(images.map((i) => i.hash)).size < images.length) return undefined
  const messages = record.messages.map((r) => withNote(r, notes))
  return { ...record, images, messages }
}

function withNote(
  record: MessageRecord,
  notes: ReadonlyMap<string, { note: string; loss?: Loss }>,
): MessageRecord {
  const message = record[3]
  if (!CONVERTED.includes(record[1]) || typeof message === 'string') return record
  const done = notes.get(String(message.params.note))
  if (done === undefined) return record
  const copy: MessageRecord = [...record]
  copy[3] = { ...message, params: { ...message.params, note: done.note } }
  return withLoss(copy, done.note, done.loss)
}

/** The findings a check gives an image it leaves for render to convert (`report-conversion.ts`). */
const CONVERTED = ['image/converted', 'image/animation-lost']

/** The stand-in file names of `deferred` and the final ones of `whole` (the same images, in order). */
export function swaps(deferred: Images, whole: Images): [string, string][] {
  return deferred.images.flatMap((meta, i) => (meta.deferred ? [[meta.file, whole.images[i]!.file]] : []))
}
