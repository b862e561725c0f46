import { Command } from '../commander.js'
import type { CliIO } from '../io.js'
import { portNumber } from '../options.js'

export interface GithubEmulatorFlags {
  port: number
  host: string
  repository: string
}

export default function githubEmulatorCommand(io: CliIO): Command {
  return new Command('github-emulator')
    .description(
      'start the GitHub REST emulator (real HTTP) that pr-report and stats --post are tested against',
    )
    .option('-p, --port <n>', 'port (0 = any free port)', portNumber, 8091)
    .option('--host <address>', 'address to listen on', '127.0.0.1')
    .option('--repository <owner/name>', 'the one repository it serves', 'shanhai/site')
    .addHelpText(
      'after',
      '\nThe Actions token is $GITHUB_TOKEN (default "emulator-token"), writing as github-actions[bot].' +
        '\nAdmin (no token): POST /__emulator/pulls, POST /__emulator/commits/<sha>/pulls,' +
        '\nPOST /__emulator/tokens, GET /__emulator/state — see docs/github-emulator.md.',
    )
    .action(async (flags: GithubEmulatorFlags) => {
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
      await new Promise<void>((resolve) => {
        process.once('SIGINT', () => resolve())
        process.once('SIGTERM', () => resolve())
      })
      await emulator.close()
      io.exitCode = 0
    })
}
