/**
 * Issues and issue comments: list (paginated; issues by state, labels, creator), create, update;
 * 422 for a missing or too long body (GitHub: 65,536 characters).
 */
import {
  chars,
  invalid,
  notFound,
  ok,
  paginate,
  text,
  type Route,
  type RouteContext,
} from './route-context.js'
import { stamp, userJson, type EmuComment, type EmuIssue, type EmuState } from './state.js'

export const MAX_BODY = 65_536

function commentJson(ctx: RouteContext, c: EmuComment) {
  const web = `https://github.com/${ctx.state.repository}`
  return {
    id: c.id,
    node_id: `IC_${c.id}`,
    body: c.body,
    user: userJson(c.user),
    created_at: c.created_at,
    updated_at: c.updated_at,
    html_url: `${web}/issues/${c.issue}#issuecomment-${c.id}`,
    url: `${ctx.base}/repos/${ctx.state.repository}/issues/comments/${c.id}`,
    author_association: 'NONE',
  }
}

function issueJson(ctx: RouteContext, i: EmuIssue) {
  return {
    number: i.number,
    title: i.title,
    body: i.body,
    state: i.state,
    user: userJson(i.user),
    labels: i.labels.map((name) => ({ name })),
    created_at: i.created_at ?? null,
    closed_at: i.closed_at ?? null,
    html_url: `https://github.com/${ctx.state.repository}/issues/${i.number}`,
  }
}

function bodyProblem(body: string | undefined) {
  if (body === undefined) return invalid('Invalid request.', ['"body" wasn\'t supplied.'])
  if (chars(body) > MAX_BODY) {
    return invalid('Validation Failed', [
      {
        resource: 'IssueComment',
        code: 'custom',
        field: 'body',
        message: `body is too long (maximum is ${MAX_BODY} characters)`,
      },
    ])
  }
  return undefined
}

/** The body's label names; unknown ones are added to the repository, as GitHub does. */
function labelNames(ctx: RouteContext): string[] {
  const names = Array.isArray(ctx.body.labels) ? ctx.body.labels.map(String) : []
  for (const name of names)
    if (!ctx.state.labels.has(name)) ctx.state.labels.set(name, { name, color: 'ededed', description: '' })
  return names
}

const exists = (state: EmuState, n: number) => state.pulls.has(n) || state.issues.has(n)

export const issueRoutes: Route[] = [
  {
    method: 'GET',
    pattern: /^\/issues\/(\d+)\/comments$/,
    handler: (ctx) => {
      const issue = Number(ctx.params[0])
      if (!exists(ctx.state, issue)) return notFound()
      const list = ctx.state.comments.filter((c) => c.issue === issue).map((c) => commentJson(ctx, c))
      return paginate(ctx, list)
    },
  },
  {
    method: 'POST',
    pattern: /^\/issues\/(\d+)\/comments$/,
    handler: (ctx) => {
      const issue = Number(ctx.params[0])
      if (!exists(ctx.state, issue)) return notFound()
      const body = text(ctx.body, 'body')
      const problem = bodyProblem(body)
      if (problem) return problem
      const { id, at } = stamp(ctx.state)
      const comment = { id, issue, body: body!, user: ctx.user, created_at: at, updated_at: at }
      ctx.state.comments.push(comment)
      return ok(commentJson(ctx, comment), 201)
    },
  },
  {
    method: 'PATCH',
    pattern: /^\/issues\/comments\/(\d+)$/,
    handler: (ctx) => {
      const comment = ctx.state.comments.find((c) => c.id === Number(ctx.params[0]))
      if (!comment) return notFound()
      const body = text(ctx.body, 'body')
      const problem = bodyProblem(body)
      if (problem) return problem
      comment.body = body!
      comment.updated_at = stamp(ctx.state).at
      return ok(commentJson(ctx, comment))
    },
  },
  {
    method: 'GET',
    pattern: /^\/issues$/,
    handler: (ctx) => {
      const state = ctx.query.get('state') ?? 'open'
      const labels = (ctx.query.get('labels') ?? '').split(',').filter(Boolean)
      const creator = ctx.query.get('creator')
      const list = [...ctx.state.issues.values()]
        .filter((i) => state === 'all' || i.state === state)
        .filter((i) => labels.every((l) => i.labels.includes(l)))
        .filter((i) => !creator || i.user.login === creator)
        .sort((a, b) => b.number - a.number)
      return paginate(
        ctx,
        list.map((i) => issueJson(ctx, i)),
      )
    },
  },
  {
    method: 'POST',
    pattern: /^\/issues$/,
    handler: (ctx) => {
      const title = text(ctx.body, 'title')
      if (!title)
        return invalid('Validation Failed', [{ resource: 'Issue', code: 'missing_field', field: 'title' }])
      const problem = bodyProblem(text(ctx.body, 'body') ?? '')
      if (problem) return problem
      const numbers = [...ctx.state.issues.keys(), ...ctx.state.pulls.keys()]
      const issue: EmuIssue = {
        number: Math.max(0, ...numbers) + 1,
        title,
        body: text(ctx.body, 'body') ?? '',
        state: 'open',
        labels: labelNames(ctx),
        user: ctx.user,
        created_at: stamp(ctx.state).at,
        closed_at: null,
      }
      ctx.state.issues.set(issue.number, issue)
      return ok(issueJson(ctx, issue), 201)
    },
  },
  {
    method: 'GET',
    pattern: /^\/issues\/(\d+)$/,
    handler: (ctx) => {
      const issue = ctx.state.issues.get(Number(ctx.params[0]))
      return issue ? ok(issueJson(ctx, issue)) : notFound()
    },
  },
  {
    method: 'PATCH',
    pattern: /^\/issues\/(\d+)$/,
    handler: (ctx) => {
      const issue = ctx.state.issues.get(Number(ctx.params[0]))
      if (!issue) return notFound()
      const body = text(ctx.body, 'body')
      const problem = body === undefined ? undefined : bodyProblem(body)
      if (problem) return problem
      issue.title = text(ctx.body, 'title') ?? issue.title
      issue.body = body ?? issue.body
      const state = text(ctx.body, 'state')
      const at = stamp(ctx.state).at
      if ((state === 'open' || state === 'closed') && state !== issue.state) {
        issue.state = state
        issue.closed_at = state === 'closed' ? at : null
      }
      if (Array.isArray(ctx.body.labels)) issue.labels = labelNames(ctx)
      return ok(issueJson(ctx, issue))
    },
  },
]
