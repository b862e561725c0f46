/**
 * The lockfile a team commits next to its package.json, made here from wxpress's own package-lock.json
 * (the versions wxpress is tested with). `npm install --offline` needs the registry's metadata for
 * every version range it resolves, and `npm ci` caches only tarballs: with this lockfile npm takes
 * every dependency from its cache by integrity, so the distribution test runs with no registry.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { repoRoot } from './repo-root.js'

interface LockEntry {
  version?: string
  dev?: boolean
  link?: boolean
  [key: string]: unknown
}

/** The fields of a package.json this helper reads (the others are kept as they are). */
interface PackageJson {
  name: string
  version: string
  [key: string]: unknown
}

/** Adds wxpress's overrides to `<dir>/package.json` and writes `<dir>/package-lock.json` for `spec`. */
export function writeTeamLockfile(dir: string, spec: string): void {
  const own = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as PackageJson
  const lockText = readFileSync(path.join(repoRoot, 'package-lock.json'), 'utf8')
  const lock = JSON.parse(lockText) as { packages: Record<string, LockEntry> }
  const site = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as PackageJson
  site.overrides = own.overrides
  writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify(site, null, 2)}\n`)
  const packages: Record<string, LockEntry> = {
    '': { name: site.name, dependencies: site.dependencies, devDependencies: site.devDependencies },
    'node_modules/wxpress': {
      version: own.version,
      resolved: spec,
      license: own.license,
      dependencies: own.dependencies,
      bin: own.bin,
      engines: own.engines,
    },
  }
  for (const [key, entry] of Object.entries(lock.packages)) {
    if (key !== '' && !entry.dev && !entry.link) packages[key] = entry
  }
  const text = JSON.stringify({ name: site.name, lockfileVersion: 3, requires: true, packages }, null, 2)
  writeFileSync(path.join(dir, 'package-lock.json'), `${text}\n`)
}
