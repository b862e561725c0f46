/**
 * zod schemas for every front-matter key (DESIGN §2), built from the site config's limits.
 * Lengths are counted in code points, as WeChat counts characters.
 */
import { codePoints } from '../core/code-points.js'
import { z } from '../core/zod.js'
import { ruleSettingSchema, type Config } from '../config/schema.js'

function text(opts: { max?: number | undefined; nonEmpty?: boolean }) {
  let schema = z.string({ error: 'expected text' })
  if (opts.nonEmpty)
    schema = schema.refine((s) => s.trim() !== '', {
      message: 'must not be empty',
      params: { rule: 'empty' },
    })
  if (opts.max !== undefined) {
    const max = opts.max
    schema = schema.refine((s) => codePoints(s) <= max, {
      params: { rule: 'max-length', max },
      message: `is longer than ${max} characters`,
    })
  }
  return schema
}

/** The required keys; a missing one is reported at the front-matter block. */
export const REQUIRED_KEYS = ['title', 'topic', 'audience', 'cover'] as const

/** Keys that are free text: a YAML number or boolean is taken as the text written. */
export const TEXT_KEYS = new Set([
  'title',
  'topic',
  'slot',
  'audience',
  'slogan',
  'author',
  'digest',
  'cover',
  'id',
  'account',
  'theme',
])

/**
 * The hard maximum length (code points) of a front-matter text key, from the config's `limits`;
 * undefined for keys without one. A value over it is a `frontmatter/max-length` error.
 */
export function hardMaxLength(config: Config, key: string): number | undefined {
  const { titleMax, authorMax, digestMax } = config.limits
  const max: Record<string, number> = { title: titleMax, author: authorMax, digest: digestMax }
  return Object.hasOwn(max, key) ? max[key] : undefined
}

const built = new WeakMap<Config, ReturnType<typeof buildSchemas>>()

/** The schemas for `config` (built once per config object). */
export function frontmatterSchemas(config: Config): ReturnType<typeof buildSchemas> {
  let schemas = built.get(config)
  if (!schemas) built.set(config, (schemas = buildSchemas(config)))
  return schemas
}

function buildSchemas(config: Config) {
  return {
    title: text({ max: hardMaxLength(config, 'title'), nonEmpty: true }),
    topic: text({ nonEmpty: true }),
    slot: text({ nonEmpty: true }),
    audience: text({ nonEmpty: true }),
    slogan: text({ max: hardMaxLength(config, 'slogan') }),
    author: text({ max: hardMaxLength(config, 'author') }),
    digest: text({ max: hardMaxLength(config, 'digest') }),
    cover: text({ nonEmpty: true }),
    id: text({ nonEmpty: true }),
    account: text({ nonEmpty: true }).refine((s) => Object.hasOwn(config.accounts, s), {
      params: { rule: 'unknown-account' },
      message: 'is not an account of the site config',
    }),
    mode: z.enum(['draft', 'publish', 'broadcast'], { error: 'must be one of draft, publish, broadcast' }),
    theme: text({ nonEmpty: true }),
    source_url: z.string({ error: 'expected text' }).refine((s) => /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(s), {
      message: 'must be an http(s) URL',
    }),
    comments: z.enum(['off', 'all', 'followers'], { error: 'must be one of off, all, followers' }),
    lint: z.record(z.string(), ruleSettingSchema, {
      error: 'must map rule ids to "off" | "warn" | "error" | [severity, options]',
    }),
    order: z.number({ error: 'expected a whole number' }).int({ error: 'expected a whole number' }),
    position: z.number({ error: 'expected a whole number' }).int({ error: 'expected a whole number' }),
  } as const
}

export type FrontmatterKey = keyof ReturnType<typeof buildSchemas>
