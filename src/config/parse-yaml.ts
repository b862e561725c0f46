/**
 * The only `yaml` import: parses YAML (and JSON, a YAML subset) with the core schema, so timestamps
 * stay the text that was written, and keeps a position for every key and value.
 */
import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument, visit, type Node } from 'yaml'
import type { Position } from 'unist'
import { placeIndentedKeys } from './indented-key.js'

export interface YamlProblem {
  message: string
  code: string
  position: Position
  /**
   * DUPLICATE_KEY: the repeated key (dotted path for nested keys, e.g. `lint.typography/quotes`);
   * INDENTED_KEY: the key indented too far.
   */
  key?: string
  /** DUPLICATE_KEY: where the key was first written (the error points at the second occurrence). */
  firstPosition?: Position
}

export interface YamlField {
  key: string
  /** Position of the key. */
  keyPosition: Position
  /** Position of the value (the key's when the value is empty). */
  valuePosition: Position
  /** The value's text as written, for scalars. */
  sourceText: string | undefined
  /** For a mapping value (e.g. `lint:`): its keys, so a diagnostic can point at the entry's own line. */
  entries?: Omit<YamlField, 'entries'>[]
}

export interface ParsedYaml {
  /**
   * Plain JS value of the document (undefined when empty or unreadable). Also there when the only
   * errors are DUPLICATE_KEY: then the last value of a repeated key wins.
   */
  data: unknown
  errors: YamlProblem[]
  /** Top-level mapping keys in source order. */
  fields: YamlField[]
  /** Position of the node at `path` (a value), or undefined. */
  locate(path: readonly PropertyKey[]): Position | undefined
}

/** Parses `text`; `lineOffset` is added to every line (front-matter starts after the `---` line). */
export function parseYaml(text: string, lineOffset = 0): ParsedYaml {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, schema: 'core', prettyErrors: false, uniqueKeys: false })
  const toPosition = (start: number, end: number): Position => {
    const a = lineCounter.linePos(start)
    const b = lineCounter.linePos(Math.max(start, end))
    return {
      start: { line: a.line + lineOffset, column: a.col, offset: start },
      end: { line: b.line + lineOffset, column: b.col, offset: end },
    }
  }
  const nodePosition = (node: Node | null | undefined): Position | undefined =>
    node?.range ? toPosition(node.range[0], node.range[1]) : undefined

  // a key indented under the value of the line before: one problem, at its own line
  const errors: YamlProblem[] = placeIndentedKeys(text, doc.errors).map((e) => ({
    ...plainProblem(e.message.split('\n')[0] ?? e.message, e.code),
    position: toPosition(e.pos[0], e.pos[1]),
    ...('key' in e && e.key !== undefined ? { key: e.key } : {}),
  }))
  // yaml's own uniqueKeys check compares each key with every earlier one (50,000 keys: a minute)
  findDuplicateKeys(doc, errors, nodePosition)

  const fields: YamlField[] = []
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      const keyNode = pair.key as Node | null
      if (!isScalar(keyNode)) continue
      const keyPosition = nodePosition(keyNode) ?? toPosition(0, 0)
      const valueNode = pair.value as Node | null
      const field: YamlField = {
        key: String(keyNode.value),
        keyPosition,
        valuePosition: nodePosition(valueNode) ?? keyPosition,
        sourceText: isScalar(valueNode) ? (valueNode.source ?? String(valueNode.value)) : undefined,
      }
      if (isMap(valueNode)) {
        field.entries = []
        for (const entry of valueNode.items) {
          const k = entry.key as Node | null
          if (!isScalar(k)) continue
          const kp = nodePosition(k) ?? keyPosition
          const v = entry.value as Node | null
          field.entries.push({
            key: String(k.value),
            keyPosition: kp,
            valuePosition: nodePosition(v) ?? kp,
            sourceText: isScalar(v) ? (v.source ?? String(v.value)) : undefined,
          })
        }
      }
      fields.push(field)
    }
  }

  const locate = (path: readonly PropertyKey[]): Position | undefined => {
    let node: unknown = doc.contents
    for (const segment of path) {
      if (isMap(node) || isSeq(node)) node = node.get(segment as never, true)
      else return undefined
    }
    return nodePosition(node as Node)
  }

  let data: unknown
  try {
    // a key written twice is reported, yet the rest is still readable: the last value wins
    data = errors.some((e) => e.code !== 'DUPLICATE_KEY') ? undefined : doc.toJS({ maxAliasCount: 100 })
  } catch (error) {
    errors.push({ ...plainProblem((error as Error).message, 'BAD_YAML'), position: toPosition(0, 0) })
  }
  return { data, errors, fields, locate }
}

/** The parser's words for nesting too deep for its stack, or for an alias bomb, as a writer reads them. */
function plainProblem(message: string, code: string): { message: string; code: string } {
  if (/Maximum call stack/i.test(message))
    return { message: 'brackets or indentation nested thousands of levels deep', code: 'TOO_DEEP' }
  if (/alias count/i.test(message))
    return { message: 'aliases (`*name`) expand to too many values', code: 'ALIAS_COUNT' }
  return { message, code }
}

/**
 * Reports each key written twice in one mapping as DUPLICATE_KEY, naming it and where it was first
 * written: one Map per mapping, so linear in the number of keys. Errors stay in source order.
 */
function findDuplicateKeys(
  doc: ReturnType<typeof parseDocument>,
  errors: YamlProblem[],
  nodePosition: (node: Node | null | undefined) => Position | undefined,
): void {
  const found: YamlProblem[] = []
  visit(doc, {
    Map(_, map, path) {
      const seen = new Map<string, Node>()
      for (const pair of map.items) {
        const key = pair.key as Node | null
        if (!isScalar(key) || !key.range) continue
        const name = String(key.value)
        const first = seen.get(name)
        if (!first) {
          seen.set(name, key)
          continue
        }
        const parents = path.filter(isPair).map((p) => (isScalar(p.key) ? String(p.key.value) : '?'))
        const position = nodePosition(key)!
        const firstPosition = nodePosition(first)
        const dotted = [...parents, name].join('.')
        const error: YamlProblem = {
          message: 'Map keys must be unique',
          code: 'DUPLICATE_KEY',
          position,
          key: dotted,
        }
        if (firstPosition) error.firstPosition = firstPosition
        found.push(error)
      }
    },
  })
  if (found.length === 0) return
  errors.push(...found)
  errors.sort((a, b) => (a.position.start.offset ?? 0) - (b.position.start.offset ?? 0))
}
