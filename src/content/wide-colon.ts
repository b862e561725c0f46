/**
 * What a Chinese input method does to front matter: `title：春天` (a full-width colon) or a no-break or
 * ideographic space after the colon (pasted from Word or WeChat). YAML then reads the line as text and
 * stops somewhere else with "a key spans several lines"; the writer gets the real cause, at its line.
 */
import type { VFile } from '../core/vfile.js'
import { report } from '../diagnostics/diagnostic.js'
import { contentYamlMessages } from '../i18n/messages/content-yaml.js'

const { msg } = contentYamlMessages

/** A key, then `：` or `:` followed by an unusual space. */
const LINE = /^([ \t]*)([A-Za-z_][\w-]*)[ \t]*(?:(：|﹕)|:([\u00a0\u3000\u2000-\u200b\u202f\u205f]))/

/** Reports each such line of the front matter (lines 2 to `endLine` − 1); whether there was any. */
export function reportWideColons(file: VFile, text: string, endLine: number): boolean {
  const lines = text.split('\n', endLine)
  let found = false
  for (let i = 1; i < endLine - 1 && i < lines.length; i++) {
    const m = LINE.exec(lines[i]!)
    if (!m) continue
    found = true
    const [whole, indent = '', key = '', colon, space] = m
    const column = indent.length + 1
    const code = space ? `U+${space.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` : ''
    report(
      file,
      'error',
      'frontmatter/yaml-syntax',
      'content',
      msg.wideColon({ key, what: colon ? 'colon' : 'space', code }),
      {
        place: { start: { line: i + 1, column }, end: { line: i + 1, column: whole.length + 1 } },
        value: whole.trim(),
        field: key,
        hint: msg.wideColonHint({ key, line: i + 1 }),
      },
    )
  }
  return found
}
