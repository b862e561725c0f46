import type { Command } from '../commander.js'
import { command as defineCommand, option } from '../help.js'
import { toolHelp } from '../../i18n/messages/cli-help-tools.js'
import type { CliIO } from '../io.js'
import { localeOption, nowOption, portNumber, resolveNow, withSiteOptions } from '../options.js'
import type { Locale } from '../../i18n/message.js'
import { untilStopped } from '../until-stopped.js'

interface PreviewFlags {
  port: number
  host: string
  now?: string
  content?: string
  config?: string
  locale?: Locale
}

export default function previewCommand(io: CliIO): Command {
  const command = defineCommand('preview', toolHelp.preview.description)
    .addOption(option('-p, --port <n>', toolHelp.preview.port).argParser(portNumber).default(4321))
    .addOption(option('--host <address>', toolHelp.preview.host).default('127.0.0.1'))
    .addOption(nowOption())
    .addOption(localeOption())
  withSiteOptions(command)
  return command.action(async (flags: PreviewFlags) => {
    const { startPreview } = await import('../../preview/preview-server.js')
    const { buildVersion } = await import('../version.js')
    const { listenErrorMessage } = await import('../listen-error.js')
    let server: Awaited<ReturnType<typeof startPreview>>
    try {
      server = await startPreview({
        root: io.cwd,
        content: flags.content,
        config: flags.config,
        port: flags.port,
        host: flags.host,
        nowMs: () => resolveNow(flags.now),
        version: buildVersion(),
        locale: flags.locale,
      })
    } catch (error) {
      // the config is not read when the port fails: --locale only
      const message = listenErrorMessage(error, flags.host, flags.port, flags.locale)
      if (!message) throw error
      io.stderr.write(`wxpress preview${flags.locale === 'zh-CN' ? '：' : ': '}${message}\n`)
      io.exitCode = 2
      return
    }
    const { t } = await import('../../i18n/catalogue.js')
    const { previewMessages: msg } = await import('../../i18n/messages/preview.js')
    const locale = server.locale
    if (server.busyPort !== undefined)
      io.stderr.write(`${t(locale, msg.msg.portBusy({ busy: server.busyPort, port: server.port }))}\n`)
    io.stdout.write(`${t(locale, msg.msg.listening({ url: server.url }))}\n`)
    if (flags.host === '0.0.0.0' || flags.host === '::') {
      for (const url of await lanUrls(server.port)) io.stdout.write(`${t(locale, msg.msg.lan({ url }))}\n`)
    }
    await untilStopped()
    await server.close()
  })
}

/** `http://<address>:<port>` for every external IPv4 address of this machine (to open on a phone). */
async function lanUrls(port: number): Promise<string[]> {
  const { networkInterfaces } = await import('node:os')
  const urls: string[] = []
  for (const list of Object.values(networkInterfaces())) {
    for (const info of list ?? [])
      if (info.family === 'IPv4' && !info.internal) urls.push(`http://${info.address}:${port}`)
  }
  return urls
}
