/**
 * The GitHub emulator's request handling: the JSON body (capped), the route table, the permission
 * check of the token (read-only tokens and `forbid` paths get GitHub's 403 on writes), and faults
 * queued by tests (e.g. a secondary rate limit).
 */
import type { IncomingMessage } from 'node:http'
import { checkRoutes } from './routes-checks.js'
import { gitRoutes } from './routes-git.js'
import { issueRoutes } from './routes-issues.js'
import { labelRoutes } from './routes-labels.js'
import { pullRoutes } from './routes-pulls.js'
import { notFound, type Answer, type Route } from './route-context.js'
import type { EmuState, EmuToken } from './state.js'

/**
 * An answer to give instead of the real one, to the next requests matching `method` and `path`;
 * with `after`, the request is carried out first (GitHub did the work, then the proxy failed). An
 * answer with status 0 drops the connection without a response.
 */
export interface Fault {
  method: string
  path: RegExp
  times: number
  answer: Answer
  after?: boolean
}

const ROUTES: Route[] = [...issueRoutes, ...labelRoutes, ...pullRoutes, ...checkRoutes, ...gitRoutes]
const MAX_REQUEST = 64 * 1024 * 1024

export async function readJson(req: IncomingMessage): Promise<Record<string, unknown> | undefined> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const c of req) {
    size += (c as Buffer).length
    if (size > MAX_REQUEST) return undefined
    chunks.push(c as Buffer)
  }
  if (size === 0) return {}
  try {
    const value: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'))
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined
  } catch {
    return undefined
  }
}

export function answer(
  state: EmuState,
  token: EmuToken,
  method: string,
  rest: string,
  ctxBase: {
    query: URLSearchParams
    body: Record<string, unknown>
    base: string
    path: string
    maxPerPage: number
  },
  faults: Fault[] = [],
): Answer {
  const fault = faults.find((f) => f.times > 0 && f.method === method && f.path.test(rest))
  if (fault) fault.times--
  if (fault && !fault.after) return fault.answer
  const real = route(state, token, method, rest, ctxBase)
  return fault ? fault.answer : real
}

function route(
  state: EmuState,
  token: EmuToken,
  method: string,
  rest: string,
  ctxBase: Parameters<typeof answer>[4],
): Answer {
  for (const route of ROUTES) {
    if (route.method !== method) continue
    const m = route.pattern.exec(rest)
    if (!m) continue
    if (method !== 'GET' && (token.readOnly || token.forbid?.test(rest))) {
      return {
        status: 403,
        body: {
          message: 'Resource not accessible by integration',
          documentation_url: 'https://docs.github.com/rest',
        },
      }
    }
    return route.handler({ ...ctxBase, params: m.slice(1), user: token.user, state })
  }
  return notFound()
}
