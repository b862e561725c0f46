/**
 * The elements a CSS selector matches in a document, found the way cheerio's `$(selector)` finds them
 * (css-select, HTML mode, document order) but without a walk over the whole document per selector:
 * the document is indexed once by tag, class and id, and the compiled test runs only on the elements
 * that have what the selector's last compound requires (`p`, `.hljs-keyword`, `#x`). juice queries once
 * per theme rule, so this is most of its time. The only css-select and css-what import.
 */
import { compile } from 'css-select'
import { parse, type Selector } from 'css-what'
import type { AnyNode, Element } from 'domhandler'

/** A prepared selector: its compiled test and the index keys of its candidates (undefined: every element). */
interface Query {
  test: (element: Element) => boolean
  keys: string[] | undefined
}

/** Compiled selectors, kept across documents (null: a selector left to cheerio). */
export type SelectorCache = Map<string, Query | null>

/** What cheerio handles itself: HTML strings, selectors relative to its context (`> p`, `:scope`, `:root`), jQuery positionals. */
const CHEERIO_ONLY = /^\s*[<>+~]|:(?:first|last|eq|nth|gt|lt|even|odd|scope|root)(?![\w-])/i
const TRAVERSALS = new Set(['descendant', 'child', 'parent', 'sibling', 'adjacent', 'column-combinator'])

/** The index key an element must have to match this compound selector (id, else class, else tag). */
function keyOf(selector: Selector[]): string | undefined {
  let start = selector.length
  while (start > 0 && !TRAVERSALS.has(selector[start - 1]!.type)) start--
  const last = selector.slice(start)
  // case-insensitive only in quirks mode, which cheerio does not use here
  const exact = (t: Selector) =>
    t.type === 'attribute' && (t.ignoreCase === false || t.ignoreCase === 'quirks')
  for (const t of last)
    if (t.type === 'attribute' && t.name === 'id' && t.action === 'equals' && exact(t)) return `#${t.value}`
  for (const t of last)
    if (
      t.type === 'attribute' &&
      t.name === 'class' &&
      t.action === 'element' &&
      exact(t) &&
      !/\s/.test(t.value)
    )
      return `.${t.value}`
  // css-select compares the element's name with the lower-cased selector name in HTML mode
  for (const t of last) if (t.type === 'tag') return `<${t.name.toLowerCase()}`
  return undefined
}

function prepare(selector: string): Query | null {
  if (CHEERIO_ONLY.test(selector)) return null
  try {
    const alternatives = parse(selector)
    const keys = alternatives.map(keyOf)
    const test = compile<AnyNode, Element>(selector, { xmlMode: false }) as (element: Element) => boolean
    return { test, keys: keys.every((k) => k !== undefined) ? [...new Set(keys)] : undefined }
  } catch {
    return null // cheerio reports the invalid selector as it always does
  }
}

export interface ElementIndex {
  /** Every element, in document order. */
  all: Element[]
  /** `<tag`, `.class` and `#id` → the elements that have it, in document order. */
  byKey: Map<string, Element[]>
}

/** Indexes the elements under `root` (the document must not change while the index is used). */
export function indexElements(root: { children: AnyNode[] }): ElementIndex {
  const all: Element[] = []
  const byKey = new Map<string, Element[]>()
  const add = (key: string, element: Element) => {
    const list = byKey.get(key)
    if (!list) byKey.set(key, [element])
    else if (list[list.length - 1] !== element) list.push(element) // `class="a a"`
  }
  const walk = (nodes: AnyNode[]) => {
    for (const node of nodes) {
      if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') continue
      const element = node as Element
      all.push(element)
      add(`<${element.name}`, element)
      const { id, class: classes } = element.attribs
      if (id !== undefined) add(`#${id}`, element)
      if (classes) for (const name of classes.split(/\s+/)) if (name) add(`.${name}`, element)
      walk(element.children)
    }
  }
  walk(root.children)
  return { all, byKey }
}

/** The elements `selector` matches, in document order; undefined when cheerio must answer itself. */
export function selectElements(
  index: ElementIndex,
  selector: string,
  cache: SelectorCache,
): Element[] | undefined {
  let query = cache.get(selector)
  if (query === undefined) cache.set(selector, (query = prepare(selector)))
  if (query === null) return undefined
  const { keys, test } = query
  if (!keys) return index.all.filter(test)
  if (keys.length === 1) return (index.byKey.get(keys[0]!) ?? []).filter(test)
  const found = new Set<Element>()
  for (const key of keys)
    for (const element of index.byKey.get(key) ?? []) if (test(element)) found.add(element)
  return index.all.filter((element) => found.has(element))
}
