/**
 * The git data API: branch refs, commits, trees and blobs — enough to commit files to a branch
 * without a checkout (the preview images of the PR report).
 */
import { GithubApiError } from './github-error.js'
import type { Octokit } from './octokit.js'

export interface TreeEntry {
  path: string
  mode: string
  type: string
  sha: string
}

/** A tree entry to write: `sha` of a blob or tree, or `content` for a new blob, or null to delete. */
export interface NewTreeEntry {
  path: string
  mode: '100644' | '040000'
  type: 'blob' | 'tree'
  sha: string | null
}

type Where = { owner: string; repo: string }

export function createGitApi(octokit: Octokit, where: Where) {
  return {
    /** Commit sha a branch points at, or undefined when the branch does not exist. */
    async branchSha(branch: string): Promise<string | undefined> {
      try {
        const { data } = await octokit.rest.git.getRef({ ...where, ref: `heads/${branch}` })
        return data.object.sha
      } catch (error) {
        if (error instanceof GithubApiError && error.status === 404) return undefined
        throw error
      }
    },
    async commitTree(sha: string): Promise<string> {
      const { data } = await octokit.rest.git.getCommit({ ...where, commit_sha: sha })
      return data.tree.sha
    },
    /** Entries of a tree (all levels with `recursive`). */
    async tree(sha: string, recursive = false): Promise<TreeEntry[]> {
      const { data } = await octokit.rest.git.getTree({
        ...where,
        tree_sha: sha,
        ...(recursive ? { recursive: '1' } : {}),
      })
      return data.tree.map((e) => ({
        path: e.path ?? '',
        mode: e.mode ?? '',
        type: e.type ?? '',
        sha: e.sha ?? '',
      }))
    },
    async createBlob(content: Buffer): Promise<string> {
      const { data } = await octokit.rest.git.createBlob({
        ...where,
        content: content.toString('base64'),
        encoding: 'base64',
      })
      return data.sha
    },
    async createTree(entries: NewTreeEntry[], baseTree?: string): Promise<string> {
      const { data } = await octokit.rest.git.createTree({
        ...where,
        tree: entries,
        ...(baseTree ? { base_tree: baseTree } : {}),
      })
      return data.sha
    },
    async createCommit(message: string, tree: string, parents: string[]): Promise<string> {
      const { data } = await octokit.rest.git.createCommit({ ...where, message, tree, parents })
      return data.sha
    },
    async createBranch(branch: string, sha: string): Promise<void> {
      await octokit.rest.git.createRef({ ...where, ref: `refs/heads/${branch}`, sha })
    },
    /** Moves a branch; GitHub answers 422 when it is not a fast-forward. */
    async updateBranch(branch: string, sha: string): Promise<void> {
      await octokit.rest.git.updateRef({ ...where, ref: `heads/${branch}`, sha, force: false })
    },
  }
}
