/**
 * The one `wxpress` check run on the head commit (DESIGN §8). When the newest of ours already
 * carries the same digest, nothing is written. Otherwise the report must replace it, and GitHub can
 * add annotations to a run (PATCH appends them) but never remove one:
 * - when every annotation the run holds is still a finding, the run is PATCHed in place (title,
 *   summary, conclusion) and only the missing annotations are appended, 50 per request;
 * - when some are no longer findings, a new run is created with exactly the current ones (the only
 *   honest way to drop them), and the old run is renamed `wxpress (superseded)` with conclusion
 *   `neutral` and a summary pointing at the new one, so the commit keeps exactly one run named
 *   `wxpress` and no stale failure.
 * Older runs of ours still named `wxpress` (from earlier versions) are retired the same way.
 */
import type { CheckAnnotation, CheckRunInfo } from './github-checks.js'
import type { GithubClient } from './github-client.js'
import { batches, type CheckPlan, DIGEST_PREFIX } from '../pr/report/check-annotations.js'

export const CHECK_NAME = 'wxpress'
export const SUPERSEDED_NAME = 'wxpress (superseded)'

export interface CheckRunResult {
  action: 'created' | 'updated' | 'unchanged'
  id: number
  url: string
  requests: number
}

const keyOf = (a: CheckAnnotation) =>
  JSON.stringify([
    a.path,
    a.start_line,
    a.end_line,
    a.start_column ?? null,
    a.end_column ?? null,
    a.annotation_level,
    a.title ?? '',
    a.message,
  ])

/** The annotations of `wanted` that `had` lacks, or undefined when `had` holds one `wanted` does not. */
export function missingAnnotations<T extends CheckAnnotation>(
  wanted: readonly T[],
  had: readonly CheckAnnotation[],
): T[] | undefined {
  const count = new Map<string, number>()
  for (const a of had) count.set(keyOf(a), (count.get(keyOf(a)) ?? 0) + 1)
  const missing = wanted.filter((a) => {
    const n = count.get(keyOf(a)) ?? 0
    if (n > 0) count.set(keyOf(a), n - 1)
    return n === 0
  })
  return [...count.values()].some((n) => n > 0) ? undefined : missing
}

async function updateInPlace(
  client: GithubClient,
  run: CheckRunInfo,
  plan: CheckPlan,
): Promise<CheckRunResult | undefined> {
  const missing = missingAnnotations(plan.annotations.flat(), await client.checks.annotations(run.id))
  if (missing === undefined) return undefined
  const output = { title: plan.title, summary: plan.summary }
  const [first = [], ...rest] = batches(missing)
  await client.checks.patch(run.id, {
    conclusion: plan.conclusion,
    output: { ...output, annotations: first },
  })
  for (const batch of rest) await client.checks.update(run.id, { ...output, annotations: batch })
  return { action: 'updated', id: run.id, url: run.htmlUrl, requests: 1 + rest.length }
}

export async function publishCheckRun(
  client: GithubClient,
  headSha: string,
  plan: CheckPlan,
): Promise<CheckRunResult> {
  const before = await client.checks.list(headSha, CHECK_NAME)
  const ours = before.filter((r) => r.output.summary?.includes(DIGEST_PREFIX))
  const newest = ours[0]
  let done: CheckRunResult | undefined
  if (newest && newest.status === 'completed' && newest.output.summary?.includes(plan.digest)) {
    done = { action: 'unchanged', id: newest.id, url: newest.htmlUrl, requests: 0 }
  } else if (newest && newest.status === 'completed') {
    done = await updateInPlace(client, newest, plan)
  }
  if (!done) {
    const [first = [], ...rest] = plan.annotations
    const output = { title: plan.title, summary: plan.summary }
    // a 502 may come after GitHub created the run: a new run with our digest is that one
    const run = await client.createOnce(
      () => client.checks.create(CHECK_NAME, headSha, plan.conclusion, { ...output, annotations: first }),
      async () =>
        (await client.checks.list(headSha, CHECK_NAME)).find(
          (r) => !before.some((b) => b.id === r.id) && r.output.summary?.includes(plan.digest),
        ),
    )
    for (const batch of rest) await client.checks.update(run.id, { ...output, annotations: batch })
    done = { action: 'created', id: run.id, url: run.htmlUrl, requests: 1 + rest.length }
  }
  for (const old of ours) {
    if (old.id === done.id) continue
    await client.checks.patch(old.id, {
      name: SUPERSEDED_NAME,
      conclusion: 'neutral',
      output: {
        title: '已被新的 wxpress 检查取代',
        summary: `这次检查的结果已经过时，请看同一提交上最新的 \`${CHECK_NAME}\` 检查：${done.url}`,
      },
    })
    done.requests++
  }
  return done
}
