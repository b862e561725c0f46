/**
 * The `pr-check` command's action: the pull request from the event file (or `--base`), the diff from
 * git, then `runPrCheck`; prints the annotations and writes the job summary.
 */
import { appendFile, lstat, readFile } from 'node:fs/promises'
import path from 'node:path'
import { VFile } from '../../core/vfile.js'
import { report } from '../../diagnostics/diagnostic.js'
import { fileAt, lineMoves, pullRequestDiff, revParse } from '../../github/git.js'
import { parsePullRequestEvent, type PullRequestRef } from '../../pr/pr-event.js'
import { notThePr } from './pr-checkout.js'
import { withLedgerSnapshot } from './ledger-snapshot.js'
import { runPrCheck } from '../../pr/pr-check.js'
import { parseLineMoves, type LineMoves } from '../../pr/relocate-to-head.js'
import { loadSite } from '../../site/load-site.js'
import { siteLocale } from './pr-site-locale.js'
import { EXIT, type CliIO } from '../io.js'
import { resolveNow } from '../options.js'
import { reportUsage } from '../report-usage.js'
import { buildVersion } from '../version.js'
import type { PrCheckFlags } from './flags.js'
import { t } from '../../i18n/catalogue.js'
import type { Locale, Message } from '../../i18n/message.js'
import { prCheckMessages } from '../../i18n/messages/pr-check.js'
import { reportMessages } from '../../i18n/messages/report.js'

const { msg } = prCheckMessages

export async function runPrCheckCommand(io: CliIO, flags: PrCheckFlags): Promise<number> {
  const site = await loadSite({ root: io.cwd, config: flags.config, content: flags.content })
  const target = await pullRequest(io, flags)
  const locale = flags.locale ?? (await siteLocale(io.cwd, site, target.ok ? target.diffBase : undefined))
  if (reportUsage(io, site, undefined, locale)) return EXIT.usage
  const usage = new VFile({ path: '(command line)', cwd: io.cwd })
  // pr-check's set-up errors end up in an Actions log: each names its rule id, to be searched for
  const fail = (ruleId: string, message: Message, hint: Message, value?: string) => {
    report(usage, 'error', ruleId, 'github', message, { hint, value })
    reportUsage(io, { usage }, undefined, locale, true)
    return EXIT.usage
  }
  if (!target.ok) return fail('cli/pr-event', target.message, target.hint, target.value)
  const { head, moves } = await headLines(io, target.pr, locale)
  const diff = await pullRequestDiff(io.cwd, target.diffBase, head)
  if (!diff.ok) {
    return fail(
      'cli/changed-failed',
      msg.diffFailed({ base: target.diffBase, error: diff.error }),
      msg.diffFailedHint(),
      target.diffBase,
    )
  }
  const wrong = await notThePr({
    cwd: io.cwd,
    pr: target.pr,
    diffBase: target.diffBase,
    head,
    files: diff.files,
    contentDir: path.relative(io.cwd, site.contentDir).split(path.sep).join('/'),
  })
  if (wrong) return fail('pr/not-the-pr-checkout', wrong.message, msg.checkoutHint(), wrong.value)
  const artifactDir = path.resolve(io.cwd, flags.artifact)
  const link = await lstat(artifactDir).then(
    (s) => s.isSymbolicLink(),
    () => false,
  )
  if (link) {
    return fail(
      'cli/artifact-link',
      msg.artifactLink({ dir: flags.artifact }),
      msg.artifactLinkHint(),
      flags.artifact,
    )
  }
  const executablePath = flags.chromium ?? (io.env.CHROMIUM_PATH || undefined)
  const out = await withLedgerSnapshot(io, locale, (ledgers) =>
    runPrCheck({
      site,
      ledgers,
      pr: target.pr,
      diff,
      moves,
      baseText: (file) => fileAt(io.cwd, target.diffBase, file),
      nowMs: resolveNow(flags.now),
      version: buildVersion(),
      artifactDir,
      browser: flags.screenshots ? { executablePath } : false,
      locale,
    }),
  )
  io.stdout.write(out.annotations)
  const { summary } = out.report.check
  if (out.report.scope.reason) io.stdout.write(`${out.report.scope.reason}\n`)
  const done = msg.done({ articles: out.report.articles.length, ...summary, artifact: flags.artifact })
  io.stdout.write(`${t(locale, done)}\n`)
  if (out.omitted.length > 0) {
    io.stderr.write(`${t(locale, msg.omitted({ names: out.omitted.join(', ') }))}\n`)
  }
  if (out.screenshotsSkipped && flags.screenshots)
    io.stderr.write(`${t(locale, msg.screenshotsSkipped({ reason: out.screenshotsSkipped }))}\n`)
  if (out.noCjkFont.length > 0) {
    // like the set-up errors, the rule id in brackets: searchable in the Actions log
    const slugs = out.noCjkFont.join(', ')
    io.stderr.write(`${t(locale, msg.noCjkFont({ slugs }))} [pr/screenshot-no-cjk-font]\n`)
    io.stderr.write(`${t(locale, reportMessages.msg.hint({ hint: t(locale, msg.noCjkFontHint()) }))}\n`)
  }
  const summaryPath = io.env.GITHUB_STEP_SUMMARY
  if (summaryPath) await appendFile(summaryPath, out.summaryMarkdown).catch(() => undefined)
  if (site.loadedConfig.failed) return EXIT.usage
  return summary.errors > 0 ? EXIT.errors : EXIT.ok
}

