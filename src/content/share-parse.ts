/**
 * An article's body parsed at most once and shared by the stages that need it: lint reads the tree,
 * then the renderer transforms it. Stages get it as an explicit value and call it on a cache miss only,
 * with their own parser of the shared syntax (`markdown-parser.ts`), which is loaded only then.
 */
import type { Root } from 'mdast'

export type ParsedBody = (parse: (markdown: string) => Root) => Root

/** The first call parses `markdown` with the parser it is given; later calls return the same tree. */
export function shareParse(markdown: string): ParsedBody {
  let tree: Root | undefined
  return (parse) => (tree ??= parse(markdown))
}
