import type { Command } from '../commander.js'
import { command as defineCommand } from '../help.js'
import { commandHelp } from '../../i18n/messages/cli-help-commands.js'
import type { CliIO } from '../io.js'
import { formatOption, localeOption, nowOption, withSiteOptions } from '../options.js'
import type { PlanFlags } from './flags.js'

export default function planCommand(io: CliIO): Command {
  const command = defineCommand('plan', commandHelp.plan.description)
    .addOption(formatOption(['pretty', 'json', 'ics', 'markdown'], 'pretty'))
    .addOption(nowOption())
    .addOption(localeOption())
  withSiteOptions(command)
  return command.action(async (flags: PlanFlags) => {
    const { runPlan } = await import('./run-plan.js')
    io.exitCode = await runPlan(io, flags)
  })
}
