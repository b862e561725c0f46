/** `/__emulator/*`: state dump, clock, faults (DESIGN §6.1) and settings for tests. */
import { parseConfigBody } from './config-body.js'
import type { EmulatorSettings } from './context.js'
import { applyFaults, type Faults } from './faults.js'
import { dumpState, type EmulatorState } from './state.js'

export interface AdminInput {
  method: string
  path: string
  raw: Buffer
  state: EmulatorState
  settings: EmulatorSettings
  faults: Faults
  now(): number
  setClock(ms: number): void
}

export function handleAdmin(input: AdminInput): { status: number; body: unknown } {
  const { method, path, state, settings, faults } = input
  let json: Record<string, unknown> = {}
  try {
    json = input.raw.length ? (JSON.parse(input.raw.toString('utf8')) as Record<string, unknown>) : {}
  } catch {
    return { status: 400, body: { error: 'body is not JSON' } }
  }
  const key = `${method} ${path}`
  switch (key) {
    case 'GET /__emulator/state':
      return { status: 200, body: dumpState(state, input.now()) }
    case 'POST /__emulator/clock': {
      const ms = typeof json.now === 'string' ? Date.parse(json.now) : NaN
      if (Number.isNaN(ms)) return { status: 400, body: { error: 'expected {"now":"<iso>"}' } }
      input.setClock(ms)
      return { status: 200, body: { now: new Date(input.now()).toISOString() } }
    }
    case 'POST /__emulator/faults': {
      // how long a freepublish task stays "publishing" (status 1), in emulator-clock ms
      const error = applyFaults(faults, json, (ms) => (settings.publishDelayMs = ms))
      if (error) return { status: 400, body: { error } }
      return { status: 200, body: { ...faults, publishDelayMs: settings.publishDelayMs } }
    }
    case 'GET /__emulator/faults':
      return { status: 200, body: { ...faults, publishDelayMs: settings.publishDelayMs } }
    case 'DELETE /__emulator/faults':
      faults.delayMs = 0
      faults.failNext.length = 0
      faults.dropNext.length = 0
      faults.answerLost.length = 0
      return { status: 200, body: { ...faults, publishDelayMs: settings.publishDelayMs } }
    case 'POST /__emulator/config': {
      const parsed = parseConfigBody(json)
      if (!parsed.ok) return { status: 400, body: { error: parsed.error } }
      const body = parsed.value
      if (body.publishStatus !== undefined) settings.publishStatus = body.publishStatus
      if (body.publishDelayMs !== undefined) settings.publishDelayMs = body.publishDelayMs
      if (body.tokenTtlSeconds !== undefined) settings.tokenTtlSeconds = body.tokenTtlSeconds
      if (body.quotas) Object.assign(settings.quotas, body.quotas)
      for (const account of state.accounts.values()) {
        if (body.whitelist !== undefined) account.whitelist = body.whitelist ?? undefined
        if (body.kind) account.kind = body.kind
        if (body.verified !== undefined) account.verified = body.verified
      }
      return { status: 200, body: { settings } }
    }
    default:
      return { status: 404, body: { error: `unknown emulator control ${key}` } }
  }
}
