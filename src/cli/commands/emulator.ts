import { Command, Option } from '../commander.js'
import type { CliIO } from '../io.js'
import { portNumber, wholeNumber } from '../options.js'
import { cliUsageMessages } from '../../i18n/messages/cli-usage.js'

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

export default function emulatorCommand(io: CliIO): Command {
  return new Command('emulator')
    .description('start the WeChat API emulator, a real HTTP server on 127.0.0.1 (docs/emulator.md)')
    .option('-p, --port <n>', 'port (0 = any free port)', portNumber, 8090)
    .option('--host <address>', 'address to listen on', '127.0.0.1')
    .option('--clock <iso>', 'start the emulator clock at this instant')
    .addOption(
      new Option('--kind <kind>', 'account kind')
        .choices(['subscription', 'service'])
        .default('subscription'),
    )
    .option('--tags <names>', 'comma-separated follower tags to create (ids from 100)')
    .option(
      '--unverified',
      'an unverified (未认证) account: freepublish, mass send, tags and datacube answer 48001',
    )
    .option(
      '--content-text-max <n>',
      'refuse content with this many characters of text (WeChat: 20000)',
      positive,
    )
    .option(
      '--content-bytes-max <n>',
      'refuse content with this many bytes of HTML (WeChat: 1048576)',
      positive,
    )
    .option(
      '--publish-delay <ms>',
      'how long a freepublish task stays "publishing" (emulator clock; default 1500)',
      wholeNumber(() => cliUsageMessages.msg.milliseconds()),
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
      await new Promise<void>((resolve) => {
        const stop = () => resolve()
        process.once('SIGINT', stop)
        process.once('SIGTERM', stop)
      })
      await emulator.close()
      io.exitCode = 0
    })
}
