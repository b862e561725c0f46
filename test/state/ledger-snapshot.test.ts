/**
 * A clone that never ran `state pull` (the pull request's CI job) reads the ledgers of the state branch
 * it already has (`origin/wxpress-state`, fetched by actions/checkout with fetch-depth: 0): an article
 * that was sent is not reported as "past its slot, never sent", by check, plan or pr-check (tester
 * report L1: every theme PR after the first send went red).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli.js'
import { commitAll, git, prSite, THREE } from '../pr/pr-site.js'

/** Alpha's slot (2027-04-15 20:00) has passed; the others have not. */
const AFTER = '--now=2027-04-16T09:00:00+08:00'

const sentLedger = (slug: string) => ({
  version: 1,
  slug,
  state: 'sent',
  pushId: `2027-04-15T12:00:00.000Z|main|${slug}`,
  uploads: {},
  timestamps: { drafted: '2027-04-14T10:00:00.000Z', sent: '2027-04-15T12:01:00.000Z' },
})

/** Commits `files` on an orphan branch and points `refs/remotes/origin/wxpress-state` at it. */
function fetchedStateBranch(root: string, files: Record<string, unknown>): void {
  git(root, 'switch', '-q', '--orphan', 'state-tmp')
  for (const [name, json] of Object.entries(files)) {
    const file = path.join(root, '.wxpress', 'state', name)
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`)
  }
  git(root, 'add', '-f', '.wxpress/state')
  git(root, 'commit', '-qm', 'state')
  git(root, 'update-ref', 'refs/remotes/origin/wxpress-state', 'HEAD')
  git(root, 'switch', '-q', 'pr')
  git(root, 'branch', '-qD', 'state-tmp')
}

const ruleIds = (stdout: string) =>
  (JSON.parse(stdout).diagnostics as { ruleId: string; file: string }[]).map(
    (d) => `${d.file.split('/')[1]} ${d.ruleId}`,
  )

describe('the state branch the clone has, when the working tree has no ledger', () => {
  it('tells check and plan which articles were sent; without it the sent one is "never sent"', async () => {
    const root = prSite(THREE)
    fetchedStateBranch(root, { 'alpha.json': sentLedger('alpha') })
    expect(existsSync(path.join(root, '.wxpress', 'state', 'alpha.json'))).toBe(false)
    const check = await runCli(['check', AFTER, '--format=json'], root)
    expect(check.stderr).toContain('Ledgers: read from origin/wxpress-state (1)')
    expect(ruleIds(check.stdout)).not.toContain('alpha schedule/past')
    expect(check.code).toBe(0)
    const plan = await runCli(['plan', AFTER, '--format=json'], root)
    expect(plan.code).toBe(0)
    expect(plan.stdout).not.toContain('schedule/past')
    // nothing was written into the working tree
    expect(existsSync(path.join(root, '.wxpress', 'state'))).toBe(false)

    git(root, 'update-ref', '-d', 'refs/remotes/origin/wxpress-state')
    const blind = await runCli(['check', AFTER, '--format=json'], root)
    expect(blind.stderr).not.toContain('Ledgers: read from')
    expect(ruleIds(blind.stdout)).toContain('alpha schedule/past')
  })

  it('keeps a pull request that edits a sent article green in pr-check, in the site language', async () => {
    const root = prSite(THREE, { locale: 'zh-CN' })
    fetchedStateBranch(root, { 'alpha.json': sentLedger('alpha') })
    const file = path.join(root, 'content', 'alpha', 'index.md')
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n补一句。\n`)
    commitAll(root, 'typo')
    const args = ['pr-check', '--base', 'main', AFTER, '--no-screenshots']
    const out = await runCli(args, root)
    expect(out.stderr).toContain('台账：读自 origin/wxpress-state（1 个）')
    expect(out.stdout).not.toContain('schedule/past')
    expect(out.code).toBe(0)
    // a ledger there that cannot be read still blocks, named with where it was read
    fetchedStateBranch(root, { 'alpha.json': { version: 1, slug: 'alpha', state: 'sideways' } })
    const broken = await runCli(args, root)
    expect(broken.stdout).toContain('publish/ledger-unreadable')
    expect(broken.stdout).toContain('origin/wxpress-state:.wxpress/state/alpha.json')
    expect(broken.code).toBe(1)
  })
})
