/** `wxpress pr-report`: environment and event in, exit code out; the work is in src/github/report-pr.ts. */
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { actionsRuntime } from '../../github/actions-runtime.js'
import { createGithubClient } from '../../github/github-client.js'
import { reportPr } from '../../github/report-pr.js'
import type { WaitInfo } from '../../github/retry.js'
import { ACTIONS_BOT } from '../../github/sticky-comment.js'
import { escapeData } from '../../pr/annotations.js'
import { readArtifact } from '../../pr/report/read-artifact.js'
import { EXIT, type CliIO } from '../io.js'
import { resolveNow } from '../options.js'
import type { PrReportFlags } from './flags.js'
import { t } from '../../i18n/catalogue.js'
import type { Locale, Message } from '../../i18n/message.js'
import { prReportMessages } from '../../i18n/messages/pr-report.js'

const { msg } = prReportMessages

/** The log line before a wait on GitHub (or when giving up waiting). */
function waitMessage(w: WaitInfo): Message {
  const where = { method: w.method, route: w.route }
  const s = Math.round(w.ms / 1000)
  if (w.kind === 'budget') return msg.gaveUp({ ...where, s })
  if (w.kind === 'rate') return msg.rateLimited({ ...where, s, attempt: w.attempt })
  return msg.retrying({ ...where, status: w.status, s, attempt: w.attempt })
}

interface TrustedEvent {
  headSha?: string
  pulls?: number[]
  /** The run that uploaded the artifact (`workflow_run.id`). */
  runId?: number
}

/** The head sha (and PR numbers) of the triggering event, read from GITHUB_EVENT_PATH. */
async function trustedEvent(file: string | undefined): Promise<TrustedEvent | Message> {
  if (!file) return {}
  try {
    if ((await stat(file)).size > 25 * 1024 * 1024) return msg.eventTooLarge({ file })
    const event = JSON.parse(await readFile(file, 'utf8')) as {
      workflow_run?: { id?: unknown; head_sha?: unknown; pull_requests?: { number?: unknown }[] }
      pull_request?: { head?: { sha?: unknown } }
    }
    const run = event.workflow_run
    if (run) {
      if (typeof run.head_sha !== 'string') return msg.eventNoHead({ file })
      const pulls = (run.pull_requests ?? []).map((p) => Number(p.number)).filter(Number.isInteger)
      const runId = typeof run.id === 'number' && Number.isSafeInteger(run.id) ? run.id : undefined
      return { headSha: run.head_sha, pulls, ...(runId === undefined ? {} : { runId }) }
    }
    const head = event.pull_request?.head?.sha
    return typeof head === 'string' ? { headSha: head } : {}
  } catch (error) {
    return msg.eventUnreadable({ file, error: (error as Error).message })
  }
}

export async function runPrReport(io: CliIO, flags: PrReportFlags): Promise<number> {
  const env = io.env
  const actions = actionsRuntime(env)
  actions.mask(env.GITHUB_TOKEN)
  // pr-report reads no config: the site's language comes with the artifact, once it is read
  let locale: Locale = flags.locale ?? 'en'
  const line = (text: string) =>
    io.stderr.write(`${locale === 'en' ? 'wxpress pr-report: ' : 'wxpress pr-report：'}${text}\n`)
  // in a job the `::error::` line is the log line (GitHub shows it, red, and annotates the run)
  const fail = (message: string | Message, code: number = EXIT.errors) => {
    const text = typeof message === 'string' ? message : t(locale, message)
    if (actions.active) io.stdout.write(`::error::${escapeData(text)}\n`)
    else line(text)
    return code
  }
  if (!env.GITHUB_TOKEN) return fail(msg.noToken(), EXIT.usage)
  if (!/^[\w.-]+\/[\w.-]+$/.test(env.GITHUB_REPOSITORY ?? '')) {
    return fail(msg.badRepository(), EXIT.usage)
  }
  const repository = env.GITHUB_REPOSITORY!
  const read = await readArtifact(path.resolve(io.cwd, flags.artifact))
  if (!read.ok) return fail(read.error)
  const artifact = read.artifact
  locale = flags.locale ?? artifact.report.locale ?? locale
  for (const note of artifact.notes) line(t(locale, msg.skipped({ note })))
  const event = await trustedEvent(env.GITHUB_EVENT_PATH)
  if ('id' in event) return fail(event)
  const number = artifact.report.pr.number
  if (number === null) {
    line(t(locale, msg.noPull()))
    return EXIT.ok
  }
  if (event.pulls?.length && !event.pulls.includes(number)) {
    return fail(msg.wrongPull({ n: number, pulls: event.pulls.join(', #') }))
  }
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '')
  const web = `${server}/${repository}`
  const client = createGithubClient({
    baseUrl: env.GITHUB_API_URL || 'https://api.github.com',
    token: env.GITHUB_TOKEN,
    repository,
    sleep: io.sleep,
    onWait: (w) => line(t(locale, waitMessage(w))),
  })
  const result = await reportPr({
    client,
    artifact,
    web,
    nowMs: resolveNow(flags.now),
    trustedSha: event.headSha,
    // the artifact lives in the run that uploaded it: the triggering run, else this one
    runUrl: event.runId
      ? `${web}/actions/runs/${event.runId}`
      : env.GITHUB_RUN_ID && /^\d+$/.test(env.GITHUB_RUN_ID)
        ? `${web}/actions/runs/${env.GITHUB_RUN_ID}`
        : undefined,
    botLogin: env.WXPRESS_BOT_LOGIN || ACTIONS_BOT,
    locale,
    log: line,
    event: env.GITHUB_EVENT_NAME || undefined,
  })
  if (!result.ok && result.notice) {
    // in a job the notice's own line shows it in the log: once, as the errors
    if (actions.active && !result.quiet) io.stdout.write(`::notice::${escapeData(result.message)}\n`)
    else line(result.message)
    return EXIT.ok
  }
  if (!result.ok) return fail(result.message)
  await actions.summary(result.body.replace(/^<!--[^>]*-->\n/, ''))
  // every part was attempted; any that failed fails the job, each named with GitHub's answer
  for (const failure of result.failed) fail(failure)
  return result.failed.length > 0 ? EXIT.errors : EXIT.ok
}
