/** Temp folders for `wxpress init`, the `--now` it runs at, and readers of the files it writes. */
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

export const NOW = '--now=2027-05-01T10:00:00+08:00'
export const temp = (): string => mkdtempSync(path.join(tmpdir(), 'wxpress-init-'))
export const read = (root: string, file: string): string => readFileSync(path.join(root, file), 'utf8')
/** A JSON file the test reads (package.json's dependencies, or any other key). */
interface JsonFile {
  devDependencies: Record<string, string>
  [key: string]: unknown
}
export const json = (root: string, file: string): JsonFile => JSON.parse(read(root, file))
