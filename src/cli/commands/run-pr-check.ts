/**
 * The `pr-check` command's action: the pull request from the event file (or `--base`), the diff from
 * git, then `runPrCheck`; prints the annotations and writes the job summary.
 */
import { appendFile, lstat, readFile } from 'node:fs/promises'
import path from 'node:path'
import { VFile } from 'vfile'
import { report } from '../../diagnostics/diagnostic.js'
import { pullRequestDiff, revParse } from '../../github/git.js'
import { parsePullRequestEvent, type PullRequestRef } from '../../pr/pr-event.js'
import { runPrCheck } from '../../pr/pr-check.js'
import { loadSite } from '../../site/load-site.js'
import { EXIT, type CliIO } from '../io.js'
import { resolveNow } from '../options.js'
import { reportUsage } from '../report-usage.js'
import { buildVersion } from '../version.js'
import type { PrCheckFlags } from './flags.js'

export async function runPrCheckCommand(io: CliIO, flags: PrCheckFlags): Promise<number> {
  const usage = new VFile({ path: '(command line)', cwd: io.cwd })
  const fail = (ruleId: string, message: string, hint: string, value?: string) => {
    report(usage, 'error', ruleId, 'github', message, { hint, value })
    reportUsage(io, { usage })
    return EXIT.usage
  }
  const target = await pullRequest(io, flags)
  if (!target.ok) return fail('cli/pr-event', target.message, target.hint, target.value)
  const diff = await pullRequestDiff(io.cwd, target.diffBase)
  if (!diff.ok) {
    return fail(
      'cli/changed-failed',
      `Cannot list the changes of this pull request since ${target.diffBase}: ${diff.error}`,
      'Check out with history (actions/checkout with fetch-depth: 0) so that the base branch is in the clone.',
      target.diffBase,
    )
  }
  const artifactDir = path.resolve(io.cwd, flags.artifact)
  const link = await lstat(artifactDir).then(
    (s) => s.isSymbolicLink(),
    () => false,
  )
  if (link) {
    return fail(
      'cli/artifact-link',
      `The artifact folder ${flags.artifact} is a symbolic link; pr-check does not write through it`,
      'Remove the link, or pass another folder with --artifact <dir>.',
      flags.artifact,
    )
  }
  const site = await loadSite({ root: io.cwd, config: flags.config, content: flags.content })
  if (reportUsage(io, site)) return EXIT.usage
  const executablePath = flags.chromium ?? (io.env.CHROMIUM_PATH || undefined)
  const out = await runPrCheck({
    site,
    pr: target.pr,
    diff,
    nowMs: resolveNow(flags.now),
    version: buildVersion(),
    artifactDir,
    browser: flags.screenshots ? { executablePath } : false,
  })
  io.stdout.write(out.annotations)
  const { summary } = out.report.check
  if (out.report.scope.reason) io.stdout.write(`${out.report.scope.reason}\n`)
  const counts = `${summary.errors} error(s), ${summary.warnings} warning(s)`
  io.stdout.write(`pr-check: ${out.report.articles.length} article(s), ${counts}; artifact in ${flags.artifact}/\n`)
  if (out.omitted.length > 0) {
    const names = out.omitted.join(', ')
    io.stderr.write(`pr-check: not in the report (folder names must be letters, digits, . _ -): ${names}\n`)
  }
  if (out.screenshotsSkipped && flags.screenshots)
    io.stderr.write(`无法截图 / screenshots skipped: ${out.screenshotsSkipped}\n`)
  const summaryPath = io.env.GITHUB_STEP_SUMMARY
  if (summaryPath) await appendFile(summaryPath, out.summaryMarkdown).catch(() => undefined)
  if (site.loadedConfig.failed) return EXIT.usage
  return summary.errors > 0 ? EXIT.errors : EXIT.ok
}

type Target =
  | { ok: true; pr: PullRequestRef; diffBase: string }
  | { ok: false; message: string; hint: string; value?: string }

/** The pull request: `--base` (number null, head = HEAD) or the `pull_request` event file. */
async function pullRequest(io: CliIO, flags: PrCheckFlags): Promise<Target> {
  if (flags.base !== undefined) {
    const head = await revParse(io.cwd, 'HEAD')
    if (!head.ok)
      return {
        ok: false,
        message: `Cannot read HEAD: ${head.error}`,
        hint: "Run pr-check inside the site's git repository.",
      }
    const base = await revParse(io.cwd, flags.base)
    if (!base.ok)
      return {
        ok: false,
        message: `Cannot find the base ${flags.base}: ${base.error}`,
        hint: 'Fetch the base branch first, or check its spelling.',
        value: flags.base,
      }
    return { ok: true, pr: { number: null, headSha: head.sha, baseRef: flags.base }, diffBase: flags.base }
  }
  const eventPath = io.env.GITHUB_EVENT_PATH
  if (!eventPath) {
    return {
      ok: false,
      message: 'pr-check needs a pull request: no --base and no GITHUB_EVENT_PATH',
      hint: 'In a `pull_request` workflow GitHub sets GITHUB_EVENT_PATH; locally pass --base <ref> (e.g. --base main).',
    }
  }
  const text = await readFile(eventPath, 'utf8').catch((error: Error) => error)
  if (text instanceof Error)
    return {
      ok: false,
      message: `Cannot read the event file: ${text.message}`,
      hint: 'Run pr-check in a `pull_request` workflow, or pass --base <ref>.',
      value: eventPath,
    }
  const event = parsePullRequestEvent(text)
  if (!event.ok)
    return {
      ok: false,
      message: `Cannot use ${eventPath}: ${event.reason}`,
      hint: 'Run pr-check on `pull_request` events, or pass --base <ref>.',
      value: eventPath,
    }
  // actions/checkout fetches the base branch as origin/<base> (with fetch-depth: 0)
  const remote = `origin/${event.value.baseRef}`
  const diffBase = (await revParse(io.cwd, remote)).ok ? remote : event.value.baseRef
  return { ok: true, pr: event.value, diffBase }
}
