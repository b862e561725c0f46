/** Repository labels: get one by name (404 when missing), list, create (422 when it exists). */
import { invalid, notFound, ok, paginate, text, type Route } from './route-context.js'
import type { EmuLabel } from './state.js'

const labelJson = (l: EmuLabel) => ({ name: l.name, color: l.color, description: l.description || null })

export const labelRoutes: Route[] = [
  {
    method: 'GET',
    pattern: /^\/labels$/,
    handler: (ctx) => paginate(ctx, [...ctx.state.labels.values()].map(labelJson)),
  },
  {
    method: 'GET',
    pattern: /^\/labels\/([^/]+)$/,
    handler: (ctx) => {
      const label = ctx.state.labels.get(decodeURIComponent(ctx.params[0]!))
      return label ? ok(labelJson(label)) : notFound()
    },
  },
  {
    method: 'POST',
    pattern: /^\/labels$/,
    handler: (ctx) => {
      const name = text(ctx.body, 'name')
      if (!name)
        return invalid('Validation Failed', [{ resource: 'Label', code: 'missing_field', field: 'name' }])
      if (ctx.state.labels.has(name))
        return invalid('Validation Failed', [{ resource: 'Label', code: 'already_exists', field: 'name' }])
      const color = (text(ctx.body, 'color') ?? 'ededed').replace(/^#/, '')
      if (!/^[0-9a-fA-F]{6}$/.test(color))
        return invalid('Validation Failed', [{ resource: 'Label', code: 'invalid', field: 'color' }])
      const label = { name, color, description: text(ctx.body, 'description') ?? '' }
      ctx.state.labels.set(name, label)
      return ok(labelJson(label), 201)
    },
  },
]
