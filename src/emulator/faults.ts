/**
 * Fault injection (DESIGN §6.1), per path: latency, forced errcodes, connections dropped before the
 * call is handled (`dropNext`) and answers lost after the call was carried out (`answerLost`: "WeChat
 * did it, we never heard").
 */
export interface Faults {
  delayMs: number
  failNext: { path: string; errcode: number; times: number }[]
  dropNext: { path: string; times: number }[]
  answerLost: { path: string; times: number }[]
}

export function createFaults(): Faults {
  return { delayMs: 0, failNext: [], dropNext: [], answerLost: [] }
}

const FIELDS = ['delayMs', 'failNext', 'dropNext', 'answerLost', 'publishDelayMs'] as const
type PathRule = { path: string; times: number }

/** One list of a `POST /__emulator/faults` body, or the reason it is malformed (naming the field). */
function rules(
  field: string,
  list: unknown,
  withErrcode: boolean,
): (PathRule & { errcode?: number })[] | string {
  const shape = withErrcode
    ? '{"path": string, "errcode": integer ≠ 0, "times"?: integer ≥ 1}'
    : '{"path": string, "times"?: integer ≥ 1}'
  if (!Array.isArray(list)) return `${field} must be an array of ${shape}, got ${JSON.stringify(list)}`
  const out: (PathRule & { errcode?: number })[] = []
  for (const [i, r] of list.entries()) {
    const rule = r as { path?: unknown; errcode?: unknown; times?: unknown } | null
    const bad = (what: string) => `${field}[${i}].${what} (expected ${shape}), got ${JSON.stringify(r)}`
    if (!rule || typeof rule !== 'object' || Array.isArray(rule))
      return `${field}[${i}] must be an object ${shape}, got ${JSON.stringify(r)}`
    if (typeof rule.path !== 'string' || rule.path === '') return bad('path must be a non-empty string')
    // an errcode 0 is a success, not an injected failure
    if (withErrcode && (!Number.isInteger(rule.errcode) || rule.errcode === 0))
      return bad('errcode must be an integer other than 0')
    const times = rule.times ?? 1
    if (!Number.isInteger(times) || (times as number) < 1) return bad('times must be an integer ≥ 1')
    out.push({
      path: rule.path,
      times: times as number,
      ...(withErrcode ? { errcode: rule.errcode as number } : {}),
    })
  }
  return out
}

/**
 * Applies a `POST /__emulator/faults` body to `faults` and returns undefined, or — changing nothing —
 * returns why the body is malformed, naming the field.
 */
export function applyFaults(
  faults: Faults,
  body: unknown,
  setPublishDelay: (ms: number) => void,
): string | undefined {
  if (!body || typeof body !== 'object' || Array.isArray(body))
    return `the body must be a JSON object with ${FIELDS.join(', ')}`
  const json = body as Record<string, unknown>
  const unknown = Object.keys(json).filter((k) => !(FIELDS as readonly string[]).includes(k))
  if (unknown.length) return `unknown field ${unknown.join(', ')}; expected ${FIELDS.join(', ')}`
  for (const key of ['delayMs', 'publishDelayMs'] as const) {
    const v = json[key]
    if (v !== undefined && (typeof v !== 'number' || !Number.isFinite(v) || v < 0))
      return `${key} must be a number ≥ 0 (milliseconds), got ${JSON.stringify(v)}`
  }
  const lists = {
    failNext: json.failNext === undefined ? [] : rules('failNext', json.failNext, true),
    dropNext: json.dropNext === undefined ? [] : rules('dropNext', json.dropNext, false),
    answerLost: json.answerLost === undefined ? [] : rules('answerLost', json.answerLost, false),
  }
  for (const list of Object.values(lists)) if (typeof list === 'string') return list
  if (typeof json.delayMs === 'number') faults.delayMs = json.delayMs
  faults.failNext.push(...(lists.failNext as Faults['failNext']))
  faults.dropNext.push(...(lists.dropNext as PathRule[]))
  faults.answerLost.push(...(lists.answerLost as PathRule[]))
  if (typeof json.publishDelayMs === 'number') setPublishDelay(json.publishDelayMs)
  return undefined
}

/** `draft/add`, `/cgi-bin/draft/add` and `cgi-bin/draft/add` name one path; `datacube/…` is not under `/cgi-bin`. */
const matches = (rule: string, path: string) => {
  const bare = rule.replace(/^\/?(cgi-bin\/)?/, '')
  return rule === path || `/cgi-bin/${bare}` === path || (bare.startsWith('datacube/') && `/${bare}` === path)
}

/** Consumes one matching rule of `list`, returning it; spent rules are removed. */
export function take<T extends { path: string; times: number }>(list: T[], path: string): T | undefined {
  const i = list.findIndex((r) => r.times > 0 && matches(r.path, path))
  const rule = list[i]
  if (!rule) return undefined
  rule.times--
  // a spent rule leaves the list (the echoed settings show only what is still to come)
  if (rule.times <= 0) list.splice(i, 1)
  return rule
}
