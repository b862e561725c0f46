import type { Command } from '../commander.js'
import { command as defineCommand, helpAfter, option } from '../help.js'
import { sharedHelp } from '../../i18n/messages/cli-help.js'
import { toolHelp } from '../../i18n/messages/cli-help-tools.js'
import { afterHelp } from '../../i18n/messages/cli-help-after.js'
import type { CliIO } from '../io.js'
import { portNumber } from '../options.js'
import { untilStopped } from '../until-stopped.js'

export interface GithubEmulatorFlags {
  port: number
  host: string
  repository: string
}

export default function githubEmulatorCommand(io: CliIO): Command {
  const command = defineCommand('github-emulator', toolHelp.githubEmulator.description)
    .addOption(option('-p, --port <n>', sharedHelp.port).argParser(portNumber).default(8091))
    .addOption(option('--host <address>', sharedHelp.host).default('127.0.0.1'))
    .addOption(
      option('--repository <owner/name>', toolHelp.githubEmulator.repository).default('shanhai/site'),
    )
  return helpAfter(command, afterHelp.githubEmulator).action(async (flags: GithubEmulatorFlags) => {
    const { createGithubEmulator } = await import('../../github/emulator/create-github-emulator.js')
    const token = io.env.GITHUB_TOKEN || 'emulator-token'
    let emulator: Awaited<ReturnType<typeof createGithubEmulator>>
    try {
      emulator = await createGithubEmulator({
        token,
        repository: flags.repository,
        port: flags.port,
        host: flags.host,
      })
    } catch (error) {
      io.stderr.write(
        `wxpress: cannot listen on ${flags.host}:${flags.port} ` +
          `(${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); try --port 0\n`,
      )
      io.exitCode = 2
      return
    }
    io.stdout.write(`wxpress github-emulator listening on ${emulator.url}\n`)
    io.stdout.write(`repository ${flags.repository}; GITHUB_API_URL=${emulator.url}; stop with Ctrl-C\n`)
    await untilStopped()
    await emulator.close()
    io.exitCode = 0
  })
}
