/**
 * Where a site gets wxpress from, decided in one place: wxpress's own package.json `repository`
 * (`github:wxpress-dev/wxpress`) and the major version give the Action (`wxpress-dev/wxpress@v0`) and
 * the site's dependency (`github:wxpress-dev/wxpress#v0`), both on the same moving tag, so nothing
 * depends on a registry entry named `wxpress`. `init --from` replaces the dependency: a tarball is
 * copied into the site (`vendor/`), anything else (a git URL) is used as written.
 */
import path from 'node:path'

/** What the workflow templates are written with; `init` puts the real Action in its place. */
export const TEMPLATE_ACTION = 'wxpress-dev/wxpress@v0'

export interface Distribution {
  /** `owner/name` on GitHub. */
  repository: string
  /** The moving release tag: `v<major>`. */
  tag: string
}

/** `owner/name` from a package.json `repository` (`github:o/n`, `o/n`, a GitHub URL or `{ url }`). */
export function githubRepository(repository: unknown): string | undefined {
  const raw =
    typeof repository === 'object' && repository !== null ? (repository as { url?: unknown }).url : repository
  if (typeof raw !== 'string') return undefined
  const prefix = /^(?:github:|git\+https:\/\/github\.com\/|https:\/\/github\.com\/|git@github\.com:)?/
  const match = new RegExp(`${prefix.source}([\\w.-]+\\/[\\w.-]+?)(?:\\.git)?$`).exec(raw.trim())
  return match?.[1]
}

/** The distribution for wxpress's `repository` and `version`. */
export function distribution(repository: unknown, version: string): Distribution {
  const major = /^(\d+)\./.exec(version)?.[1] ?? '0'
  return { repository: githubRepository(repository) ?? TEMPLATE_ACTION.split('@')[0]!, tag: `v${major}` }
}

/** `uses:` value of the Action. */
export function actionRef(d: Distribution): string {
  return `${d.repository}@${d.tag}`
}

/** The site's `wxpress` dependency when no `--from` is given. */
export function gitDependency(d: Distribution): string {
  return `github:${d.repository}#${d.tag}`
}

export type FromSource =
  | { kind: 'tarball'; file: string; vendorPath: string; spec: string }
  | { kind: 'spec'; spec: string }

/**
 * What `--from` means: an existing `.tgz`/`.tar.gz` file is vendored (`vendor/<name>`, depended on as
 * `file:vendor/<name>`); any other value is a dependency spec used as written (a git URL).
 */
export function fromSource(from: string, absolute: string, isFile: boolean): FromSource {
  if (isFile) {
    const name = path.basename(absolute)
    return { kind: 'tarball', file: absolute, vendorPath: `vendor/${name}`, spec: `file:vendor/${name}` }
  }
  return { kind: 'spec', spec: from }
}

/** Whether `--from` was meant as a local file (so a missing one is an error, not a spec). */
export function looksLikeFile(from: string): boolean {
  if (/^[a-z][a-z0-9+.-]*:/i.test(from) && !/^[A-Za-z]:\\/.test(from)) return false
  return /^(\.{0,2}\/|~\/|[A-Za-z]:\\)/.test(from) || /\.(tgz|tar\.gz)$/i.test(from)
}
