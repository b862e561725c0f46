/**
 * WeChat errcodes → what a 公众号 team should do about them (hints for diagnostics), and which
 * codes are worth a retry.
 */
export const ERRCODE_HINTS: Record<number, string> = {
  [-1]: 'WeChat reported a system error; it was retried. Run publish again later.',
  40001:
    'The AppSecret is wrong or the token was replaced elsewhere; check WECHAT_APP_SECRET and that no other tool refreshes tokens with force_refresh.',
  40005: 'Only JPEG and PNG body images are accepted; the renderer converts others (check image/converted).',
  40007:
    'The media id is unknown: the cover must be a permanent material of this account, and a draft that was already published or deleted cannot be used.',
  40009: 'The image is too large (body images must be under 1 MB).',
  40013: 'The AppID is invalid; check WECHAT_APP_ID.',
  40125: 'The AppSecret is invalid; reset it in 公众平台 → 开发 → 基本配置 and update WECHAT_APP_SECRET.',
  40164:
    'Add the runner’s egress IP (in the message) to 公众平台 → 开发 → 基本配置 → IP 白名单, or publish from a runner with a fixed IP.',
  41001: 'No access token was sent (a bug in the client).',
  42001: 'The access token expired and could not be refreshed.',
  45002: 'The article HTML is too long for WeChat (under 20,000 characters); split the article.',
  45003: 'The title is too long for WeChat.',
  45004: 'The digest is too long for WeChat.',
  45008: 'A push may hold at most 8 articles.',
  45009: 'The daily API quota is used up; wait until tomorrow or reset it (clear_quota, 10 times a month).',
  45011: 'WeChat rate-limited the call; it was retried with backoff.',
  45028:
    'No mass-send quota left today (a subscription account sends once a day; a service account reaches each follower 4 times a month).',
  45065: 'The same clientmsgid was sent in the last 24 hours: the push was already sent.',
  45067: 'The clientmsgid is too long (64 bytes at most).',
  45110: 'The author is too long for WeChat (16 characters at most).',
  45159:
    'The follower tag does not exist on this account; check `audience` against `wxpress plan` and the account’s tags.',
  48001: 'This account is not authorised for the API (publishing and mass-sending need a verified account).',
  53503: 'The draft failed WeChat’s publish check; open it in the web editor to see why.',
  53505: 'Open the draft in the web editor and save it once, then publish again.',
}

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

  get hint(): string {
    if (this.errcode === undefined)
      return 'WeChat could not be reached; check WECHAT_API_BASE and the network, then run publish again (it resumes safely).'
    return ERRCODE_HINTS[this.errcode] ?? 'See WeChat’s global return codes for this errcode.'
  }
}
