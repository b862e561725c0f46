/** One diagnostic id with its meaning in English and in Chinese (docs/rules*.md are generated from these). */
export type DiagnosticDoc = readonly [id: string, en: string, zh: string]
