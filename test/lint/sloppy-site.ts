/** Sites whose one article is sloppy.md (or its front-matter and a body), for the `check --fix` tests. */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))

/** sloppy.md as it is, or with CRLF line endings and a BOM. */
export function sloppySite(crlf: boolean): string {
  const root = mkdtempSync(path.join(tmpdir(), 'wxpress-fix-'))
  mkdirSync(path.join(root, 'content', 's'), { recursive: true })
  const text = readFileSync(path.join(here, 'sloppy.md'), 'utf8')
  writeFileSync(
    path.join(root, 'content', 's', 'index.md'),
    crlf ? `\uFEFF${text.replace(/\n/g, '\r\n')}` : text,
  )
  copyFileSync(
    path.join(here, '..', 'content', 'fixtures', 'valid', 'cover.png'),
    path.join(root, 'content', 's', 'cover.png'),
  )
  return root
}

export const NOW = '--now=2027-01-01T00:00:00Z'

/** A site whose one article has sloppy.md's front-matter and `body`. */
export function siteWith(body: string): { root: string; file: string } {
  const root = sloppySite(false)
  const file = path.join(root, 'content', 's', 'index.md')
  const text = readFileSync(file, 'utf8')
  writeFileSync(file, `${text.slice(0, text.indexOf('---\n', 4) + 4)}\n${body}`)
  return { root, file }
}
