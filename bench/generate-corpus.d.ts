/** Writes `count` realistic articles under `<root>/content/` and a config (see generate-corpus.js). */
export function generateCorpus(root: string, count: number): void
