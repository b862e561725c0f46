/**
 * WeChat errcodes → what a 公众号 team should do about them (hints for diagnostics), and which
 * codes are worth a retry. The hints' texts are in the message catalogue.
 */
import type { Message } from '../i18n/message.js'
import { renderText } from '../i18n/catalogue.js'
import { ERRCODE_HINTS_EN, publishErrcodeMessages } from '../i18n/messages/publish-errcodes.js'

export const ERRCODE_HINTS: Record<number, string> = ERRCODE_HINTS_EN

const RETRYABLE = new Set([-1, 45011])
const TOKEN_ERRORS = new Set([40001, 40014, 42001])

export const isRetryable = (code: number) => RETRYABLE.has(code)
export const isTokenError = (code: number) => TOKEN_ERRORS.has(code)

/** A non-zero errcode (or a transport failure, errcode undefined) from a WeChat call. */
export class WechatApiError extends Error {
  constructor(
    readonly path: string,
    readonly errcode: number | undefined,
    readonly errmsg: string,
    /** The request may have reached WeChat (network error or timeout on a creating call). */
    readonly uncertain = false,
    readonly body: Record<string, unknown> = {},
  ) {
    super(`${path}: ${errcode === undefined ? '' : `errcode ${errcode}, `}${errmsg}`)
  }

  /** The image an upload failed on: the article and the image's source as written. */
  asset?: { slug: string; source: string }

  /** The hint in English (plain text). */
  get hint(): string {
    return renderText(this.hintMessage)
  }

  /** The hint as a catalogue message, to be written in the report's locale. */
  get hintMessage(): Message {
    const { msg } = publishErrcodeMessages
    return this.errcode === undefined ? msg.unreachable() : msg.hint({ code: this.errcode })
  }
}
