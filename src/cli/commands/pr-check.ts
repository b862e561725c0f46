import { Command } from '../commander.js'
import type { CliIO } from '../io.js'
import { localeOption, nowOption, withSiteOptions } from '../options.js'

import type { PrCheckFlags } from './flags.js'

export default function prCheckCommand(io: CliIO): Command {
  const command = new Command('pr-check')
    .description(
      'the untrusted half of the PR check: check the changed articles, annotate, screenshot, write the artifact',
    )
    .option(
      '--base <ref>',
      'compare with this git ref instead of the pull_request event in GITHUB_EVENT_PATH',
    )
    .option('--artifact <dir>', 'artifact folder (report.json, html/, screenshots/, covers/)', 'wxpress-pr')
    .addOption(nowOption())
    .addOption(localeOption())
    .option('--no-screenshots', 'do not start a browser')
    .option('--chromium <path>', 'Chromium executable (default: CHROMIUM_PATH, then the usual places)')
  withSiteOptions(command)
  return command.action(async (flags: PrCheckFlags) => {
    const { runPrCheckCommand } = await import('./run-pr-check.js')
    io.exitCode = await runPrCheckCommand(io, flags)
  })
}
