/**
 * Pull requests: get, list, files (with `patch`), pulls of a commit, reviews with comments (422 when
 * a comment's line is not in the diff), review comments (paginated; each where it is at the current
 * head, see comment-anchor.ts), and file contents at a ref.
 */
import { anchorAtHead } from './comment-anchor.js'
import { diffRightLines } from './diff-right-lines.js'
import { invalid, notFound, ok, paginate, text, type Route, type RouteContext } from './route-context.js'
import { stamp, userJson, type EmuPull, type EmuReviewComment } from './state.js'

function pullJson(ctx: RouteContext, p: EmuPull) {
  return {
    number: p.number,
    state: p.state,
    merged_at: p.merged_at,
    html_url: `https://github.com/${ctx.state.repository}/pull/${p.number}`,
    head: { sha: p.headSha, ref: p.headRef },
    base: { ref: p.baseRef },
  }
}

function reviewCommentJson(ctx: RouteContext, p: EmuPull, c: EmuReviewComment) {
  const at = anchorAtHead(ctx.state, p, c)
  return {
    id: c.id,
    pull_request_review_id: c.review,
    path: c.path,
    line: at.line,
    start_line: at.start_line,
    original_line: c.line,
    original_start_line: c.start_line,
    side: c.side,
    body: c.body,
    commit_id: at.commit_id,
    original_commit_id: c.commit_id,
    user: userJson(c.user),
  }
}

const pull = (ctx: RouteContext) => ctx.state.pulls.get(Number(ctx.params[0]))

interface DraftComment {
  path?: unknown
  line?: unknown
  start_line?: unknown
  side?: unknown
  body?: unknown
}

function createReview(ctx: RouteContext) {
  const p = pull(ctx)
  if (!p) return notFound()
  const event = text(ctx.body, 'event') ?? 'PENDING'
  const drafts = (Array.isArray(ctx.body.comments) ? ctx.body.comments : []) as DraftComment[]
  const body = text(ctx.body, 'body') ?? ''
  if (event === 'COMMENT' && !body && drafts.length === 0) {
    return invalid('Unprocessable Entity', ['Review Comment is missing'])
  }
  for (const d of drafts) {
    const file = p.files.find((f) => f.filename === d.path)
    const lines = diffRightLines(file?.patch)
    const wanted = [d.line, ...(d.start_line === undefined ? [] : [d.start_line])]
    if (typeof d.body !== 'string' || !file || !wanted.every((n) => typeof n === 'number' && lines.has(n))) {
      return invalid('Unprocessable Entity', ['Line could not be resolved'])
    }
  }
  const commitId = text(ctx.body, 'commit_id') ?? p.headSha
  const review = { id: stamp(ctx.state).id, pull: p.number, event, body, commit_id: commitId, user: ctx.user }
  ctx.state.reviews.push(review)
  for (const d of drafts) {
    ctx.state.reviewComments.push({
      id: stamp(ctx.state).id,
      pull: p.number,
      review: review.id,
      path: String(d.path),
      line: Number(d.line),
      start_line: typeof d.start_line === 'number' ? d.start_line : null,
      side: 'RIGHT',
      body: String(d.body),
      commit_id: commitId,
      user: ctx.user,
    })
  }
  return ok({
    id: review.id,
    state: event === 'COMMENT' ? 'COMMENTED' : event,
    body,
    user: userJson(ctx.user),
  })
}

export const pullRoutes: Route[] = [
  {
    method: 'GET',
    pattern: /^\/pulls$/,
    handler: (ctx) => {
      const state = ctx.query.get('state') ?? 'open'
      const list = [...ctx.state.pulls.values()].filter((p) => state === 'all' || p.state === state)
      return paginate(
        ctx,
        list.sort((a, b) => b.number - a.number).map((p) => pullJson(ctx, p)),
      )
    },
  },
  {
    method: 'GET',
    pattern: /^\/pulls\/(\d+)$/,
    handler: (ctx) => (pull(ctx) ? ok(pullJson(ctx, pull(ctx)!)) : notFound()),
  },
  {
    method: 'GET',
    pattern: /^\/pulls\/(\d+)\/files$/,
    handler: (ctx) => {
      const p = pull(ctx)
      if (!p) return notFound()
      return paginate(
        ctx,
        p.files.map((f) => ({
          filename: f.filename,
          status: f.status,
          ...(f.patch ? { patch: f.patch } : {}),
        })),
      )
    },
  },
  {
    method: 'GET',
    pattern: /^\/commits\/([0-9a-f]+)\/pulls$/,
    handler: (ctx) =>
      ok(
        [...ctx.state.pulls.values()]
          .filter((p) => p.commits.includes(ctx.params[0]!))
          .map((p) => pullJson(ctx, p)),
      ),
  },
  { method: 'POST', pattern: /^\/pulls\/(\d+)\/reviews$/, handler: createReview },
  {
    method: 'GET',
    pattern: /^\/pulls\/(\d+)\/comments$/,
    handler: (ctx) => {
      const p = pull(ctx)
      if (!p) return notFound()
      const mine = ctx.state.reviewComments.filter((c) => c.pull === p.number)
      return paginate(
        ctx,
        mine.map((c) => reviewCommentJson(ctx, p, c)),
      )
    },
  },
  {
    method: 'GET',
    pattern: /^\/contents\/(.+)$/,
    handler: (ctx) => {
      const ref = ctx.query.get('ref') ?? 'main'
      const path = decodeURIComponent(ctx.params[0]!)
      const content = ctx.state.contents.get(`${ref}:${path}`)
      if (content === undefined) return notFound()
      const base64 = Buffer.from(content, 'utf8')
        .toString('base64')
        .replace(/(.{60})/g, '$1\n')
      return ok({
        type: 'file',
        encoding: 'base64',
        size: Buffer.byteLength(content),
        name: path.split('/').pop(),
        path,
        content: base64,
        sha: `c${ref.slice(0, 8)}${path.length}`,
      })
    },
  },
]
