/**
 * Depth-first, pre-order walks over hast and mdast trees. unist-util-visit allocates a closure and a
 * parents array per node; with a dozen built-in passes per article that was a large share of the
 * render time and garbage (see `npm run bench`). These loops allocate nothing.
 *
 * A visitor may return `SKIP` (do not descend into the node) or an index (continue in the parent at
 * that index, without descending): use the latter after splicing the parent's children.
 */
import type { Element, Root } from 'hast'
import type { Node, Parent } from 'unist'

export const SKIP = Symbol('skip')
export type WalkAction = undefined | typeof SKIP | number

export type HastParent = Root | Element

/** Visits every element under `tree` (not `tree` itself). */
export function walkElements(
  tree: HastParent,
  visitor: (node: Element, index: number, parent: HastParent) => WalkAction,
): void {
  const kids = tree.children
  for (let i = 0; i < kids.length; ) {
    const node = kids[i]!
    if (node.type !== 'element') {
      i++
      continue
    }
    const action = visitor(node, i, tree)
    if (typeof action === 'number') {
      i = action
      continue
    }
    if (action !== SKIP && node.children.length > 0) walkElements(node, visitor)
    i++
  }
}

/** Visits every node under `tree` (any unist tree), parents before their children. */
export function walkNodes<T extends Node = Node>(
  tree: Parent,
  visitor: (node: T, index: number, parent: Parent) => WalkAction,
): void {
  const kids = tree.children
  for (let i = 0; i < kids.length; ) {
    const node = kids[i]!
    const action = visitor(node as T, i, tree)
    if (typeof action === 'number') {
      i = action
      continue
    }
    if (action !== SKIP && 'children' in node && Array.isArray(node.children) && node.children.length > 0)
      walkNodes(node as Parent, visitor)
    i++
  }
}

/** Whether any node under `tree` (or `tree` itself) passes `test`; stops at the first. */
export function someNode(tree: Node, test: (node: Node) => boolean): boolean {
  if (test(tree)) return true
  const kids = (tree as Partial<Parent>).children
  return Array.isArray(kids) && kids.some((child) => someNode(child, test))
}
