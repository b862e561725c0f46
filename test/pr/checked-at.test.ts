/**
 * pr-check records the time it judged the slots against (`checkedAt`), and pr-report's relative times
 * ("N 天前") are from it, not from pr-report's own clock or `--now`: the comment cannot say a slot is
 * past and, next to it, that it comes in 78 days. An artifact without `checkedAt` uses pr-report's clock.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import {
  createGithubEmulator,
  type GithubEmulator,
} from '../../src/github/emulator/create-github-emulator.js'
import { runCli } from '../helpers/run-cli.js'
import { env, REPO, workflowRunEvent } from '../pr-report/pr-run.js'
import { commitAll, git, NOW, prSite } from './pr-site.js'
import { pullRequestEventFile } from '../helpers/pr-event-file.js'

let gh: GithubEmulator | undefined
afterEach(async () => gh?.close())

/** PR #7 changes an article whose slot, 2027-03-20 20:00 (UTC+8), is 11.5 days before NOW. */
async function checkedPr(): Promise<{ root: string; head: string }> {
  const root = prSite([{ slug: 'spring', slot: '2027-03-20T20:00:00+08:00' }], { locale: 'zh-CN' })
  const file = path.join(root, 'content', 'spring', 'index.md')
  writeFileSync(file, readFileSync(file, 'utf8').replace('正文第一段。', '改过的正文。'))
  const head = commitAll(root)
  git(root, 'update-ref', 'refs/remotes/origin/main', 'main')
  const event = pullRequestEventFile(7, head)
  const r = await runCli(['pr-check', '--now', NOW, '--no-screenshots'], root, { GITHUB_EVENT_PATH: event })
  expect(r.stderr).not.toMatch(/internal error/)
  return { root, head }
}

async function report(artifact: string, head: string, now: string): Promise<string> {
  const g = (gh = await createGithubEmulator({ token: 'actions-token', repository: REPO }))
  g.addPull({ number: 7, headSha: head })
  const r = await runCli(
    ['pr-report', '--artifact', artifact, '--now', now],
    tmpdir(),
    env(g, workflowRunEvent(head, [7])),
  )
  expect(r.code).toBe(0)
  const body = g.comments(7)[0]!.body
  await g.close()
  return body
}

describe('the time of the check', () => {
  it('is in report.json, and the comment counts from it even when pr-report is given another --now', async () => {
    const { root, head } = await checkedPr()
    const artifact = path.join(root, 'wxpress-pr')
    const written = JSON.parse(readFileSync(path.join(artifact, 'report.json'), 'utf8'))
    expect(written.checkedAt).toBe('2027-04-01T01:00:00.000Z')
    // pr-report's clock says the slot is 78 days ahead; the check said it is past
    const body = await report(artifact, head, '2027-01-01T12:00:00+08:00')
    expect(body).toContain('已过去超过')
    expect(body).toContain('**12 天前**')
    expect(body).not.toMatch(/\d+ 天后/)

    // an artifact from before checkedAt: pr-report's --now is all there is
    delete written.checkedAt
    writeFileSync(path.join(artifact, 'report.json'), JSON.stringify(written))
    const old = await report(artifact, head, '2027-01-01T12:00:00+08:00')
    expect(old).toContain('**78 天后**')
  })
})
