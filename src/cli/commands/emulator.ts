import type { Command } from '../commander.js'
import { command as defineCommand, option } from '../help.js'
import { sharedHelp } from '../../i18n/messages/cli-help.js'
import { toolHelp } from '../../i18n/messages/cli-help-tools.js'
import type { CliIO } from '../io.js'
import { portNumber, wholeNumber } from '../options.js'
import { cliUsageMessages } from '../../i18n/messages/cli-usage.js'
import { untilStopped } from '../until-stopped.js'

export interface EmulatorFlags {
  port: number
  host: string
  clock?: string
  kind: 'subscription' | 'service'
  tags?: string
  unverified?: boolean
  contentTextMax?: number
  contentBytesMax?: number
  publishDelay?: number
}

const positive = wholeNumber(() => cliUsageMessages.msg.positiveNumber(), 1)
const help = toolHelp.emulator

export default function emulatorCommand(io: CliIO): Command {
  return defineCommand('emulator', help.description)
    .addOption(option('-p, --port <n>', sharedHelp.port).argParser(portNumber).default(8090))
    .addOption(option('--host <address>', sharedHelp.host).default('127.0.0.1'))
    .addOption(option('--clock <iso>', help.clock))
    .addOption(
      option('--kind <kind>', help.kind).choices(['subscription', 'service']).default('subscription'),
    )
    .addOption(option('--tags <names>', help.tags))
    .addOption(option('--unverified', help.unverified))
    .addOption(option('--content-text-max <n>', help.contentTextMax).argParser(positive))
    .addOption(option('--content-bytes-max <n>', help.contentBytesMax).argParser(positive))
    .addOption(
      option('--publish-delay <ms>', help.publishDelay).argParser(
        wholeNumber(() => cliUsageMessages.msg.milliseconds()),
      ),
    )
    .action(async (flags: EmulatorFlags) => {
      const { createEmulator, DEFAULT_APP_ID, DEFAULT_APP_SECRET } = await import(
        '../../emulator/create-emulator.js'
      )
      if (flags.clock !== undefined && Number.isNaN(Date.parse(flags.clock))) {
        io.stderr.write(`wxpress: --clock expects an ISO-8601 date-time, got "${flags.clock}"\n`)
        io.exitCode = 2
        return
      }
      const { listenErrorMessage } = await import('../listen-error.js')
      let emulator: Awaited<ReturnType<typeof createEmulator>>
      try {
        emulator = await createEmulator({
          port: flags.port,
          host: flags.host,
          clock: flags.clock,
          kind: flags.kind,
          verified: flags.unverified !== true,
          appId: io.env.WECHAT_APP_ID || DEFAULT_APP_ID,
          appSecret: io.env.WECHAT_APP_SECRET || DEFAULT_APP_SECRET,
          tags: flags.tags
            ? flags.tags
                .split(',')
                .map((t) => t.trim())
                .filter(Boolean)
            : [],
          settings: {
            ...(flags.publishDelay !== undefined ? { publishDelayMs: flags.publishDelay } : {}),
            ...(flags.contentTextMax ? { contentTextMax: flags.contentTextMax } : {}),
            ...(flags.contentBytesMax ? { contentBytesMax: flags.contentBytesMax } : {}),
          },
        })
      } catch (error) {
        const message = listenErrorMessage(error, flags.host, flags.port)
        if (!message) throw error
        io.stderr.write(`wxpress emulator: ${message}\n`)
        io.exitCode = 2
        return
      }
      io.stdout.write(`wxpress emulator listening on ${emulator.url}\n`)
      io.stdout.write(
        `account ${io.env.WECHAT_APP_ID || DEFAULT_APP_ID} (${flags.kind}); state: ${emulator.url}/__emulator/state; stop with Ctrl-C\n`,
      )
      await untilStopped()
      await emulator.close()
      io.exitCode = 0
    })
}
