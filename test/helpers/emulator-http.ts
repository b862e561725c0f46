import type { Emulator } from '../../src/emulator/create-emulator.js'

export const APP_ID = 'wx0000000000emulator'
export const SECRET = 'emulator-secret'

/** The answer of datacube/getarticletotaldetail, as far as the tests read it. */
export interface ArticleTotalDetail {
  is_delay: boolean
  list: {
    msgid: string
    title: string
    publish_type: number
    content_url: string
    detail_list: { stat_date: string; read_user: number; share_user: number; read_finish_rate: number }[]
  }[]
}

/** JSON call to the emulator; `T` names the fields the test reads (its assertions check them). */
export async function call<T extends object = Record<string, unknown>>(
  emu: Emulator,
  path: string,
  init: { json?: unknown; method?: string; form?: FormData } = {},
): Promise<T & Record<string, unknown>> {
  const res = await fetch(emu.url + path, {
    method: init.method ?? (init.json !== undefined || init.form ? 'POST' : 'GET'),
    headers: init.json !== undefined ? { 'content-type': 'application/json' } : {},
    body: init.form ?? (init.json !== undefined ? JSON.stringify(init.json) : null),
  })
  return (await res.json()) as T & Record<string, unknown>
}

export async function token(emu: Emulator): Promise<string> {
  const r = await call(emu, '/cgi-bin/stable_token', {
    json: { grant_type: 'client_credential', appid: APP_ID, secret: SECRET },
  })
  return r.access_token as string
}

export function fileForm(data: Uint8Array, name: string, type = 'application/octet-stream'): FormData {
  const form = new FormData()
  form.append('media', new Blob([new Uint8Array(data)], { type }), name)
  return form
}

/** Smallest valid PNG/JPEG headers (the emulator judges by magic bytes). */
export const PNG = Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.alloc(64, 1)])
export const JPEG = Buffer.concat([Buffer.from('ffd8ffe0', 'hex'), Buffer.alloc(64, 2)])
