/**
 * The body of `POST /__emulator/config`, checked before anything changes: a value WeChat could never
 * produce (a negative token lifetime, a `publish_status` outside WeChat's list, a quota that is not a
 * count) or an unknown field is a 400 naming the field, like `/__emulator/faults`.
 */
import { z } from '../core/zod.js'

/** `publish_status` of a finished task: 0 success, 2–6 WeChat's failures (1 is "publishing"). */
const FINISHED_STATUSES = [0, 2, 3, 4, 5, 6]

const configBody = z
  .object({
    publishStatus: z
      .number()
      .int()
      .refine((n) => FINISHED_STATUSES.includes(n), 'must be 0, 2, 3, 4, 5 or 6'),
    publishDelayMs: z.number().int().min(0),
    tokenTtlSeconds: z.number().int().min(1),
    quotas: z.record(z.string(), z.number().int().min(0)),
    whitelist: z.array(z.string()).nullable(),
    kind: z.enum(['service', 'subscription']),
    verified: z.boolean(),
  })
  .partial()
  .strict()

export type ConfigBody = z.infer<typeof configBody>

/** The checked body, or the error naming the first wrong field. */
export function parseConfigBody(
  json: unknown,
): { ok: true; value: ConfigBody } | { ok: false; error: string } {
  const parsed = configBody.safeParse(json)
  if (parsed.success) return { ok: true, value: parsed.data }
  const issue = parsed.error.issues[0]!
  if (issue.code === 'unrecognized_keys')
    return {
      ok: false,
      error: `unknown field ${issue.keys.join(', ')}; expected ${Object.keys(configBody.shape).join(', ')}`,
    }
  return { ok: false, error: `${issue.path.join('.') || 'the body'}: ${issue.message}` }
}
