/**
 * The render pipeline in its fixed order: remark-parse + syntax → user remark plugins → built-in
 * remark plugins → remark-rehype → raw HTML → sanitiser → theme and user rehype plugins → built-in
 * WeChat rehype plugins → stringify (the renderer hands juice the tree itself, see `inlineCss`). Built
 * once per renderer and reused for every article.
 */
import rehypeStringify from 'rehype-stringify'
import remarkRehype, { defaultHandlers } from 'remark-rehype'
import type { PluggableList } from 'unified'
import { createMarkdownProcessor } from '../content/markdown-parser.js'
import { remarkAutolinkCjk } from './plugins/remark-autolink-cjk.js'
import { remarkAlerts } from './plugins/remark-alerts.js'
import { remarkEmoji } from './plugins/remark-emoji.js'
import { rehypeCodeBlocks } from './plugins/rehype-code-blocks.js'
import { rehypeDetails } from './plugins/rehype-details.js'
import { rehypeFigures } from './plugins/rehype-figures.js'
import { rehypeFootnotes } from './plugins/rehype-footnotes.js'
import { rehypeHeadings } from './plugins/rehype-headings.js'
import { rehypeImages } from './plugins/rehype-images.js'
import { rehypeLinks } from './plugins/rehype-links.js'
import { rehypeLists } from './plugins/rehype-lists.js'
import { rehypeMath } from './plugins/rehype-math.js'
import { rehypeMermaid } from './plugins/rehype-mermaid.js'
import { rehypeSanitizeWechat } from './plugins/rehype-sanitize-wechat.js'
import { rehypeTables } from './plugins/rehype-tables.js'
import { rehypeLongCode } from './plugins/rehype-long-code.js'
import { rehypeTaskItems } from './plugins/rehype-task-items.js'
import { rehypeCjkLineBreaks } from './plugins/rehype-cjk-line-breaks.js'
import { rehypeWechatRoot } from './plugins/rehype-wechat-root.js'
import { rehypeTrimWhitespace } from './plugins/rehype-trim-whitespace.js'
import { rehypeRawIfNeeded } from './plugins/rehype-raw-if-needed.js'
import { rehypeWriterColours } from './plugins/rehype-writer-colours.js'

type ListItemArgs = Parameters<typeof defaultHandlers.listItem>

/**
 * mdast-util-to-hast's `listItem` works out whether the list is loose by reading every item of it, for
 * each item: a tight list of 45,000 items took 18 s. Each list's answer is worked out once here and the
 * handler sees a stand-in parent that carries it (`spread`), with no items to read.
 */
export function linearListItem() {
  const answers = new WeakMap<object, ListItemArgs[2]>()
  return (state: ListItemArgs[0], node: ListItemArgs[1], parent: ListItemArgs[2]) => {
    if (parent?.type !== 'list') return defaultHandlers.listItem(state, node, parent)
    let standIn = answers.get(parent)
    if (!standIn) {
      const spread =
        parent.spread === true ||
        parent.children.some((item) => (item.spread ?? item.children.length > 1) === true)
      standIn = { type: 'list', spread, children: [] }
      answers.set(parent, standIn)
    }
    return defaultHandlers.listItem(state, node, standIn)
  }
}

export interface ProcessorPlugins {
  remarkPlugins?: readonly unknown[]
  rehypePlugins?: readonly unknown[]
}

export function createProcessor(user: ProcessorPlugins = {}, theme: ProcessorPlugins = {}) {
  return createMarkdownProcessor()
    .use((user.remarkPlugins ?? []) as PluggableList)
    .use(remarkAlerts)
    .use(remarkAutolinkCjk)
    .use(remarkEmoji)
    .use(remarkRehype, {
      allowDangerousHtml: true,
      clobberPrefix: '',
      footnoteLabel: '注释',
      handlers: { listItem: linearListItem() },
    })
    .use(rehypeRawIfNeeded)
    .use(rehypeSanitizeWechat)
    .use((theme.rehypePlugins ?? []) as PluggableList)
    .use((user.rehypePlugins ?? []) as PluggableList)
    .use(rehypeHeadings)
    .use(rehypeDetails)
    .use(rehypeMath)
    .use(rehypeMermaid)
    .use(rehypeCodeBlocks)
    .use(rehypeTaskItems)
    .use(rehypeTables)
    .use(rehypeLongCode)
    .use(rehypeFootnotes)
    .use(rehypeLists)
    .use(rehypeLinks)
    .use(rehypeImages)
    .use(rehypeFigures)
    .use(rehypeCjkLineBreaks)
    .use(rehypeWechatRoot)
    .use(rehypeWriterColours)
    .use(rehypeTrimWhitespace)
    .use(rehypeStringify)
    .freeze()
}

export type RenderProcessor = ReturnType<typeof createProcessor>
