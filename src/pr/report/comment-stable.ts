/**
 * Whether two bodies of the sticky comment report the same thing. Two parts change from run to run
 * while the report does not: the relative time of each slot ("3 天后", counted from the time of the
 * check) and the link to the Actions run holding the artifact (a new run id each time). Compared
 * without them, a re-run on the same head leaves the comment alone (DESIGN §8: untouched when
 * unchanged), with the link of the run that wrote it, whose artifact holds the same report, and
 * relative times true as of when it was written. Any other difference (a finding, a slot, a check
 * run, a link appearing or going) writes the new body, with this run's link and times.
 */
import { LOCAL_PATTERN, RELATIVE_PATTERN, UTC_PATTERN } from './slot-time.js'

/** A slot's relative time where the comment writes one: table cell (`slotCell`) or deleted-article note. */
const SLOT_RELATIVE = new RegExp(
  `(${LOCAL_PATTERN}(?:<br>${UTC_PATTERN})? · (?:\\*\\*)?|${LOCAL_PATTERN}推送（)${RELATIVE_PATTERN}`,
  'g',
)
/** The id in a Markdown link to an Actions run (`[构建产物](…/actions/runs/123)`). */
const RUN_LINK = /(\]\([^()\s]*\/actions\/runs\/)\d+\)/g

/** `body` with the relative times and run ids replaced by `…`. */
export function stableBody(body: string): string {
  return body.replace(SLOT_RELATIVE, '$1…').replace(RUN_LINK, '$1…)')
}

/** Whether the comment `existing` already says what `body` says (see above). */
export function sameReport(existing: string, body: string): boolean {
  return existing === body || stableBody(existing) === stableBody(body)
}
