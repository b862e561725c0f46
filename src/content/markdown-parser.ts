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
import { unified } from 'unified'
import type { Nodes, Root } from 'mdast'
import { guardDollars } from './dollar-guard.js'


/** A fresh (unfrozen) processor with the parser and syntax extensions; add transforms with `.use()`. */
export function createMarkdownProcessor() {
  return unified()
    .use(remarkParse)
    .use(remarkGfm, { singleTilde: false })
    .use(remarkMath, { singleDollarTextMath: true })
    .use(remarkCjkFriendly)
    .use(remarkCjkFriendlyGfmStrikethrough, { singleTilde: false })
    .use(skipIdleAutolinkTransform)
}

/** remark-gfm's pass that links `https://…`, `www.…` and e-mail addresses left in text nodes. */
const autolinkTransform = gfmAutolinkLiteralFromMarkdown().transforms?.[0]

/** Whether a text node holds what that pass looks for: `://`, `www.` or `@` (its regexes need one). */
function mayHoldLiteral(node: Nodes): boolean {
  if (node.type === 'text') return node.value.includes('@') || node.value.includes('://') || /www\./i.test(node.value)
  return 'children' in node && node.children.some(mayHoldLiteral)
}

/**
 * That pass runs four regexes over every text node (≈ 15 % of the parse); most articles hold no
 * text it could link, which one walk over the tree tells.
 */
function skipIdleAutolinkTransform(this: { data(key: 'fromMarkdownExtensions'): unknown }) {
  const extensions = (this.data('fromMarkdownExtensions') ?? []) as unknown[]
  for (const extension of extensions.flat() as { transforms?: ((tree: Root) => Root | undefined | void)[] }[]) {
    if (!extension.transforms) continue
    extension.transforms = extension.transforms.map((transform) => transform === autolinkTransform
      ? (tree) => (mayHoldLiteral(tree) ? transform(tree) : undefined)
      : transform)
  }
}

/** Parses Markdown into mdast with the shared syntax (and the `$5到$10` guard). */
export function createMarkdownParser(): (markdown: string) => Root {
  const processor = createMarkdownProcessor().freeze()
  return (markdown) => {
    const tree = processor.parse(markdown)
    guardDollars(tree, markdown)
    return tree
  }
}
