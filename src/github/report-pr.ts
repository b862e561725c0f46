/**
 * `wxpress pr-report`, the trusted half: from an artifact read as data, after checking that it
 * belongs to the pull request's current head, writes the `wxpress` check run, the preview images,
 * the one-click fix review and the sticky comment. Every write is skipped when GitHub already holds
 * the same thing, so a re-run with nothing new writes nothing.
 */
import type { GithubClient } from './github-client.js'
import { GithubApiError } from './octokit.js'
import { publishCheckRun, type CheckRunResult } from './publish-check-run.js'
import { publishPreviews } from './publish-previews.js'
import { postSuggestions } from './post-suggestions.js'
import { upsertSticky, type StickyResult } from './sticky-comment.js'
import type { Artifact } from '../pr/report/read-artifact.js'
import { planCheckRun } from '../pr/report/check-annotations.js'
import { commentBody, PR_REPORT_MARKER } from '../pr/report/comment-body.js'
import { checkSummary } from '../pr/report/check-summary.js'
import { PREVIEWS_BRANCH, previewFiles, previewImages } from '../pr/report/previews-plan.js'

export interface PrReportOptions {
  client: GithubClient
  artifact: Artifact
  /** `{server}/{owner}/{repo}` */
  web: string
  nowMs: number
  /** Head sha of the triggering event (`workflow_run.head_sha`), when there is one. */
  trustedSha?: string | undefined
  /** `{server}/{repo}/actions/runs/{id}` of this run: where the artifact can be downloaded. */
  runUrl?: string | undefined
  botLogin: string
  log: (line: string) => void
}

export type PrReportResult =
  | {
      ok: true
      check: CheckRunResult
      comment: StickyResult
      body: string
      suggestions: number
      previews: string
    }
  | { ok: false; message: string }

const PERMISSIONS =
  'this job needs `pull-requests: write` and `checks: write` (and `contents: write` for the ' +
  "preview images); a fork PR's token is read-only, so run pr-report from a `workflow_run` workflow"

/** A GitHub failure as one clear sentence. */
export function explain(step: string, error: unknown): string {
  if (!(error instanceof GithubApiError)) return `${step} failed: ${(error as Error).message}`
  if (error.status === 403)
    return `GitHub refused to ${step} (HTTP 403: ${error.githubMessage}): ${PERMISSIONS}.`
  if (error.status === 401)
    return `GitHub rejected the token while trying to ${step} (HTTP 401): check GITHUB_TOKEN.`
  return `could not ${step}: ${error.message}`
}

export async function reportPr(o: PrReportOptions): Promise<PrReportResult> {
  const { client, artifact, log } = o
  const { pr } = artifact.report
  if (pr.number === null)
    return {
      ok: false,
      message: 'the artifact names no pull request (pr.number is null); nothing to report on.',
    }
  if (o.trustedSha && o.trustedSha !== pr.headSha) {
    return {
      ok: false,
      message:
        `the artifact is for ${pr.headSha.slice(0, 7)} but the workflow run is for ` +
        `${o.trustedSha.slice(0, 7)}; not reporting.`,
    }
  }
  let step = 'read the pull request'
  try {
    const pull = await client.getPull(pr.number)
    if (pull.headSha !== pr.headSha) {
      return {
        ok: false,
        message:
          `pull request #${pr.number} is at ${pull.headSha.slice(0, 7)}, ` +
          `not at the artifact's ${pr.headSha.slice(0, 7)}; ` +
          'not reporting (a newer run will, or the artifact names the wrong pull request).',
      }
    }
    step = 'create the check run'
    const diagnostics = artifact.report.check.diagnostics
    const plan = planCheckRun(diagnostics, checkSummary(artifact.report))
    const check = await publishCheckRun(client, pr.headSha, plan)
    log(
      `check run ${check.action} (${diagnostics.length} annotations, ${check.requests} requests): ` +
        check.url,
    )
    step = 'publish the preview images'
    let images = previewImages(artifact, pr.number, o.web)
    let imagesNote: string | undefined
    const files = previewFiles(artifact, pr.number)
    if (files.length > 0) {
      try {
        const previews = await publishPreviews(client, PREVIEWS_BRANCH, pr.number, files)
        log(`preview images ${previews.action} on ${PREVIEWS_BRANCH} (${files.length} files)`)
      } catch (error) {
        log(`warning: ${explain(step, error)}`)
        images = new Map([...images.keys()].map((slug) => [slug, { held: true }]))
        const where = o.runUrl ? `[检查运行的构建产物](${o.runUrl})` : '检查运行的构建产物'
        imagesNote = `预览图未能发布到 \`${PREVIEWS_BRANCH}\` 分支（需要 \`contents: write\`），请在${where}中下载查看。`
      }
    }
    step = 'post the suggestions review'
    const suggestions = await postSuggestions(client, pr.number, pr.headSha, diagnostics, o.botLogin)
    log(
      `suggestions: ${suggestions.posted} posted, ` +
        `${suggestions.applicable - suggestions.posted} already there`,
    )
    step = 'write the sticky comment'
    const body = commentBody({
      report: artifact.report,
      links: { web: o.web, headSha: pr.headSha, checkRunUrl: check.url || undefined },
      nowMs: o.nowMs,
      images,
      imagesNote,
      artifactUrl: o.runUrl,
      suggestions: suggestions.applicable,
      notes: artifact.notes,
    })
    const comment = await upsertSticky(client, pr.number, PR_REPORT_MARKER, body, o.botLogin)
    log(`comment ${comment.action} (${body.length} characters): ${comment.url}`)
    return {
      ok: true,
      check,
      comment,
      body,
      suggestions: suggestions.posted,
      previews: imagesNote ? 'fallback' : 'ok',
    }
  } catch (error) {
    return { ok: false, message: explain(step, error) }
  }
}
