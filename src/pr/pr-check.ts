/**
 * `wxpress pr-check` as a plain function: the untrusted half of the pull-request check. It checks the
 * articles the PR changed (all of them when a theme, the config or a site plugin changed) with the
 * same `checkSite` as `wxpress check` (no cache: a PR could commit a forged one; remote images never
 * fetched), writes the artifact of DESIGN §8 and returns the annotations to print.
 */
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { CONFIG_NAMES } from '../config/load-config.js'
import { reportJson } from '../diagnostics/report-json.js'
import type { LedgerSource } from '../publish/read-sent.js'
import { isArticleFact } from '../diagnostics/article-fact.js'
import { checkSite } from '../site/check-site.js'
import type { Site } from '../site/load-site.js'
import { formatAnnotations } from './annotations.js'
import { capFindings } from './cap-findings.js'
import { articleEntries } from './article-entries.js'
import { parseHunks } from './diff-hunks.js'
import type { PullRequestRef } from './pr-event.js'
import { pluginPathsOf, prScope } from './pr-scope.js'
import { fitArticle, fitCheck, isArtifactSlug } from './fit-report.js'
import { splitFixTexts, withFixOldText } from './fix-old-text.js'
import { siteFixedLines } from './fixed-lines.js'
import { deletedArticles } from './deleted-articles.js'
import { renamedArticles, reportSlugChanged } from './renamed-articles.js'
import { relocateToHead, type LineMoves } from './relocate-to-head.js'
import { parseReport, type CheckDocument, type PrReport } from './report-schema.js'
import { writeArtifactPages } from './write-artifact-pages.js'
import { stepSummary } from './step-summary.js'
import { renderText } from '../i18n/catalogue.js'
import type { Locale } from '../i18n/message.js'
import { prCheckMessages } from '../i18n/messages/pr-check.js'
import { reportMessages } from '../i18n/messages/report.js'

export interface PrCheckInput {
  /** A loaded site (`loadSite` without cache or helpers). */
  site: Site
  pr: PullRequestRef
  /** What the PR changed: `git diff --name-only` and `git diff -U0` from the merge base to its head,
   * and the files git sees renamed (`[from, to]`). */
  diff: { files: string[]; patch: string; renames?: readonly (readonly [string, string])[] | undefined }
  /** When the checked-out commit is not the head (GitHub's merge commit): how lines move to the head. */
  moves?: LineMoves | undefined
  /** A file's text on the base branch (for the articles the PR deletes). */
  baseText?: ((file: string) => Promise<string | undefined>) | undefined
  nowMs: number
  version: string
  /** Absolute artifact folder (its html/, screenshots/, covers/ and report.json are replaced). */
  artifactDir: string
  /** Chromium to use; `false` = no screenshots. */
  browser: { executablePath?: string | undefined } | false
  /** Language of messages, the scope reason and the job summary (default: config `locale`). */
  locale?: Locale
  /** Ledgers from the state branch when the working tree has none (`withLedgerSnapshot`). */
  ledgers?: LedgerSource | undefined
}

export interface PrCheckOutput {
  report: PrReport
  /** Workflow commands for stdout. */
  annotations: string
  /** Why no screenshots were taken (no browser), if so. */
  screenshotsSkipped: string | undefined
  /** The articles whose screenshot shows Chinese as boxes (no CJK font on the machine). */
  noCjkFont: string[]
  summaryMarkdown: string
  /** Checked articles left out of `articles`: their folder name cannot be an artifact slug. */
  omitted: string[]
}

