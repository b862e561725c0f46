/**
 * A GitHub REST emulator: real HTTP on 127.0.0.1 for every call wxpress makes (issue comments, issues,
 * pulls, files, contents, reviews, check runs, git data). Tokens map to users: the Actions token is
 * `github-actions[bot]` (type Bot); more tokens (humans, other bots, read-only fork tokens) are added
 * with `addToken`. Unknown tokens get 401; writes with a read-only token get 403 as on GitHub.
 * Every request is logged for tests (`calls`, `writes`).
 */
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { adminAnswer } from './admin-routes.js'
import { answer, readJson, type Fault } from './dispatch.js'
import { flatten } from './git-objects.js'
import { notFound, type Answer } from './route-context.js'
import { createState, stamp, type EmuCall, type EmuPull, type EmuUser } from './state.js'

export interface GithubEmulatorOptions {
  /** The Actions token (user github-actions[bot]). */
  token: string
  repository: string
  port?: number
  host?: string
  /** Largest `per_page` honoured (GitHub: 100); lower it to test pagination with few items. */
  maxPerPage?: number
  /** Start of the emulator clock (created_at of comments). */
  clock?: string
}

export async function createGithubEmulator(options: GithubEmulatorOptions) {
  const state = createState(options.repository, options.clock ?? '2027-04-01T00:00:00Z')
  let nextUserId = 41_898_282
  const addToken = (
    token: string,
    login: string,
    extra: { type?: 'Bot' | 'User'; readOnly?: boolean; forbid?: RegExp } = {},
  ) => {
    const user: EmuUser = {
      login,
      type: extra.type ?? (login.endsWith('[bot]') ? 'Bot' : 'User'),
      id: nextUserId++,
    }
    state.tokens.set(token, { user, readOnly: extra.readOnly ?? false, forbid: extra.forbid })
    return user
  }
  addToken(options.token, 'github-actions[bot]')
  const addPull = (pull: Partial<EmuPull> & { number: number; headSha: string }): EmuPull => {
    const full: EmuPull = {
      state: 'open',
      headRef: `pr-${pull.number}`,
      baseRef: 'main',
      files: [],
      commits: [pull.headSha],
      merged_at: null,
      ...pull,
    }
    state.pulls.set(full.number, full)
    return full
  }
  let base = ''
  const faults: Fault[] = []
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', base)
    const method = req.method ?? 'GET'
    const body = await readJson(req)
    const send = (a: Answer) => {
      state.calls.push({ method, path: url.pathname + url.search, status: a.status })
      if (a.status === 0) return void req.socket.destroy() // a dropped connection
      res.writeHead(a.status, {
        'content-type': 'application/json; charset=utf-8',
        'x-github-api-version-selected': '2022-11-28',
        'x-ratelimit-limit': '5000',
        'x-ratelimit-remaining': '4999',
        ...a.headers,
      })
      res.end(JSON.stringify(a.body))
    }
    if (url.pathname.startsWith('/__emulator/')) {
      const a =
        body === undefined
          ? { status: 400, body: { message: 'Problems parsing JSON' } }
          : adminAnswer({ state, addPull, addToken }, method, url.pathname.slice('/__emulator'.length), body)
      res.writeHead(a.status, { 'content-type': 'application/json; charset=utf-8' })
      return res.end(JSON.stringify(a.body))
    }
    const auth = /^(?:token|bearer) (.+)$/i.exec(req.headers.authorization ?? '')?.[1]
    const token = auth ? state.tokens.get(auth) : undefined
    if (!token)
      return send({
        status: 401,
        body: { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' },
      })
    if (body === undefined) return send({ status: 400, body: { message: 'Problems parsing JSON' } })
    const prefix = `/repos/${options.repository}`
    if (!url.pathname.startsWith(`${prefix}/`)) return send(notFound())
    const rest = url.pathname.slice(prefix.length)
    send(
      answer(
        state,
        token,
        method,
        rest,
        {
          query: url.searchParams,
          body,
          base,
          path: url.pathname,
          maxPerPage: options.maxPerPage ?? 100,
        },
        faults,
      ),
    )
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve)
  })
  base = `http://${options.host ?? '127.0.0.1'}:${(server.address() as AddressInfo).port}`
  return {
    url: base,
    state,
    addToken,
    /**
     * The next `times` requests `method` on a path (after /repos/{o}/{r}) matching `path` get `answer`
     * (status 0: the connection is dropped); with `after`, they are carried out first.
     */
    failNext(method: string, path: RegExp, times: number, answer: Answer, after = false) {
      faults.push({ method, path, times, answer, after })
    },
    /** Registers a pull request (open unless said otherwise). */
    addPull,
    /** A file's text at a ref, for `GET /contents`. */
    setContent: (ref: string, path: string, text: string) => void state.contents.set(`${ref}:${path}`, text),
    /** Seeds a comment written by `user` (another bot, a human). */
    addComment(issue: number, body: string, user: EmuUser) {
      const { id, at } = stamp(state)
      state.comments.push({ id, issue, body, user, created_at: at, updated_at: at })
      return id
    },
    comments: (issue: number) => state.comments.filter((c) => c.issue === issue),
    calls: (): EmuCall[] => [...state.calls],
    /** Every call that was not a GET. */
    writes: (): EmuCall[] => state.calls.filter((c) => c.method !== 'GET'),
    resetCalls: () => void (state.calls.length = 0),
    /** Files of a branch: path → content. */
    branchFiles(branch: string): Map<string, Buffer> {
      const head = state.refs.get(`heads/${branch}`)
      const tree = head ? state.commits.get(head)?.tree : undefined
      const out = new Map<string, Buffer>()
      if (tree)
        for (const [p, e] of flatten(state, tree)) out.set(p, state.blobs.get(e.sha) ?? Buffer.alloc(0))
      return out
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

export type GithubEmulator = Awaited<ReturnType<typeof createGithubEmulator>>
