import type { Emulator } from '../../src/emulator/create-emulator.js'

export const APP_ID = 'wx0000000000emulator'
export const SECRET = 'emulator-secret'

/** JSON call to the emulator. */
export async function call(
  emu: Emulator,
  path: string,
  init: { json?: unknown; method?: string; form?: FormData } = {},
): Promise<Record<string, any>> {
  const res = await fetch(emu.url + path, {
    method: init.method ?? (init.json !== undefined || init.form ? 'POST' : 'GET'),
    headers: init.json !== undefined ? { 'content-type': 'application/json' } : {},
    body: init.form ?? (init.json !== undefined ? JSON.stringify(init.json) : null),
  })
  return (await res.json()) as Record<string, any>
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
