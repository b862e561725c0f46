import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { HELP_SCREENS } from '../helpers/help-screens.js'
import { runCli } from '../helpers/run-cli.js'

describe('help in English (a site without a locale)', () => {
  const site = mkdtempSync(path.join(tmpdir(), 'wxpress-help-en-'))
  it.each(HELP_SCREENS.map((argv) => [argv.join(' ') || '(no arguments)', argv]))(
    'wxpress %s',
    async (_, argv) => {
      const { code, stdout, stderr } = await runCli(argv as string[], site)
      expect(code).toBe(0)
      expect(stdout + stderr).toMatchSnapshot()
    },
  )
})
