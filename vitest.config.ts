import { availableParallelism } from 'node:os'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // the CLI is built once, before every test (tests spawning bin/wxpress.js run the fresh bundle)
    globalSetup: ['test/setup/build-once.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'threads',
    // many tests wait on child processes (the CLI, git, npm, Chromium): two workers even on two cores
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
})
