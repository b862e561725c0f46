/**
 * Which articles a pull request asks to check: those whose folder changed, or all of them when a
 * file that shapes every article changed (a theme, the config, a site plugin). A pure function.
 */
import path from 'node:path'
import { renderText } from '../i18n/catalogue.js'
import type { Locale, Message } from '../i18n/message.js'
import { prCheckMessages } from '../i18n/messages/pr-check.js'

export interface ScopeInput {
  /** Site-relative, `/`-separated paths the PR changed (added, modified or deleted). */
  changedFiles: readonly string[]
  /** Site-relative content folder (`content`). */
  contentDir: string
  /** Slugs of the articles that exist at the head. */
  slugs: readonly string[]
  /** Site-relative config path, when the site has one. */
  configPath: string | undefined
  /** Config names a site may use (a new or deleted config changes every article too). */
  configNames: readonly string[]
  /** Site-relative theme folders (`themes` and config `themeDirs`). */
  themeDirs: readonly string[]
  /** Plugin paths named in config `markdown` (site-relative). */
  pluginPaths: readonly string[]
  /** Language of `reason` (default `en`). */
  locale?: Locale
}

export interface Scope {
  all: boolean
  /** Why every article is checked (null when only the changed ones are). */
  reason: string | null
  /** Slugs to check, sorted. */
  slugs: string[]
  /** Slugs whose folder this PR changed (a subset of `slugs`, or of every slug when `all`). */
  changed: string[]
  /** Slugs whose article (`<slug>/index.md`) this PR deleted, sorted. */
  deleted: string[]
}

const clean = (p: string) =>
  path.posix.normalize(p.split('\\').join('/')).replace(/^\.\//, '').replace(/\/$/, '')
const under = (file: string, dir: string) =>
  dir === '.' || dir === '' ? true : file === dir || file.startsWith(`${dir}/`)

export function prScope(input: ScopeInput): Scope {
  const content = clean(input.contentDir)
  const existing = new Set(input.slugs)
  const changed = new Set<string>()
  const deleted = new Set<string>()
  for (const file of input.changedFiles) {
    if (!under(file, content) || file === content) continue
    const rest = file.slice(content.length + 1).split('/')
    // a deleted article (its folder is gone) is not checked and not an error, but the report names it
    if (rest.length > 1 && existing.has(rest[0]!)) changed.add(rest[0]!)
    else if (rest.length === 2 && rest[1] === 'index.md') deleted.add(rest[0]!)
  }
  const gone = [...deleted].sort()
  const { msg } = prCheckMessages
  const text = (message: Message) => renderText(message, input.locale)
  const configs = new Set([...(input.configPath ? [clean(input.configPath)] : []), ...input.configNames])
  const plugins = new Set(input.pluginPaths.map(clean))
  const themeDirs = input.themeDirs.map(clean)
  // one reason a kind, naming its files: not "a theme changed (a); a theme changed (b)"
  const found = { config: [] as string[], plugin: [] as string[], theme: [] as string[] }
  for (const file of input.changedFiles) {
    if (configs.has(file)) found.config.push(file)
    else if (plugins.has(file) || under(file, 'plugins')) found.plugin.push(file)
    else if (themeDirs.some((dir) => under(file, dir)) && !under(file, content)) found.theme.push(file)
  }
  const zh = input.locale === 'zh-CN'
  const files = (list: string[]) =>
    list.slice(0, 3).join(zh ? '、' : ', ') +
    (list.length > 3 ? (zh ? ` 等 ${list.length} 个文件` : ` and ${list.length - 3} more`) : '')
  const reasons = [
    found.config.length > 0 && text(msg.scopeConfig({ file: files(found.config) })),
    found.plugin.length > 0 && text(msg.scopePlugin({ file: files(found.plugin) })),
    found.theme.length > 0 && text(msg.scopeTheme({ file: files(found.theme) })),
  ].filter((r): r is string => r !== false)
  const sortedChanged = [...changed].sort()
  if (reasons.length === 0)
    return { all: false, reason: null, slugs: sortedChanged, changed: sortedChanged, deleted: gone }
  return {
    all: true,
    reason: text(msg.scopeAll({ reasons: reasons.join(zh ? '；' : '; '), more: 0 })),
    slugs: [...input.slugs].sort(),
    changed: sortedChanged,
    deleted: gone,
  }
}

/** Site-relative paths of the plugins a config names by path (`"./plugins/x.mjs"` or `["./x.mjs", {…}]`). */
export function pluginPathsOf(plugins: readonly unknown[]): string[] {
  const out: string[] = []
  for (const entry of plugins) {
    const ref = Array.isArray(entry) ? entry[0] : entry
    if (typeof ref === 'string' && (ref.startsWith('./') || ref.startsWith('../') || ref.includes('/')))
      out.push(clean(ref))
  }
  return out
}