type Target =
  | { ok: true; pr: PullRequestRef; diffBase: string }
  | { ok: false; message: Message; hint: Message; value?: string }

/** The pull request: `--base` (number null, head = HEAD) or the `pull_request` event file. */
async function pullRequest(io: CliIO, flags: PrCheckFlags): Promise<Target> {
  if (flags.base !== undefined) {
    const head = await revParse(io.cwd, 'HEAD')
    if (!head.ok)
      return {
        ok: false,
        message: msg.noHead({ error: head.error }),
        hint: msg.noHeadHint(),
      }
    const base = await revParse(io.cwd, flags.base)
    if (!base.ok)
      return {
        ok: false,
        message: msg.noBase({ base: flags.base, error: base.error }),
        hint: msg.noBaseHint(),
        value: flags.base,
      }
    return { ok: true, pr: { number: null, headSha: head.sha, baseRef: flags.base }, diffBase: flags.base }
  }
  const eventPath = io.env.GITHUB_EVENT_PATH
  if (!eventPath) {
    return {
      ok: false,
      message: msg.noEvent(),
      hint: msg.noEventHint(),
    }
  }
  const text = await readFile(eventPath, 'utf8').catch((error: Error) => error)
  if (text instanceof Error)
    return {
      ok: false,
      message: msg.eventUnreadable({ error: text.message }),
      hint: msg.eventUnreadableHint(),
      value: eventPath,
    }
  const event = parsePullRequestEvent(text)
  if (!event.ok)
    return {
      ok: false,
      message: msg.eventUnusable({ path: eventPath, reason: event.reason }),
      hint: msg.eventUnusableHint(),
      value: eventPath,
    }
  // the base tip the event names, when the clone has it (a local branch may have moved past the head);
  // else the base branch actions/checkout fetches as origin/<base> (with fetch-depth: 0)
  const remote = `origin/${event.value.baseRef}`
  const { baseSha } = event.value
  const diffBase =
    baseSha && (await revParse(io.cwd, baseSha)).ok
      ? baseSha
      : (await revParse(io.cwd, remote)).ok
        ? remote
        : event.value.baseRef
  return { ok: true, pr: event.value, diffBase }
}

/**
 * `actions/checkout` on a `pull_request` event checks out the merge commit: the PR's changed lines
 * and the findings' lines are then taken at its head commit (`relocateToHead`), where reviewers,
 * annotations and suggestions see them. Without the head commit in the clone they stay as checked.
 */
async function headLines(
  io: CliIO,
  pr: PullRequestRef,
  locale: Locale,
): Promise<{ head: string; moves: LineMoves | undefined }> {
  const checkedOut = await revParse(io.cwd, 'HEAD')
  if (pr.number === null || !checkedOut.ok || checkedOut.sha === pr.headSha) {
    return { head: 'HEAD', moves: undefined }
  }
  const present = await revParse(io.cwd, pr.headSha)
  const moves = present.ok ? await lineMoves(io.cwd, 'HEAD', pr.headSha) : undefined
  if (!moves?.ok) {
    io.stderr.write(`${t(locale, msg.headMissing({ sha: pr.headSha.slice(0, 7) }))}\n`)
    return { head: 'HEAD', moves: undefined }
  }
  return { head: pr.headSha, moves: parseLineMoves(moves.patch) }
}
