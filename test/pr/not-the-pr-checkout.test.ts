/**
 * pr-check refuses a working tree that is not the pull request (`pr/not-the-pr-checkout`) instead
 * of checking the base's articles and going green.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli.js'
import { commitAll, git, NOW, prSite, THREE } from './pr-site.js'
import { pullRequestEventFile } from '../helpers/pr-event-file.js'

/** A site whose `pr` branch adds article `delta`; returns the root and the head sha. */
function addingPr() {
  const root = prSite(THREE)
  const beta = readFileSync(path.join(root, 'content', 'beta', 'index.md'), 'utf8')
  cpSync(path.join(root, 'content', 'beta'), path.join(root, 'content', 'delta'), { recursive: true })
  writeFileSync(
    path.join(root, 'content', 'delta', 'index.md'),
    beta.replace('2027-04-16T20:00:00+08:00', '2027-04-18T20:00:00+08:00'),
  )
  const head = commitAll(root, 'add delta')
  git(root, 'update-ref', 'refs/remotes/origin/main', 'main')
  return { root, head }
}

function event(head: string): string {
  const file = pullRequestEventFile(3, head)
  return file
}

const prCheck = (root: string, head: string) =>
  runCli(['pr-check', '--now', NOW, '--no-screenshots'], root, { GITHUB_EVENT_PATH: event(head) })

describe('pr-check on a checkout that is not the pull request', () => {
  it('fails when the base branch is checked out', async () => {
    const { root, head } = addingPr()
    git(root, 'switch', '-q', 'main')
    const r = await prCheck(root, head)
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('the tip of `origin/main` itself')
    expect(r.stderr).toContain('actions/checkout must check out the pull request')
  })

  it('fails when HEAD is another commit, neither the head nor its merge', async () => {
    const { root, head } = addingPr()
    git(root, 'switch', '-q', 'main')
    writeFileSync(path.join(root, 'notes.txt'), 'x\n')
    commitAll(root, 'unrelated')
    const r = await prCheck(root, head)
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(`neither pull request head ${head.slice(0, 7)} nor a merge commit of it`)
  })

  it('fails when an article the pull request adds is missing from the working tree', async () => {
    const { root, head } = addingPr()
    rmSync(path.join(root, 'content', 'delta'), { recursive: true })
    const r = await prCheck(root, head)
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('content/delta/index.md, which pull request head')
  })

  it('checks the merge commit of the pull request as before', async () => {
    const { root, head } = addingPr()
    git(root, 'switch', '-q', '--detach', 'main')
    git(root, 'merge', '-q', '--no-ff', '-m', 'merge', 'pr')
    const r = await prCheck(root, head)
    expect(r.stderr).not.toContain('pr/not-the-pr-checkout')
    expect(r.stdout).toMatch(/1 article|1 篇文章/)
  })
})
