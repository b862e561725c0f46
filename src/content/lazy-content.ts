/**
 * An article whose file has the stat recorded with its hash (`FileHashes.known`) and whose content
 * record is cached is loaded without reading the file: its text (`file.value`, `article.markdown`) is
 * read on first use only, which an unchanged run never makes (its lint and render are cached too).
 */
import { readFileSync } from 'node:fs'
import type { Cache } from '../cache/create-cache.js'
import { sha256 } from '../cache/file-hashes.js'
import { replayRecords } from '../diagnostics/message-records.js'
import type { Article } from './article.js'
import { unpackContent, type CachedContent } from './cached-content.js'
import { decodeSource } from './decode-source.js'

/**
 * Fills `article` from the content record under `key` (its file's hash is `hash`), leaving its text
 * to be read on first use; false when there is no usable record.
 */
export async function replayContent(
  article: Article,
  store: Cache,
  key: string,
  absolutePath: string,
  hash: string,
): Promise<boolean> {
  const hit = await store.get<CachedContent>('content', key)
  if (!hit || (!hit.body && typeof hit.article?.markdown !== 'string') || !Array.isArray(hit.records))
    return false
  let text: string | undefined
  const source = () => {
    if (text !== undefined) return text
    const bytes = readFileSync(absolutePath)
    const decoded = sha256(bytes) === hash ? decodeSource(bytes) : undefined
    if (!decoded?.ok) throw new Error(`${article.path} changed while wxpress was running`)
    text = decoded.text
    return text
  }
  let markdown: string | undefined
  const { markdown: _stored, ...fields } = hit.article
  Object.assign(article, fields)
  lazy(article, 'markdown', () => (markdown ??= unpackContent(hit, source())!.markdown!))
  lazy(article.file, 'value', source)
  replayRecords(article.file, hit.records)
  return true
}

/** Makes `object[key]` computed by `get` on first read (and a plain property once set). */
function lazy<T extends object>(object: T, key: keyof T & string, get: () => unknown): void {
  Object.defineProperty(object, key, {
    configurable: true,
    enumerable: true,
    get,
    set(value: unknown) {
      Object.defineProperty(object, key, { configurable: true, enumerable: true, writable: true, value })
    },
  })
}
