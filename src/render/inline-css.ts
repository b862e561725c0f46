/**
 * The only juice, cheerio, domhandler and property-information import: inlines the theme CSS into
 * `style` attributes (pseudo-elements materialised as elements), then drops `class`, `id` and
 * `data-*` attributes, which WeChat ignores or strips.
 */
import * as dom from 'domhandler'
import type { Element as HastElement, Root as HastRoot, RootContent } from 'hast'
import { load } from 'cheerio'
// juice without its file and URL inliner (web-resource-inliner, undici): only `juiceDocument` is used
import juice from 'juice/client.js'
import { find, html as htmlSchema, svg as svgSchema, type Schema } from 'property-information'
import { type DomNode, dropHooks } from './drop-hooks.js'
import { indexElements, selectElements, type SelectorCache } from './select-elements.js'

// The bundle (`npm run build`, scripts/compile.mjs) maps cheerio to `cheerio/slim` (htmlparser2 only; no parse5 or undici),
// also for juice, which never parses with it here: juice works on the document given to it. ≈ 60 ms
// less start-up per thread.

const OPTIONS = {
  inlinePseudoElements: true,
  removeStyleTags: true,
  preserveImportant: false,
  preserveMediaQueries: false,
  preserveFontFaces: false,
  preserveKeyFrames: false,
  preservePseudos: false,
  insertPreservedExtraCss: false,
  applyWidthAttributes: false,
  applyHeightAttributes: false,
  applyAttributesTableElements: false,
  xmlMode: false,
}

/** dom-serializer: `encodeEntities: 'utf8'` keeps Chinese as characters, `emptyAttrs` writes `alt=""` (cheerio's types omit both). */
const HTMLPARSER2 = { xmlMode: false, decodeEntities: true, encodeEntities: 'utf8', emptyAttrs: true } as {
  xmlMode: false
  decodeEntities: true
}

/** Inlines CSS into documents; keeps the compiled theme selectors from one document to the next. */
export function createCssInliner(): (html: string | HastRoot, css: string) => string {
  const selectors: SelectorCache = new Map()
  return (html, css) => {
    // a tree becomes the DOM directly; a string is parsed by htmlparser2 (not parse5: 3× faster on our
    // own well-formed HTML); dom-serializer writes back (`&amp; &lt; &gt; &nbsp;` in text, `&amp; &quot;
    // &nbsp;` in attributes)
    const $ = load(
      typeof html === 'string' ? html : adopt(new dom.Document(toDom(html.children, htmlSchema))),
      { xml: HTMLPARSER2 },
      false,
    )
    const root = $.root()[0] as unknown as InstanceType<typeof dom.Document>
    const index = indexElements(root)
    // theme variables are resolved when the theme is compiled; only inline styles may still use var()
    const options = {
      ...OPTIONS,
      resolveCSSVariables: typeof html === 'string' ? html.includes('var(') : hasVariables(html),
    }
    if (index.byKey.has('<style'))
      juice.juiceDocument($, { ...options, extraCss: css }) // its CSS applies too
    else {
      // juice's own `$(selector)` walks the whole document for each rule; answer from the index instead
      const query = new Proxy($, {
        apply: (target, self, args: Parameters<typeof $>) => {
          const found =
            args.length === 1 && typeof args[0] === 'string'
              ? selectElements(index, args[0], selectors)
              : undefined
          return found ? target(found) : Reflect.apply(target, self, args)
        },
      })
      juice.inlineDocument(query, css, options)
    }
    dropHooks(root as unknown as DomNode)
    return $.html()
  }
}

/** `html` (a string or the hast tree) with `css` inlined. */
export function inlineCss(html: string | HastRoot, css: string): string {
  return createCssInliner()(html, css)
}

type DomChild =
  | InstanceType<typeof dom.Element>
  | InstanceType<typeof dom.Text>
  | InstanceType<typeof dom.Comment>

/** hast → domhandler nodes, with the attributes rehype-stringify would write and the HTML parser read back. */
function toDom(nodes: readonly RootContent[], schema: Schema): DomChild[] {
  const out: DomChild[] = []
  for (const node of nodes) {
    let child: DomChild | undefined
    if (node.type === 'element') {
      const inner = schema.space === 'html' && node.tagName === 'svg' ? svgSchema : schema
      child = adopt(
        new dom.Element(
          node.tagName,
          attributes(node, inner),
          toDom(node.tagName === 'template' ? [] : node.children, inner),
        ),
      )
    } else if (node.type === 'text' || node.type === 'raw')
      child = new dom.Text(node.value) // raw HTML is written as text
    else if (node.type === 'comment') child = new dom.Comment(node.value)
    if (!child) continue
    const prev = out[out.length - 1]
    if (prev) {
      prev.next = child
      child.prev = prev
    }
    out.push(child)
  }
  return out
}

function adopt<T extends InstanceType<typeof dom.Element> | InstanceType<typeof dom.Document>>(parent: T): T {
  for (const child of parent.children) child.parent = parent
  return parent
}

function attributes(node: HastElement, schema: Schema): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [key, raw] of Object.entries(node.properties ?? {})) {
    const info = find(schema, key)
    let value: unknown = raw
    if (info.overloadedBoolean && (value === info.attribute || value === '')) value = true
    else if (
      (info.boolean || info.overloadedBoolean) &&
      (typeof value !== 'string' || value === info.attribute || value === '')
    )
      value = Boolean(value)
    if (
      value === null ||
      value === undefined ||
      value === false ||
      (typeof value === 'number' && Number.isNaN(value))
    )
      continue
    out[info.attribute] =
      value === true
        ? ''
        : Array.isArray(value)
          ? value.join(info.commaSeparated ? ', ' : ' ').trim()
          : String(value)
  }
  return out
}

function hasVariables(node: HastRoot | RootContent): boolean {
  if (
    node.type === 'element' &&
    typeof node.properties.style === 'string' &&
    node.properties.style.includes('var(')
  )
    return true
  return 'children' in node && node.children.some(hasVariables)
}
