import path from 'node:path'
import type { VFile } from '../../core/vfile.js'
import { report } from '../../diagnostics/diagnostic.js'
import { changedFiles, isGitRepo } from '../../github/git.js'
import type { CliIO } from '../io.js'
import { cliMiscMessages, NOT_REPO } from '../../i18n/messages/cli-misc.js'

const { msg } = cliMiscMessages

/**
 * Slugs whose folder changed since `ref` (committed, staged or not), or undefined on git failure
 * (reported on `usage` as `cli/changed-failed`: outside a repository, or a ref that is not there).
 */
export async function changedSlugs(
  io: CliIO,
  ref: string,
  content = 'content',
  usage: VFile,
): Promise<string[] | undefined> {
  const result = await changedFiles(io.cwd, ref)
  if (!result.ok) {
    const repo = await isGitRepo(io.cwd)
    // outside a repository git's own text suggests `git diff --no-index`, which is no use here
    const why = repo ? result.error : NOT_REPO
    report(usage, 'error', 'cli/changed-failed', 'github', msg.changedFailed({ ref, why }), {
      value: ref,
      hint: repo ? msg.changedRefHint({ ref }) : msg.changedRepoHint(),
    })
    return undefined
  }
  const prefix = `${path.posix.normalize(content.split(path.sep).join('/')).replace(/\/$/, '')}/`
  const slugs = new Set<string>()
  for (const file of result.files) {
    if (!file.startsWith(prefix)) continue
    const slug = file.slice(prefix.length).split('/')[0]
    if (slug && file.slice(prefix.length).includes('/')) slugs.add(slug)
  }
  return [...slugs].sort()
}
