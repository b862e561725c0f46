/**
 * What a route of the GitHub emulator gets: the matched path parameters, query, JSON body, the
 * caller, the state, and helpers to answer like GitHub (JSON, `Link` pagination, 404, 422).
 */
import type { EmuState, EmuUser } from './state.js'

export interface Answer {
  status: number
  body: unknown
  headers?: Record<string, string>
}

export interface RouteContext {
  params: string[]
  query: URLSearchParams
  body: Record<string, unknown>
  user: EmuUser
  state: EmuState
  /** `http://127.0.0.1:N` */
  base: string
  /** Full path of the request without the query, e.g. /repos/o/r/issues/1/comments. */
  path: string
  /** Max `per_page` (GitHub: 100). */
  maxPerPage: number
}

export type Handler = (ctx: RouteContext) => Answer

export interface Route {
  method: string
  /** Matched against the path after `/repos/{owner}/{repo}`. */
  pattern: RegExp
  handler: Handler
}

export const ok = (body: unknown, status = 200): Answer => ({ status, body })

export const notFound = (): Answer => ({
  status: 404,
  body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' },
})

/** GitHub's 422 shape. */
export function invalid(message: string, errors: unknown[] = []): Answer {
  return {
    status: 422,
    body: { message, errors, documentation_url: 'https://docs.github.com/rest', status: '422' },
  }
}

/** One page of `items` as GitHub pages them: `per_page` (default 30), `page`, and a `Link` header. */
export function paginate(ctx: RouteContext, items: unknown[]): Answer {
  const per = Math.max(1, Math.min(Number(ctx.query.get('per_page') ?? 30) || 30, ctx.maxPerPage))
  const page = Math.max(1, Number(ctx.query.get('page') ?? 1) || 1)
  const last = Math.max(1, Math.ceil(items.length / per))
  const link = (n: number, rel: string) => {
    const q = new URLSearchParams(ctx.query)
    q.set('per_page', String(per))
    q.set('page', String(n))
    return `<${ctx.base}${ctx.path}?${q.toString()}>; rel="${rel}"`
  }
  const links: string[] = []
  if (page > 1) links.push(link(page - 1, 'prev'), link(1, 'first'))
  if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'))
  const answer: Answer = { status: 200, body: items.slice((page - 1) * per, page * per) }
  if (links.length) answer.headers = { link: links.join(', ') }
  return answer
}

/** Text field of the body, or undefined. */
export function text(body: Record<string, unknown>, key: string): string | undefined {
  const v = body[key]
  return typeof v === 'string' ? v : undefined
}

/** Characters as GitHub counts them (code points). */
export function chars(s: string): number {
  let n = 0
  for (const _ of s) n++
  return n
}
