#!/usr/bin/env node
// Builds the Chinese real-text corpora of `bench/zh-precision.js` in a cache folder (nothing of them is
// committed; .wxpress/zh-corpus/ is git-ignored).
//
// Primary ("well edited"): the Chinese Vue documentation, vuejs-translations/docs-zh-cn at a pinned
// commit, licensed CC BY 4.0 (its LICENSE; images excluded, and only Markdown is taken). Its CI keeps it
// clean with zhlint: `.github/workflows/ci.yml` runs `pnpm lint`, which is `zhlint "src/{api,about,guide,
// sponsor,translations,tutorial}/**/*.md"` with its `.zhlintrc` and `.zhlintcaseignore`. The corpus is
// exactly that scope minus the files that end with `<!-- zhlint disabled -->`: zhlint skips those
// (its `run.js`), so the team opted them out of the check and they are not "kept clean".
// Secondary: Chinese docs published to npm without a typography check (bench/zh-corpus-npm.js).
//
// The repository is fetched with git (`git init` + `git fetch --depth 1 <url> <sha>` + `git archive`).
// Where GitHub is out of reach, point WXPRESS_ZH_CORPUS_GIT (or `--git <dir>`) at a local git directory
// holding the commit; without either, the primary corpus is skipped with one line saying so.
// Usage: node bench/zh-corpus.js [--git <dir>] [cacheDir]   (default cache: .wxpress/zh-corpus)
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildNpmCorpus, walk } from './zh-corpus-npm.js'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

export const PRIMARY = {
  name: 'vuejs-translations/docs-zh-cn',
  url: 'https://github.com/vuejs-translations/docs-zh-cn',
  commit: 'c2715ff75bae5376bc5bf212280ae76e30089fbd',
  license: 'CC BY 4.0',
  /** The folders of its zhlint scope (package.json `lint`). */
  scope: ['src/api', 'src/about', 'src/guide', 'src/sponsor', 'src/translations', 'src/tutorial'],
}

/** zhlint's own test for a file it skips (`lib/run.js`). */
const DISABLED = /<!--\s*zhlint\s*disabled\s*-->/

const git = (gitDir, args, options = {}) =>
  execFileSync('git', [`--git-dir=${gitDir}`, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
    ...options,
  })

const hasCommit = (gitDir, commit) => {
  try {
    git(gitDir, ['cat-file', '-e', `${commit}^{commit}`])
    return true
  } catch {
    return false
  }
}

/** A git directory holding the pinned commit: the local one given, or a shallow fetch into the cache. */
function sourceGitDir(dir, localGit) {
  if (localGit) {
    if (hasCommit(localGit, PRIMARY.commit)) return { gitDir: localGit }
    return { error: `${localGit} does not hold commit ${PRIMARY.commit}` }
  }
  const gitDir = path.join(dir, 'docs-zh-cn.git')
  if (existsSync(gitDir) && hasCommit(gitDir, PRIMARY.commit)) return { gitDir }
  try {
    mkdirSync(gitDir, { recursive: true })
    git(gitDir, ['init', '--bare', '--quiet'])
    git(gitDir, ['fetch', '--depth', '1', '--quiet', PRIMARY.url, PRIMARY.commit], { timeout: 180_000 })
    return { gitDir }
  } catch (error) {
    rmSync(gitDir, { recursive: true, force: true })
    const why = String(error.stderr || error.message)
      .trim()
      .split('\n')
      .pop()
    return { error: `could not fetch ${PRIMARY.url} (${why})` }
  }
}

/**
 * The primary corpus in `dir`: `{ files, excluded, skipped }`; `files` as `{ source, license, file }`,
 * `excluded` the zhlint-disabled files left out, `skipped` a sentence when the source is out of reach.
 */
export function buildPrimaryCorpus(dir, localGit) {
  const target = path.join(dir, `docs-zh-cn@${PRIMARY.commit.slice(0, 7)}`)
  if (!existsSync(path.join(target, '.done'))) {
    const found = sourceGitDir(dir, localGit)
    if (!found.gitDir) {
      const skipped =
        `primary corpus skipped: ${found.error}. Provide a git directory holding that commit with ` +
        `WXPRESS_ZH_CORPUS_GIT=<dir> (or --git <dir>), e.g. a clone of ${PRIMARY.url}.`
      return { files: [], excluded: [], skipped }
    }
    rmSync(target, { recursive: true, force: true })
    mkdirSync(target, { recursive: true })
    const tar = git(found.gitDir, ['archive', PRIMARY.commit, ...PRIMARY.scope], {
      encoding: 'buffer',
      maxBuffer: 1 << 28,
    })
    execFileSync('tar', ['-x', '-C', target], { input: tar })
    writeFileSync(path.join(target, '.done'), `${PRIMARY.name}@${PRIMARY.commit} (${PRIMARY.license})\n`)
  }
  const files = []
  const excluded = []
  for (const rel of walk(target).sort()) {
    if (!rel.endsWith('.md')) continue
    const file = path.join(target, rel)
    if (DISABLED.test(readFileSync(file, 'utf8'))) excluded.push(rel)
    else files.push({ source: sourceOf(rel), license: PRIMARY.license, file, rel })
  }
  return { files, excluded, skipped: undefined }
}

/** Per-source label: the top folder of the scope (`guide`, `api`, `tutorial` …). */
const sourceOf = (rel) => `docs-zh-cn/${rel.split('/')[1]}`

/**
 * Both corpora: `{ primary: { files, excluded, skipped }, secondary: { files, skipped } }`. Never throws:
 * a source out of reach becomes a `skipped` sentence.
 */
export function buildCorpora(options = {}) {
  const dir = options.dir ?? path.join(repo, '.wxpress', 'zh-corpus')
  const localGit = options.git ?? process.env.WXPRESS_ZH_CORPUS_GIT
  mkdirSync(dir, { recursive: true })
  let primary
  try {
    primary = buildPrimaryCorpus(dir, localGit ? path.resolve(localGit) : undefined)
  } catch (error) {
    primary = { files: [], excluded: [], skipped: `primary corpus skipped: ${error.message}` }
  }
  let secondary
  try {
    secondary = { files: buildNpmCorpus(path.join(dir, 'npm')), skipped: undefined }
  } catch (error) {
    secondary = { files: [], skipped: `npm corpus skipped: ${String(error.message).split('\n')[0]}` }
  }
  return { primary, secondary }
}

/** `--git <dir>` from argv, if given. */
export function gitArgument(argv) {
  const at = argv.indexOf('--git')
  return at >= 0 ? argv[at + 1] : undefined
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2)
  const gitDir = gitArgument(args)
  const rest = args.filter((a, i) => a !== '--git' && args[i - 1] !== '--git')
  const { primary, secondary } = buildCorpora({ git: gitDir, dir: rest[0] && path.resolve(rest[0]) })
  if (primary.skipped) console.log(primary.skipped)
  else
    console.log(
      `${primary.files.length} files of ${PRIMARY.name}@${PRIMARY.commit.slice(0, 7)} ` +
        `(${primary.excluded.length} zhlint-disabled files left out: ${primary.excluded.join(', ')})`,
    )
  if (secondary.skipped) console.log(secondary.skipped)
  else console.log(`${secondary.files.length} files from npm packages (secondary corpus)`)
}
