import { randomBytes } from 'node:crypto'

/** WeChat's errcodes and errmsg texts as the emulator answers them. */
export const ERR = {
  system: [-1, 'system error'],
  invalidCredential: [
    40001,
    'invalid credential, access_token is invalid or not latest, could get access_token by getStableAccessToken, more details at https://mmbizurl.cn/s/JtxxFh33r',
  ],
  invalidGrantType: [40002, 'invalid grant_type'],
  invalidMediaType: [40004, 'invalid media type'],
  invalidFileType: [40005, 'invalid file type'],
  invalidMediaId: [40007, 'invalid media_id'],
  invalidMessageType: [40008, 'invalid message type'],
  invalidFileSize: [40009, 'invalid image size'],
  invalidThumbSize: [40012, 'invalid thumb size'],
  invalidAppid: [40013, 'invalid appid'],
  invalidToken: [40014, 'invalid access_token'],
  invalidMsgId: [40059, 'invalid msg id'],
  invalidUrl: [40066, 'invalid url'],
  invalidCardId: [40073, 'invalid card id'],
  invalidSecret: [40125, 'invalid appsecret'],
  ipNotWhitelisted: [40164, 'invalid ip'],
  missingToken: [41001, 'access_token missing'],
  missingAppid: [41002, 'appid missing'],
  missingSecret: [41004, 'appsecret missing'],
  missingMedia: [41005, 'media data missing'],
  expiredToken: [42001, 'access_token expired'],
  requireGet: [43001, 'require GET method'],
  requirePost: [43002, 'require POST method'],
  emptyPostData: [44002, 'empty post data'],
  emptyNews: [44003, 'empty news data'],
  emptyContent: [44004, 'empty content'],
  contentTooLong: [45002, 'content size out of limit'],
  titleTooLong: [45003, 'title size out of limit'],
  digestTooLong: [45004, 'description size out of limit'],
  urlTooLong: [45005, 'url size out of limit'],
  tooManyArticles: [45008, 'article size out of limit'],
  // WeChat documents no errcode for a newspic `image_info.image_list` of more than 20 pictures: the
  // emulator answers with the count-over-limit code of the same 45xxx "size out of limit" family (45008)
  tooManyImages: [45008, 'article size out of limit'],
  quota: [45009, 'reach max api daily quota limit'],
  tokenQuota: [
    45009,
    'reach max api daily quota limit, could get access_token by getStableAccessToken, more details at https://mmbizurl.cn/s/JtxxFh33r',
  ],
  tooFrequent: [45011, 'api minute-quota reach limit  mustslower  retry next minute'],
  noMassQuota: [45028, 'has no masssend quota'],
  clientMsgIdExists: [45065, 'clientmsgid exist'],
  clientMsgIdTooLong: [45067, 'clientmsgid size out of limit'],
  authorTooLong: [45110, 'author size out of limit'],
  tagNameInvalid: [45157, 'invalid tag name'],
  tagNameTooLong: [45158, 'tag name too long'],
  invalidTag: [45159, 'invalid tag id'],
  badJson: [47001, 'data format error'],
  apiOffline: [47009, 'this api is offline, please use the new api'],
  unauthorized: [48001, 'api unauthorized'],
  invalidPublishId: [61451, 'invalid parameter'],
  dateFormat: [61500, 'date format error'],
  dateRange: [61501, 'date range error'],
} as const satisfies Record<string, readonly [number, string]>

export type ErrKey = keyof typeof ERR

export class WechatError extends Error {
  constructor(
    readonly errcode: number,
    readonly errmsg: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(errmsg)
  }
}

/**
 * WeChat's ` rid: …` suffix (a request id), which every error message carries: three groups of 8 hex
 * digits, the first the time in seconds (`684d20cd-4e3b2108-3ad934e2`).
 */
const rid = () =>
  ` rid: ${Math.floor(Date.now() / 1000)
    .toString(16)
    .padStart(8, '0')
    .slice(-8)}-${randomBytes(4).toString('hex')}-${randomBytes(4).toString('hex')}`

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'

/**
 * WeChat's opaque hint token (`hint: [a9VcKa011154-0]`): what it names is internal to WeChat, so the
 * emulator tells no more than WeChat does.
 */
export function hintToken(): string {
  const bytes = randomBytes(13)
  const letters = [...bytes.subarray(0, 6)].map((b) => ALNUM[b % ALNUM.length]).join('')
  const digits = [...bytes.subarray(6, 12)].map((b) => String(b % 10)).join('')
  return `hint: [${letters}${digits}-${(bytes[12] ?? 0) % 2}]`
}

/** WeChat's error `key` (with the `rid` suffix like the real API). */
export function wechatError(key: ErrKey, detail = '', extra: Record<string, unknown> = {}): WechatError {
  const [code, msg] = ERR[key]
  return new WechatError(code, `${msg}${detail ? ` ${detail}` : ''}${rid()}`, extra)
}

/** Throws WeChat's error `key` (with a `rid` suffix like the real API). */
export function fail(key: ErrKey, detail = '', extra: Record<string, unknown> = {}): never {
  throw wechatError(key, detail, extra)
}

/** An injected (`failNext`) errcode, with WeChat's errmsg when the emulator knows it. */
export function errorForCode(errcode: number): { errcode: number; errmsg: string } {
  const known = (Object.values(ERR) as readonly (readonly [number, string])[]).find(([c]) => c === errcode)
  return { errcode, errmsg: `${known ? known[1] : `emulated error ${errcode}`}${rid()}` }
}
