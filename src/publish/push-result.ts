/**
 * What became of each push in a publish run, typed for whoever reports on it (the CLI summary, exit
 * codes, and GitHub alerts: an issue for a missed, blocked or failed push, a PR comment for a sent one).
 */
import type { Message, Text } from '../i18n/message.js'
import type { Push } from '../schedule/push.js'

export interface BlockReason {
  /** Site-relative file the error is on. */
  file: string
  ruleId: string
  /** In the run's locale (the log line). */
  message: string
  /** The same as a catalogue message or Chinese text, and what to do, when known (for the alert issue). */
  text?: Text
  hint?: Text
}

interface Base {
  push: Push
  /** The slot has come (slot ≤ now): only due pushes make a run fail. */
  due: boolean
}

export type PushResult =
  | (Base & {
      status: 'sent'
      /** Per article, head first: the permanent URL when WeChat told it. */
      articles: { slug: string; url?: string }[]
      /** When WeChat took it (ISO); lateness is measured from the slot. */
      sentAt: string
      latenessMinutes: number
      /** Found sent by reconciliation (an interrupted earlier run), not sent by this run. */
      reconciled: boolean
    })
  | (Base & {
      status: 'missed'
      latenessMinutes: number
      /** Missed more than a day ago (reported as a warning; the run no longer fails for it). */
      old?: boolean
    })
  | (Base & {
      status: 'blocked'
      reasons: BlockReason[]
      /** Blocked by its articles and past its window by more than a day: never sendable, no longer fails a run. */
      old?: boolean
    })
  | (Base & {
      status: 'failed'
      errcode?: number
      /** What went wrong: a catalogue message (alerts write it in Chinese), or an unexpected error's text. */
      message: Text
      /** What to do about it (the errcode's hint). */
      hint?: Message
      /** An interrupted mass send whose outcome WeChat cannot tell (`publish/unconfirmed`). */
      unconfirmed?: boolean
      /** Not attempted: an earlier push of the run found the account's token cannot be had. */
      notAttempted?: boolean
    })
  | (Base & {
      status: 'pending'
      message: Text
      /** A call went unanswered (WeChat may or may not have done it): the next run reconciles. */
      unconfirmed?: boolean
    })
  | (Base & {
      status: 'drafted'
      /** This run saved the draft (draft/add or draft/update; would, in a dry run): not just found up to date. */
      saved?: boolean
    })
  | (Base & { status: 'already-sent' })
  | (Base & { status: 'would-send'; calls: string[] })

/** A push that needs a person: due and missed, blocked or failed. */
export function needsAttention(result: PushResult): boolean {
  if (!result.due) return false
  return result.status === 'missed' || result.status === 'blocked' || result.status === 'failed'
}

/**
 * A push that makes `publish` exit 1: one that needs attention, except a miss or a block older than
 * a day past its window (it stays a warning), and a due push whose send went unanswered (in limbo until reconciled).
 */
export function failsRun(result: PushResult): boolean {
  if ((result.status === 'missed' || result.status === 'blocked') && result.old) return false
  if (result.status === 'pending') return result.due && result.unconfirmed === true
  return needsAttention(result)
}

export function latenessMinutes(push: Push, atMs: number): number {
  return Math.max(0, Math.round((atMs - push.slotMs) / 60_000))
}

/** What `publishPlan` did: counts, and one result per push acted on. */
export interface PublishSummary {
  failed: number
  /** Sent by this run (or would be, in a dry run). */
  sent: number
  /** Found sent by an earlier run or attempt (reconciled, or WeChat's 45065): not sent by this run. */
  confirmed: number
  /** Pushes whose draft this run saved (draft/add or draft/update). */
  drafted: number
  /** Pushes prepared whose draft was already up to date (no draft call). */
  upToDate: number
  /** Pushes not attempted: their account's token could not be had (not counted in `failed`). */
  notAttempted: number
  /** Due pushes whose send went unanswered: in limbo until the next run reconciles them. */
  unconfirmed: number
  /** One per push acted on, in plan order. */
  results: PushResult[]
}
