import { Command, InvalidArgumentError } from 'commander'
import type { CliIO } from '../io.js'
import { nowOption, resolveNow, withSiteOptions } from '../options.js'

export default function previewCommand(io: CliIO): Command {
  const command = new Command('preview')
    .description('serve the articles as WeChat shows them, in a phone-width frame, reloading on change')
    .option('-p, --port <n>', 'port (0 = any free port)', (v: string) => {
      const n = Number(v)
      if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('expected a port number 0–65535')
      return n
    }, 4321)
    .addOption(nowOption())
  withSiteOptions(command)
  return command.action(async (flags: { port: number; now?: string; content?: string; config?: string }) => {
    const { startPreview } = await import('../../preview/preview-server.js')
    const { buildVersion } = await import('../version.js')
    const server = await startPreview({
      root: io.cwd, content: flags.content, config: flags.config, port: flags.port,
      nowMs: () => resolveNow(flags.now), version: buildVersion(),
    })
    io.stdout.write(`wxpress preview on ${server.url} (Ctrl-C to stop)\n`)
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve)
      process.once('SIGTERM', resolve)
    })
    await server.close()
  })
}
