/** The caps and name patterns of the artifact schema (`report-schema.ts`), shared by its parts. */

/** Caps on artifact strings and arrays; pr-check fits its texts to them (`fit-report.ts`). */
export const LIMITS = {
  path: 300,
  slug: 120,
  ruleId: 100,
  title: 500,
  label: 200,
  slot: 64,
  ref: 255,
  source: 40,
  field: 200,
  text: 2000,
  reason: 500,
  articles: 5000,
  pushArticles: 100,
  diagnostics: 100_000,
  ranges: 100_000,
} as const

/** Letters or digits first, then letters, digits, `.`, `_`, `-` (a folder name safe in paths and URLs). */
export const SLUG_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u
/** Namespaced rule ids (`frontmatter/max-length`); `.`, `:` and `@` for site plugins' own ids. */
export const RULE_ID_PATTERN = /^[a-z0-9][a-z0-9/_.:@-]*$/i
