/**
 * `wxpress check` (and `plan`) as a plain function: content (done on load) → lint → render checks → schedule,
 * all reporting onto each article's VFile; returns the sorted diagnostics of the selected files.
 */
import type { VFile } from '../core/vfile.js'
import { collectDiagnostics } from '../diagnostics/collect-diagnostics.js'
import { summarize, type Summary } from '../diagnostics/summarize.js'
import { blockUnfetched } from '../render/unfetched-images.js'
import type { Diagnostic } from '../diagnostics/diagnostic.js'
import type { Locale } from '../i18n/message.js'
import type { RenderResult } from '../render/renderer.js'
import { planSchedule, type Plan } from '../schedule/plan-schedule.js'
import { readCoverSizes, readSent, type LedgerSource } from '../publish/read-sent.js'
import { siteLinter } from './lint-site.js'
import type { Site } from './load-site.js'
import { renderSite } from './render-site.js'

export interface CheckOptions {
  /** The clock, epoch ms (schedule checks are relative to it). */
  nowMs: number
  /** Chromium for mermaid diagrams (`CHROMIUM_PATH`); default: the usual places. */
  chromium?: string | undefined
  version?: string
  noCache?: boolean
  /** Running for `publish`: due slots are not reported as past. */
  publishing?: boolean
  /** `keep`: remote images are never fetched (the untrusted PR check). */
  remoteImages?: 'fetch' | 'keep'
  /** Load the rendered HTML and image bytes (default: only when publishing). */
  imageData?: boolean
  /** Return the rendered HTML in `renders` (default true; `wxpress check` prints findings only). */
  html?: boolean
  /** Language of the diagnostics' messages and hints (default: config `locale`). */
  locale?: Locale | undefined
  /** Ledgers read from elsewhere than `.wxpress/state` (the state branch's, `stateSnapshot`). */
  ledgers?: LedgerSource | undefined
}

export interface CheckResult {
  plan: Plan
  /** Render results of the selected articles, by slug. */
  renders: Map<string, RenderResult>
  diagnostics: Diagnostic[]
  summary: Summary
  /** Per selected file: path, slug and counts. */
  files: { file: string; slug: string; errors: number; warnings: number }[]
}

export async function checkSite(site: Site, options: CheckOptions): Promise<CheckResult> {
  const version = options.version ?? '0'
  const cacheDir = options.noCache ? undefined : site.cacheDir
  // each article is linted right before it is rendered (the renderer reuses lint's Markdown tree)
  const lint = siteLinter(site, { cacheDir, version })
  const { themeFiles, results: renders } = await renderSite(site, {
    version,
    noCache: options.noCache,
    imageData: options.imageData ?? options.publishing === true,
    html: options.html,
    lint,
    flush: false,
    remoteImages: options.remoteImages,
    chromium: options.chromium,
  })
  // what publishing would send with a placeholder for an image blocks its push
  if (options.publishing) for (const article of site.articles) blockUnfetched(article.file)
  // cover sizes come from the renders where there are any (no second read of the file)
  const rendered = new Map(
    [...renders].flatMap(([slug, r]) =>
      r.cover ? [[slug, { width: r.cover.width, height: r.cover.height }] as const] : [],
    ),
  )
  const [{ sent, renamed, unknown }, coverSizes] = await Promise.all([
    readSent(site.root, site.articles, { config: site.config, renders }, options.ledgers),
    readCoverSizes(site.articles.filter((a) => !rendered.has(a.slug))),
  ])
  for (const [slug, size] of rendered) coverSizes.set(slug, size)
  const plan = planSchedule({
    articles: site.articles,
    config: site.config,
    nowMs: options.nowMs,
    sent,
    renamed,
    unknown,
    coverSizes,
    publishing: options.publishing === true,
    locale: options.locale,
  })
  // the cache files were being written meanwhile
  await site.cache.flush()
  const files: { file: VFile; path: string }[] = site.selected.map((a) => ({ file: a.file, path: a.path }))
  for (const f of themeFiles) files.push({ file: f, path: f.path })
  for (const f of site.misnamed ?? []) files.push({ file: f, path: f.path })
  if (site.loadedConfig.file && site.loadedConfig.path)
    files.push({ file: site.loadedConfig.file, path: site.loadedConfig.path })
  const diagnostics = collectDiagnostics(files, options.locale ?? site.config.locale)
  const summary = summarize(diagnostics, site.selected.length)
  const counts = new Map<string, { errors: number; warnings: number }>()
  for (const d of diagnostics) {
    const c = counts.get(d.file) ?? { errors: 0, warnings: 0 }
    if (d.severity === 'error') c.errors++
    else if (d.severity === 'warning') c.warnings++
    counts.set(d.file, c)
  }
  return {
    plan,
    renders,
    diagnostics,
    summary,
    files: site.selected.map((a) => ({
      file: a.path,
      slug: a.slug,
      ...(counts.get(a.path) ?? { errors: 0, warnings: 0 }),
    })),
  }
}
