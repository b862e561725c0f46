/**
 * Composition root of the `wxpress` CLI: argv → command. Every command lives in `commands/<name>.ts`,
 * exports `default (io) => Command` and keeps its heavy imports inside its action, so `--help` and
 * start-up stay fast.
 */
import { Command, CommanderError } from './commander.js'
import { EXIT, type CliIO } from './io.js'
import { packageVersion } from './version.js'
import { described, option } from './help.js'
import { localizeHelp } from './help-locale.js'
import { programHelp } from '../i18n/messages/cli-help.js'
import type { UsageFailure } from './usage-error.js'
import checkCommand from './commands/check.js'
import demoCommand from './commands/demo.js'
import emulatorCommand from './commands/emulator.js'
import initCommand from './commands/init.js'
import planCommand from './commands/plan.js'
import previewCommand from './commands/preview.js'
import prCheckCommand from './commands/pr-check.js'
import prReportCommand from './commands/pr-report.js'
import githubEmulatorCommand from './commands/github-emulator.js'
import publishCommand from './commands/publish.js'
import renderCommand from './commands/render.js'
import statsCommand from './commands/stats.js'
import stateCommand from './commands/state.js'
import dueCommand from './commands/due.js'

type CommandFactory = (io: CliIO) => Command

/** Every command, in help order. Each module is light: heavy imports happen inside its action. */
const COMMANDS: readonly [string, CommandFactory][] = [
  ['check', checkCommand],
  ['render', renderCommand],
  ['plan', planCommand],
  ['publish', publishCommand],
  ['stats', statsCommand],
  ['state', stateCommand],
  ['due', dueCommand],
  ['pr-check', prCheckCommand],
  ['preview', previewCommand],
  ['emulator', emulatorCommand],
  ['init', initCommand],
  ['demo', (io) => demoCommand(io, run)],
  ['pr-report', prReportCommand],
  ['github-emulator', githubEmulatorCommand],
]

/** Sends the errors of `command` and of its subcommands to `failed` instead of stderr. */
function catchErrors(command: Command, failed: UsageFailure, help: string | undefined): void {
  command.configureOutput({
    outputError: () => {
      failed.command = command
      failed.help = help
    },
  })
  for (const sub of command.commands) catchErrors(sub, failed, undefined)
}

/** Builds the program with every available command. */
export async function createProgram(io: CliIO, failed: UsageFailure = {}): Promise<Command> {
  const program = new Command('wxpress')
    .description(programHelp.description.en({}))
    .version(packageVersion(), '-v, --version', programHelp.version.en({}))
    .addHelpOption(option('-h, --help', programHelp.help))
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    })
  described(program, programHelp.description)
  for (const [name, factory] of COMMANDS) {
    const command = factory(io)
      .exitOverride()
      .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    program.addCommand(command)
    catchErrors(command, failed, name)
  }
  program.configureOutput({ outputError: () => Object.assign(failed, { command: program, help: 'program' }) })
  return program
}

/** Runs the CLI with `argv` (without node and script) and returns the exit code. */
export async function run(argv: readonly string[], partial: Partial<CliIO> = {}): Promise<number> {
  const io: CliIO = {
    cwd: partial.cwd ?? process.cwd(),
    env: partial.env ?? process.env,
    stdout: partial.stdout ?? process.stdout,
    stderr: partial.stderr ?? process.stderr,
    ...(partial.sleep ? { sleep: partial.sleep } : {}),
    exitCode: EXIT.ok,
  }
  const failed: UsageFailure = {}
  try {
    const program = await createProgram(io, failed)
    await localizeHelp(program, argv, io.cwd)
    if (argv.length === 0) {
      program.outputHelp()
      return EXIT.ok
    }
    await program.parseAsync([...argv], { from: 'user' })
    return io.exitCode
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return EXIT.ok
      if (error.code === 'commander.help') return EXIT.ok
      // the error in the site's locale on stderr; `--format json` still gets its one document on stdout
      const { reportUsageError } = await import('./usage-error.js')
      await reportUsageError(io, argv, error, failed)
      return EXIT.usage
    }
    const err = error as Error
    io.stderr.write(`wxpress: internal error: ${err.stack ?? String(err)}\n`)
    io.stderr.write(
      'This is a bug in wxpress, not in your content. Please report it with the command you ran.\n',
    )
    return EXIT.usage
  }
}
