import type { Command } from '../commander.js'
import { command as defineCommand, helpAfter, option } from '../help.js'
import { toolHelp } from '../../i18n/messages/cli-help-tools.js'
import { afterHelp } from '../../i18n/messages/cli-help-after.js'
import type { CliIO } from '../io.js'
import { localeOption, nowOption } from '../options.js'
import type { PrReportFlags } from './flags.js'

export default function prReportCommand(io: CliIO): Command {
  const command = defineCommand('pr-report', toolHelp.prReport.description)
    .addOption(option('--artifact <dir>', toolHelp.prReport.artifact).default('wxpress-pr'))
    .addOption(nowOption())
    .addOption(localeOption(toolHelp.prReport.locale))
  return helpAfter(command, afterHelp.prReport).action(async (flags: PrReportFlags) => {
    const { runPrReport } = await import('./run-pr-report.js')
    io.exitCode = await runPrReport(io, flags)
  })
}
