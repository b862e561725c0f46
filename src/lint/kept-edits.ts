/** The edits of a fix pass kept so far (see `applyFixes`). */

/** A range of the file text (offsets, end exclusive). */
export interface Range {
  start: number
  end: number
}

/**
 * The edits kept so far, sorted by start then end; they never overlap, so their ends are sorted too
 * and a clash is found by a binary search and a short walk back (linear in all, not quadratic).
 */
export class KeptEdits<E extends Range> {
  readonly edits: E[] = []

  /** The index of the first edit after `e` in the order. */
  private after(e: Range): number {
    let lo = 0
    let hi = this.edits.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      const k = this.edits[mid]!
      if (k.start < e.start || (k.start === e.start && k.end <= e.end)) lo = mid + 1
      else hi = mid
    }
    return lo
  }

  /** Whether `e` overlaps a kept edit, or makes the same edit of the same range. */
  clashes(e: Range): boolean {
    const at = this.after(e)
    const next = this.edits[at]
    if (next && e.start < next.end && next.start < e.end) return true
    for (let i = at - 1; i >= 0; i--) {
      const k = this.edits[i]!
      if ((e.start < k.end && k.start < e.end) || (e.start === k.start && e.end === k.end)) return true
      if (k.end < e.start) break
    }
    return false
  }

  add(e: E): void {
    this.edits.splice(this.after(e), 0, e)
  }
}
