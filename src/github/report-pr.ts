/**
 * `wxpress pr-report`, the trusted half: from an artifact read as data, after checking that it
 * belongs to the pull request's current head, writes the `wxpress` check run, the preview images,
 * the one-click fix review and the sticky comment. Every write is skipped when GitHub already holds
 * the same thing, so a re-run with nothing new writes nothing.
 */
import type { GithubClient } from './github-client.js'
import { GithubApiError } from './octokit.js'
import { explain, partFailedMessage } from './explain-failure.js'
import { publishCheckRun, type CheckRunResult } from './publish-check-run.js'
import { publishPreviews } from './publish-previews.js'
import { postSuggestions } from './post-suggestions.js'
import { MAX_SUGGESTIONS } from '../pr/report/suggestions.js'
import { withFixTexts } from '../pr/report/with-fix-texts.js'
import { findSticky, upsertSticky, type StickyResult } from './sticky-comment.js'
import { touchesNoArticle } from '../pr/report/touches-no-article.js'
import type { Artifact } from '../pr/report/read-artifact.js'
import { planCheckRun } from '../pr/report/check-annotations.js'
import { commentBody, PR_REPORT_MARKER } from '../pr/report/comment-body.js'
import { sameReport } from '../pr/report/comment-stable.js'
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
  /** pr-report's clock (`--now`, else the real one): only for an artifact without `checkedAt`. */
  nowMs: number
  /** Head sha of the triggering event (`workflow_run.head_sha`), when there is one. */
  trustedSha?: string | undefined
  /** `{server}/{repo}/actions/runs/{id}` of this run: where the artifact can be downloaded. */
  runUrl?: string | undefined
  botLogin: string
  log: (line: string) => void
  /** Language of the log lines and the failure message (default en); the comment is Chinese. */
  locale?: Locale | undefined
  /** `GITHUB_EVENT_NAME` of this job: what a 403 advises depends on it (see `explain`). */
  event?: string | undefined
}

export type PrReportResult =
  | {
      ok: true
      /** Undefined when creating the check run failed (see `failed`). */
      check: CheckRunResult | undefined
      /** Undefined when writing the comment failed. */
      comment: StickyResult | undefined
      body: string
      suggestions: number
      previews: string
      /** One sentence per part that failed (check run, previews, suggestions, comment): exit 1. */
      failed: string[]
    }
  /**
   * `notice`: nothing went wrong, there is just nothing to report (the pull request moved on);
   * `quiet`: nor anything to tell the job's annotations (the pull request touches no article).
   */
  | { ok: false; message: string; notice?: true; quiet?: true }

const { msg } = prReportMessages

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
  const number = pr.number
  let step = 'readPull'
  try {
    const pull = await client.getPull(pr.number)
    if (pull.headSha !== pr.headSha) {
      // with the event's sha matching the artifact, a newer push (a normal race, not a failure); without
      // an event it may as well be an artifact of another commit: said so. Nothing is written either way.
      const said = o.trustedSha ? msg.moved : msg.headDiffers
      return {
        ok: false,
        notice: true,
        message: t(
          locale,
          said({
            n: pr.number,
            head: pull.headSha.slice(0, 7),
            artifact: pr.headSha.slice(0, 7),
          }),
        ),
      }
    }
    // a pull request without articles (README only) gets nothing, unless our comment is there already
    if (touchesNoArticle(artifact.report)) {
      const ours = findSticky(await client.listComments(number), PR_REPORT_MARKER, o.botLogin)
      if (!ours) return { ok: false, notice: true, quiet: true, message: t(locale, msg.nothingToReport()) }
    }
    // the parts run independently: a failed one is reported, the comment is still written
    const failed: string[] = []
    const inComment: string[] = []
    const part = async <T>(name: string, run: () => Promise<T>): Promise<T | undefined> => {
      try {
        return await run()
      } catch (error) {
        failed.push(explain(name, error, locale, o.event))
        inComment.push(t('zh-CN', partFailedMessage(name, error)))
        return undefined
      }
    }
    const diagnostics = artifact.report.check.diagnostics
    const check = await part('checkRun', async () => {
      const plan = planCheckRun(diagnostics, checkSummary(artifact.report))
      const done = await publishCheckRun(client, pr.headSha, plan)
      log(
        msg.checkRun({ action: done.action, n: diagnostics.length, requests: done.requests, url: done.url }),
      )
      return done
    })
    let images = previewImages(artifact, pr.number, o.web)
    let imagesNote: string | undefined
    const files = previewFiles(artifact, pr.number)
    if (files.length > 0) {
      try {
        const previews = await publishPreviews(client, PREVIEWS_BRANCH, pr.number, files)
        log(msg.previews({ action: previews.action, branch: PREVIEWS_BRANCH, n: files.length }))
      } catch (error) {
        // without `contents: write` the images stay in the artifact (by design); any other error fails
        const forbidden = error instanceof GithubApiError && error.status === 403
        if (forbidden) log(msg.warning({ text: explain('previews', error, locale, o.event) }))
        else await part('previews', () => Promise.reject(error))
        images = new Map([...images.keys()].map((slug) => [slug, { held: true }]))
        const where = o.runUrl ? `[检查运行的构建产物](${o.runUrl})` : '检查运行的构建产物'
        const need = forbidden ? '（需要 `contents: write`）' : ''
        imagesNote = `预览图未能发布到 \`${PREVIEWS_BRANCH}\` 分支${need}，请在${where}中下载查看。`
      }
    }
    const suggestions = await part('suggestions', async () => {
      const withTexts = withFixTexts(diagnostics, artifact.report.articles)
      const fixed = new Map(artifact.report.articles.map((a) => [a.file, a.fixedLines]))
      const done = await postSuggestions(client, number, pr.headSha, withTexts, o.botLogin, fixed)
      const { posted, applicable, left } = done
      log(msg.suggestions({ posted, there: applicable - posted, left, max: MAX_SUGGESTIONS }))
      return done
    })
    step = 'comment'
    // relative times ("3 天后") are from the time pr-check judged against (`checkedAt`), which wins over
    // pr-report's clock and its `--now`: the comment states pr-check's findings ("推送时间…已过去超过 3 小时"),
    // and a second clock would contradict them. `--now` serves only artifacts without `checkedAt`.
    const checkedMs = Date.parse(artifact.report.checkedAt ?? '')
    const body = commentBody({
      report: artifact.report,
      links: { web: o.web, headSha: pr.headSha, checkRunUrl: check?.url || undefined },
      nowMs: Number.isNaN(checkedMs) ? o.nowMs : checkedMs,
      images,
      imagesNote,
      artifactUrl: o.runUrl,
      suggestions: suggestions?.applicable ?? 0,
      suggestionsLeft: suggestions?.left,
      suggestionPlaces: suggestions?.places,
      notes: artifact.notes,
      failed: inComment,
    })
    const comment = await part('comment', async () => {
      const done = await upsertSticky(client, number, PR_REPORT_MARKER, body, o.botLogin, sameReport)
      log(msg.comment({ action: done.action, n: body.length, url: done.url }))
      return done
    })
    return {
      ok: true,
      check,
      comment,
      body,
      suggestions: suggestions?.posted ?? 0,
      previews: imagesNote ? 'fallback' : 'ok',
      failed,
    }
  } catch (error) {
    return { ok: false, message: explain(step, error, locale, o.event) }
  }
}
