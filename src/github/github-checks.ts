/**
 * Check runs: create one (completed, with its first ≤ 50 annotations), append annotations with
 * PATCH, and list the runs of a commit by name (to see whether an identical report is already there).
 */
import type { Octokit } from './octokit.js'

export interface CheckAnnotation {
  path: string
  start_line: number
  end_line: number
  start_column?: number
  end_column?: number
  annotation_level: 'notice' | 'warning' | 'failure'
  message: string
  title?: string
  raw_details?: string
}

export interface CheckOutput {
  title: string
  summary: string
  text?: string
  annotations?: CheckAnnotation[]
}

export interface CheckRunInfo {
  id: number
  name: string
  status: string
  conclusion: string | null
  htmlUrl: string
  output: { title: string | null; summary: string | null; text: string | null }
}

type Where = { owner: string; repo: string }
type Conclusion = 'success' | 'failure' | 'neutral'

export function createChecksApi(octokit: Octokit, where: Where) {
  const info = (r: {
    id: number
    name: string
    status: string
    conclusion: string | null
    html_url: string | null
    output: { title: string | null; summary: string | null; text: string | null }
  }): CheckRunInfo => ({
    id: r.id,
    name: r.name,
    status: r.status,
    conclusion: r.conclusion,
    htmlUrl: r.html_url ?? '',
    output: { title: r.output.title, summary: r.output.summary, text: r.output.text },
  })
  return {
    /** Check runs named `name` on `sha`, newest first. */
    async list(sha: string, name: string): Promise<CheckRunInfo[]> {
      const { data } = await octokit.rest.checks.listForRef({
        ...where,
        ref: sha,
        check_name: name,
        per_page: 100,
      })
      return data.check_runs.map(info).sort((a, b) => b.id - a.id)
    },
    async create(
      name: string,
      headSha: string,
      conclusion: Conclusion,
      output: CheckOutput,
    ): Promise<CheckRunInfo> {
      const { data } = await octokit.rest.checks.create({
        ...where,
        name,
        head_sha: headSha,
        status: 'completed',
        conclusion,
        output,
      })
      return info(data)
    },
    /** Appends `output.annotations` to the run (GitHub keeps the earlier ones). */
    async update(id: number, output: CheckOutput): Promise<void> {
      await octokit.rest.checks.update({ ...where, check_run_id: id, output })
    },
  }
}
