import { Command } from 'commander'
import type { CliIO } from '../io.js'
import { nowOption } from '../options.js'

export default function initCommand(io: CliIO): Command {
  return new Command('init')
    .description('scaffold a site: config, an example article with its cover, GitHub workflows, .gitignore')
    .argument('[dir]', 'folder to create the site in', '.')
    .addOption(nowOption())
    .action(async (dir: string, flags: { now?: string }) => {
      const { runInit } = await import('./run-init.js')
      io.exitCode = await runInit(io, dir, flags.now)
    })
}
