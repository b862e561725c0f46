import type { Command } from '../commander.js'
import { command as defineCommand, option } from '../help.js'
import { toolHelp } from '../../i18n/messages/cli-help-tools.js'
import type { CliIO } from '../io.js'
import { localeOption, nowOption, withSiteOptions } from '../options.js'

import type { PrCheckFlags } from './flags.js'

export default function prCheckCommand(io: CliIO): Command {
  const help = toolHelp.prCheck
  const command = defineCommand('pr-check', help.description)
    .addOption(option('--base <ref>', help.base))
    .addOption(option('--artifact <dir>', help.artifact).default('wxpress-pr'))
    .addOption(nowOption())
    .addOption(localeOption())
    .addOption(option('--no-screenshots', help.noScreenshots))
    .addOption(option('--chromium <path>', help.chromium))
  withSiteOptions(command)
  return command.action(async (flags: PrCheckFlags) => {
    const { runPrCheckCommand } = await import('./run-pr-check.js')
    io.exitCode = await runPrCheckCommand(io, flags)
  })
}
