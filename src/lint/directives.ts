/**
 * Inline directives in Markdown: `<!-- wxpress-disable-next-line id[, id] -- reason -->`,
 * `<!-- wxpress-disable id -->` … `<!-- wxpress-enable -->` (no id: every rule).
 */
import type { Html, Root, RootContent } from 'mdast'
import type { Position } from 'unist'

export interface Directive {
  kind: 'next-line' | 'range'
  rules: string[] | 'all'
  /** Lines covered (inclusive). */
  from: number
  to: number
  position: Position | undefined
  /** Position of each rule id of `rules` in the comment. */
  idPlaces: (Position | undefined)[]
  used: boolean
}

/** Position of `value.slice(from, to)` of an html node, when it is on the node's first line. */
function placeIn(
  node: { value: string; position?: Position | undefined },
  from: number,
  to: number,
): Position | undefined {
  const start = node.position?.start
  if (!start || node.value.lastIndexOf('\n', to) !== -1) return undefined
  const at = (i: number) => ({
    line: start.line,
    column: start.column + i,
    ...(start.offset !== undefined ? { offset: start.offset + i } : {}),
  })
  return { start: at(from), end: at(to) }
}

/** Calls `f` on each html node, in document order (a plain walk: no ancestor lists). */
function eachHtml(node: Root | RootContent, f: (node: Html) => void): void {
  if (node.type === 'html') f(node)
  else if ('children' in node) for (const child of node.children) eachHtml(child, f)
}

const RE = /<!--\s*wxpress-(disable-next-line|disable|enable)\b([^>]*?)(?:--\s*[^>]*)?-->/g

export function parseDirectives(tree: Root): Directive[] {
  const out: Directive[] = []
  const open: Directive[] = []
  eachHtml(tree, (node) => {
    for (const m of node.value.matchAll(RE)) {
      const idPlaces: (Position | undefined)[] = []
      const ids: string[] = []
      const listStart = (m.index ?? 0) + m[0].indexOf(m[1]!) + m[1]!.length
      for (const id of (m[2] ?? '').matchAll(/[^\s,]+/g)) {
        ids.push(id[0])
        idPlaces.push(placeIn(node, listStart + id.index, listStart + id.index + id[0].length))
      }
      const rules = ids.length ? ids : 'all'
      const line = node.position?.end.line ?? 0
      if (m[1] === 'disable-next-line')
        out.push({
          kind: 'next-line',
          rules,
          from: line + 1,
          to: line + 1,
          position: node.position,
          idPlaces,
          used: false,
        })
      else if (m[1] === 'disable')
        open.push({
          kind: 'range',
          rules,
          from: line,
          to: Infinity,
          position: node.position,
          idPlaces,
          used: false,
        })
      else {
        const last = open.pop()
        if (last) {
          last.to = node.position?.start.line ?? Infinity
          out.push(last)
        }
      }
    }
  })
  return [...out, ...open]
}

/** Whether `ruleId` at `line` is disabled; marks the directive used. */
export function isDisabled(
  directives: readonly Directive[],
  ruleId: string,
  line: number | undefined,
): boolean {
  if (line === undefined) return false
  for (const d of directives) {
    if (line >= d.from && line <= d.to && (d.rules === 'all' || d.rules.includes(ruleId))) {
      d.used = true
      return true
    }
  }
  return false
}
