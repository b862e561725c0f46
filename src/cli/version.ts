import { readFileSync } from 'node:fs'

/** The wxpress package version (part of cache keys and `--version`). */
export function packageVersion(): string {
  const raw = readFileSync(new URL('../../package.json', import.meta.url), 'utf8')
  return (JSON.parse(raw) as { version: string }).version
}
