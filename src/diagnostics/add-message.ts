/**
 * `addMessage`: what `file.message(reason, { place, ruleId, source })` does, without its cost. A
 * `VFileMessage` is an `Error`, and constructing one (even with no stack captured) is most of the
 * price of a finding: a large site reports or replays tens of thousands of them on every run. The
 * message made here is the same object to every reader (a `VFileMessage`, so an `Error` too, with
 * the same fields, values and `name`), only not constructed through `Error`.
 */
import type { VFile } from '../core/vfile.js'
import { VFileMessage } from 'vfile-message'
import type { Point, Position } from 'unist'

/**
 * A `VFileMessage`'s prototype with the empty, not enumerable `stack` vfile gives every message (a
 * constant: on each message it would cost a property definition).
 */
const PROTOTYPE: object = Object.create(VFileMessage.prototype, {
  stack: { value: '', writable: true, configurable: true },
})

/**
 * Findings replayed onto a file and not made into messages yet (`replayRecords`), behind the file's
 * own `messages` (`base`); a message reported meanwhile queues behind them, so that the order stays.
 */
export const PENDING: unique symbol = Symbol('wxpress pending findings')

export interface Pending {
  base: VFileMessage[]
  /** Records (arrays) and messages, in the order they were replayed or reported. */
  entries: (readonly unknown[] | VFileMessage)[]
}

type WithPending = { [PENDING]?: Pending | undefined }

/** The file's pending findings, if any. */
export const pendingOf = (file: VFile): Pending | undefined => (file as WithPending)[PENDING]

/** Sets (or, with undefined, ends) the file's pending findings. */
export function setPending(file: VFile, pending: Pending | undefined): void {
  ;(file as WithPending)[PENDING] = pending
}

/** Appends a (non-fatal, as vfile makes it) message to `file.messages` and returns it. */
export function addMessage(
  file: VFile,
  reason: string,
  place: Point | Position | undefined,
  ruleId: string,
  source: string,
): VFileMessage {
  const message = Object.create(PROTOTYPE) as VFileMessage
  const start = place && 'start' in place ? place.start : place
  const path = file.path
  const where = stringifyPlace(place)
  // the fields in the order `VFileMessage`'s constructor sets them (the same object shape)
  message.ancestors = undefined
  message.cause = undefined
  message.column = start ? start.column : undefined
  message.fatal = false
  message.file = path ? path : ''
  message.message = reason
  message.line = start ? start.line : undefined
  message.name = path ? `${path}:${where}` : where
  message.place = place || undefined
  message.reason = reason
  message.ruleId = ruleId || undefined
  message.source = source || undefined
  message.actual = undefined
  message.expected = undefined
  message.note = undefined
  message.url = undefined
  const pending = pendingOf(file)
  if (pending) pending.entries.push(message)
  else file.messages.push(message)
  return message
}

/** `unist-util-stringify-position` of a point or position, `1:1` for none (as `VFileMessage` names it). */
function stringifyPlace(place: Point | Position | undefined): string {
  if (!place) return '1:1'
  return 'start' in place ? `${point(place.start)}-${point(place.end)}` : point(place)
}

const point = (p: Point | undefined): string => `${index(p?.line)}:${index(p?.column)}`
const index = (n: unknown): unknown => (n && typeof n === 'number' ? n : 1)
