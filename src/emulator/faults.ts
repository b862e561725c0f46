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

/** Rules of a `POST /__emulator/faults` body list, with `times` defaulting to 1. */
export function pathRules(list: unknown): { path: string; times: number }[] {
  if (!Array.isArray(list)) return []
  return list.map((r: { path?: unknown; times?: unknown }) => ({
    path: String(r.path),
    times: Number(r.times ?? 1),
  }))
}

const matches = (rule: string, path: string) =>
  rule === path || `/cgi-bin/${rule.replace(/^\/?(cgi-bin\/)?/, '')}` === path

/** Consumes one matching rule of `list`, returning it. */
export function take<T extends { path: string; times: number }>(list: T[], path: string): T | undefined {
  const rule = list.find((r) => r.times > 0 && matches(r.path, path))
  if (rule) rule.times--
  return rule
}
