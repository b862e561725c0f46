/**
 * A character diff of a text and its autocorrected form in linear time for long paragraphs.
 * autocorrect changes spacing and punctuation but never a Chinese character, so the k-th Chinese
 * character of both texts is the same one: the texts are cut at those anchors and only the short
 * stretches between them are diffed (one Myers diff of a whole 50,000-character paragraph with
 * thousands of changes took seconds: its cost grows with length × changes). A long stretch (or a
 * text whose Chinese characters changed) gets a diff with a bounded edit length; one that needs more
 * edits (`ＡＢＣ` × 50,000 → `ABC` × 50,000) is one removal and one addition between the common ends.
 */
import { commonEnds } from '../core/common-ends.js'
import { diffChars } from '../core/text-diff.js'

export interface DiffPart {
  value: string
  added?: boolean | undefined
  removed?: boolean | undefined
}

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/g
/** Below this many characters (both texts) a whole diff is cheap whatever it finds. */
const SHORT = 2_000
/** Edits a longer stretch's diff may find: it compares at most this many characters per character. */
export const MAX_EDITS = 100

/** Counts characters compared by `diffAnchored` (tests pin that the work stays linear). */
export interface DiffWork {
  compared: number
}

/** The parts of `before` → `after` in order: unchanged, removed and added runs (as `diffChars`). */
export function diffAnchored(before: string, after: string, work?: DiffWork): DiffPart[] {
  if (before.length + after.length < SHORT) {
    // a usual paragraph: one diff costs less than finding the anchors (bounded by SHORT²)
    if (work) work.compared += before.length * after.length
    return diffChars(before, after)
  }
  const anchorsA = [...before.matchAll(HAN)]
  const anchorsB = [...after.matchAll(HAN)]
  const same = anchorsA.length === anchorsB.length && anchorsA.every((m, k) => m[0] === anchorsB[k]![0])
  if (!same) return diffStretch(before, after, work)
  const parts: DiffPart[] = []
  const keep = (value: string) => {
    if (value === '') return
    const last = parts[parts.length - 1]
    if (last && !last.added && !last.removed) last.value += value
    else parts.push({ value })
  }
  let i = 0
  let j = 0
  for (let k = 0; k <= anchorsA.length; k++) {
    const endA = k < anchorsA.length ? anchorsA[k]!.index : before.length
    const endB = k < anchorsB.length ? anchorsB[k]!.index : after.length
    const a = before.slice(i, endA)
    const b = after.slice(j, endB)
    if (a === b) {
      if (work) work.compared += 1
      keep(a)
    } else
      for (const part of diffStretch(a, b, work))
        part.added || part.removed ? parts.push(part) : keep(part.value)
    if (k < anchorsA.length) keep(anchorsA[k]![0])
    i = endA + (k < anchorsA.length ? anchorsA[k]![0].length : 0)
    j = endB + (k < anchorsB.length ? anchorsB[k]![0].length : 0)
  }
  return parts
}

/** `diffChars(a, b)`, or for a long pair needing many edits, the common ends kept and the middle replaced. */
function diffStretch(a: string, b: string, work: DiffWork | undefined): DiffPart[] {
  const size = a.length + b.length
  if (size < SHORT) {
    if (work) work.compared += Math.max(1, a.length * b.length)
    return diffChars(a, b)
  }
  if (work) work.compared += size * MAX_EDITS
  return diffChars(a, b, { maxEditLength: MAX_EDITS }) ?? replaceMiddle(a, b)
}

function replaceMiddle(a: string, b: string): DiffPart[] {
  let { head, tail } = commonEnds(a, b)
  // never between the two halves of a surrogate pair (an emoji)
  if (head > 0 && /[\ud800-\udbff]/.test(a.charAt(head - 1))) head--
  if (tail > 0 && /[\udc00-\udfff]/.test(a.charAt(a.length - tail))) tail--
  const parts: DiffPart[] = []
  if (head > 0) parts.push({ value: a.slice(0, head) })
  if (a.length - tail > head) parts.push({ value: a.slice(head, a.length - tail), removed: true })
  if (b.length - tail > head) parts.push({ value: b.slice(head, b.length - tail), added: true })
  if (tail > 0) parts.push({ value: a.slice(a.length - tail) })
  return parts
}
