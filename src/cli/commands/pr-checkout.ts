/**
 * Whether the working tree pr-check reads is the pull request (`pr/not-the-pr-checkout`). A job that
 * checked out the base branch would otherwise check the base's articles and go green. Three signs,
 * each only when git can tell (actions/checkout with fetch-depth 1 may lack the head commit; that is
 * never an error by itself):
 * - HEAD is the base branch's tip itself (a PR checkout is the head or a merge commit, never that);
 * - the head commit is in the clone, and HEAD is neither it nor a merge commit with it as a parent;
 * - an article the PR adds or modifies (it exists at `head`) is missing from the working tree.
 */
import { access } from 'node:fs/promises'
import path from 'node:path'
import { fileAt, revParse } from '../../github/git.js'
import type { Message } from '../../i18n/message.js'
import { prCheckMessages } from '../../i18n/messages/pr-check.js'
import type { PullRequestRef } from '../../pr/pr-event.js'

const { msg } = prCheckMessages

export interface CheckoutInput {
  cwd: string
  pr: PullRequestRef
  /** The ref the diff starts from (`origin/<base>`). */
  diffBase: string
  /** The commit the diff ends at (the head sha when in the clone, else HEAD). */
  head: string
  /** The PR's changed files (repository-relative). */
  files: readonly string[]
  /** Site-relative content folder. */
  contentDir: string
}

/** Undefined when the checkout is the PR (or git cannot tell), else what is wrong. */
export async function notThePr(o: CheckoutInput): Promise<{ message: Message; value: string } | undefined> {
  const checkedOut = await revParse(o.cwd, 'HEAD')
  if (o.pr.number === null || !checkedOut.ok) return undefined
  const head = o.pr.headSha.slice(0, 7)
  const at = checkedOut.sha.slice(0, 7)
  const base = await revParse(o.cwd, o.diffBase)
  const isHead = checkedOut.sha === o.pr.headSha
  if (!isHead && base.ok && base.sha === checkedOut.sha)
    return { message: msg.checkoutIsBase({ at, base: o.diffBase, head }), value: at }
  const present = await revParse(o.cwd, o.pr.headSha)
  if (!isHead && present.ok) {
    const parents = await Promise.all([1, 2].map((n) => revParse(o.cwd, `HEAD^${n}`)))
    if (!parents.some((p) => p.ok && p.sha === o.pr.headSha))
      return { message: msg.checkoutNotHead({ at, head }), value: at }
  }
  const content = o.contentDir.replace(/^\.\//, '').replace(/\/$/, '')
  for (const file of o.files) {
    if (!file.startsWith(`${content}/`) || !file.endsWith('/index.md')) continue
    if ((await fileAt(o.cwd, o.head, file)) === undefined) continue
    const there = await access(path.join(o.cwd, file)).then(
      () => true,
      () => false,
    )
    if (!there) return { message: msg.checkoutMissingFile({ file, head }), value: file }
  }
  return undefined
}
