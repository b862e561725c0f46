/**
 * Where a review comment is at the pull request's current head, as GitHub answers it: a comment
 * whose lines are unchanged moves with them (`line`/`start_line` updated, `commit_id` the head), one
 * whose lines changed or left the diff is outdated (`line: null`), and `original_*` never change.
 * The emulator's model: the commented lines' text, as at the commit the comment was made on, found
 * again in the file at the head (the occurrence nearest the old place) on lines the diff shows.
 */
import { diffRightLines } from './diff-right-lines.js'
import type { EmuPull, EmuReviewComment, EmuState } from './state.js'

export interface Anchor {
  line: number | null
  start_line: number | null
  commit_id: string
}

export function anchorAtHead(state: EmuState, pull: EmuPull, c: EmuReviewComment): Anchor {
  const here = { line: c.line, start_line: c.start_line, commit_id: c.commit_id }
  if (pull.headSha === c.commit_id) return here
  const outdated = { line: null, start_line: null, commit_id: c.commit_id }
  const before = state.contents.get(`${c.commit_id}:${c.path}`)?.split('\n')
  const now = state.contents.get(`${pull.headSha}:${c.path}`)?.split('\n')
  if (!before || !now) return outdated
  const first = c.start_line ?? c.line
  const block = before.slice(first - 1, c.line)
  const shown = diffRightLines(pull.files.find((f) => f.filename === c.path)?.patch)
  let best: number | undefined
  for (let at = 1; at + block.length - 1 <= now.length; at++) {
    if (!block.every((l, i) => now[at - 1 + i] === l && shown.has(at + i))) continue
    if (best === undefined || Math.abs(at - first) < Math.abs(best - first)) best = at
  }
  if (best === undefined) return outdated
  const line = best + block.length - 1
  return { line, start_line: c.start_line === null ? null : best, commit_id: pull.headSha }
}
