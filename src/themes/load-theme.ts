/**
 * Finds a theme by id (site `themes/<id>/`, extra config dirs, then the themes shipped with wxpress),
 * validates `theme.json`, compiles `theme.css` (or takes the compiled CSS and its findings from the
 * cache, without loading postcss), and loads optional `plugins.mjs`.
 */
import { createHash } from 'node:crypto'
import { access, readFile, readdir } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { VFile } from '../core/vfile.js'
import { report } from '../diagnostics/diagnostic.js'
import { didYouMean } from '../diagnostics/did-you-mean.js'
import type { Cache } from '../cache/create-cache.js'
import { recordsSince, replayRecords, type MessageRecord } from '../diagnostics/message-records.js'
import type { ThemeRule } from './css-for.js'
import type { Theme } from './theme.js'
import { validateThemeMeta } from './validate-theme-meta.js'
import { refuseThemeFile } from './refuse-theme-file.js'
import { themeMessages as tm } from '../i18n/messages/theme.js'
import type { Message } from '../i18n/message.js'

/** The themes folder shipped with wxpress. */
export const BUILTIN_THEMES = fileURLToPath(new URL('../../themes/', import.meta.url))

export interface LoadThemeInput {
  root: string
  id: string
  /** Extra folders (site-relative) searched before the built-in themes. */
  themeDirs?: readonly string[]
  /** Keeps the compiled CSS by its source and `version` (the compiler's, i.e. wxpress's). */
  cache?: { store: Cache; version: string } | undefined
}

export interface LoadedTheme {
  theme: Theme | undefined
  /** Files carrying theme diagnostics (theme.json, theme.css). */
  files: VFile[]
  /** When the theme was not found: a hint naming the closest id or the available ones. */
  notFoundHint?: Message
}

const exists = (p: string) =>
  access(p).then(
    () => true,
    () => false,
  )

async function themeFolders(input: LoadThemeInput): Promise<string[]> {
  return [
    ...new Set([
      path.join(input.root, 'themes'),
      ...(input.themeDirs ?? []).map((d) => path.resolve(input.root, d)),
      BUILTIN_THEMES,
    ]),
  ]
}

/** Ids of every theme found. */
export async function listThemes(input: Omit<LoadThemeInput, 'id'>): Promise<string[]> {
  const ids = new Set<string>()
  for (const dir of await themeFolders({ ...input, id: '' })) {
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => [])
    for (const e of entries)
      if (e.isDirectory() && (await exists(path.join(dir, e.name, 'theme.css')))) ids.add(e.name)
  }
  return [...ids].sort()
}

export async function loadTheme(input: LoadThemeInput): Promise<LoadedTheme> {
  let dir: string | undefined
  for (const base of await themeFolders(input)) {
    if (await exists(path.join(base, input.id, 'theme.css'))) {
      dir = path.join(base, input.id)
      break
    }
  }
  const rel = (p: string) => {
    const r = path.relative(input.root, p).split(path.sep).join('/')
    return r.startsWith('..')
      ? `wxpress/themes/${path.relative(BUILTIN_THEMES, p).split(path.sep).join('/')}`
      : r
  }
  if (!dir) {
    const ids = await listThemes(input)
    const s = didYouMean(input.id, ids)
    return {
      theme: undefined,
      files: [],
      notFoundHint: tm.msg.available({ s: s ?? '', list: ids.join(', ') }),
    }
  }
  const jsonPath = path.join(dir, 'theme.json')
  const cssPath = path.join(dir, 'theme.css')
  const jsonFile = new VFile({ path: rel(jsonPath), cwd: input.root })
  // a site theme comes with the pull request: its files must be regular files inside the site
  const fromPackage = path.relative(BUILTIN_THEMES, dir)
  const siteTheme = fromPackage.startsWith('..') || path.isAbsolute(fromPackage)
  const refused = (p: string, file: VFile) => (siteTheme ? refuseThemeFile(input.root, p, file) : false)
  const cssFile = new VFile({ path: rel(cssPath), cwd: input.root })
  const cssText = refused(cssPath, cssFile) ? '' : await readFile(cssPath, 'utf8')
  cssFile.value = cssText
  let metaRaw: unknown = { id: input.id, name: input.id }
  if ((await exists(jsonPath)) && !refused(jsonPath, jsonFile)) {
    try {
      metaRaw = JSON.parse(await readFile(jsonPath, 'utf8'))
    } catch (error) {
      report(
        jsonFile,
        'error',
        'theme/invalid-meta',
        'theme',
        tm.msg.metaJson({ error: (error as Error).message }),
        {
          hint: tm.msg.metaJsonHint(),
        },
      )
    }
  }
  const meta = await validateThemeMeta(metaRaw)
  if (!meta.success) {
    for (const issue of meta.error.issues) {
      report(
        jsonFile,
        'error',
        'theme/invalid-meta',
        'theme',
        tm.msg.metaField({ path: issue.path.join('.'), problem: issue.message }),
        {
          hint: tm.msg.seeThemesDoc(),
        },
      )
    }
  }
  let rehypePlugins: unknown[] = []
  const pluginsPath = path.join(dir, 'plugins.mjs')
  // the plugins' source is part of the theme's hash: editing them invalidates cached renders
  let pluginsText = ''
  if ((await exists(pluginsPath)) && !refused(pluginsPath, jsonFile)) {
    pluginsText = await readFile(pluginsPath, 'utf8')
    const mod = (await import(pathToFileURL(pluginsPath).href)) as { rehypePlugins?: unknown[] }
    rehypePlugins = mod.rehypePlugins ?? []
  }
  const hash = createHash('sha256')
    .update(JSON.stringify(metaRaw))
    .update('\0')
    .update(cssText)
    .update('\0')
    .update(pluginsText)
    .digest('hex')
  const compiled = await compile(cssText, cssFile, input.cache)
  const { css, rules } = compiled
  const base = meta.success ? meta.data : (await validateThemeMeta({ id: input.id, name: input.id })).data!
  return {
    theme: { ...base, id: input.id, dir, cssPath: rel(cssPath), css, rules, hash, rehypePlugins },
    files: [jsonFile, cssFile],
  }
}

interface CompiledTheme {
  css: string
  rules: ThemeRule[]
  records: MessageRecord[]
}

/** Compiles theme.css (findings on `file`), through the cache when there is one. */
async function compile(cssText: string, file: VFile, cache: LoadThemeInput['cache']): Promise<CompiledTheme> {
  const key = createHash('sha256')
    .update(`theme-css\0${cache?.version ?? ''}\0`)
    .update(cssText)
    .digest('hex')
  const hit = await cache?.store.get<CompiledTheme>('theme', key)
  if (hit) {
    replayRecords(file, hit.records)
    return hit
  }
  const { compileThemeCss, splitThemeRules } = await import('./compile-theme-css.js')
  const before = file.messages.length
  const css = compileThemeCss(cssText, file)
  const compiled = { css, rules: splitThemeRules(css), records: recordsSince(file, before) }
  await cache?.store.set('theme', key, compiled)
  return compiled
}
