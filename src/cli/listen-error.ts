/**
 * A server that cannot listen (port taken, no permission, an address this machine does not have) is a
 * usage problem with a clear sentence, never an "internal error" with a stack trace.
 */
import { t } from '../i18n/catalogue.js'
import type { Locale } from '../i18n/message.js'
import { previewMessages } from '../i18n/messages/preview.js'

const { msg } = previewMessages

/** The sentence for a listen failure in `locale` (default English); undefined when `error` is something else. */
export function listenErrorMessage(
  error: unknown,
  host: string,
  port: number,
  locale: Locale = 'en',
): string | undefined {
  const code = (error as { code?: string } | undefined)?.code
  const where = `${host}:${port}`
  switch (code) {
    case 'EADDRINUSE':
      return t(locale, msg.portInUse({ port, host }))
    case 'EACCES':
      return t(locale, msg.noPermission({ where }))
    case 'EADDRNOTAVAIL':
      return t(locale, msg.noAddress({ host }))
    default:
      return undefined
  }
}
