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
import { MAX_SUGGESTIONS, withFixTexts } from '../pr/report/suggestions.js'
import { upsertSticky, type StickyResult } from './sticky-comment.js'
import type { Artifact } from '../pr/report/read-artifact.js'
import { planCheckRun } from '../pr/report/check-annotations.js'
import { commentBody, PR_REPORT_MARKER } from '../pr/report/comment-body.js'
import { checkSummary } from '../pr/report/check-summary.js'
import { PREVIEWS_BRANCH, previewFiles, previewImages } from '../pr/report/previews-plan.js'
import { t } from '../i18n/catalogue.js'
import type { Locale, Message } from '../i18n/message.js'
import { prReportMessages } from '../i18n/messages/pr-report.js'

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
  /** Language of the log lines and the failure message (default en); the comment is Chinese. */
  locale?: Locale | undefined
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
  /** `notice`: nothing went wrong, there is just nothing to report (the pull request moved on). */
  | { ok: false; message: string; notice?: true }

const { msg } = prReportMessages

/** A GitHub failure as one clear sentence; `step` names what was being done (see prReportMessages). */
export function explain(step: string, error: unknown, locale: Locale = 'en'): string {
  if (!(error instanceof GithubApiError)) {
    return t(locale, msg.failed({ step, error: (error as Error).message }))
  }
  if (error.status === 403) return t(locale, msg.refused({ step, github: error.githubMessage }))
  if (error.status === 401) return t(locale, msg.rejected({ step }))
  return t(locale, msg.couldNot({ step, error: error.message }))
}

export async function reportPr(o: PrReportOptions): Promise<PrReportResult> {
  const { client, artifact } = o
  const locale = o.locale ?? 'en'
  const log = (message: Message) => o.log(t(locale, message))
  const { pr } = artifact.report
  if (pr.number === null)
    return {
      ok: false,
      message: t(locale, msg.noPullNumber()),
    }
  if (o.trustedSha && o.trustedSha !== pr.headSha) {
    return {
      ok: false,
      message: t(locale, msg.wrongSha({ artifact: pr.headSha.slice(0, 7), run: o.trustedSha.slice(0, 7) })),
    }
  }
  let step = 'readPull'
  try {
    const pull = await client.getPull(pr.number)
    if (pull.headSha !== pr.headSha) {
      // a newer push: its own check run reports (a normal race, not a failure); nothing is written
      return {
        ok: false,
        notice: true,
        message: t(
          locale,
          msg.moved({
            n: pr.number,
            head: pull.headSha.slice(0, 7),
            artifact: pr.headSha.slice(0, 7),
          }),
        ),
      }
    }
    step = 'checkRun'
    const diagnostics = artifact.report.check.diagnostics
    const plan = planCheckRun(diagnostics, checkSummary(artifact.report))
    const check = await publishCheckRun(client, pr.headSha, plan)
    const { action, requests, url } = check
    log(msg.checkRun({ action, n: diagnostics.length, requests, url }))
    step = 'previews'
    let images = previewImages(artifact, pr.number, o.web)
    let imagesNote: string | undefined
    const files = previewFiles(artifact, pr.number)
    if (files.length > 0) {
      try {
        const previews = await publishPreviews(client, PREVIEWS_BRANCH, pr.number, files)
        log(msg.previews({ action: previews.action, branch: PREVIEWS_BRANCH, n: files.length }))
      } catch (error) {
        log(msg.warning({ text: explain(step, error, locale) }))
        images = new Map([...images.keys()].map((slug) => [slug, { held: true }]))
        const where = o.runUrl ? `[检查运行的构建产物](${o.runUrl})` : '检查运行的构建产物'
        imagesNote = `预览图未能发布到 \`${PREVIEWS_BRANCH}\` 分支（需要 \`contents: write\`），请在${where}中下载查看。`
      }
    }
    step = 'suggestions'
    const withTexts = withFixTexts(diagnostics, artifact.report.articles)
    const suggestions = await postSuggestions(client, pr.number, pr.headSha, withTexts, o.botLogin)
    const { posted, applicable, left } = suggestions
    log(msg.suggestions({ posted, there: applicable - posted, left, max: MAX_SUGGESTIONS }))
    step = 'comment'
    const body = commentBody({
      report: artifact.report,
      links: { web: o.web, headSha: pr.headSha, checkRunUrl: check.url || undefined },
      nowMs: o.nowMs,
      images,
      imagesNote,
      artifactUrl: o.runUrl,
      suggestions: applicable,
      suggestionsLeft: left,
      notes: artifact.notes,
    })
    const comment = await upsertSticky(client, pr.number, PR_REPORT_MARKER, body, o.botLogin)
    log(msg.comment({ action: comment.action, n: body.length, url: comment.url }))
    return {
      ok: true,
      check,
      comment,
      body,
      suggestions: suggestions.posted,
      previews: imagesNote ? 'fallback' : 'ok',
    }
  } catch (error) {
    return { ok: false, message: explain(step, error, locale) }
  }
}
