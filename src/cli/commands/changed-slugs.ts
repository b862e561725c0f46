import path from 'node:path'
import type { VFile } from 'vfile'
import { report } from '../../diagnostics/diagnostic.js'
import { changedFiles, isGitRepo } from '../../github/git.js'
import type { CliIO } from '../io.js'

/**
 * Slugs whose folder changed since `ref` (committed, staged or not), or undefined on git failure
 * (reported on `usage` as `cli/changed-failed`: outside a repository, or a ref that is not there).
 */
export async function changedSlugs(io: CliIO, ref: string, content = 'content', usage: VFile): Promise<string[] | undefined> {
  const result = await changedFiles(io.cwd, ref)
  if (!result.ok) {
    const repo = await isGitRepo(io.cwd)
    // outside a repository git's own text suggests `git diff --no-index`, which is no use here
    const why = repo ? result.error : 'this folder is not in a git repository'
    report(usage, 'error', 'cli/changed-failed', 'github', `Cannot list changes since ${ref}: ${why}`, {
      value: ref,
      hint: repo
        ? `\`${ref}\` is not in this clone: fetch the base ref first (actions/checkout with fetch-depth: 0), or check its spelling.`
        : 'This folder is not a git repository: run wxpress inside the site\'s repository, or drop `--changed` to check every article.',
    })
    return undefined
  }
  const prefix = path.posix.normalize(content.split(path.sep).join('/')).replace(/\/$/, '') + '/'
  const slugs = new Set<string>()
  for (const file of result.files) {
    if (!file.startsWith(prefix)) continue
    const slug = file.slice(prefix.length).split('/')[0]
    if (slug && file.slice(prefix.length).includes('/')) slugs.add(slug)
  }
  return [...slugs].sort()
}
