/** `wxpress state pull|push`: the ledger's transport on a branch of its own. */
import { createGit } from '../../state/git-runner.js'
import { UNREADABLE_LOCAL } from '../../state/merge-state.js'
import { pullState } from '../../state/pull-state.js'
import { pushState } from '../../state/push-state.js'
import { EXIT, type CliIO } from '../io.js'
import type { StateFlags } from './flags.js'
import { t } from '../../i18n/catalogue.js'
import type { Locale, Message } from '../../i18n/message.js'
import { configLocale } from '../usage-locale.js'
import { stateMessages as sm } from '../../i18n/messages/state.js'
import { stateReasonZh } from '../../i18n/messages/state-transport.js'

/** git or the file system failed under us (a broken object, a full disk): a clear exit 1, no stack. */
const failed = (error: unknown) => ({
  ok: false as const,
  error: (error as Error).message,
  refused: [],
  conflicts: [],
})

/**
 * `state` follows `--locale`, else the config's `locale` (the Action runs it between Chinese publish
 * lines); a config that cannot be loaded says nothing and leaves English: the ledger must move anyway.
 */
async function withLocale(io: CliIO, flags: StateFlags): Promise<StateFlags & { locale: Locale }> {
  return { ...flags, locale: flags.locale ?? (await configLocale(io.cwd)) }
}

type Flags = StateFlags & { locale: Locale }
const say = (io: CliIO, flags: Flags, message: Message) => io.stderr.write(`${t(flags.locale, message)}\n`)
const reason = (flags: Flags, text: string) => (flags.locale === 'zh-CN' ? stateReasonZh(text) : text)
const colon = (flags: Flags) => (flags.locale === 'zh-CN' ? '：' : ': ')

/** Two copies of a ledger recorded different sends: the file landed, the run is still red. */
function reportDoubleSends(io: CliIO, flags: Flags, found: readonly { file: string; reason: string }[] = []) {
  for (const d of found) say(io, flags, sm.msg.doubleSend({ file: d.file, reason: reason(flags, d.reason) }))
  if (found.length > 0) say(io, flags, sm.msg.doubleSendHint())
  return found.length > 0
}

async function usable(io: CliIO, flags: Flags): Promise<boolean> {
  const git = createGit(io.cwd)
  if (!(await git(['rev-parse', '--git-dir'])).ok) {
    say(io, flags, sm.msg.notGit())
    return false
  }
  if (!(await git(['check-ref-format', '--branch', flags.branch])).ok) {
    say(io, flags, sm.msg.badBranch({ branch: flags.branch }))
    return false
  }
  return true
}

export async function runStatePull(io: CliIO, given: StateFlags): Promise<number> {
  const flags = await withLocale(io, given)
  if (!(await usable(io, flags))) return EXIT.usage
  const log = (line: string) => io.stdout.write(`${line}\n`)
  const result = await pullState({
    root: io.cwd,
    git: createGit(io.cwd),
    remote: flags.remote,
    branch: flags.branch,
    log,
    locale: flags.locale,
  }).catch(failed)
  const twice = reportDoubleSends(io, flags, 'doubleSends' in result ? result.doubleSends : [])
  if (result.ok) return twice ? EXIT.errors : EXIT.ok
  say(io, flags, sm.msg.failed({ command: 'pull', error: reason(flags, result.error) }))
  for (const r of result.refused) io.stderr.write(`  ${r.file}${colon(flags)}${reason(flags, r.reason)}\n`)
  if (result.refused.some((r) => r.reason === UNREADABLE_LOCAL))
    say(io, flags, sm.msg.unreadableLocalHint({ remote: flags.remote, branch: flags.branch }))
  else if (result.refused.length > 0) say(io, flags, sm.msg.pullRefusedHint({ branch: flags.branch }))
  return EXIT.errors
}

export async function runStatePush(io: CliIO, given: StateFlags): Promise<number> {
  const flags = await withLocale(io, given)
  if (!(await usable(io, flags))) return EXIT.usage
  const log = (line: string) => io.stdout.write(`${line}\n`)
  const result = await pushState({
    root: io.cwd,
    git: createGit(io.cwd),
    remote: flags.remote,
    branch: flags.branch,
    message: flags.message ?? 'wxpress: publish state',
    attempts: flags.attempts ?? 5,
    log,
    locale: flags.locale,
  }).catch(failed)
  if (result.ok) return reportDoubleSends(io, flags, result.doubleSends) ? EXIT.errors : EXIT.ok
  say(io, flags, sm.msg.failed({ command: 'push', error: reason(flags, result.error) }))
  const unreadable = 'unreadable' in result ? (result.unreadable ?? []) : []
  for (const u of unreadable) io.stderr.write(`  ${u.reason}\n  ${u.hint}\n`)
  // the readable files (if any) were pushed: the unreadable ones' hint is the one to follow
  if ('restPushed' in result && result.restPushed) return EXIT.errors
  for (const c of result.conflicts) io.stderr.write(`  ${c.file}${colon(flags)}${reason(flags, c.reason)}\n`)
  if (result.conflicts.length > 0) {
    say(io, flags, sm.msg.pushConflictHint({ remote: flags.remote, branch: flags.branch }))
  } else say(io, flags, sm.msg.pushAgainHint())
  return EXIT.errors
}
