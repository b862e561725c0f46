/**
 * Check runs: create one (completed, with its first ≤ 50 annotations), update one with PATCH (its
 * name, conclusion and output; annotations are appended, GitHub has no way to remove one), list the
 * runs of a commit by name and the annotations of a run.
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

/** A PATCH of a check run: what is given is replaced, `output.annotations` are appended. */
export interface CheckRunPatch {
  name?: string
  conclusion?: Conclusion
  output?: CheckOutput
}

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
    /** Renames, re-concludes and/or rewrites the output of a completed run. */
    async patch(id: number, change: CheckRunPatch): Promise<void> {
      const status = change.conclusion ? { status: 'completed' as const } : {}
      await octokit.rest.checks.update({ ...where, check_run_id: id, ...status, ...change })
    },
    /** Every annotation of the run, page by page. */
    async annotations(id: number): Promise<CheckAnnotation[]> {
      const list = await octokit.paginate(octokit.rest.checks.listAnnotations, {
        ...where,
        check_run_id: id,
        per_page: 100,
      })
      return list.map((a) => ({
        path: a.path,
        start_line: a.start_line,
        end_line: a.end_line,
        ...(a.start_column == null ? {} : { start_column: a.start_column }),
        ...(a.end_column == null ? {} : { end_column: a.end_column }),
        annotation_level: (a.annotation_level ?? 'notice') as CheckAnnotation['annotation_level'],
        message: a.message ?? '',
        ...(a.title ? { title: a.title } : {}),
      }))
    },
  }
}
