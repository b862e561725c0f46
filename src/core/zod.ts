/** The one import of zod: schemas of config, front-matter, ledgers, themes and the PR artifact. */
import type { z as zod } from 'zod'

export { z } from 'zod'

/** One problem zod found (its `code`, `path` and `message`, plus the fields of its kind). */
export type ZodIssueLike = zod.core.$ZodIssue
