import { Command } from '../commander.js'
import type { CliIO } from '../io.js'
import { formatOption, localeOption, nowOption, withSiteOptions } from '../options.js'
import type { PlanFlags } from './flags.js'

export default function planCommand(io: CliIO): Command {
  const command = new Command('plan')
    .description('show the push plan: pushes by local date, audiences, blocked articles, schedule findings')
    .addOption(formatOption(['pretty', 'json', 'ics', 'markdown'], 'pretty'))
    .addOption(nowOption())
    .addOption(localeOption())
  withSiteOptions(command)
  return command.action(async (flags: PlanFlags) => {
    const { runPlan } = await import('./run-plan.js')
    io.exitCode = await runPlan(io, flags)
  })
}
