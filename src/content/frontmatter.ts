/**
 * The only gray-matter import: splits a Markdown source into its YAML front-matter (parsed by the
 * `yaml` package with positions, through gray-matter's engine hook) and a body whose line numbers
 * are the file's own.
 */
import matter from 'gray-matter'
import { parseYaml, type ParsedYaml } from '../config/parse-yaml.js'

export interface SplitSource {
  /** `none`: the file has no front-matter; `unclosed`: `---` opened but never closed. */
  status: 'ok' | 'none' | 'unclosed' | 'language'
  /** Language after the opening `---` (`yaml` by default). */
  language: string
  /** Parsed YAML with positions in file lines; undefined when there is no front-matter. */
  yaml: ParsedYaml | undefined
  /** Last line of the front-matter block (the closing `---`), 0 when none. */
  endLine: number
  /** The Markdown body with the front-matter replaced by empty lines (positions are the file's). */
  markdown: string
  /** Where the body starts in `markdown` (after those empty lines): `markdown.slice(bodyStart)` is the body as written. */
  bodyStart: number
}

/** Splits `source` (already LF-normalised, without BOM). */
export function splitFrontmatter(source: string): SplitSource {
  let yaml: ParsedYaml | undefined
  const engines = {
    yaml: {
      parse: (text: string): object => {
        yaml = parseYaml(text, 0)
        return {}
      },
    },
  }
  if (!/^---[^\S\n]*\S*[^\S\n]*\n/.test(source) && !/^---[^\S\n]*$/.test(source)) {
    return { status: 'none', language: 'yaml', yaml: undefined, endLine: 0, markdown: source, bodyStart: 0 }
  }
  const lines = source.split('\n')
  const closing = lines.findIndex((line, i) => i > 0 && /^---[^\S\n]*$/.test(line))
  if (closing < 0) {
    return { status: 'unclosed', language: 'yaml', yaml: undefined, endLine: 1, markdown: '', bodyStart: 0 }
  }
  const language = (lines[0] ?? '').slice(3).trim() || 'yaml'
  if (language !== 'yaml') {
    return {
      status: 'language',
      language,
      yaml: undefined,
      endLine: closing + 1,
      markdown: blankLines(closing + 1) + lines.slice(closing + 1).join('\n'),
      bodyStart: closing + 1,
    }
  }
  // Always pass an options object: without one gray-matter caches results per input string.
  const file = matter(source, { engines, language: 'yaml', excerpt: false })
  const body = file.content
  const prefix = source.endsWith(body)
    ? source.slice(0, source.length - body.length)
    : `${lines.slice(0, closing + 1).join('\n')}\n`
  const endLine = closing + 1
  yaml ??= parseYaml('', 0)
  const blank = prefix.replace(/[^\n]/g, '')
  return { status: 'ok', language, yaml, endLine, markdown: blank + body, bodyStart: blank.length }
}

function blankLines(n: number): string {
  return '\n'.repeat(n)
}
