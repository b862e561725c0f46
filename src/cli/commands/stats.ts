import type { Command } from '../commander.js'
import { command as defineCommand, helpAfter, option } from '../help.js'
import { commandHelp } from '../../i18n/messages/cli-help-commands.js'
import { afterHelp } from '../../i18n/messages/cli-help-after.js'
import type { CliIO } from '../io.js'
import { formatOption, localeOption, nowOption, withSiteOptions } from '../options.js'

import type { StatsFlags } from './flags.js'

export default function statsCommand(io: CliIO): Command {
  const command = defineCommand('stats', commandHelp.stats.description)
    .addOption(formatOption(['pretty', 'json', 'markdown'], 'pretty'))
    .addOption(option('--post', commandHelp.stats.post))
    .addOption(nowOption())
    .addOption(localeOption())
  helpAfter(command, afterHelp.stats)
  withSiteOptions(command)
  return command.action(async (flags: StatsFlags) => {
    const { runStats } = await import('./run-stats.js')
    io.exitCode = await runStats(io, flags)
  })
}
