/**
 * WeChat errcodes → what a 公众号 team should do about them (hints for diagnostics), and which
 * codes are worth a retry. The hints' texts are in the message catalogue.
 */
import type { Message } from '../i18n/message.js'
import { renderText } from '../i18n/catalogue.js'
import { publishErrcodeMessages } from '../i18n/messages/publish-errcodes.js'

const RETRYABLE = new Set([-1, 45011])
const TOKEN_ERRORS = new Set([40001, 40014, 42001])

/**
 * Answers that do not prove a creating call did nothing: a system error (-1), and "the same
 * clientmsgid again too soon" (45066), which says an earlier request with it exists — not what became of it.
 */
const INCONCLUSIVE = new Set([-1, 45066])

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

  /**
   * WeChat answered and refused: this call did nothing (45028 no quota, 48001, 40007 …). Not a lost
   * answer, and not an answer after an earlier attempt of the same call was lost (`uncertain`).
   */
  get refused(): boolean {
    return this.errcode !== undefined && !this.uncertain && !INCONCLUSIVE.has(this.errcode)
  }

  /** The image an upload failed on: the article and the image's source as written. */
  asset?: { slug: string; source: string }

  /** A hint that knows more than the errcode (e.g. 40007 for a draft an earlier run prepared). */
  hintOverride?: Message

  /** The hint in English (plain text). */
  get hint(): string {
    return renderText(this.hintMessage)
  }

  /** The hint as a catalogue message, to be written in the report's locale. */
  get hintMessage(): Message {
    const { msg } = publishErrcodeMessages
    if (this.hintOverride) return this.hintOverride
    // an earlier submit of the draft is still being processed (not a cover problem)
    if (this.errcode === 40007 && /draft is being published/i.test(this.errmsg))
      return msg.draftBeingPublished()
    return this.errcode === undefined ? msg.unreachable() : msg.hint({ code: this.errcode })
  }
}
