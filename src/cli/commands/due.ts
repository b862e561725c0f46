import type { Command } from '../commander.js'
import { command as defineCommand, helpAfter } from '../help.js'
import { commandHelp } from '../../i18n/messages/cli-help-commands.js'
import { afterHelp } from '../../i18n/messages/cli-help-after.js'
import type { CliIO } from '../io.js'
import { localeOption, nowOption, withSiteOptions } from '../options.js'

import type { DueFlags } from './flags.js'

export default function dueCommand(io: CliIO): Command {
  const command = defineCommand('due', commandHelp.due.description)
    .addOption(nowOption())
    .addOption(localeOption())
  helpAfter(command, afterHelp.due)
  withSiteOptions(command)
  return command.action(async (flags: DueFlags) => {
    const { runDue } = await import('./run-due.js')
    io.exitCode = await runDue(io, flags)
  })
}
