/**
 * What the site's ledgers recorded as uploaded, for one account, by content hash: a photo used by
 * several articles is uploaded once for the account, not once per article. Read once per run and
 * account; this run's uploads are added as they happen. A ledger that cannot be read adds nothing
 * (its own push is blocked by it).
 */
import { readableLedgers, type Ledger } from './ledger.js'

export type UploadMap = Map<string, { url?: string; mediaId?: string }>

export function createSiteUploads(
  ledger: Ledger,
  defaultAccount: string,
): (account: string) => Promise<UploadMap> {
  const byAccount = new Map<string, Promise<UploadMap>>()
  const read = async (account: string): Promise<UploadMap> => {
    const uploads: UploadMap = new Map()
    for (const entry of await readableLedgers(ledger)) {
      if ((entry.account ?? defaultAccount) !== account) continue
      for (const [hash, u] of Object.entries(entry.uploads)) uploads.set(hash, { ...uploads.get(hash), ...u })
    }
    return uploads
  }
  return (account) => {
    let uploads = byAccount.get(account)
    if (!uploads) byAccount.set(account, (uploads = read(account)))
    return uploads
  }
}
