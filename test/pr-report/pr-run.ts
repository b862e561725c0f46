/** Running pr-report against the GitHub emulator: events, environment, fixture PR and reports. */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  createGithubEmulator,
  type GithubEmulator,
} from '../../src/github/emulator/create-github-emulator.js'
import { AUTUMN, baseReport, diag, SHA1, SPRING } from './pr-fixture.js'

export const REPO = 'shanhai/site'
export const MARKER = '<!-- wxpress:pr-report -->'
export const NOW = '--now=2027-04-15T12:00:00+08:00'

export function workflowRunEvent(headSha: string, pulls: number[] = []): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'wxpress-event-')), 'event.json')
  writeFileSync(
    file,
    JSON.stringify({
      action: 'completed',
      workflow_run: { head_sha: headSha, pull_requests: pulls.map((number) => ({ number })) },
    }),
  )
  return file
}

/** An emulator with the fixture PR #7. */
export async function start(): Promise<GithubEmulator> {
  const gh = await createGithubEmulator({ token: 'actions-token', repository: REPO })
  addFixturePull(gh)
  return gh
}

export const env = (g: GithubEmulator, event: string, token = 'actions-token') => ({
  GITHUB_TOKEN: token,
  GITHUB_REPOSITORY: REPO,
  GITHUB_API_URL: g.url,
  GITHUB_EVENT_PATH: event,
  GITHUB_RUN_ID: '42',
})

/** The fixture report plus `extra` warnings on spring's front-matter lines (no fixes). */
export function reportWith(extra: number, headSha = SHA1) {
  const report = baseReport(headSha) as { check: { diagnostics: unknown[] } }
  for (let i = 0; i < extra; i++) {
    report.check.diagnostics.push(
      diag('content/spring/index.md', 1 + (i % 9), 'warning', 'lint/extra', `finding ${i}`),
    )
  }
  return report
}

const newFilePatch = (text: string) => {
  const lines = text.replace(/\n$/, '').split('\n')
  return [`@@ -0,0 +1,${lines.length} @@`, ...lines.map((l) => `+${l}`)].join('\n')
}

/** Registers PR #7 at `headSha` with the two changed articles. */
export function addFixturePull(gh: GithubEmulator, headSha = SHA1) {
  gh.setContent(headSha, 'content/spring/index.md', SPRING)
  gh.setContent(headSha, 'content/autumn/index.md', AUTUMN)
  return gh.addPull({
    number: 7,
    headSha,
    files: [
      { filename: 'content/spring/index.md', status: 'added', patch: newFilePatch(SPRING) },
      {
        filename: 'content/autumn/index.md',
        status: 'modified',
        patch: '@@ -4,2 +4,3 @@\n \n 旧的一行,没有改动。\n+新的一行,已改动。',
      },
    ],
  })
}
