import { readdirSync, readFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { configDefaults, defineConfig } from 'vitest/config'

/**
 * Test files that replace a module or a global (`vi.mock`, `vi.spyOn`, `vi.stubGlobal`, …): they need a
 * module registry of their own. Every other file shares its worker's registry with the files run before
 * it (no isolation: each source module is imported once per worker, not once per file, which halves the
 * suite's time; the code has no module singletons to leak between files, see DESIGN.md).
 */
const mocking = readdirSync('test', { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.test.ts'))
  .map((file) => `test/${file.replaceAll('\\', '/')}`)
  .filter((file) => /\bvi\.(?:mock|doMock|spyOn|stubGlobal|stubEnv)\(/.test(readFileSync(file, 'utf8')))
  .sort()

export default defineConfig({
  test: {
    // the CLI is built once, before every test (tests spawning bin/wxpress.js run the fresh bundle);
    // vitest calls it for each project, it builds on the first call
    globalSetup: ['test/setup/build-once.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // child processes, not threads: every test that starts a process (≈ 1,100 git runs, the CLI, npm,
    // Chromium) forks its worker, and fork copies the page tables of the whole process: two workers
    // sharing one process of 0.5–1.1 GB made each spawn cost 30–50 ms (measured: 343 s of CPU for the
    // run with threads, 306 s with forks)
    pool: 'forks',
    // many tests wait on child processes (the CLI, git, npm, Chromium): two workers even on two cores
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        extends: true,
        test: {
          name: 'shared',
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...mocking],
          isolate: false,
        },
      },
      { extends: true, test: { name: 'mocking', include: mocking, isolate: true } },
    ],
  },
})
