/**
 * The site's package.json as `init` leaves it: a new one (private, the `wxpress` dependency, scripts
 * `check` and `preview`), or an existing one with only the missing keys added — no value is changed,
 * except a `wxpress` dependency on a file outside the site when `init --from` vendors the tarball (that
 * one installs on this machine only). `wxpress.example` remembers that the example article was written once, so a second `init`
 * never writes it again, even after it was renamed or deleted.
 */

export interface SitePackageInput {
  /** Package name for a new file. */
  name: string
  /** The `wxpress` dependency spec (git URL or `file:vendor/…`). */
  spec: string
  /** The example's folder, to remember (only when this run writes it). */
  example?: string
  /** `spec` is a vendored tarball (`--from`): it replaces a `file:` dependency outside the site. */
  vendored?: boolean
}

/** A `file:` spec that points outside the site folder (`file:../wxpress.tgz`, an absolute path). */
export function isOutsideFileSpec(spec: string): boolean {
  const file = /^file:(.*)$/.exec(spec)?.[1]
  return file !== undefined && (file.startsWith('..') || file.startsWith('/') || /^[A-Za-z]:/.test(file))
}

export type SitePackage =
  | { ok: true; text: string | undefined; added: string[]; replaced?: string }
  | { ok: false; reason: string }

type Json = Record<string, unknown>

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** A package name from a folder name (npm's rules: lower case, URL-safe, ≤ 214 characters). */
export function packageName(folder: string): string {
  const name = folder
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[._-]+|-+$/g, '')
    .slice(0, 214)
  return name === '' ? 'wxpress-site' : name
}

/** The folder of the example an earlier `init` wrote, from package.json text (if remembered). */
export function rememberedExample(text: string | undefined): string | undefined {
  if (text === undefined) return undefined
  try {
    const data = JSON.parse(text) as unknown
    const wx = isObject(data) ? data.wxpress : undefined
    return isObject(wx) && typeof wx.example === 'string' ? wx.example : undefined
  } catch {
    return undefined
  }
}

/** `data[key]` as an object, created when missing; undefined when it holds something else (kept). */
function section(data: Json, key: string): Json | undefined {
  const value = data[key]
  if (isObject(value)) return value
  if (value !== undefined) return undefined
  const created: Json = {}
  data[key] = created
  return created
}

/** New or merged package.json text (`text` undefined: nothing to change), or why it cannot be. */
export function sitePackageJson(existing: string | undefined, input: SitePackageInput): SitePackage {
  let data: Json
  const added: string[] = []
  if (existing === undefined) {
    const description = 'WeChat Official Account articles, checked and published by wxpress'
    data = { name: input.name, private: true, description }
  } else {
    let parsed: unknown
    try {
      parsed = JSON.parse(existing)
    } catch (error) {
      return { ok: false, reason: `package.json is not valid JSON (${(error as Error).message})` }
    }
    if (!isObject(parsed)) return { ok: false, reason: 'package.json does not hold a JSON object' }
    data = parsed
  }
  const add = (target: Json | undefined, key: string, value: unknown, label: string): void => {
    if (target === undefined || target[key] !== undefined) return
    target[key] = value
    added.push(label)
  }
  for (const [script, command] of [
    ['check', 'wxpress check'],
    ['preview', 'wxpress preview'],
  ] as const) {
    add(section(data, 'scripts'), script, command, `scripts.${script}`)
  }
  const declared = ['dependencies', 'devDependencies'].some(
    (key) => isObject(data[key]) && (data[key] as Json).wxpress !== undefined,
  )
  if (!declared) add(section(data, 'devDependencies'), 'wxpress', input.spec, 'devDependencies.wxpress')
  let replaced: string | undefined
  for (const key of ['dependencies', 'devDependencies']) {
    const deps = data[key]
    if (!input.vendored || !isObject(deps) || typeof deps.wxpress !== 'string') continue
    if (!isOutsideFileSpec(deps.wxpress)) continue
    replaced = `${key}.wxpress: ${deps.wxpress} → ${input.spec}`
    deps.wxpress = input.spec
  }
  if (input.example !== undefined && rememberedExample(existing) === undefined) {
    add(section(data, 'wxpress'), 'example', input.example, 'wxpress.example')
  }
  if (existing !== undefined && added.length === 0 && !replaced) return { ok: true, text: undefined, added }
  const indent = existing === undefined ? 2 : (/^\{\r?\n([ \t]+)"/.exec(existing)?.[1] ?? 2)
  return {
    ok: true,
    text: `${JSON.stringify(data, null, indent)}\n`,
    added,
    ...(replaced ? { replaced } : {}),
  }
}
