import { Command } from '../commander.js'
import type { CliIO } from '../io.js'
import { localeOption, nowOption } from '../options.js'
import type { InitFlags } from './run-init.js'

export default function initCommand(io: CliIO): Command {
  return new Command('init')
    .description(
      'scaffold a site that runs as it is: package.json, config, GitHub workflows using the ' +
        'wxpress Action, .gitignore and one example article (never sent); never overwrites a file',
    )
    .argument('[dir]', 'folder to create the site in', '.')
    .option(
      '--from <tarball-or-git-url>',
      'where the site installs wxpress from: a .tgz made by `npm pack` ' +
        '(copied into vendor/) or a git URL (default: the wxpress repository at its release tag)',
    )
    .option('--force-example', 'write the example article even if this site had one or already has articles')
    .addOption(nowOption())
    .addOption(localeOption())
    .action(async (dir: string, flags: InitFlags) => {
      const { runInit } = await import('./run-init.js')
      io.exitCode = await runInit(io, dir, flags)
    })
}
