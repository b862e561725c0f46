import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'

/** sha256 over the config source and the files under `<root>/plugins/` (names and bytes, sorted). */
export async function hashConfigCode(root: string, configPath: string): Promise<string> {
  const hash = createHash('sha256').update(await readFile(configPath).catch(() => Buffer.alloc(0)))
  const dir = path.join(root, 'plugins')
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => [])
  const files = entries
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort()
  for (const f of files)
    hash
      .update('\0')
      .update(path.relative(dir, f))
      .update('\0')
      .update(await readFile(f).catch(() => Buffer.alloc(0)))
  return hash.digest('hex')
}
