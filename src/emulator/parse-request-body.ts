import type { RequestContext } from './context.js'
import { wechatError } from './errcodes.js'
import { parseMultipart } from './multipart.js'

/** A request's JSON body, or its `media` part when it is multipart (a bad JSON body is WeChat's 40xxx). */
export function parseRequestBody(
  raw: Buffer,
  type: string,
): { json: unknown; media: RequestContext['media'] } {
  let json: unknown
  let media: RequestContext['media']
  if (/multipart\/form-data/i.test(type)) {
    const file = parseMultipart(raw, type).find((p) => p.name === 'media')
    if (file) media = { data: file.data, filename: file.filename, contentType: file.contentType }
  } else if (raw.length > 0) {
    try {
      json = JSON.parse(raw.toString('utf8'))
    } catch {
      throw wechatError('badJson')
    }
  }
  return { json, media }
}
