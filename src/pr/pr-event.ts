/**
 * The `pull_request` event GitHub writes to `GITHUB_EVENT_PATH`: only the PR number, head sha, base
 * ref and base sha are taken from it (the CLI reads the file; this parses its text).
 */
import { z } from '../core/zod.js'

export interface PullRequestRef {
  number: number | null
  headSha: string
  baseRef: string
  /** The base branch's tip when the event fired (`pull_request.base.sha`), when the event has it. */
  baseSha?: string
}

export type ParsedEvent = { ok: true; value: PullRequestRef } | { ok: false; reason: string }

/** Parses the event file's text; a push or other event is refused with the reason. */
export function parsePullRequestEvent(text: string): ParsedEvent {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (error) {
    return { ok: false, reason: `the event file is not JSON (${(error as Error).message})` }
  }
  const parsed = eventSchema.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue ? issue.path.join('.') || '(root)' : '(root)'
    return {
      ok: false,
      reason: `the event is not a \`pull_request\` event (\`${where}\`: ${issue?.message ?? 'invalid'})`,
    }
  }
  const pr = parsed.data.pull_request
  const value: PullRequestRef = {
    number: pr.number,
    headSha: pr.head.sha.toLowerCase(),
    baseRef: pr.base.ref,
  }
  if (pr.base.sha) value.baseSha = pr.base.sha.toLowerCase()
  return { ok: true, value }
}

/** The part of a `pull_request` event (GITHUB_EVENT_PATH) pr-check reads. */
const eventSchema = z.object({
  pull_request: z.object({
    number: z.number().int().positive(),
    head: z.object({ sha: z.string().regex(/^[0-9a-f]{40}$/i) }),
    base: z.object({
      ref: z.string().min(1),
      sha: z
        .string()
        .regex(/^[0-9a-f]{40}$/i)
        .optional(),
    }),
  }),
})
