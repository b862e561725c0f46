import type { Command } from '../commander.js'
import { argument, command as defineCommand, option } from '../help.js'
import type { CliIO } from '../io.js'
import { formatOption, jobsOption, localeOption, withSiteOptions } from '../options.js'

import type { RenderFlags } from './flags.js'
import { sharedHelp } from '../../i18n/messages/cli-help.js'
import { commandHelp } from '../../i18n/messages/cli-help-commands.js'

const help = commandHelp.render

export default function renderCommand(io: CliIO): Command {
  const command = defineCommand('render', help.description)
    .addArgument(argument('[slugs...]', sharedHelp.slugs))
    .addOption(option('-o, --out <dir>', help.out).default('out'))
    .addOption(option('-t, --theme <id>', help.theme))
    .addOption(formatOption(['pretty', 'json'], 'pretty'))
    .addOption(option('--no-cache', help.noCache))
    .addOption(jobsOption())
    .addOption(localeOption())
  withSiteOptions(command)
  return command.action(async (slugs: string[], flags: RenderFlags) => {
    const { runRender } = await import('./run-render.js')
    io.exitCode = await runRender(io, slugs, flags)
  })
}
