/**
 * The site configuration (`wxpress.config.ts|mjs|json`), validated with zod. Every key has a
 * default, so a site without a config works.
 */
import { z } from '../core/zod.js'

const severity = z.enum(['off', 'warn', 'error', 'info'])
/** What a rule setting may be, for messages. */
export const RULE_SETTING_HELP = '"off" | "warn" | "error" (or "info"), or [severity, { options }]'
/** The level meant by a misspelt one (`warning`, ESLint's 0/1/2 …), if any. */
export function suggestRuleLevel(level: unknown): string | undefined {
  const aliases: Record<string, string> = {
    '0': 'off',
    '1': 'warn',
    '2': 'error',
    warning: 'warn',
    err: 'error',
    false: 'off',
    none: 'off',
    disable: 'off',
    disabled: 'off',
    on: 'error',
  }
  const text = String(level).toLowerCase()
  if (typeof level !== 'string' && typeof level !== 'number' && typeof level !== 'boolean') return undefined
  return (
    aliases[text] ??
    ['off', 'warn', 'error', 'info'].find((l) => l !== text && (l.startsWith(text) || text.startsWith(l)))
  )
}
/** ESLint-style rule setting: `"off" | "warn" | "error"` or `[severity, options]`. */
export const ruleSettingSchema = z.union(
  [severity, z.tuple([severity]), z.tuple([severity, z.record(z.string(), z.unknown())])],
  { error: `must be ${RULE_SETTING_HELP}` },
)
export type RuleSetting = z.infer<typeof ruleSettingSchema>

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM (24-hour clock)')
export const windowSchema = z.object({ start: hhmm, end: hhmm })

export const accountSchema = z.object({
  /** Display name, used in reports. */
  name: z.string().optional(),
  /** 订阅号 (one mass send per day) or 服务号 (4 per follower per month). */
  kind: z.enum(['subscription', 'service']).default('subscription'),
  /** What happens at the slot: keep a draft, `freepublish`, or mass-send (`sendall`). */
  mode: z.enum(['draft', 'publish', 'broadcast']).default('draft'),
  /** Follower tag names known for this account; audiences are checked against them when given. */
  tags: z.array(z.string().min(1)).optional(),
  /** Environment variable names holding this account's credentials (defaults WECHAT_APP_ID/SECRET). */
  appIdEnv: z.string().default('WECHAT_APP_ID'),
  appSecretEnv: z.string().default('WECHAT_APP_SECRET'),
  /** WeChat IDs that get `mass/preview` after the draft is made. */
  previewTo: z.array(z.string()).default([]),
})
export type AccountConfig = z.output<typeof accountSchema>

export const configSchema = z
  .object({
    $schema: z.string().optional(),
    /** Language of messages, hints and summaries (`zh-CN` or `en`); rule ids and JSON fields never change. */
    locale: z.enum(['en', 'zh-CN']).default('en'),
    /** IANA time zone for naive slots, local days and windows. */
    timezone: z.string().default('Asia/Shanghai'),
    /** Content folder, relative to the site root. */
    content: z.string().default('content'),
    /** Default theme id (`themes/<id>/`). */
    theme: z.string().default('default'),
    /** Extra folders searched for themes, relative to the site root (`themes/` always is). */
    themeDirs: z.array(z.string()).default([]),
    limits: z
      .object({
        titleMax: z.number().int().positive().default(64),
        titleWarn: z.number().int().positive().default(32),
        /** An error above (DESIGN §2: 54 by default; WeChat's own limit is 120). */
        digestMax: z.number().int().positive().default(54),
        /** What a share card shows: `length/digest-length` warns above. */
        digestWarn: z.number().int().positive().default(54),
        authorMax: z.number().int().positive().default(8),
        /** Visible text of the rendered article, in characters: error at or above (WeChat's 20,000). */
        contentTextMax: z.number().int().positive().default(20_000),
        /** Rendered HTML in bytes (UTF-8): error at or above (WeChat's 1 MB). */
        contentBytesMax: z
          .number()
          .int()
          .positive()
          .default(1024 * 1024),
        /** Rendered HTML in characters: warning (`render/html-long`) at or above. */
        htmlCharsWarn: z.number().int().positive().default(200_000),
      })
      .prefault({}),
    schedule: z
      .object({
        /** Preferred send windows, local time. */
        windows: z.array(windowSchema).default([
          { start: '07:30', end: '09:00' },
          { start: '19:30', end: '21:30' },
        ]),
        /** A slot closer than this to now warns (minutes). */
        leadMinutes: z.number().nonnegative().default(30),
        /** A slot further than this in the future is reported as info (days). */
        horizonDays: z.number().positive().default(180),
        /** `publish --now T` still sends a push whose slot is at most this late (minutes). */
        maxLatenessMinutes: z.number().nonnegative().default(180),
        /** Articles in one push. */
        maxArticlesPerPush: z.number().int().min(1).max(8).default(8),
        /** Head article of a push: by `order`/`position` then slug, or by slug only. */
        headOrder: z.enum(['order', 'slug']).default('order'),
      })
      .prefault({}),
    accounts: z.record(z.string(), accountSchema).default({ main: accountSchema.parse({}) }),
    /** Account used by articles without an `account` key. */
    defaultAccount: z.string().default('main'),
    /** Lint rules, ESLint style. */
    rules: z.record(z.string(), ruleSettingSchema).default({}),
    /** Lint preset to start from. */
    preset: z.enum(['recommended', 'none']).default('recommended'),
    /** Extra words for `typography/product-name` (correct spelling, e.g. "GitLab"). */
    terms: z.array(z.string()).default([]),
    /**
     * unified plugins: `plugin`, `[plugin, options]`, or a path inside the site (`"./plugins/remark-x.mjs"`,
     * `["./plugins/remark-x.mjs", options]`), which a JSON config can use too.
     */
    markdown: z
      .object({
        remarkPlugins: z.array(z.unknown()).default([]),
        rehypePlugins: z.array(z.unknown()).default([]),
      })
      .prefault({}),
  })
  .strict()

export type ConfigInput = z.input<typeof configSchema>
export type Config = z.output<typeof configSchema>

/** The configuration used when a site has no config file. */
export function defaultConfig(): Config {
  return configSchema.parse({})
}

/**
 * JSON Schema of the config file (`docs/config.schema.json`, written by `npm run docs`), so that
 * editors complete and check `wxpress.config.json` through its `$schema` key.
 */
export function configJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(configSchema, { io: 'input', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >
  return {
    ...schema,
    title: 'wxpress.config.json',
    description: 'wxpress site configuration; see the Configuration section of README.md.',
  }
}
