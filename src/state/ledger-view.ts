/**
 * A read-only view of one publish ledger (`.wxpress/state/<slug>.json`) for the commands that only
 * look at it (`due`, `preflight`, `stats`): only a missing file means "nothing yet"; anything that
 * cannot be read is `unreadable`, never "not sent". The publisher's own reading is `publish/ledger.ts`.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'

export interface LedgerFacts {
  state: string
  draftMediaId?: string
  draftIndex?: number
  msgDataId?: string
  articleUrl?: string
  account?: string
  sentAt?: string
}

export type LedgerView =
  | { kind: 'missing' }
  | { kind: 'unreadable'; reason: string }
  | ({ kind: 'entry' } & LedgerFacts)

const str = (v: unknown) =>
  typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : undefined

/** The facts of a parsed ledger, or a reason it is not one. */
export function ledgerFacts(json: unknown): LedgerFacts | string {
  if (!json || typeof json !== 'object' || Array.isArray(json)) return 'not a JSON object'
  const e = json as Record<string, unknown>
  if (typeof e.state !== 'string') return 'no `state`'
  const timestamps = (e.timestamps && typeof e.timestamps === 'object' ? e.timestamps : {}) as Record<
    string,
    unknown
  >
  const facts: LedgerFacts = { state: e.state }
  const fields = {
    draftMediaId: str(e.draftMediaId),
    msgDataId: str(e.msgDataId),
    articleUrl: str(e.articleUrl),
    account: str(e.account),
    sentAt: str(timestamps.sent),
  }
  for (const [k, v] of Object.entries(fields))
    if (v !== undefined) (facts as unknown as Record<string, string>)[k] = v
  if (typeof e.draftIndex === 'number') facts.draftIndex = e.draftIndex
  return facts
}

export function ledgerReader(root: string): (slug: string) => Promise<LedgerView> {
  return async (slug) => {
    let text: string
    try {
      text = await readFile(path.join(root, '.wxpress', 'state', `${slug}.json`), 'utf8')
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      return code === 'ENOENT' ? { kind: 'missing' } : { kind: 'unreadable', reason: code ?? 'cannot read' }
    }
    let json: unknown
    try {
      json = JSON.parse(text)
    } catch {
      return { kind: 'unreadable', reason: 'not valid JSON (a merge conflict?)' }
    }
    const facts = ledgerFacts(json)
    return typeof facts === 'string' ? { kind: 'unreadable', reason: facts } : { kind: 'entry', ...facts }
  }
}