export async function runPrCheck(input: PrCheckInput): Promise<PrCheckOutput> {
  const { site } = input
  const locale = input.locale ?? site.config.locale
  const rel = (p: string) => path.relative(site.root, p).split(path.sep).join('/')
  const scope = prScope({
    changedFiles: input.diff.files,
    contentDir: rel(site.contentDir),
    slugs: site.articles.map((a) => a.slug),
    configPath: site.loadedConfig.path,
    configNames: CONFIG_NAMES,
    themeDirs: ['themes', ...site.config.themeDirs],
    pluginPaths: pluginPathsOf([
      ...site.config.markdown.remarkPlugins,
      ...site.config.markdown.rehypePlugins,
    ]),
    locale,
  })
  // an unreadable config is the PR's problem, not "every article is checked" (none can be)
  const configPath = site.loadedConfig.path
  const configFailed =
    site.loadedConfig.failed && configPath
      ? prCheckMessages.msg.scopeConfigBroken({ file: configPath })
      : undefined
  const wanted = new Set(scope.slugs)
  site.selected = site.articles.filter((a) => wanted.has(a.slug))
  // an article file in other letter case (`index.MD`, no article) is named when the PR touches it
  if (site.misnamed)
    site.misnamed = site.misnamed.filter((f) => scope.all || input.diff.files.includes(f.path))
  const gone = await deletedArticles(site, scope.deleted, input.baseText)
  const changed = site.articles.filter((a) => scope.changed.includes(a.slug))
  const renames = input.diff.renames ?? []
  const timezone = site.config.timezone
  const moved = await renamedArticles({ changed, deleted: gone, renames, baseText: input.baseText, timezone })
  reportSlugChanged(moved, input.nowMs)
  // a renamed article is not deleted: it keeps its push under its new folder name
  const deleted = gone.filter((d) => !moved.some((r) => r.old === d))
  const renamed = moved
    .filter((r) => isArtifactSlug(r.article.slug))
    .map(({ old, article }) => ({
      from: old.slug,
      to: article.slug,
      file: article.path,
      title: old.title,
      slot: old.slot,
    }))
  const result = await checkSite(site, {
    chromium: input.browser ? input.browser.executablePath : undefined,
    nowMs: input.nowMs,
    version: input.version,
    noCache: true,
    remoteImages: 'keep',
    imageData: true,
    locale,
    ledgers: input.ledgers,
  })
  // findings at the head's lines, each fix with the text it replaces (pr-report checks it is still there)
  const sources = new Map(site.selected.map((a) => [a.path, String(a.file.value)]))
  const relocated = capFindings(
    relocateToHead(withFixOldText(result.diagnostics, sources), input.moves ?? new Map()),
    locale,
  )
  const { diagnostics, fixTexts } = splitFixTexts(relocated)
  // the lines as `check --fix` writes them: what a suggestion replaces its lines with
  const fixedLines = siteFixedLines(site, result.diagnostics, input.moves)
  const check = fitCheck(JSON.parse(reportJson(result.files, diagnostics, result.summary)) as CheckDocument)
  const hunks = parseHunks(input.diff.patch)
  const all = articleEntries(site, result, new Set(scope.changed), hunks)
  const entries = all.filter((e) => isArtifactSlug(e.entry.slug))
  const omitted = all.filter((e) => !isArtifactSlug(e.entry.slug)).map((e) => e.entry.slug)
  const dir = input.artifactDir
  const { screenshotsSkipped, noCjkFont } = await writeArtifactPages(dir, entries, input.browser, locale)
  // the reader's schema, so that pr-report never refuses what pr-check wrote
  const parsed = parseReport({
    version: 1,
    locale,
    checkedAt: new Date(input.nowMs).toISOString(),
    pr: input.pr,
    scope: configFailed
      ? { all: true, reason: renderText(configFailed, locale), configFailed: true }
      : { all: scope.all, reason: scope.reason },
    articles: entries.map((e) =>
      fitArticle({
        ...e.entry,
        fixTexts: fixTexts.get(e.entry.file) ?? [],
        fixedLines: fixedLines.get(e.entry.file) ?? [],
      }),
    ),
    deleted,
    renamed,
    check,
    ...(noCjkFont.length > 0 ? { noCjkFont: true } : {}),
  })
  if (!parsed.ok) {
    throw new Error(`pr-check built a report the artifact schema refuses: ${parsed.problems.join('; ')}`)
  }
  const { report } = parsed
  await writeFile(path.join(dir, 'report.json'), `${JSON.stringify(report, null, 2)}\n`)
  return {
    report,
    annotations: formatAnnotations(
      diagnostics.filter((d) => !isArticleFact(d)),
      hunks,
      (n) => renderText(prCheckMessages.msg.moreFindings({ n }), locale),
      (hint) => renderText(reportMessages.msg.hint({ hint }), locale),
    ).text,
    screenshotsSkipped,
    noCjkFont,
    summaryMarkdown: stepSummary(report, screenshotsSkipped, locale),
    omitted,
  }
}
