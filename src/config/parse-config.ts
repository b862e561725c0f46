import type { VFile } from '../core/vfile.js'
import { quoteValue, report } from '../diagnostics/diagnostic.js'
import { didYouMean } from '../diagnostics/did-you-mean.js'
import { configSchema, defaultConfig, suggestRuleLevel, type Config } from './schema.js'
import { configMessages } from '../i18n/messages/config.js'
import { commonMessages } from '../i18n/messages/common.js'
import type { Message } from '../i18n/message.js'
import { zodProblem } from './zod-problem.js'
const { msg } = configMessages

/** Where a config path is in the source (JSON/YAML configs only). */
export type Locate = (p: readonly PropertyKey[]) => { start: { line: number; column: number } } | undefined

/** The config checked against the schema, each problem reported onto `file`; defaults when it fails. */
export function parseConfig(
  raw: unknown,
  file: VFile,
  locate: Locate | undefined,
): { config: Config; failed: boolean } {
  const result = configSchema.safeParse(raw)
  let failed = false
  if (!result.success) {
    failed = true
    for (const issue of result.error.issues) {
      const at = issue.path.join('.')
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) {
          const s = didYouMean(key, Object.keys(configSchema.shape))
          report(
            file,
            'error',
            'config/unknown-key',
            'config',
            msg.unknownKey({ key: [...issue.path, key].join('.') }),
            {
              place: locate?.([...issue.path, key])?.start,
              value: key,
              hint: s ? commonMessages.msg.didYouMean({ s }) : commonMessages.msg.seeConfigDoc(),
            },
          )
        }
        continue
      }
      const value = valueAt(raw, issue.path)
      const shown = value === undefined ? '' : (quoteValue(value) ?? '')
      report(
        file,
        'error',
        'config/invalid',
        'config',
        msg.invalid({ at, ...zodProblem(issue), value: shown }),
        {
          place: locate?.(issue.path)?.start,
          field: at || undefined,
          value,
          hint:
            issue.path[0] === 'rules' && issue.path.length === 2
              ? ruleSettingHint(String(issue.path[1]), value)
              : chineseName(value)
                ? commonMessages.msg.didYouMean({ s: chineseName(value)! })
                : commonMessages.msg.seeConfigDoc(),
        },
      )
    }
  }
  if (result.success)
    return { config: result.data, failed: !knownDefaultAccount(raw, result.data, file, locate) }
  // only unknown keys (a typo): reported as errors, and the rest of the config still applies, so
  // the articles are checked with it
  const unknownOnly = result.error.issues.every((i) => i.code === 'unrecognized_keys')
  const pruned = unknownOnly ? configSchema.safeParse(withoutKeys(raw, result.error.issues)) : undefined
  if (pruned?.success) return { config: pruned.data, failed: false }
  const fallback = defaultConfig()
  // the messages in the language the config asks for, even when it cannot be used
  const locale = (raw as { locale?: unknown } | null)?.locale
  if (locale === 'zh-CN' || locale === 'en') fallback.locale = locale
  return { config: fallback, failed }
}

/**
 * A `defaultAccount` written in the config must name one of its `accounts` (articles without `account`
 * would be planned for an account that does not exist); the default `main` is checked per article.
 */
function knownDefaultAccount(raw: unknown, config: Config, file: VFile, locate: Locate | undefined): boolean {
  const written = (raw as { defaultAccount?: unknown } | null)?.defaultAccount
  if (typeof written !== 'string' || written in config.accounts) return true
  const known = Object.keys(config.accounts)
  report(
    file,
    'error',
    'config/invalid',
    'config',
    msg.invalid({
      at: 'defaultAccount',
      problem: known.length ? `must be one of the accounts (${known.join(', ')})` : '`accounts` is empty',
      problemZh: known.length ? `应为已配置的账号之一：${known.join('、')}` : '`accounts` 是空的',
      value: written,
    }),
    {
      place: locate?.(['defaultAccount'])?.start,
      field: 'defaultAccount',
      value: written,
      hint: commonMessages.msg.seeConfigDoc(),
    },
  )
  return false
}

/** A copy of `raw` without the keys zod did not recognise. */
function withoutKeys(raw: unknown, issues: readonly { path: PropertyKey[]; keys?: string[] }[]): unknown {
  const copy = structuredClone(raw)
  for (const issue of issues) {
    const node = valueAt(copy, issue.path)
    if (node && typeof node === 'object') for (const key of issue.keys ?? []) delete (node as never)[key]
  }
  return copy
}

/** The values of `kind` and `mode` by the names the WeChat back office gives them (`订阅号`, `群发` …). */
const CHINESE_NAMES: Record<string, string> = {
  订阅号: 'subscription',
  服务号: 'service',
  群发: 'broadcast',
  发表: 'publish',
  发布: 'publish',
  草稿: 'draft',
}
const chineseName = (value: unknown) => (typeof value === 'string' ? CHINESE_NAMES[value.trim()] : undefined)

/** The raw config value at a zod issue path. */
function valueAt(raw: unknown, at: readonly PropertyKey[]): unknown {
  let node = raw
  for (const key of at) {
    if (node === null || typeof node !== 'object') return undefined
    node = (node as Record<PropertyKey, unknown>)[key]
  }
  return node
}

/** Hint for a bad `rules` entry: the allowed forms, with a did-you-mean for a misspelt level. */
function ruleSettingHint(id: string, value: unknown): Message {
  const level = Array.isArray(value) ? value[0] : value
  return msg.ruleSettingHint({ s: suggestRuleLevel(level) ?? '', id })
}
