/** Four findings in two files (errors, a warning, an info; a range over two lines), for the reporters. */
import { VFile } from 'vfile'
import { collectDiagnostics } from '../../src/diagnostics/collect-diagnostics.js'
import { report, type Diagnostic } from '../../src/diagnostics/diagnostic.js'

export function sampleDiagnostics(): Diagnostic[] {
  const a = new VFile({ path: 'content/a/index.md' })
  const b = new VFile({ path: 'content/b/index.md' })
  report(a, 'warning', 'frontmatter/unknown-key', 'content', 'Unknown front-matter key `auther`', {
    place: { start: { line: 7, column: 1 }, end: { line: 7, column: 7 } },
    hint: 'Did you mean `author`?',
    field: 'auther',
    value: 'auther',
  })
  report(a, 'error', 'frontmatter/max-length', 'content', '`title` has 70 characters, more than 64: 长…', {
    place: { start: { line: 2, column: 8 }, end: { line: 2, column: 78 } },
    hint: 'Shorten it.',
    field: 'title',
    value: '长',
  })
  report(b, 'info', 'length/word-count', 'lint', '1,200 字, about 3 min to read', {
    place: { line: 12, column: 1 },
  })
  report(b, 'error', 'schedule/same-slot-audience', 'schedule', 'Same slot, other audience: a, b | c', {
    place: { start: { line: 4, column: 7 }, end: { line: 5, column: 2 } },
    hint: 'Line one\nline two: 100%, done',
  })
  return collectDiagnostics([
    { file: a, path: 'content/a/index.md' },
    { file: b, path: 'content/b/index.md' },
  ])
}
