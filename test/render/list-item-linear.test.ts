/**
 * A list item's `<li>` depends on whether its list is loose; mdast-util-to-hast works that out by
 * reading every item of the list, for each item (a tight list of 45,000 items took 18 s). wxpress's
 * handler works it out once per list: pinned by counting the reads of the list's items.
 */
import type { List, ListItem } from 'mdast'
import { describe, expect, it } from 'vitest'
import { linearListItem } from '../../src/render/create-processor.js'

type Handler = ReturnType<typeof linearListItem>
const state = {
  all: () => [{ type: 'element', tagName: 'p', properties: {}, children: [] }],
  patch: () => undefined,
  applyData: (_: unknown, result: unknown) => result,
} as unknown as Parameters<Handler>[0]

/** A list of `n` items whose item reads through the list are counted in `reads.n`. */
function countedList(n: number, spread: boolean, reads: { n: number }): { list: List; items: ListItem[] } {
  const items: ListItem[] = Array.from({ length: n }, () => ({
    type: 'listItem',
    spread,
    children: [{ type: 'paragraph', children: [] }],
  }))
  const children = new Proxy(items, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads.n++
      return Reflect.get(target, key, receiver)
    },
  })
  return { list: { type: 'list', spread: false, children }, items }
}

describe('list items', () => {
  for (const spread of [false, true]) {
    it(`of a ${spread ? 'loose' : 'tight'} list of 2,000 items read the list once`, () => {
      const reads = { n: 0 }
      const { list, items } = countedList(2_000, spread, reads)
      const handler = linearListItem()
      const tags = items.map((item) => handler(state, item, list))
      expect(reads.n).toBeLessThanOrEqual(2_000)
      // tight: the paragraph's content goes straight into the `<li>`; loose: the `<p>` stays
      const first = tags[0] as { children: { type: string; tagName?: string }[] }
      expect(first.children.some((c) => c.tagName === 'p')).toBe(spread)
    })
  }
})
