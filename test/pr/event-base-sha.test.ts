/**
 * pr-check diffs against the base tip the `pull_request` event names (`base.sha`) when the clone has
 * it: a base branch that has since moved past the head (merged locally, force-moved) would otherwise
 * leave no changed article and a false green.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli.js'
import { commitAll, git, NOW, prSite, THREE } from './pr-site.js'

function event(head: string, base: { ref: string; sha?: string }): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'wxpress-event-')), 'event.json')
  writeFileSync(file, JSON.stringify({ pull_request: { number: 4, head: { sha: head }, base } }))
  return file
}

/** A `pr` branch adding article `delta`, then `main` and `origin/main` moved onto it. */
function movedBase() {
  const root = prSite(THREE)
  const baseSha = git(root, 'rev-parse', 'main').trim()
  const beta = readFileSync(path.join(root, 'content', 'beta', 'index.md'), 'utf8')
  cpSync(path.join(root, 'content', 'beta'), path.join(root, 'content', 'delta'), { recursive: true })
  writeFileSync(
    path.join(root, 'content', 'delta', 'index.md'),
    beta.replace('2027-04-16T20:00:00+08:00', '2027-04-18T20:00:00+08:00'),
  )
  const head = commitAll(root, 'add delta')
  git(root, 'update-ref', 'refs/heads/main', head)
  git(root, 'update-ref', 'refs/remotes/origin/main', head)
  return { root, head, baseSha }
}

const prCheck = (root: string, eventFile: string) =>
  runCli(['pr-check', '--now', NOW, '--no-screenshots'], root, {
    GITHUB_EVENT_PATH: eventFile,
  })

describe("pr-check's base", () => {
  it("diffs against the event's base.sha when the clone has it", async () => {
    const { root, head, baseSha } = movedBase()
    const r = await prCheck(root, event(head, { ref: 'main', sha: baseSha }))
    expect(r.stderr).toBe('')
    const report = JSON.parse(readFileSync(path.join(root, 'wxpress-pr', 'report.json'), 'utf8'))
    expect(report.articles.map((a: { slug: string }) => a.slug)).toEqual(['delta'])
    // no config locale: the artifact says en, which pr-report's log follows
    expect(report.locale).toBe('en')
  })

  it('falls back to origin/<base> when the event has no base.sha (here: moved past the head)', async () => {
    const { root, head } = movedBase()
    await prCheck(root, event(head, { ref: 'main' }))
    const report = JSON.parse(readFileSync(path.join(root, 'wxpress-pr', 'report.json'), 'utf8'))
    expect(report.articles).toEqual([])
  })
})
