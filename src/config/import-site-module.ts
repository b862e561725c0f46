/**
 * The only jiti import: loads a site's own code (its config, its plugins). TypeScript goes through
 * jiti (Node 20 cannot import it); so does any module asked for `fresh`, which is re-read on every
 * call (a config edited while `wxpress preview` runs). Other modules use Node's own import.
 */
import { pathToFileURL } from 'node:url'

export async function importSiteModule(
  root: string,
  absolute: string,
  options: { fresh?: boolean } = {},
): Promise<Record<string, unknown>> {
  if (options.fresh || /\.[cm]?ts$/.test(absolute)) {
    const { createJiti } = await import('jiti')
    return (await createJiti(pathToFileURL(root).href, { moduleCache: false }).import(absolute)) as Record<
      string,
      unknown
    >
  }
  return (await import(pathToFileURL(absolute).href)) as Record<string, unknown>
}
