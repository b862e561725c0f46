/**
 * `check`, `plan` and `pr-check` in a clone that never ran `state pull` (a pull request's CI job): the
 * ledgers of the state branch the clone already has, so a sent article is not called "never sent".
 */
import { t } from '../../i18n/catalogue.js'
import type { Locale } from '../../i18n/message.js'
import { stateMessages } from '../../i18n/messages/state.js'
import type { LedgerSource } from '../../publish/read-sent.js'
import { createGit } from '../../state/git-runner.js'
import { stateSnapshot } from '../../state/state-snapshot.js'
import type { CliIO } from '../io.js'

/** The branch `state pull` and `state push` use by default. */
const STATE_BRANCH = { remote: 'origin', branch: 'wxpress-state' }

/**
 * Runs `work` with the state branch's ledgers when the working tree has none (said on stderr), else
 * with undefined (`.wxpress/state` is read as always).
 */
export async function withLedgerSnapshot<T>(
  io: CliIO,
  locale: Locale,
  work: (ledgers: LedgerSource | undefined) => Promise<T>,
): Promise<T> {
  const snapshot = await stateSnapshot(io.cwd, createGit(io.cwd), STATE_BRANCH).catch(() => undefined)
  if (!snapshot) return work(undefined)
  io.stderr.write(
    `${t(locale, stateMessages.msg.ledgersFromBranch({ ref: snapshot.ref, n: snapshot.count }))}\n`,
  )
  try {
    return await work({ dir: snapshot.dir, shown: `${snapshot.ref}:.wxpress/state` })
  } finally {
    await snapshot.remove()
  }
}
