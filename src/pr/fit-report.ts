/**
 * pr-check fits what it writes to the caps of the artifact schema (`report-schema.ts`), so that a
 * long title, a long quoted value or a plugin's odd rule id never makes the report invalid: texts
 * are cut with `…`, rule ids lose the characters the reader refuses, a fix whose text is too long
 * is dropped (a cut fix would be wrong). Articles whose folder name cannot be a slug of the
 * artifact are left out of `articles` (their findings stay in `check`); the caller says which.
 */
import {
  LIMITS,
  RULE_ID_PATTERN,
  SLUG_PATTERN,
  type CheckDocument,
  type PrReportArticle,
  type ReportDiagnostic,
} from './report-schema.js'

/** `text` cut to at most `max` UTF-16 units, ending in `…` when cut (never half a surrogate pair). */
export function fitText(text: string, max: number): string {
  if (text.length <= max) return text
  let cut = text.slice(0, max - 1)
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1)
  return `${cut}…`
}

/** Whether `slug` can name an article (and its files) in the artifact. */
export const isArtifactSlug = (slug: string) => slug.length <= LIMITS.slug && SLUG_PATTERN.test(slug)

export function fitRuleId(ruleId: string): string {
  if (ruleId.length <= LIMITS.ruleId && RULE_ID_PATTERN.test(ruleId)) return ruleId
  const plain = ruleId
    .replace(/[^a-z0-9/_.:@-]+/gi, '-')
    .replace(/^[^a-z0-9]+/i, '')
    .slice(0, LIMITS.ruleId)
  return plain || 'wxpress/unknown'
}

export function fitDiagnostic(d: ReportDiagnostic): ReportDiagnostic {
  const out: ReportDiagnostic = {
    ...d,
    ruleId: fitRuleId(d.ruleId),
    source: fitText(d.source, LIMITS.source),
    message: fitText(d.message, LIMITS.text),
  }
  if (d.hint !== undefined) out.hint = fitText(d.hint, LIMITS.text)
  if (d.field !== undefined) out.field = fitText(d.field, LIMITS.field)
  if (d.value !== undefined) out.value = fitText(d.value, LIMITS.text)
  if (d.fix && d.fix.text.length > LIMITS.text) delete out.fix
  return out
}

export function fitCheck(check: CheckDocument): CheckDocument {
  return { ...check, diagnostics: check.diagnostics.map(fitDiagnostic) }
}

export function fitArticle(a: PrReportArticle): PrReportArticle {
  return {
    ...a,
    title: fitText(a.title, LIMITS.title),
    topic: fitText(a.topic, LIMITS.label),
    audience: fitText(a.audience, LIMITS.label),
    digest: fitText(a.digest, LIMITS.text),
    // a text too long to keep makes its fix unsuggestable (no entry: pr-report then does not check it)
    fixTexts: a.fixTexts.filter((f) => f.old.length <= LIMITS.text).slice(0, LIMITS.diagnostics),
    // likewise a block of fixed lines too long to keep: its lines get the findings' own fixes
    fixedLines: a.fixedLines
      .filter((f) => f.old.length <= LIMITS.text && f.text.length <= LIMITS.text)
      .slice(0, LIMITS.diagnostics),
    push: a.push && {
      slot: a.push.slot,
      articles: a.push.articles
        .filter((p) => isArtifactSlug(p.slug))
        .slice(0, LIMITS.pushArticles)
        .map((p) => ({ slug: p.slug, title: fitText(p.title, LIMITS.title) })),
    },
  }
}
