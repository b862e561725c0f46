/**
 * The only execa import: the few git questions wxpress asks.
 */
import { execa } from '../core/exec.js'

export type GitResult<T> = ({ ok: true } & T) | { ok: false; error: string }

/** Files changed since `ref` (merge-base diff) plus uncommitted and untracked files, `/`-separated. */
export async function changedFiles(cwd: string, ref: string): Promise<GitResult<{ files: string[] }>> {
  try {
    const committed = await execa('git', ['diff', '--name-only', '--no-renames', `${ref}...HEAD`], { cwd })
    const working = await execa('git', ['status', '--porcelain', '--untracked-files=all', '-z'], { cwd })
    const files = new Set(committed.stdout.split('\n').filter(Boolean))
    for (const entry of working.stdout.split('\0')) if (entry.length > 3) files.add(entry.slice(3))
    return { ok: true, files: [...files].sort() }
  } catch (error) {
    const e = error as { stderr?: string; shortMessage?: string; message: string }
    return {
      ok: false,
      error: (e.stderr || e.shortMessage || e.message).trim().split('\n')[0] ?? 'git failed',
    }
  }
}

/** Whether `cwd` is inside a git work tree. */
export async function isGitRepo(cwd: string): Promise<boolean> {
  try {
    return (await execa('git', ['rev-parse', '--is-inside-work-tree'], { cwd })).stdout.trim() === 'true'
  } catch {
    return false
  }
}

/** Current commit sha, or undefined outside a git repository. */
export async function headSha(cwd: string): Promise<string | undefined> {
  try {
    return (await execa('git', ['rev-parse', 'HEAD'], { cwd })).stdout.trim()
  } catch {
    return undefined
  }
}

/** The commit that added `file` (site-relative), or undefined. */
export async function commitAdding(cwd: string, file: string): Promise<string | undefined> {
  try {
    const out = (await execa('git', ['log', '--diff-filter=A', '--format=%H', '--', file], { cwd })).stdout
      .trim()
      .split('\n')
    return out.at(-1) || undefined
  } catch {
    return undefined
  }
}

/** `git rev-parse <rev>` (a full sha), or an error. */
export async function revParse(cwd: string, rev: string): Promise<GitResult<{ sha: string }>> {
  try {
    return {
      ok: true,
      sha: (
        await execa('git', ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], { cwd })
      ).stdout.trim(),
    }
  } catch (error) {
    return { ok: false, error: gitError(error, `\`${rev}\` is not a commit in this clone`) }
  }
}

/**
 * What a pull request changed: `git diff <base>...<head>` (from the merge base, committed changes
 * only) as file names (renames as delete + add), as `-U0` hunks (the text `parseHunks` reads) and the
 * files git sees renamed.
 */
export async function pullRequestDiff(
  cwd: string,
  base: string,
  head = 'HEAD',
): Promise<GitResult<{ files: string[]; patch: string; renames: [string, string][] }>> {
  try {
    const range = `${base}...${head}`
    const names = await execa('git', ['diff', '--name-only', '--no-renames', '-z', range], { cwd })
    // renamed files (`R<score>\0<from>\0<to>\0`): an article folder renamed is not a deleted article
    const status = await execa('git', ['diff', '--name-status', '-M', '--diff-filter=R', '-z', range], {
      cwd,
    })
    const fields = status.stdout.split('\0')
    const renames: [string, string][] = []
    for (let i = 0; i + 2 < fields.length; i += 3) {
      if (fields[i]!.startsWith('R')) renames.push([fields[i + 1]!, fields[i + 2]!])
    }
    const patch = await execa(
      'git',
      ['-c', 'core.quotePath=false', 'diff', '-U0', '--no-renames', '--no-color', '--no-ext-diff', range],
      { cwd },
    )
    const files = names.stdout.split('\0').filter(Boolean).sort()
    return { ok: true, files, patch: patch.stdout, renames }
  } catch (error) {
    return { ok: false, error: gitError(error, 'git diff failed') }
  }
}

/** `git diff -U0 <from> <to>`: how the lines of every file move from one commit to the other. */
export async function lineMoves(
  cwd: string,
  from: string,
  to: string,
): Promise<GitResult<{ patch: string }>> {
  try {
    const args = ['-c', 'core.quotePath=false', 'diff', '-U0', '--no-renames', '--no-color', '--no-ext-diff']
    const patch = await execa('git', [...args, from, to], { cwd })
    return { ok: true, patch: patch.stdout }
  } catch (error) {
    return { ok: false, error: gitError(error, 'git diff failed') }
  }
}

/** The text of `file` (repository-relative) at `rev`, or undefined. */
export async function fileAt(cwd: string, rev: string, file: string): Promise<string | undefined> {
  try {
    return (await execa('git', ['show', `${rev}:${file}`], { cwd, stripFinalNewline: false })).stdout
  } catch {
    return undefined
  }
}

function gitError(error: unknown, fallback: string): string {
  const e = error as { stderr?: string; shortMessage?: string; message?: string }
  return (e.stderr || e.shortMessage || e.message || '').trim().split('\n')[0] || fallback
}
