/** A site with one valid article (content/good) for the usage-error tests, and the `--now` they pass. */
import { cpSync, mkdirSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'content', 'fixtures')
export const NOW = '--now=2027-04-01T09:00:00+08:00'

export function usageSite(): string {
  const site = mkdtempSync(path.join(tmpdir(), 'wxpress-usage-'))
  mkdirSync(path.join(site, 'content', 'good'), { recursive: true })
  cpSync(path.join(fixtures, 'valid'), path.join(site, 'content', 'good'), { recursive: true })
  return site
}
