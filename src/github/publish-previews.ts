/**
 * Commits the preview images of a pull request to the `wxpress-previews` branch with the git data
 * API (blobs → tree → commit → ref), replacing the PR's folder and pruning folders of pull requests
 * that are closed, in one commit. Nothing is written when the branch already holds exactly that.
 */
import type { GithubClient } from './github-client.js'
import { GithubApiError } from './octokit.js'
import { gitBlobSha, keptEntries, prFolder, type PreviewFile } from '../pr/report/previews-plan.js'

export interface PreviewsResult {
  action: 'committed' | 'unchanged'
  commit: string
}

async function attempt(
  client: GithubClient,
  branch: string,
  pr: number,
  files: PreviewFile[],
  open: Set<number>,
) {
  const git = client.git
  const parent = await git.branchSha(branch)
  const rootTree = parent ? await git.commitTree(parent) : undefined
  const top = rootTree ? await git.tree(rootTree) : []
  const kept = keptEntries(top, open, pr)
  const all = rootTree ? await git.tree(rootTree, true) : []
  const folder = `${prFolder(pr)}/`
  const ours = all.filter((e) => e.type === 'blob' && e.path.startsWith(folder))
  const wanted = new Map(files.map((f) => [f.path, gitBlobSha(f.data)]))
  const same =
    parent !== undefined &&
    ours.length === wanted.size &&
    ours.every((e) => wanted.get(e.path) === e.sha) &&
    kept.length === top.filter((e) => e.path !== prFolder(pr)).length
  if (same) return { action: 'unchanged' as const, commit: parent }
  const have = new Set(all.map((e) => e.sha))
  const entries = kept.map((e) => ({
    path: e.path,
    mode: e.mode as '100644' | '040000',
    type: e.type as 'blob' | 'tree',
    sha: e.sha,
  }))
  for (const f of files) {
    const sha = have.has(wanted.get(f.path)!) ? wanted.get(f.path)! : await git.createBlob(f.data)
    entries.push({ path: f.path, mode: '100644', type: 'blob', sha })
  }
  const tree = await git.createTree(entries)
  const pruned = top.length - kept.length - (top.some((e) => e.path === prFolder(pr)) ? 1 : 0)
  const message = `wxpress previews: #${pr}${pruned > 0 ? `; pruned ${pruned} closed pull request(s)` : ''}`
  const commit = await git.createCommit(message, tree, parent ? [parent] : [])
  if (parent) await git.updateBranch(branch, commit)
  // a failed POST may have created the branch: then it points at our commit
  else
    await client.createOnce(
      async () => git.createBranch(branch, commit).then(() => true),
      async () => ((await git.branchSha(branch)) === commit ? true : undefined),
    )
  return { action: 'committed' as const, commit }
}

/** Publishes `files`; retries once when another run moved the branch meanwhile. */
export async function publishPreviews(
  client: GithubClient,
  branch: string,
  pr: number,
  files: PreviewFile[],
): Promise<PreviewsResult> {
  const open = new Set(await client.openPullNumbers())
  try {
    return await attempt(client, branch, pr, files, open)
  } catch (error) {
    if (!(error instanceof GithubApiError) || error.status !== 422) throw error
    return attempt(client, branch, pr, files, open)
  }
}
