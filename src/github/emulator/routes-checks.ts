/**
 * Check runs: create (name and head_sha required; output needs title and summary; at most 50
 * annotations per request), update (name, status, conclusion and output replaced; annotations are
 * appended), list by commit and name, annotations.
 */
import {
  chars,
  invalid,
  notFound,
  ok,
  paginate,
  text,
  type Answer,
  type Route,
  type RouteContext,
} from './route-context.js'
import { stamp, userJson, type EmuAnnotation, type EmuCheckRun } from './state.js'

export const MAX_ANNOTATIONS = 50
const LEVELS = ['notice', 'warning', 'failure']

function runJson(ctx: RouteContext, r: EmuCheckRun) {
  return {
    id: r.id,
    name: r.name,
    head_sha: r.head_sha,
    status: r.status,
    conclusion: r.conclusion,
    html_url: `https://github.com/${ctx.state.repository}/runs/${r.id}`,
    output: { ...r.output, annotations_count: r.annotations.length },
    app: { slug: r.user.type === 'Bot' ? 'github-actions' : 'none', owner: userJson(r.user) },
  }
}

/** Checks `output`; returns its annotations or a 422. */
function readOutput(output: unknown): EmuAnnotation[] | Answer {
  if (output === undefined) return []
  const o = output as Record<string, unknown>
  if (typeof o.title !== 'string' || typeof o.summary !== 'string') {
    return invalid('Invalid request.', ['"title" and "summary" are required in output.'])
  }
  if (chars(o.summary) > 65_535 || (typeof o.text === 'string' && chars(o.text) > 65_535)) {
    return invalid('Invalid request.', [
      'Only 65535 characters are allowed in output.summary and output.text.',
    ])
  }
  const list = (Array.isArray(o.annotations) ? o.annotations : []) as Record<string, unknown>[]
  if (list.length > MAX_ANNOTATIONS) {
    return invalid('Invalid request.', [`Only ${MAX_ANNOTATIONS} annotations are allowed per request.`])
  }
  for (const a of list) {
    const lines =
      typeof a.start_line === 'number' && typeof a.end_line === 'number' && a.start_line <= a.end_line
    if (typeof a.path !== 'string' || !lines || !LEVELS.includes(String(a.annotation_level)) || !a.message) {
      return invalid('Invalid request.', [
        'An annotation needs path, start_line, end_line, annotation_level, message.',
      ])
    }
    if ((a.start_column !== undefined || a.end_column !== undefined) && a.start_line !== a.end_line) {
      return invalid('Invalid request.', ['start_column and end_column are only allowed on one line.'])
    }
  }
  return list as unknown as EmuAnnotation[]
}

function setOutput(run: EmuCheckRun, output: unknown, annotations: EmuAnnotation[]) {
  if (output === undefined) return
  const o = output as Record<string, unknown>
  run.output = {
    title: String(o.title),
    summary: String(o.summary),
    text: typeof o.text === 'string' ? o.text : null,
  }
  run.annotations.push(...annotations)
}

export const checkRoutes: Route[] = [
  {
    method: 'POST',
    pattern: /^\/check-runs$/,
    handler: (ctx) => {
      const name = text(ctx.body, 'name')
      const headSha = text(ctx.body, 'head_sha')
      if (!name || !headSha) return invalid('Invalid request.', ['"name" and "head_sha" are required.'])
      const annotations = readOutput(ctx.body.output)
      if (!Array.isArray(annotations)) return annotations
      const status = text(ctx.body, 'status') ?? 'queued'
      const conclusion = text(ctx.body, 'conclusion') ?? null
      if (status === 'completed' && !conclusion)
        return invalid('Invalid request.', ['"conclusion" wasn\'t supplied.'])
      const run: EmuCheckRun = {
        id: stamp(ctx.state).id,
        name,
        head_sha: headSha,
        status,
        conclusion,
        output: { title: null, summary: null, text: null },
        annotations: [],
        user: ctx.user,
      }
      setOutput(run, ctx.body.output, annotations)
      ctx.state.checkRuns.push(run)
      return ok(runJson(ctx, run), 201)
    },
  },
  {
    method: 'PATCH',
    pattern: /^\/check-runs\/(\d+)$/,
    handler: (ctx) => {
      const run = ctx.state.checkRuns.find((r) => r.id === Number(ctx.params[0]))
      if (!run) return notFound()
      const annotations = readOutput(ctx.body.output)
      if (!Array.isArray(annotations)) return annotations
      setOutput(run, ctx.body.output, annotations)
      run.name = text(ctx.body, 'name') ?? run.name
      run.status = text(ctx.body, 'status') ?? run.status
      run.conclusion = text(ctx.body, 'conclusion') ?? run.conclusion
      stamp(ctx.state)
      return ok(runJson(ctx, run))
    },
  },
  {
    method: 'GET',
    pattern: /^\/commits\/([^/]+)\/check-runs$/,
    handler: (ctx) => {
      const name = ctx.query.get('check_name')
      const runs = ctx.state.checkRuns
        .filter((r) => r.head_sha === ctx.params[0] && (!name || r.name === name))
        .sort((a, b) => b.id - a.id)
      return ok({ total_count: runs.length, check_runs: runs.map((r) => runJson(ctx, r)) })
    },
  },
  {
    method: 'GET',
    pattern: /^\/check-runs\/(\d+)\/annotations$/,
    handler: (ctx) => {
      const run = ctx.state.checkRuns.find((r) => r.id === Number(ctx.params[0]))
      return run ? paginate(ctx, run.annotations) : notFound()
    },
  },
]
