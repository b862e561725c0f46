/** pr-report's words for a GitHub failure: the log's sentence and the comment's short line. */
import { GithubApiError } from './octokit.js'
import { t } from '../i18n/catalogue.js'
import type { Locale, Message } from '../i18n/message.js'
import { prReportMessages } from '../i18n/messages/pr-report.js'

const { msg } = prReportMessages

/**
 * A GitHub failure as one clear sentence; `step` names what was being done (see prReportMessages).
 * A 403 under `pull_request` is a fork's read-only token (run pr-report from `workflow_run`); under
 * any other `event` (`workflow_run` included) the workflow's permissions are too narrow.
 */
export function explain(step: string, error: unknown, locale: Locale = 'en', event?: string): string {
  if (!(error instanceof GithubApiError)) {
    return t(locale, msg.failed({ step, error: (error as Error).message }))
  }
  if (error.status === 403) {
    const refused = event === 'pull_request' ? msg.refused : msg.refusedPermissions
    return t(locale, refused({ step, github: error.githubMessage }))
  }
  if (error.status === 401) return t(locale, msg.rejected({ step }))
  return t(locale, msg.couldNot({ step, error: error.message }))
}

/** The comment's line about a part that failed (GitHub's status only; the log has the details). */
export function partFailedMessage(step: string, error: unknown): Message {
  const status = error instanceof GithubApiError ? error.status : -1
  return msg.partFailed({ step, status })
}
