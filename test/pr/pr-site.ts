/** A site in a real git repository: `main` holds the base, the `pr` branch is checked out for changes. */
import { execFileSync } from 'node:child_process'
import { makeSite, type ArticleSpec } from '../publish/publish-site.js'

export const NOW = '2027-04-01T09:00:00+08:00'

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@e', ...args], {
    cwd,
    stdio: 'pipe',
  }).toString()
}

export function prSite(articles: ArticleSpec[], config: Record<string, unknown> = {}): string {
  const root = makeSite(articles, config)
  git(root, 'init', '-q', '-b', 'main')
  git(root, 'add', '-A')
  git(root, 'commit', '-qm', 'base')
  git(root, 'switch', '-qc', 'pr')
  return root
}

export function commitAll(root: string, message = 'change'): string {
  git(root, 'add', '-A')
  git(root, 'commit', '-qm', message)
  return git(root, 'rev-parse', 'HEAD').trim()
}

export const THREE: ArticleSpec[] = [
  { slug: 'alpha', slot: '2027-04-15T20:00:00+08:00' },
  { slug: 'beta', slot: '2027-04-16T20:00:00+08:00' },
  { slug: 'gamma', slot: '2027-04-17T20:00:00+08:00' },
]
