/**
 * The git data API: blobs, trees (with `base_tree`, nested paths, `sha: null` deletes), commits and
 * refs (get, create — 422 when it exists —, update — 422 when not a fast-forward unless `force`).
 */
import { createHash } from 'node:crypto'
import { blobSha, flatten, isAncestor, storeTree } from './git-objects.js'
import { invalid, notFound, ok, text, type Route, type RouteContext } from './route-context.js'
import { stamp, type EmuTreeEntry } from './state.js'

interface NewEntry {
  path?: unknown
  mode?: unknown
  type?: unknown
  sha?: unknown
  content?: unknown
}

function createTree(ctx: RouteContext) {
  const base = text(ctx.body, 'base_tree')
  if (base && !ctx.state.trees.has(base))
    return invalid('Invalid tree info', ['base_tree is not a valid tree'])
  const flat = base ? flatten(ctx.state, base) : new Map<string, EmuTreeEntry>()
  const entries = (Array.isArray(ctx.body.tree) ? ctx.body.tree : []) as NewEntry[]
  for (const e of entries) {
    const path = typeof e.path === 'string' ? e.path.replace(/^\/+|\/+$/g, '') : ''
    if (!path || path.split('/').some((s) => s === '' || s === '.' || s === '..')) {
      return invalid('Invalid tree info', [`invalid path "${String(e.path)}"`])
    }
    const under = [...flat.keys()].filter((key) => key === path || key.startsWith(`${path}/`))
    for (const key of under) flat.delete(key)
    if (e.sha === null) {
      if (under.length === 0) return invalid('GitRPC::BadObjectState', [`cannot delete missing "${path}"`])
      continue
    }
    if (typeof e.content === 'string') {
      const content = Buffer.from(e.content, 'utf8')
      const sha = blobSha(content)
      ctx.state.blobs.set(sha, content)
      flat.set(path, { path, mode: String(e.mode ?? '100644'), type: 'blob', sha })
    } else if (e.type === 'tree' && typeof e.sha === 'string' && ctx.state.trees.has(e.sha)) {
      for (const [sub, entry] of flatten(ctx.state, e.sha)) flat.set(`${path}/${sub}`, entry)
    } else if (e.type === 'blob' && typeof e.sha === 'string' && ctx.state.blobs.has(e.sha)) {
      flat.set(path, { path, mode: String(e.mode ?? '100644'), type: 'blob', sha: e.sha })
    } else {
      return invalid('Invalid tree info', [`tree.sha ${String(e.sha)} is not a valid ${String(e.type)}`])
    }
  }
  const sha = storeTree(ctx.state, flat)
  return ok({ sha, tree: ctx.state.trees.get(sha), truncated: false }, 201)
}

function refJson(ctx: RouteContext, name: string, sha: string) {
  return {
    ref: `refs/${name}`,
    object: { sha, type: 'commit' },
    url: `${ctx.base}/repos/${ctx.state.repository}/git/refs/${name}`,
  }
}

export const gitRoutes: Route[] = [
  {
    method: 'POST',
    pattern: /^\/git\/blobs$/,
    handler: (ctx) => {
      const content = text(ctx.body, 'content')
      if (content === undefined) return invalid('Invalid request.', ['"content" wasn\'t supplied.'])
      const buffer = Buffer.from(content, text(ctx.body, 'encoding') === 'base64' ? 'base64' : 'utf8')
      const sha = blobSha(buffer)
      ctx.state.blobs.set(sha, buffer)
      return ok({ sha }, 201)
    },
  },
  {
    method: 'GET',
    pattern: /^\/git\/blobs\/([0-9a-f]{40})$/,
    handler: (ctx) => {
      const blob = ctx.state.blobs.get(ctx.params[0]!)
      return blob
        ? ok({ sha: ctx.params[0], size: blob.length, encoding: 'base64', content: blob.toString('base64') })
        : notFound()
    },
  },
  { method: 'POST', pattern: /^\/git\/trees$/, handler: createTree },
  {
    method: 'GET',
    pattern: /^\/git\/trees\/([0-9a-f]{40})$/,
    handler: (ctx) => {
      const sha = ctx.params[0]!
      if (!ctx.state.trees.has(sha)) return notFound()
      const tree = ctx.query.get('recursive')
        ? [...flatten(ctx.state, sha).values()]
        : ctx.state.trees.get(sha)
      return ok({ sha, tree, truncated: false })
    },
  },
  {
    method: 'POST',
    pattern: /^\/git\/commits$/,
    handler: (ctx) => {
      const tree = text(ctx.body, 'tree')
      const parents = Array.isArray(ctx.body.parents) ? ctx.body.parents.map(String) : []
      const message = text(ctx.body, 'message')
      if (!tree || !ctx.state.trees.has(tree) || !message)
        return invalid('Invalid request.', ['tree and message are required'])
      if (parents.some((p) => !ctx.state.commits.has(p)))
        return invalid('Invalid request.', ['parent is not a commit'])
      const { at } = stamp(ctx.state)
      const sha = createHash('sha1').update(JSON.stringify({ tree, parents, message, at })).digest('hex')
      ctx.state.commits.set(sha, { tree, parents, message })
      return ok({ sha, tree: { sha: tree }, parents: parents.map((p) => ({ sha: p })), message }, 201)
    },
  },
  {
    method: 'GET',
    pattern: /^\/git\/commits\/([0-9a-f]{40})$/,
    handler: (ctx) => {
      const commit = ctx.state.commits.get(ctx.params[0]!)
      if (!commit) return notFound()
      return ok({
        sha: ctx.params[0],
        tree: { sha: commit.tree },
        parents: commit.parents.map((sha) => ({ sha })),
        message: commit.message,
      })
    },
  },
  {
    method: 'GET',
    pattern: /^\/git\/ref\/(.+)$/,
    handler: (ctx) => {
      const name = decodeURIComponent(ctx.params[0]!)
      const sha = ctx.state.refs.get(name)
      return sha ? ok(refJson(ctx, name, sha)) : notFound()
    },
  },
  {
    method: 'POST',
    pattern: /^\/git\/refs$/,
    handler: (ctx) => {
      const ref = text(ctx.body, 'ref') ?? ''
      const sha = text(ctx.body, 'sha') ?? ''
      if (!/^refs\/heads\/[\w./-]+$/.test(ref) || !ctx.state.commits.has(sha))
        return invalid('Reference update failed')
      const name = ref.slice('refs/'.length)
      if (ctx.state.refs.has(name)) return invalid('Reference already exists')
      ctx.state.refs.set(name, sha)
      stamp(ctx.state)
      return ok(refJson(ctx, name, sha), 201)
    },
  },
  {
    method: 'PATCH',
    pattern: /^\/git\/refs\/(.+)$/,
    handler: (ctx) => {
      const name = decodeURIComponent(ctx.params[0]!)
      const current = ctx.state.refs.get(name)
      const sha = text(ctx.body, 'sha') ?? ''
      if (!current) return invalid('Reference does not exist')
      if (!ctx.state.commits.has(sha)) return invalid('Object does not exist')
      if (ctx.body.force !== true && !isAncestor(ctx.state, current, sha))
        return invalid('Update is not a fast forward')
      ctx.state.refs.set(name, sha)
      stamp(ctx.state)
      return ok(refJson(ctx, name, sha))
    },
  },
]
