/**
 * The merge of two copies of one publish ledger (`.wxpress/state/<slug>.json`). A ledger's state only
 * moves forward (`drafting → drafted → sending → sent`; `failed`, a finished attempt that did not go
 * out, ranks with `drafted`: a retry drafts again), so the copy further along wins; copies at the same
 * rank are ordered by their latest `timestamps` (ledgers carry no `updatedAt`). Whatever the winner,
 * the facts a send recorded (ids, send time, URL) are kept from whichever copy has them. Two copies
 * that record different sends are a real conflict: the earlier send is kept and the merge says so.
 */
import { writtenAt } from './state-files.js'

type Json = Record<string, unknown>

const RANK: Record<string, number> = { drafting: 0, drafted: 1, failed: 1, sending: 2, sent: 3 }

/** What a send (or its reconciliation) recorded; never dropped by a merge. */
const SEND_FACTS = [
  'clientmsgid',
  'publishId',
  'msgId',
  'msgDataId',
  'articleId',
  'articleUrl',
  'sentAt',
  'confirmedBy',
] as const
/** The ids that name one send: two copies with different ones recorded two different sends. */
const SEND_IDS = ['msgId', 'msgDataId', 'publishId', 'articleId'] as const

/** `.wxpress/state/<slug>.json`: a publish ledger (account caches live in a sub-folder). */
export const isLedgerPath = (file: string) => /^\.wxpress\/state\/[^/]+\.json$/.test(file)

/** The JSON of a ledger copy, or undefined when it does not look like one (then files merge as files). */
export function ledgerJson(data: Buffer): Json | undefined {
  try {
    const json: unknown = JSON.parse(data.toString('utf8'))
    if (!json || typeof json !== 'object' || Array.isArray(json)) return undefined
    const state = (json as Json).state
    return typeof state === 'string' && state in RANK ? (json as Json) : undefined
  } catch {
    return undefined
  }
}

export type LedgerMerge =
  | { result: 'local' | 'remote' | 'merged'; data: Buffer; doubleSend?: string }
  | { result: 'conflict'; reason: string }

const has = (v: unknown) => v !== undefined && v !== null && v !== ''
const serialise = (json: Json) => Buffer.from(`${JSON.stringify(json, null, 2)}\n`)

/** JSON with sorted keys: equal content compares equal whatever the key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Json).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`
  }
  return JSON.stringify(value)
}

/** When a copy says its send happened (`sentAt`, else `timestamps.sent`), epoch ms or Infinity. */
function sendTime(json: Json): number {
  const stamps = (json.timestamps ?? {}) as Json
  const at = Date.parse(String(json.sentAt ?? stamps.sent ?? ''))
  return Number.isNaN(at) ? Number.POSITIVE_INFINITY : at
}

/**
 * Merges two ledger copies. `prefer` is the side that changed since the common base (when only one
 * did): it wins at equal rank without looking at times.
 */
export function mergeLedgers(
  localData: Buffer,
  remoteData: Buffer,
  local: Json,
  remote: Json,
  prefer?: 'local' | 'remote',
): LedgerMerge {
  const rankL = RANK[String(local.state)]!
  const rankR = RANK[String(remote.state)]!
  const differentSend = SEND_IDS.some((k) => has(local[k]) && has(remote[k]) && local[k] !== remote[k])
  let side: 'local' | 'remote'
  if (rankL !== rankR) side = rankL > rankR ? 'local' : 'remote'
  else if (prefer) side = prefer
  else {
    const a = writtenAt(localData).ms
    const b = writtenAt(remoteData).ms
    if (a === undefined || b === undefined)
      return { result: 'conflict', reason: 'a copy has no updatedAt/timestamps' }
    // two machines recording one send in the same second, apart only in what each learnt of it
    // (one sent it, the other confirmed it): the facts merge from both copies below
    if (a === b && !(local.state === 'sent' && !differentSend && sameBesideFacts(local, remote))) {
      return {
        result: 'conflict',
        reason: `both copies were written at ${new Date(a).toISOString()} but differ`,
      }
    }
    side = a >= b ? 'local' : 'remote'
  }
  let doubleSend: string | undefined
  if (differentSend) {
    // two sends recorded: the earlier one is what readers got first; keep it whole and say so
    const earlier = sendTime(local) <= sendTime(remote) ? 'local' : 'remote'
    const [kept, other] = earlier === 'local' ? [local, remote] : [remote, local]
    doubleSend =
      `the two copies record different sends (msg_id ${String(kept.msgId ?? kept.publishId ?? '?')} at ` +
      `${String(kept.sentAt ?? '?')}, msg_id ${String(other.msgId ?? other.publishId ?? '?')} at ` +
      `${String(other.sentAt ?? '?')}); kept the earlier one`
    side = earlier
  }
  const [winner, loser] = side === 'local' ? [local, remote] : [remote, local]
  const merged: Json = { ...winner }
  if (!differentSend) {
    for (const key of SEND_FACTS) if (!has(merged[key]) && has(loser[key])) merged[key] = loser[key]
    // the real send time is the earlier one (a confirmation by 45065 records when it was learnt)
    if (has(winner.sentAt) && has(loser.sentAt) && sendTime(loser) < sendTime(winner))
      merged.sentAt = loser.sentAt
    if (has(merged.msgDataId)) delete merged.confirmedBy
    const ours = (winner.timestamps ?? {}) as Json
    const theirs = (loser.timestamps ?? {}) as Json
    if (Date.parse(String(theirs.sent)) < Date.parse(String(ours.sent))) {
      merged.timestamps = { ...ours, sent: theirs.sent }
    }
  }
  const data = serialise(merged)
  const winnerData = side === 'local' ? localData : remoteData
  const same = data.equals(winnerData) || canonical(merged) === canonical(winner)
  return {
    result: same ? side : 'merged',
    data: same ? winnerData : data,
    ...(doubleSend ? { doubleSend } : {}),
  }
}

/** Whether two copies hold the same values but for the send facts and the timestamps. */
function sameBesideFacts(a: Json, b: Json): boolean {
  const rest = (json: Json) =>
    canonical(
      Object.fromEntries(
        Object.entries(json).filter(
          ([k]) => k !== 'timestamps' && !(SEND_FACTS as readonly string[]).includes(k),
        ),
      ),
    )
  return rest(a) === rest(b)
}
