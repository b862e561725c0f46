/**
 * The globalSetup gives the run one temporary folder (TMPDIR for the workers and what they start), in
 * memory when /dev/shm is a tmpfs with room (test/setup/build-once.ts).
 */
import { statfsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { expect, it } from 'vitest'

it('every test writes into the run’s own folder, in memory when the machine has room there', () => {
  const folder = tmpdir()
  expect(path.basename(folder)).toMatch(/^wxpress-test-/)
  if (process.env.WXPRESS_TEST_TMPDIR) {
    expect(path.dirname(folder)).toBe(path.resolve(process.env.WXPRESS_TEST_TMPDIR))
    return
  }
  let shm: { type: number; free: number } | undefined
  try {
    const stats = statfsSync('/dev/shm')
    shm = { type: stats.type, free: stats.bavail * stats.bsize }
  } catch {
    shm = undefined
  }
  const tmpfs = shm !== undefined && shm.type === 0x01021994
  // the setup asks for 4 GB free; the run itself writes well under 4 GB, so 8 GB free now means it had them
  if (tmpfs && shm!.free >= 8 * 1024 ** 3) expect(path.dirname(folder)).toBe('/dev/shm')
  if (!tmpfs) expect(path.dirname(folder)).not.toBe('/dev/shm')
})
