/**
 * The Markdown syntax every stage agrees on: CommonMark + GFM (tables, strikethrough, task lists,
 * footnotes, autolinks), `$…$`/`$$…$$` math and CJK-friendly emphasis (`**注意：**目前`).
 * The only module that imports remark-parse and the syntax extensions.
 */
import remarkParse from 'remark-parse'
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal'
import remarkGfm from 'remark-gfm'
import remarkMath from 'remark-math'
import remarkCjkFriendly from 'remark-cjk-friendly'
import remarkCjkFriendlyGfmStrikethrough from 'remark-cjk-friendly-gfm-strikethrough'
import { unified, type Processor } from 'unified'
import type { Nodes, Root } from 'mdast'
import { finishParse } from './finish-parse.js'
import { sourceNestingDepth } from './nesting-depth.js'

/** Deeper than this the source is not parsed (the renderer reports `render/too-deep`). */
export const MAX_SOURCE_DEPTH = 500

declare module 'unist' {
  interface Data {
    /** Set on the root when the source nests too deeply to parse: how deep, and where. */
    tooDeep?: { depth: number; line: number }
  }
}

/** A fresh (unfrozen) processor with the parser and syntax extensions; add transforms with `.use()`. */
export function createMarkdownProcessor() {
  return unified()
    .use(remarkParse)
    .use(remarkGfm, { singleTilde: false })
    .use(remarkMath, { singleDollarTextMath: true })
    .use(remarkCjkFriendly)
    .use(remarkCjkFriendlyGfmStrikethrough, { singleTilde: false })
    .use(skipIdleAutolinkTransform)
    .use(refuseDeepSource)
}

/**
 * Wraps the parser: a source nesting deeper than `MAX_SOURCE_DEPTH` becomes one code block (the text
 * as it is) with `data.tooDeep` on the root, instead of a tree whose depth overflows every recursion.
 */
function refuseDeepSource(this: Processor) {
  const parse = this.parser
  if (!parse) return
  this.parser = (doc, file): Root => {
    const found = sourceNestingDepth(doc)
    if (found.depth <= MAX_SOURCE_DEPTH) return parse(doc, file) as Root
    const lines = doc.split('\n')
    const end = { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1, offset: doc.length }
    const position = { start: { line: 1, column: 1, offset: 0 }, end }
    return {
      type: 'root',
      children: [{ type: 'code', value: doc, position }],
      position,
      data: { tooDeep: found },
    }
  }
}

/** remark-gfm's pass that links `https://…`, `www.…` and e-mail addresses left in text nodes. */
const autolinkTransform = gfmAutolinkLiteralFromMarkdown().transforms?.[0]

/** Whether a text node holds what that pass looks for: `://`, `www.` or `@` (its regexes need one). */
function mayHoldLiteral(node: Nodes): boolean {
  if (node.type === 'text')
    return node.value.includes('@') || node.value.includes('://') || /www\./i.test(node.value)
  return 'children' in node && node.children.some(mayHoldLiteral)
}

/**
 * That pass runs four regexes over every text node (≈ 15 % of the parse); most articles hold no
 * text it could link, which one walk over the tree tells.
 */
function skipIdleAutolinkTransform(this: { data(key: 'fromMarkdownExtensions'): unknown }) {
  const extensions = (this.data('fromMarkdownExtensions') ?? []) as unknown[]
  for (const extension of extensions.flat() as {
    transforms?: ((tree: Root) => Root | undefined)[]
  }[]) {
    if (!extension.transforms) continue
    extension.transforms = extension.transforms.map((transform) =>
      transform === autolinkTransform
        ? (tree) => (mayHoldLiteral(tree) ? transform(tree) : undefined)
        : transform,
    )
  }
}

/** Parses Markdown into mdast with the shared syntax (then `finishParse`: `$5到$10`, heading ids). */
export function createMarkdownParser(): (markdown: string) => Root {
  const processor = createMarkdownProcessor().freeze()
  return (markdown) => finishParse(processor.parse(markdown), markdown)
}
