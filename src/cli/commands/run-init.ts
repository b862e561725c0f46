/**
 * `wxpress init [dir] [--from <tarball|git-url>] [--force-example]`: writes a site that runs as it is.
 * Never overwrites a file: package.json and .gitignore only get their missing keys and lines. The
 * example article is written once per site (package.json remembers it), and not at all when
 * `content/` already has articles, unless `--force-example`.
 */
import { localeInText } from '../../config/locale-in-text.js'
import { copyFile, mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { configSchema } from '../../config/schema.js'
import { formatLocalIso, localDate } from '../../core/date-time.js'
import { actionRef, distribution, fromSource, gitDependency, looksLikeFile } from '../../init/distribution.js'
import { mergeGitignore } from '../../init/merge-gitignore.js'
import { nextSteps } from '../../init/next-steps.js'
import { packageName, rememberedExample, sitePackageJson } from '../../init/site-package-json.js'
import { EXAMPLE_DIR, exampleFiles, starterFiles } from '../../init/starter-site.js'
import { EXIT, type CliIO } from '../io.js'
import { resolveNow } from '../options.js'
import { packageRepository, packageVersion } from '../version.js'
import { t } from '../../i18n/catalogue.js'
import type { Locale } from '../../i18n/message.js'
import { initMessages } from '../../i18n/messages/init.js'

const { msg } = initMessages

export interface InitFlags {
  now?: string
  from?: string
  forceExample?: boolean
  /** Language of init's own lines (there is no config yet): default English. */
  locale?: Locale
}

const exists = (file: string): Promise<boolean> =>
  stat(file).then(
    () => true,
    () => false,
  )
const readText = (file: string): Promise<string | undefined> => readFile(file, 'utf8').catch(() => undefined)

/** Whether `content/` already holds an article (`<slug>/index.md`). */
async function hasArticles(content: string): Promise<boolean> {
  const entries = await readdir(content, { withFileTypes: true }).catch(() => [])
  for (const entry of entries) {
    if (entry.isDirectory() && (await exists(path.join(content, entry.name, 'index.md')))) return true
  }
  return false
}

/** The dependency spec and the tarball to vendor, or a usage problem. */
async function resolveFrom(io: CliIO, from: string | undefined, fallback: string) {
  if (from === undefined || from.trim() === '') return { spec: fallback }
  const absolute = path.resolve(io.cwd, from)
  const isFile = await stat(absolute).then(
    (s) => s.isFile(),
    () => false,
  )
  if (!isFile && looksLikeFile(from)) {
    return { problem: msg.noTarball({ from }) }
  }
  const source = fromSource(from, absolute, isFile)
  return source.kind === 'tarball' ? { spec: source.spec, vendor: source } : { spec: source.spec }
}

export async function runInit(io: CliIO, dir: string, flags: InitFlags): Promise<number> {
  const root = path.resolve(io.cwd, dir)
  // run again in a site, the language its config names (read as text: init loads no config)
  const configText = await readFile(path.join(root, 'wxpress.config.json'), 'utf8').catch(() => undefined)
  const locale = flags.locale ?? localeInText(configText) ?? 'en'
  const dist = distribution(packageRepository(), packageVersion())
  const action = actionRef(dist)
  const from = await resolveFrom(io, flags.from, gitDependency(dist))
  if ('problem' in from) {
    io.stderr.write(`${t(locale, from.problem)}\n`)
    return EXIT.usage
  }
  const log = (what: string, file: string): void =>
    void io.stdout.write(`${t(locale, msg.fileLine({ what, file }))}\n`)
  let written = 0
  const put = async (file: string, content: string | Uint8Array): Promise<void> => {
    const target = path.join(root, file)
    if (await exists(target)) return log('kept', file)
    await mkdir(path.dirname(target), { recursive: true })
    await writeFile(target, content)
    log('created', file)
    written++
  }

  const packageFile = path.join(root, 'package.json')
  const packageText = await readText(packageFile)
  const remembered = rememberedExample(packageText)
  const example =
    flags.forceExample === true ||
    (remembered === undefined && !(await hasArticles(path.join(root, 'content'))))
  // a week ahead at 20:00 China time: the slot the example's comment suggests
  const week = resolveNow(flags.now) + 7 * 86_400_000
  const zone = 'Asia/Shanghai'
  const suggestedSlot = formatLocalIso(Date.parse(`${localDate(week, zone)}T12:00:00Z`), zone)

  const pkg = sitePackageJson(packageText, {
    name: packageName(path.basename(root)),
    spec: from.spec,
    vendored: from.vendor !== undefined,
    ...(example || remembered !== undefined ? { example: remembered ?? EXAMPLE_DIR } : {}),
  })
  if (!pkg.ok) {
    io.stderr.write(`${t(locale, msg.badPackage({ reason: pkg.reason, spec: from.spec }))}\n`)
    return EXIT.usage
  }
  await mkdir(root, { recursive: true })
  if (packageText === undefined) await put('package.json', pkg.text ?? '')
  else if (pkg.text !== undefined) {
    await writeFile(packageFile, pkg.text)
    const changes = [...pkg.added.map((label) => `+${label}`), ...(pkg.replaced ? [pkg.replaced] : [])]
    log('updated', `package.json (${changes.join(', ')})`)
    written++
  } else log('kept', 'package.json')
  if (from.vendor) {
    const target = path.join(root, from.vendor.vendorPath)
    if (await exists(target)) log('kept', from.vendor.vendorPath)
    else {
      await mkdir(path.dirname(target), { recursive: true })
      await copyFile(from.vendor.file, target)
      log('created', from.vendor.vendorPath)
      written++
    }
  }
  for (const file of starterFiles({ action, suggestedSlot, withLocale: 'locale' in configSchema.shape })) {
    const gitignore = file.path === '.gitignore' ? await readText(path.join(root, file.path)) : undefined
    if (gitignore === undefined) {
      await put(file.path, file.content)
      continue
    }
    const merged = mergeGitignore(gitignore)
    if (merged.text === undefined) log('kept', file.path)
    else {
      await writeFile(path.join(root, file.path), merged.text)
      log('updated', `${file.path} (+${merged.added.join(', +')})`)
      written++
    }
  }
  if (example) for (const file of exampleFiles(suggestedSlot)) await put(file.path, file.content)
  else log('noExample', t(locale, remembered ? msg.writtenBefore({ dir: remembered }) : msg.hasArticles()))

  const folder = path.relative(io.cwd, root) || '.'
  io.stdout.write(`\n${t(locale, msg.written({ n: written, folder }))}\n`)
  io.stdout.write(nextSteps({ folder, action, spec: keptSpec(pkg.text ?? packageText) ?? from.spec }))
  return EXIT.ok
}

/** The wxpress dependency a package.json already had (init keeps it), if any. */
function keptSpec(packageText: string | undefined): string | undefined {
  try {
    const pkg = JSON.parse(packageText ?? '') as Record<string, Record<string, unknown> | undefined>
    const spec = pkg.dependencies?.wxpress ?? pkg.devDependencies?.wxpress
    return typeof spec === 'string' ? spec : undefined
  } catch {
    return undefined
  }
}
