import type { ConfigInput } from './schema.js'

/** Identity helper that types a `wxpress.config.ts`: `export default defineConfig({ … })`. */
export function defineConfig(config: ConfigInput): ConfigInput {
  return config
}
