/**
 * Fonts as fontconfig sees them, for the screenshot-font tests: whether a CJK font is installed, and a
 * fontconfig file that sees only DejaVu Sans's folder (no font for Chinese: the outside tester's recipe).
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

/** fc-list's files for `pattern` (empty when fc-list is missing). */
const fcList = (pattern: string) => {
  try {
    return execFileSync('fc-list', [pattern, 'file'], { encoding: 'utf8' })
  } catch {
    return ''
  }
}

export const hasCjkFont = fcList(':lang=zh').trim() !== ''
/** DejaVu Sans's file, or '' when fontconfig knows none. */
export const dejavu = fcList(':family=DejaVu Sans').split('\n')[0]?.replace(/:\s*$/, '') ?? ''

/** A fontconfig file holding only DejaVu Sans's folder: Chromium then has no font for Chinese. */
export function latinOnlyFontconfig(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'wxpress-nofonts-'))
  const file = path.join(dir, 'fonts.conf')
  writeFileSync(
    file,
    '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>' +
      `<dir>${path.dirname(dejavu)}</dir><cachedir>${dir}/cache</cachedir></fontconfig>`,
  )
  return file
}
