/**
 * What a publish ledger file may contain, and `parseLedger`: text → entry, or what is wrong with it
 * (git conflict markers, broken JSON, a missing or unknown `version`, fields of the wrong shape).
 * Fields this version does not know are kept as they are (other tools may add them).
 */
import { zodProblem } from '../config/zod-problem.js'
import { conflictMarkers } from '../core/conflict-markers.js'
import { z } from '../core/zod.js'

const STATES = ['drafting', 'drafted', 'sending', 'sent', 'failed'] as const

const upload = z.looseObject({ url: z.string().optional(), mediaId: z.string().optional() })

const entrySchema = z.looseObject({
  version: z.literal(1),
  slug: z.string().min(1),
  state: z.enum(STATES),
  pushId: z.string().optional(),
  account: z.string().optional(),
  mode: z.enum(['draft', 'publish', 'broadcast']).optional(),
  contentHash: z.string().optional(),
  // older ledgers may lack these two: empty is what they meant
  uploads: z.record(z.string(), upload).default({}),
  draftMediaId: z.string().optional(),
  draftIndex: z.number().int().min(0).optional(),
  draftTitles: z.array(z.string()).optional(),
  publishId: z.string().optional(),
  articleId: z.string().optional(),
  msgId: z.number().optional(),
  msgDataId: z.string().optional(),
  confirmedBy: z.literal('45065').optional(),
  clientmsgid: z.string().optional(),
  articleUrl: z.string().optional(),
  sentAt: z.string().optional(),
  previews: z.record(z.string(), z.string()).optional(),
  error: z.looseObject({ errcode: z.number().optional(), errmsg: z.string() }).optional(),
  timestamps: z.record(z.string(), z.string()).default({}),
})

export type ParsedLedger = z.infer<typeof entrySchema>

/** Why a ledger that starts with a byte-order mark is unreadable (publish-phrases-zh has its Chinese). */
const BOM = 'it starts with a byte-order mark (BOM), which some editors add: save it as UTF-8 without BOM'

export type LedgerParse = { ok: true; entry: ParsedLedger } | { ok: false; problem: string }

export function parseLedger(text: string, slug: string): LedgerParse {
  const markers = conflictMarkers(text)
  if (markers) return { ok: false, problem: markers }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    // a BOM (Notepad's UTF-8) named as such; JSON.parse quotes the text it stopped at, line breaks and all
    if (text.startsWith('\uFEFF')) return { ok: false, problem: BOM }
    const why = (error as Error).message.replace(/\s+/g, ' ').replace(/\uFEFF/g, '')
    return { ok: false, problem: `it is not valid JSON (${why})` }
  }
  if (!json || typeof json !== 'object' || Array.isArray(json)) {
    return { ok: false, problem: 'it is not a JSON object' }
  }
  const version = (json as { version?: unknown }).version
  if (version === undefined) return { ok: false, problem: 'it has no `version`' }
  if (version !== 1) {
    return {
      ok: false,
      problem: `its \`version\` is ${JSON.stringify(version)}; this wxpress reads version 1`,
    }
  }
  const parsed = entrySchema.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    const where = issue.path.length ? `\`${issue.path.join('.')}\`` : 'the entry'
    return { ok: false, problem: `${where}: ${zodProblem(issue).problem}` }
  }
  if (parsed.data.slug !== slug) {
    return { ok: false, problem: `it is the ledger of \`${parsed.data.slug}\`, not of \`${slug}\`` }
  }
  return { ok: true, entry: parsed.data }
}
