/**
 * Inline directives in Markdown: `<!-- wxpress-disable-next-line id[, id] -- reason -->`,
 * `<!-- wxpress-disable id -->` … `<!-- wxpress-enable -->` (no id: every rule).
 */
import type { Root } from 'mdast'
import { visit } from 'unist-util-visit'
import type { Position } from 'unist'

export interface Directive {
  kind: 'next-line' | 'range'
  rules: string[] | 'all'
  /** Lines covered (inclusive). */
  from: number
  to: number
  position: Position | undefined
  used: boolean
}

const RE = /<!--\s*wxpress-(disable-next-line|disable|enable)\b([^>]*?)(?:--\s*[^>]*)?-->/g

export function parseDirectives(tree: Root): Directive[] {
  const out: Directive[] = []
  const open: Directive[] = []
  visit(tree, 'html', (node) => {
    for (const m of node.value.matchAll(RE)) {
      const ids = (m[2] ?? '').split(/[\s,]+/).filter(Boolean)
      const rules = ids.length ? ids : 'all'
      const line = node.position?.end.line ?? 0
      if (m[1] === 'disable-next-line') out.push({ kind: 'next-line', rules, from: line + 1, to: line + 1, position: node.position, used: false })
      else if (m[1] === 'disable') open.push({ kind: 'range', rules, from: line, to: Infinity, position: node.position, used: false })
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
export function isDisabled(directives: readonly Directive[], ruleId: string, line: number | undefined): boolean {
  if (line === undefined) return false
  for (const d of directives) {
    if (line >= d.from && line <= d.to && (d.rules === 'all' || d.rules.includes(ruleId))) {
      d.used = true
      return true
    }
  }
  return false
}
