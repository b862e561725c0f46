/** Fault injection (DESIGN §6.1): latency, forced errcodes and dropped connections, per path. */
export interface Faults {
  delayMs: number
  failNext: { path: string; errcode: number; times: number }[]
  dropNext: { path: string; times: number }[]
}

export function createFaults(): Faults {
  return { delayMs: 0, failNext: [], dropNext: [] }
}

const matches = (rule: string, path: string) => rule === path || `/cgi-bin/${rule.replace(/^\/?(cgi-bin\/)?/, '')}` === path

/** Consumes one matching rule of `list`, returning it. */
export function take<T extends { path: string; times: number }>(list: T[], path: string): T | undefined {
  const rule = list.find((r) => r.times > 0 && matches(r.path, path))
  if (rule) rule.times--
  return rule
}
