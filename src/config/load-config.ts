/**
 * Finds, imports and validates the site config. Problems are diagnostics on the config file; the
 * caller exits 2 when any is an error. `.ts` configs are loaded through jiti (Node 20 cannot import
 * TypeScript by itself).
 */
import { readFile, access } from 'node:fs/promises'
import path from 'node:path'
import { VFile } from '../core/vfile.js'
import { report } from '../diagnostics/diagnostic.js'
import { didYouMean } from '../diagnostics/did-you-mean.js'
import type { Config } from './schema.js'
import { isValidTimeZone } from '../core/date-time.js'
import { inspectFile } from '../core/safe-file.js'
import { importSiteModule } from './import-site-module.js'
import { hashConfigCode } from './hash-config-code.js'
import type { Locate } from './parse-config.js'
import { configMemo, rememberConfig, type ConfigMemo } from './config-memo.js'
import { localeInText } from './locale-in-text.js'
import { checkStrictJson } from './strict-json.js'
import { resolvePlugins } from './resolve-plugins.js'
import { isKnownRuleId, RULE_IDS } from './rule-ids.js'
import { configMessages } from '../i18n/messages/config.js'
import { commonMessages } from '../i18n/messages/common.js'
import { lintMessages } from '../i18n/messages/lint.js'
import type { Text } from '../i18n/message.js'
const { msg } = configMessages

export const CONFIG_NAMES = [
  'wxpress.config.ts',
  'wxpress.config.mts',
  'wxpress.config.mjs',
  'wxpress.config.js',
  'wxpress.config.json',
]

export interface LoadedConfig {
  config: Config
  /** Site-relative config path, when a file was found. */
  path: string | undefined
  file: VFile | undefined
  /** Whether any error was reported. */
  failed: boolean
  /**
   * When the config runs code (a .ts/.mjs/.js config, or plugins named by path): a hash of the config
   * source and of every file under `plugins/`, so that caches keyed by the config notice a changed
   * plugin (functions do not survive JSON). Empty otherwise.
   */
  codeHash: string
}

/** The defaults, loading the schema (and zod) only when asked. */
async function defaults(): Promise<Config> {
  return (await import('./schema.js')).defaultConfig()
}

async function exists(p: string): Promise<boolean> {
  return access(p).then(
    () => true,
    () => false,
  )
}

/**
 * `memo`: where a JSON config found valid before is remembered, so that an unchanged run neither
 * parses it for positions (yaml) nor validates it (zod) again (`config-memo.ts`).
 */
export async function loadConfig(root: string, explicit?: string, memo?: ConfigMemo): Promise<LoadedConfig> {
  let absolute: string | undefined
  if (explicit) absolute = path.resolve(root, explicit)
  else
    for (const name of CONFIG_NAMES)
      if (await exists(path.join(root, name))) {
        absolute = path.join(root, name)
        break
      }
  if (!absolute)
    return { config: await defaults(), path: undefined, file: undefined, failed: false, codeHash: '' }
  const rel = path.relative(root, absolute).split(path.sep).join('/')
  const file = new VFile({ path: rel, cwd: root })
  const fail = async (message: Text, hint: Text, place?: { line: number; column: number }) => {
    report(file, 'error', 'config/invalid', 'config', message, { place, hint })
    return { config: await defaults(), path: rel, file, failed: true, codeHash: '' }
  }
  // a config found in the site that links out of it (to /proc/self/environ …), or a pipe, is never
  // read; `--config` (the command line is trusted) may name a file anywhere
  const problem = inspectFile(absolute, explicit ? path.parse(absolute).root : root)
  if (problem && problem.kind !== 'missing') {
    return fail(
      problem.kind === 'outside'
        ? `The config file links to a file outside the site; it is not read: ${rel}`
        : `The config file is ${problem.type}, not a regular file; it is not read: ${rel}`,
      'Replace it with the config file itself.',
    )
  }
  let raw: unknown
  let locate: Locate | undefined
  if (absolute.endsWith('.json')) {
    let text: string
    try {
      text = (await readFile(absolute, 'utf8')).replace(/^\uFEFF/, '')
    } catch (error) {
      return fail(msg.unreadable({ error: (error as Error).message }), msg.unreadableHint())
    }
    file.value = text
    const known = memo && (await configMemo(memo, rel, text))
    if (known) return { config: known, path: rel, file, failed: false, codeHash: '' }
    const { parseYaml } = await import('./parse-yaml.js')
    const parsed = parseYaml(text)
    const first = parsed.errors[0]
    if (first) {
      const failed = await fail(msg.json({ error: first.message }), msg.jsonHint(), first.position.start)
      // its errors in the language the broken text still names
      failed.config.locale = localeInText(text) ?? failed.config.locale
      return failed
    }
    if (!checkStrictJson(file, text)) {
      const config = await defaults()
      config.locale = localeInText(text) ?? config.locale
      return { config, path: rel, file, failed: true, codeHash: '' }
    }
    raw = parsed.data ?? {}
    locate = parsed.locate
  } else {
    try {
      if (!(await exists(absolute))) throw new Error('file not found')
      const mod = await importSiteModule(root, absolute, { fresh: true })
      raw = mod.default ?? mod
    } catch (error) {
      return fail(msg.load({ error: (error as Error).message }), msg.loadHint())
    }
  }
  const { parseConfig } = await import('./parse-config.js')
  const parsed = parseConfig(raw, file, locate)
  const config = parsed.config
  let failed = parsed.failed
  let pluginPaths = false
  for (const key of ['remarkPlugins', 'rehypePlugins'] as const) {
    const list = config.markdown[key]
    if (!list.some((e) => typeof e === 'string' || (Array.isArray(e) && typeof e[0] === 'string'))) continue
    pluginPaths = true
    const { plugins, problems } = await resolvePlugins(root, list, key)
    config.markdown[key] = plugins
    for (const p of problems) {
      failed = true
      report(file, 'error', 'config/invalid', 'config', p.message, {
        place: locate?.(p.at)?.start,
        field: p.at.join('.'),
        value: p.value,
        hint: p.hint,
      })
    }
  }
  for (const id of Object.keys(config.rules)) {
    if (isKnownRuleId(id)) continue
    const s = didYouMean(id, RULE_IDS)
    report(
      file,
      'warning',
      'lint/unknown-rule',
      'lint',
      lintMessages.msg.unknownRule({ id, where: 'rules' }),
      {
        place: locate?.(['rules', id])?.start,
        field: `rules.${id}`,
        value: id,
        hint: s ? commonMessages.msg.didYouMean({ s }) : commonMessages.msg.seeRulesDoc(),
      },
    )
  }
  const zone = (raw as { timezone?: unknown } | undefined)?.timezone
  if (typeof zone === 'string' && !isValidTimeZone(zone)) {
    failed = true
    report(file, 'error', 'config/invalid', 'config', msg.timezone({ zone }), {
      place: locate?.(['timezone'])?.start,
      field: 'timezone',
      value: zone,
      hint: msg.timezoneHint(),
    })
  }
  const json = absolute.endsWith('.json') && !pluginPaths
  if (memo && json && !failed && file.messages.length === 0)
    await rememberConfig(memo, rel, String(file.value), config, typeof zone === 'string' ? zone : undefined)
  return { config, path: rel, file, failed, codeHash: json ? '' : await hashConfigCode(root, absolute) }
}
