/**
 * What every parse of an article body goes through after the Markdown parser, in lint and in render
 * alike (they share one tree, `share-parse.ts`): the `$5到$10` guard and heading ids taken out of the
 * heading text. Kept apart from `markdown-parser.ts` so the renderer's warm path loads no parser.
 */
import type { Root } from 'mdast'
import { guardDollars } from './dollar-guard.js'
import { stripHeadingIds } from './heading-ids.js'

export function finishParse(tree: Root, markdown: string): Root {
  guardDollars(tree, markdown)
  stripHeadingIds(tree, markdown)
  return tree
}
