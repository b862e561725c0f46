import path from 'node:path'
import { changedFiles } from '../../github/git.js'
import type { CliIO } from '../io.js'

/** Slugs whose folder changed since `ref` (committed, staged or not), or undefined on git failure. */
export async function changedSlugs(io: CliIO, ref: string, content = 'content'): Promise<string[] | undefined> {
  const result = await changedFiles(io.cwd, ref)
  if (!result.ok) {
    io.stderr.write(`wxpress: cannot list changes since ${ref}: ${result.error}\nhint: fetch the base ref first (actions/checkout with fetch-depth: 0).\n`)
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
