/**
 * The message catalogue's building blocks (typed like Astro's errors data): every entry has an id,
 * typed parameters and an English and a Simplified Chinese template. Stages report a `Message`
 * (id + params, plain JSON, so cached findings replay in any locale); the text is produced in the
 * chosen locale only when diagnostics are converted or printed (`renderText`).
 */

export type Locale = 'en' | 'zh-CN'
export const LOCALES: readonly Locale[] = ['en', 'zh-CN']

/** A list the English side joins with `, ` (names, choices, tags), joined with `、` inside Chinese. */
export const zhList = (list: string): string => list.split(', ').join('、')

export type ParamValue = string | number
export type Params = Record<string, ParamValue>

/** A message as stages report it: which catalogue entry, with which parameters. */
export interface Message {
  id: string
  params: Params
}

/** What a stage may pass as a message or hint: plain (English) text, or a catalogue message. */
export type Text = string | Message

export interface Entry<P extends Params> {
  en: (p: P) => string
  zh: (p: P) => string
  /** Phantom: carries `P` for the typed constructors. */
  readonly params?: P
}

/** One catalogue entry; `P` (the parameters) is inferred from the English template. */
export function m<P extends Params = Record<never, never>>(
  en: (p: P) => string,
  zh: (p: P) => string,
): Entry<P> {
  return { en, zh }
}

type Builder<E> = E extends { readonly params?: infer P }
  ? [keyof NonNullable<P>] extends [never]
    ? () => Message
    : (params: NonNullable<P>) => Message
  : never

export interface Area<T> {
  /** Typed constructors: `lintMessages.msg.repeatedPunctuation({ marks })`. */
  msg: { [K in keyof T]: Builder<T[K]> }
  /** Entries by full id (`lint.repeatedPunctuation`). */
  entries: Record<string, Entry<Params>>
}

/** Defines the entries of one area of the catalogue under ids `<area>.<key>`. */
type Defs = Record<string, { en: unknown; zh: unknown }>

export function defineMessages<T extends Defs>(area: string, defs: T): Area<T> {
  const msg: Record<string, (params?: Params) => Message> = {}
  const entries: Record<string, Entry<Params>> = {}
  for (const [key, entry] of Object.entries(defs)) {
    const id = `${area}.${key}`
    entries[id] = entry as unknown as Entry<Params>
    msg[key] = (params: Params = {}) => ({ id, params })
  }
  return { msg: msg as Area<T>['msg'], entries }
}

export function isMessage(text: unknown): text is Message {
  return typeof text === 'object' && text !== null && typeof (text as Message).id === 'string'
}

/**
 * Thousands separators the way both locales write them (`20,000`): `toLocaleString('en')`, written
 * here for whole numbers (Intl formatting costs ≈ 1 µs a number, tens of thousands of findings a run).
 */
export const num = (n: ParamValue): string =>
  typeof n !== 'number'
    ? n
    : Number.isSafeInteger(n) && !Object.is(n, -0)
      ? String(n).replace(THOUSANDS, ',')
      : n.toLocaleString('en')

const THOUSANDS = /\B(?=(\d{3})+$)/g
