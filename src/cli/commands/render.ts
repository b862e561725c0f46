import { Command } from '../commander.js'
import type { CliIO } from '../io.js'
import { formatOption, jobsOption, localeOption, withSiteOptions } from '../options.js'

import type { RenderFlags } from './flags.js'

export default function renderCommand(io: CliIO): Command {
  const command = new Command('render')
    .description('render articles to WeChat-safe HTML: <out>/<slug>.html, <out>/assets/, <out>/manifest.json')
    .argument('[slugs...]', 'only these articles (default: all)')
    .option('-o, --out <dir>', 'output folder', 'out')
    .option('-t, --theme <id>', 'theme id (default: config `theme`, or front-matter `theme`)')
    .addOption(formatOption(['pretty', 'json'], 'pretty'))
    .option('--no-cache', 'ignore .wxpress/cache')
    .addOption(jobsOption())
    .addOption(localeOption())
  withSiteOptions(command)
  return command.action(async (slugs: string[], flags: RenderFlags) => {
    const { runRender } = await import('./run-render.js')
    io.exitCode = await runRender(io, slugs, flags)
  })
}
