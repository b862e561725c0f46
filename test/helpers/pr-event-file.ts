import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

/** A `pull_request` event file, as GitHub writes GITHUB_EVENT_PATH, for PR `number` at `headSha` onto main. */
export function pullRequestEventFile(number: number, headSha: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'wxpress-event-')), 'pr.json')
  const event = { pull_request: { number, head: { sha: headSha }, base: { ref: 'main' } } }
  writeFileSync(file, JSON.stringify(event))
  return file
}
