/**
 * Composition root of the `wxpress` CLI: argv → command. Every command lives in `commands/<name>.ts`,
 * exports `default (io) => Command` and keeps its heavy imports inside its action, so `--help` and
 * start-up stay fast.
 */
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Command, CommanderError } from 'commander'
import { EXIT, type CliIO } from './io.js'
import { packageVersion } from './version.js'

type CommandFactory = (io: CliIO) => Command

const COMMANDS = ['check', 'render', 'plan', 'publish', 'stats', 'preview', 'emulator', 'init', 'demo'] as const

async function loadCommand(name: string): Promise<CommandFactory | undefined> {
  // Runs compiled (.js in dist/) and from source under vitest (.ts).
  const ext = import.meta.url.endsWith('.ts') ? '.ts' : '.js'
  const url = new URL(`./commands/${name}${ext}`, import.meta.url)
  if (!existsSync(fileURLToPath(url))) return undefined
  const mod = (await import(/* @vite-ignore */ url.href)) as { default?: CommandFactory }
  return mod.default
}

/** Builds the program with every available command. */
export async function createProgram(io: CliIO): Promise<Command> {
  const program = new Command('wxpress')
    .description('Content-as-code publishing for WeChat Official Accounts (公众号): check, render, plan, publish, stats.')
    .version(packageVersion(), '-v, --version', 'print the wxpress version')
    .helpOption('-h, --help', 'show help')
    .showHelpAfterError('(run `wxpress --help` or `wxpress <command> --help` for usage)')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    })
  for (const name of COMMANDS) {
    const factory = await loadCommand(name)
    if (!factory) continue
    const command = factory(io)
      .exitOverride()
      .showHelpAfterError(`(run \`wxpress ${name} --help\` for usage)`)
      .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    program.addCommand(command)
  }
  return program
}

/** Runs the CLI with `argv` (without node and script) and returns the exit code. */
export async function run(argv: readonly string[], partial: Partial<CliIO> = {}): Promise<number> {
  const io: CliIO = {
    cwd: partial.cwd ?? process.cwd(),
    env: partial.env ?? process.env,
    stdout: partial.stdout ?? process.stdout,
    stderr: partial.stderr ?? process.stderr,
    exitCode: EXIT.ok,
  }
  try {
    const program = await createProgram(io)
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
      return EXIT.usage
    }
    const err = error as Error
    io.stderr.write(`wxpress: internal error: ${err.stack ?? String(err)}\n`)
    io.stderr.write('This is a bug in wxpress, not in your content. Please report it with the command you ran.\n')
    return EXIT.usage
  }
}
