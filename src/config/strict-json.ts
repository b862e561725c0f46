/**
 * `wxpress.config.json` is read by a YAML parser (for the positions of its values), which also takes
 * text that is not JSON. A trailing comma, the one such slip that is common and harmless, is a
 * warning (editors and other JSON tools refuse it); anything else JSON cannot parse is an error at
 * the place `JSON.parse` stops, as for text YAML cannot read either.
 */
import type { VFile } from '../core/vfile.js'
import { report } from '../diagnostics/diagnostic.js'
import { configMessages } from '../i18n/messages/config.js'

const { msg } = configMessages

/** `,` before `}` or `]` (outside strings: a string cannot hold a raw newline, so line by line is enough). */
const TRAILING_COMMA = /("(?:[^"\\\n]|\\.)*")|,(\s*[}\]])/g

const jsonError = (text: string): Error | undefined => {
  try {
    JSON.parse(text)
    return undefined
  } catch (error) {
    return error as Error
  }
}

/** Reports what JSON finds wrong with `text`; false when it is an error (the config is not used). */
export function checkStrictJson(file: VFile, text: string): boolean {
  const error = jsonError(text)
  if (!error) return true
  const at = Number(/position (\d+)/.exec(error.message)?.[1] ?? 0)
  const before = text.slice(0, at)
  const place = { line: before.split('\n').length, column: at - before.lastIndexOf('\n') }
  const value = text.slice(at, at + 12).split('\n')[0]
  if (
    !jsonError(text.replace(TRAILING_COMMA, (all, string?: string, end?: string) => string ?? end ?? all))
  ) {
    report(file, 'warning', 'config/not-strict-json', 'config', msg.looseJson(), {
      place,
      value,
      hint: msg.looseJsonHint(),
    })
    return true
  }
  report(file, 'error', 'config/invalid', 'config', msg.json({ error: error.message }), {
    place,
    value,
    hint: msg.jsonHint(),
  })
  return false
}
