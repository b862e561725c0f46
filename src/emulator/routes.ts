/** The WeChat endpoints the emulator serves, with their HTTP method. */
import type { Route } from './context.js'
import { addMaterial, batchGetMaterial, delMaterial, getMaterial, materialCount, uploadImg } from './media.js'
import { fail } from './errcodes.js'
import { draftAdd, draftBatchGet, draftCount, draftDelete, draftGet, draftUpdate } from './draft.js'
import { publishBatchGet, publishGet, publishGetArticle, publishSubmit } from './freepublish.js'
import { massGet, massPreview, sendAll } from './mass.js'
import { articleTotalDetail, quotaGet, tagsCreate, tagsGet } from './tags-datacube.js'
import { classicToken, stableToken } from './token.js'

const post = (handler: Route['handler']): Route => ({ method: 'POST', auth: true, handler })

export const ROUTES: Record<string, Route> = {
  '/cgi-bin/token': { method: 'GET', auth: false, handler: classicToken },
  '/cgi-bin/stable_token': { method: 'POST', auth: false, handler: stableToken },
  '/cgi-bin/media/uploadimg': post(uploadImg),
  '/cgi-bin/material/add_material': post(addMaterial),
  '/cgi-bin/material/get_materialcount': { method: 'GET', auth: true, handler: materialCount },
  '/cgi-bin/material/get_material': post(getMaterial),
  '/cgi-bin/material/del_material': post(delMaterial),
  '/cgi-bin/material/batchget_material': post(batchGetMaterial),
  // the old article statistics, switched off by WeChat: clients get the real answer
  ...Object.fromEntries(
    [
      'getarticlesummary',
      'getarticletotal',
      'getuserread',
      'getuserreadhour',
      'getusershare',
      'getusersharehour',
    ].map((name) => [`/datacube/${name}`, post(() => fail('apiOffline'))]),
  ),
  '/cgi-bin/draft/add': post(draftAdd),
  '/cgi-bin/draft/update': post(draftUpdate),
  '/cgi-bin/draft/get': post(draftGet),
  '/cgi-bin/draft/delete': post(draftDelete),
  '/cgi-bin/draft/batchget': post(draftBatchGet),
  '/cgi-bin/draft/count': { method: 'GET', auth: true, handler: draftCount },
  '/cgi-bin/freepublish/submit': post(publishSubmit),
  '/cgi-bin/freepublish/get': post(publishGet),
  '/cgi-bin/freepublish/batchget': post(publishBatchGet),
  '/cgi-bin/freepublish/getarticle': post(publishGetArticle),
  '/cgi-bin/message/mass/sendall': post(sendAll),
  '/cgi-bin/message/mass/get': post(massGet),
  '/cgi-bin/message/mass/preview': post(massPreview),
  '/cgi-bin/tags/get': { method: 'GET', auth: true, handler: tagsGet },
  '/cgi-bin/tags/create': post(tagsCreate),
  '/datacube/getarticletotaldetail': post(articleTotalDetail),
  '/cgi-bin/openapi/quota/get': { method: 'ANY', auth: true, handler: quotaGet },
}

/** WeChat's daily limits for new accounts (research §10.2), keyed by cgi path. */
export const DEFAULT_QUOTAS: Record<string, number> = {
  '/cgi-bin/token': 2000,
  '/cgi-bin/stable_token': 500_000,
  '/cgi-bin/media/uploadimg': 100_000,
  '/cgi-bin/material/add_material': 100_000,
  '/cgi-bin/draft/add': 1000,
  '/cgi-bin/draft/update': 1000,
  '/cgi-bin/draft/get': 500,
  '/cgi-bin/draft/delete': 1000,
  '/cgi-bin/draft/batchget': 1000,
  '/cgi-bin/draft/count': 1000,
  '/cgi-bin/freepublish/submit': 100,
  '/cgi-bin/freepublish/get': 100,
  '/cgi-bin/freepublish/batchget': 100,
  '/cgi-bin/freepublish/getarticle': 100,
  '/cgi-bin/message/mass/sendall': 100,
}
