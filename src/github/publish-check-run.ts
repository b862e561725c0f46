/**
 * The `wxpress` check run on the head commit: created completed with the first 50 annotations, the
 * rest appended 50 at a time with PATCH (the Checks API limit). When the newest `wxpress` run of the
 * commit already carries the same digest, nothing is written.
 */
import type { GithubClient } from './github-client.js'
import type { CheckPlan } from '../pr/report/check-annotations.js'

export const CHECK_NAME = 'wxpress'

export interface CheckRunResult {
  action: 'created' | 'unchanged'
  id: number
  url: string
  requests: number
}

export async function publishCheckRun(
  client: GithubClient,
  headSha: string,
  plan: CheckPlan,
): Promise<CheckRunResult> {
  const before = await client.checks.list(headSha, CHECK_NAME)
  const newest = before[0]
  if (newest && newest.status === 'completed' && newest.output.summary?.includes(plan.digest)) {
    return { action: 'unchanged', id: newest.id, url: newest.htmlUrl, requests: 0 }
  }
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
  return { action: 'created', id: run.id, url: run.htmlUrl, requests: 1 + rest.length }
}
