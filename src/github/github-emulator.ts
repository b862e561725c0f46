/**
 * A small GitHub REST emulator (real HTTP on 127.0.0.1) for the calls wxpress makes: pulls of a
 * commit, issue comments with `Link` pagination, create and update comments; 401 on a bad token.
 */
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface GithubEmulator {
  url: string
  /** Registers a pull request containing `sha`. */
  addPull(sha: string, number: number): void
  comments(issue: number): { id: number; body: string }[]
  close(): Promise<void>
}

export async function createGithubEmulator(options: { token: string; repository: string; pageSize?: number }): Promise<GithubEmulator> {
  const pulls = new Map<string, { number: number; html_url: string; merged_at: string }[]>()
  const comments = new Map<number, { id: number; body: string }[]>()
  let nextId = 1000
  const pageSize = options.pageSize ?? 30
  let base = ''
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = []
    for await (const c of req) chunks.push(c as Buffer)
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', connection: 'close', ...headers })
      res.end(JSON.stringify(body))
    }
    if (req.headers.authorization !== `Bearer ${options.token}`) return send(401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' })
    const url = new URL(req.url ?? '/', base)
    const prefix = `/repos/${options.repository}`
    if (!url.pathname.startsWith(prefix)) return send(404, { message: 'Not Found' })
    const rest = url.pathname.slice(prefix.length)
    const body = chunks.length ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { body?: string }) : {}
    let m: RegExpMatchArray | null
    if (req.method === 'GET' && (m = rest.match(/^\/commits\/([0-9a-f]+)\/pulls$/))) return send(200, pulls.get(m[1]!) ?? [])
    if ((m = rest.match(/^\/issues\/(\d+)\/comments$/))) {
      const list = comments.get(Number(m[1])) ?? []
      if (req.method === 'POST') {
        if (typeof body.body !== 'string') return send(422, { message: 'Validation Failed' })
        const comment = { id: nextId++, body: body.body }
        comments.set(Number(m[1]), [...list, comment])
        return send(201, comment)
      }
      const per = Math.min(100, Number(url.searchParams.get('per_page') ?? pageSize), pageSize)
      const page = Number(url.searchParams.get('page') ?? 1)
      const slice = list.slice((page - 1) * per, page * per)
      const headers: Record<string, string> = {}
      if (page * per < list.length) headers.link = `<${base}${prefix}/issues/${m[1]}/comments?per_page=${per}&page=${page + 1}>; rel="next"`
      return send(200, slice, headers)
    }
    if (req.method === 'PATCH' && (m = rest.match(/^\/issues\/comments\/(\d+)$/))) {
      for (const list of comments.values()) {
        const comment = list.find((c) => c.id === Number(m![1]))
        if (comment && typeof body.body === 'string') {
          comment.body = body.body
          return send(200, comment)
        }
      }
      return send(404, { message: 'Not Found' })
    }
    return send(404, { message: 'Not Found' })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url: base,
    addPull: (sha, number) => pulls.set(sha, [{ number, html_url: `https://github.com/${options.repository}/pull/${number}`, merged_at: '2027-03-01T00:00:00Z' }]),
    comments: (issue) => comments.get(issue) ?? [],
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections()
      server.close(() => resolve())
    }),
  }
}
