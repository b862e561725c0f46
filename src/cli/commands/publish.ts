import type { Command } from '../commander.js'
import { command as defineCommand, helpAfter, option } from '../help.js'
import { commandHelp } from '../../i18n/messages/cli-help-commands.js'
import { afterHelp } from '../../i18n/messages/cli-help-after.js'
import type { CliIO } from '../io.js'
import { localeOption, nowOption, wholeNumber, withSiteOptions } from '../options.js'
import { cliUsageMessages } from '../../i18n/messages/cli-usage.js'
import type { PublishFlags } from './flags.js'

const whole = wholeNumber((value) => cliUsageMessages.msg.wholeNumber({ value }))
const help = commandHelp.publish

export default function publishCommand(io: CliIO): Command {
  const command = defineCommand('publish', help.description)
    .addOption(nowOption())
    .addOption(localeOption())
    .addOption(option('--dry-run', help.dryRun))
    .addOption(option('--mode <mode>', help.mode).choices(['draft', 'publish', 'broadcast']))
    .addOption(option('--only <slug>', help.only))
    .addOption(option('--preflight', help.preflight))
    .addOption(option('--alert', help.alert))
    .addOption(option('--poll <seconds>', help.poll).argParser(whole))
    .addOption(option('--lock-wait <seconds>', help.lockWait).argParser(whole))
    .addOption(option('--lock-max-age <minutes>', help.lockMaxAge).argParser(whole))
  helpAfter(command, afterHelp.publish)
  withSiteOptions(command)
  return command.action(async (flags: PublishFlags) => {
    const { runPublish } = await import('./run-publish.js')
    io.exitCode = await runPublish(io, flags)
  })
}
