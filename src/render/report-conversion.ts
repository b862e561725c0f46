/**
 * The finding about an image converted for WeChat: an `image/converted` info, or a warning when
 * readers lose something a writer would notice: an animation reduced to its first frame
 * (`image/animation-lost`), or transparency flattened onto white (`image/transparency-lost`, only
 * when even a smaller palette PNG exceeds the limit). A check, which converts nothing, knows about
 * animations; a lost transparency is known once the image is converted (`withLoss` upgrades a
 * check's cached info then).
 */
import type { Position } from 'unist'
import type { VFile } from '../core/vfile.js'
import { report } from '../diagnostics/diagnostic.js'
import type { MessageRecord } from '../diagnostics/message-records.js'
import { renderImageMessages as im } from '../i18n/messages/render-images.js'
import { FLATTEN_ON } from './alpha-png.js'

/** What readers lose in a conversion (`Prepared['loss']`). */
export type Loss = 'animation' | 'transparency' | undefined

export function reportConversion(
  file: VFile,
  ref: string,
  place: Position | undefined,
  prepared: { note?: string | undefined; loss?: Loss },
): void {
  const note = prepared.note ?? ''
  if (prepared.loss === 'animation') {
    report(file, 'warning', 'image/animation-lost', 'render', im.msg.animationLost({ ref, note }), {
      place,
      value: ref,
      hint: im.msg.animationLostHint(),
    })
  } else if (prepared.loss === 'transparency') {
    const background = FLATTEN_ON
    report(
      file,
      'warning',
      'image/transparency-lost',
      'render',
      im.msg.transparencyLost({ ref, note, background }),
      {
        place,
        value: ref,
        hint: im.msg.transparencyLostHint(),
      },
    )
  } else {
    report(file, 'info', 'image/converted', 'render', im.msg.converted({ ref, note }), {
      place,
      value: ref,
      hint: im.msg.convertedHint(),
    })
  }
}

/** A check's cached `image/converted` info, for an image whose conversion flattened its transparency. */
export function withLoss(record: MessageRecord, note: string, loss: Loss): MessageRecord {
  const message = record[3]
  if (loss !== 'transparency' || record[1] !== 'image/converted' || typeof message === 'string') return record
  const ref = String(message.params.ref)
  const copy: MessageRecord = [...record]
  copy[0] = 'warning'
  copy[1] = 'image/transparency-lost'
  copy[3] = im.msg.transparencyLost({ ref, note, background: FLATTEN_ON })
  copy[5] = im.msg.transparencyLostHint()
  return copy
}
