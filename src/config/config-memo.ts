/**
 * A JSON config found valid (not one finding about it) is remembered in the site's cache under its
 * path, its text and the wxpress build, so that an unchanged run takes the validated config from
 * there: neither the YAML parser (positions) nor zod (validation) is loaded for it. Any change to
 * the text, or another build (rule ids, schema), is another key and goes the full way again.
 */
import { isDeepStrictEqual } from 'node:util'
import type { Cache } from '../cache/cache.js'
import { hashKey } from '../cache/hash-key.js'
import { isValidTimeZone } from '../core/date-time.js'
import type { Config } from './schema.js'

/** The site's cache and the wxpress build that salts its keys. */
export interface ConfigMemo {
  cache: Cache
  version: string
}

interface Remembered {
  config: Config
  /** The `timezone` written, checked again on each use (the runtime's zones may change). */
  zone?: string
}

const keyOf = (memo: ConfigMemo, rel: string, text: string) => hashKey('config', memo.version, rel, text)

/** The validated config remembered for this text, if any. */
export async function configMemo(memo: ConfigMemo, rel: string, text: string): Promise<Config | undefined> {
  const known = await memo.cache.get<Remembered>('config', keyOf(memo, rel, text))
  if (!known || typeof known.config !== 'object' || known.config === null) return undefined
  // a zone this runtime does not know is reported, with its place, by the full way
  if (known.zone !== undefined && !isValidTimeZone(known.zone)) return undefined
  return known.config
}

/** Remembers `config`, validated from `text` without any finding (`zone`: the `timezone` written). */
export async function rememberConfig(
  memo: ConfigMemo,
  rel: string,
  text: string,
  config: Config,
  zone: string | undefined,
): Promise<void> {
  // only a config that JSON gives back exactly (no -0, no member set to undefined)
  if (!isDeepStrictEqual(JSON.parse(JSON.stringify(config)), config)) return
  await memo.cache.set('config', keyOf(memo, rel, text), zone === undefined ? { config } : { config, zone })
}
