/**
 * pr-check's refusal of a working tree that is not the pull request names its rule id on stderr
 * (`… [pr/not-the-pr-checkout]`, in both locales), so that a reviewer can search the Actions log for it.
 */
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli.js'
import { commitAll, git, NOW, prSite, THREE } from './pr-site.js'
import { pullRequestEventFile } from '../helpers/pr-event-file.js'

/** A site whose `pr` branch changes an article, with `main` checked out again; returns root and head. */
function baseCheckedOut() {
  const root = prSite(THREE)
  writeFileSync(path.join(root, 'notes.txt'), 'x\n')
  const head = commitAll(root, 'pr change')
  git(root, 'update-ref', 'refs/remotes/origin/main', 'main')
  git(root, 'switch', '-q', 'main')
  return { root, head }
}

function event(head: string): string {
  const file = pullRequestEventFile(3, head)
  return file
}

const prCheck = (root: string, head: string, locale: string) =>
  runCli(['pr-check', '--now', NOW, '--no-screenshots', '--locale', locale], root, {
    GITHUB_EVENT_PATH: event(head),
  })

describe('pr/not-the-pr-checkout on stderr', () => {
  it('ends the message with the rule id in brackets (en), the hint on its own line', async () => {
    const { root, head } = baseCheckedOut()
    const r = await prCheck(root, head, 'en')
    expect(r.code).toBe(2)
    const lines = r.stderr.split('\n')
    expect(lines[0]).toMatch(
      /^wxpress: pr-check: the working tree is \w{7}, the tip of .* \[pr\/not-the-pr-checkout\]$/,
    )
    expect(lines[1]).toMatch(/^hint: actions\/checkout must check out the pull request/)
    expect(r.stderr.split('pr/not-the-pr-checkout')).toHaveLength(2)
  })

  it('does the same in zh-CN', async () => {
    const { root, head } = baseCheckedOut()
    const r = await prCheck(root, head, 'zh-CN')
    expect(r.code).toBe(2)
    const lines = r.stderr.split('\n')
    expect(lines[0]).toMatch(
      /^wxpress: pr-check：工作区是 \w{7}，.*这里没有拉取请求的文章 \[pr\/not-the-pr-checkout\]$/,
    )
    expect(lines[1]).toMatch(/^建议：actions\/checkout 必须检出拉取请求/)
  })
})
