import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'

/** The wxpress package version (`--version`). */
export function packageVersion(): string {
  const raw = readFileSync(new URL('../../package.json', import.meta.url), 'utf8')
  return (JSON.parse(raw) as { version: string }).version
}

/**
 * The version that salts every cache key: the package version plus a digest of the bundle's entry,
 * whose chunk names are content hashes, so any change to wxpress's code (a git checkout between
 * releases) invalidates `.wxpress/cache/` too.
 */
export function buildVersion(): string {
  const entry = new URL('./main.js', import.meta.url)
  const build = existsSync(entry)
    ? createHash('sha256').update(readFileSync(entry)).digest('hex').slice(0, 12)
    : 'src'
  return `${packageVersion()}+${build}`
}

/** `repository` of wxpress's own package.json (where `init` points sites and workflows), if any. */
export function packageRepository(): unknown {
  const raw = readFileSync(new URL('../../package.json', import.meta.url), 'utf8')
  return (JSON.parse(raw) as { repository?: unknown }).repository
}
