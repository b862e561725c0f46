import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  prCheckMessages,
  renderText
} from "./chunk-OWIXN4P4.js";
import {
  external_exports
} from "./chunk-HQTF5GXH.js";

// src/pr/diff-hunks.ts
var FILE = /^\+\+\+ (?:b\/(.*)|\/dev\/null)$/;
var HUNK = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
function hunkHeader(line) {
  const h = HUNK.exec(line);
  if (!h) return void 0;
  const count2 = (n) => n === void 0 ? 1 : Number(n);
  return { oldStart: Number(h[1]), oldCount: count2(h[2]), newStart: Number(h[3]), newCount: count2(h[4]) };
}
function parseHunks(patch) {
  const out = /* @__PURE__ */ new Map();
  let current;
  for (const line of patch.split("\n")) {
    const file = FILE.exec(line);
    if (file) {
      current = file[1] === void 0 ? void 0 : [];
      if (current && file[1] !== void 0) out.set(file[1], current);
      continue;
    }
    const hunk = hunkHeader(line);
    if (!hunk || !current) continue;
    if (hunk.newCount > 0) current.push([hunk.newStart, hunk.newStart + hunk.newCount - 1]);
  }
  for (const [file, ranges] of out) out.set(file, mergeRanges(ranges));
  return out;
}
function mergeRanges(ranges) {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged = [];
  for (const [start, end] of sorted) {
    const last = merged.at(-1);
    if (last && start <= last[1] + 1) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}
function touches(ranges, line, endLine = line) {
  return (ranges ?? []).some(([start, end]) => line <= end && endLine >= start);
}

// src/pr/annotations.ts
var ANNOTATIONS_PER_KIND = 10;
var KIND = {
  error: "error",
  warning: "warning",
  info: "notice"
};
function escapeData(text3) {
  return text3.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(text3) {
  return escapeData(text3).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function annotationCommand(d, hintLine = (h) => h) {
  const props = [
    ["file", d.file],
    ["line", d.line],
    ["col", d.column],
    ["endLine", d.endLine],
    ["endColumn", d.endColumn],
    ["title", d.ruleId]
  ];
  const list = props.filter(([, v]) => v !== void 0).map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(",");
  const message = d.hint ? `${d.message}
${hintLine(d.hint)}` : d.message;
  return `::${KIND[d.severity]} ${list}::${escapeData(message)}`;
}
function formatAnnotations(diagnostics, changed, moreText = (n) => `${n} more findings: see the wxpress check run`, hintLine) {
  const onChanged = (d) => touches(changed.get(d.file), d.line, d.endLine ?? d.line);
  const lines = [];
  let printed = 0;
  const kinds = ["error", "warning", "info"];
  const byKind = kinds.map((s) => {
    const all = diagnostics.filter((d) => d.severity === s);
    return [...all.filter(onChanged), ...all.filter((d) => !onChanged(d))];
  });
  const overflow = byKind.some((list) => list.length > ANNOTATIONS_PER_KIND);
  byKind.forEach((list, i) => {
    const cap = kinds[i] === "info" && (overflow || list.length > ANNOTATIONS_PER_KIND) ? ANNOTATIONS_PER_KIND - 1 : ANNOTATIONS_PER_KIND;
    for (const d of list.slice(0, cap)) lines.push(annotationCommand(d, hintLine));
    printed += Math.min(cap, list.length);
  });
  const omitted = diagnostics.length - printed;
  if (omitted > 0) lines.push(`::notice::${escapeData(moreText(omitted))}`);
  return { text: lines.map((l) => `${l}
`).join(""), printed, omitted };
}

// src/diagnostics/article-fact.ts
function isArticleFact(d) {
  return d.ruleId === "length/word-count" && d.severity === "info" && !d.hint;
}

// src/pr/cap-findings.ts
var MAX_FINDINGS_PER_ARTICLE = 1e3;
var MAX_FINDINGS = 5e3;
var RANK = { error: 0, warning: 1, info: 2 };
function waterFill(demands, budget) {
  const out = demands.map(() => 0);
  let left = budget;
  const order = demands.map((_, i) => i).sort((a, b) => demands[a] - demands[b] || a - b);
  for (const [k, i] of order.entries()) {
    const share = Math.floor(left / (order.length - k));
    if (demands[i] > share) {
      const wanting = order.slice(k).sort((a, b) => a - b);
      for (const j of wanting) out[j] = share;
      left -= share * wanting.length;
      for (const j of wanting.slice(0, left)) out[j]++;
      return out;
    }
    out[i] = demands[i];
    left -= demands[i];
  }
  return out;
}
function keptIndexes(files) {
  const ranked = files.map(
    (list) => [...list].sort((a, b) => RANK[a.d.severity] - RANK[b.d.severity] || a.i - b.i)
  );
  const errors = ranked.map((list) => list.filter((x) => x.d.severity === "error"));
  const rest = ranked.map((list) => list.filter((x) => x.d.severity !== "error"));
  const errorShare = waterFill(
    errors.map((l) => Math.min(l.length, MAX_FINDINGS_PER_ARTICLE)),
    MAX_FINDINGS
  );
  const used = errorShare.reduce((a, b) => a + b, 0);
  const restShare = waterFill(
    rest.map((l, f) => Math.min(l.length, MAX_FINDINGS_PER_ARTICLE - errorShare[f])),
    MAX_FINDINGS - used
  );
  const kept = /* @__PURE__ */ new Set();
  for (const [f, list] of errors.entries()) for (const x of list.slice(0, errorShare[f])) kept.add(x.i);
  for (const [f, list] of rest.entries()) for (const x of list.slice(0, restShare[f])) kept.add(x.i);
  return kept;
}
function capFindings(diagnostics, locale) {
  if (diagnostics.length <= Math.min(MAX_FINDINGS, MAX_FINDINGS_PER_ARTICLE)) return [...diagnostics];
  const byFile = /* @__PURE__ */ new Map();
  for (const [i, d] of diagnostics.entries()) {
    const list = byFile.get(d.file);
    if (list) list.push({ d, i });
    else byFile.set(d.file, [{ d, i }]);
  }
  const kept = keptIndexes([...byFile.values()]);
  const out = diagnostics.filter((_, i) => kept.has(i));
  for (const [file, list] of byFile) {
    const dropped = list.filter((x) => !kept.has(x.i)).map((x) => x.d);
    if (dropped.length === 0) continue;
    const left = (severity) => dropped.filter((d) => d.severity === severity).length;
    const fixable = dropped.filter((d) => d.fix).length;
    out.push({
      file,
      line: 1,
      column: 1,
      severity: "info",
      ruleId: OMITTED_RULE,
      source: "pr",
      message: renderText(
        prCheckMessages.msg.findingsOmitted({ n: dropped.length, total: list.length }),
        locale
      ),
      hint: renderText(prCheckMessages.msg.findingsOmittedHint({ file }), locale),
      value: `${left("error")}/${left("warning")}/${left("info")}/${fixable}`
    });
  }
  return out;
}
var OMITTED_RULE = "pr/findings-omitted";
function omittedCounts(d) {
  const m = d.ruleId === OMITTED_RULE ? /^(\d+)\/(\d+)\/(\d+)(?:\/(\d+))?$/.exec(d.value ?? "") : null;
  return m ? { error: Number(m[1]), warning: Number(m[2]), info: Number(m[3]), fixable: Number(m[4] ?? 0) } : { error: 0, warning: 0, info: 0, fixable: 0 };
}
function omittedTotal(d) {
  const c = omittedCounts(d);
  return c.error + c.warning + c.info;
}
function realCounts(findings) {
  const out = { error: 0, warning: 0, info: 0, fixable: 0 };
  for (const d of findings) {
    if (isArticleFact(d)) continue;
    const o = omittedCounts(d);
    if (d.ruleId === OMITTED_RULE) {
      out.error += o.error;
      out.warning += o.warning;
      out.info += o.info;
      out.fixable += o.fixable;
    } else {
      if (d.severity === "error" || d.severity === "warning" || d.severity === "info") out[d.severity]++;
      if (d.fix) out.fixable++;
    }
  }
  return out;
}

// src/pr/report-limits.ts
var LIMITS = {
  path: 300,
  slug: 120,
  ruleId: 100,
  title: 500,
  label: 200,
  slot: 64,
  ref: 255,
  source: 40,
  field: 200,
  text: 2e3,
  reason: 500,
  articles: 5e3,
  pushArticles: 100,
  diagnostics: 1e5,
  ranges: 1e5
};
var SLUG_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u;
var RULE_ID_PATTERN = /^[a-z0-9][a-z0-9/_.:@-]*$/i;

// src/pr/report-fix-schema.ts
var position = external_exports.number().int().min(1).max(1e7);
var text = external_exports.string().max(LIMITS.text);
var fixTextsSchema = external_exports.array(external_exports.object({ line: position, column: position, endLine: position, endColumn: position, old: text })).max(LIMITS.diagnostics).default([]);
var fixedLinesSchema = external_exports.array(external_exports.object({ line: position, endLine: position, old: text, text })).max(LIMITS.diagnostics).default([]);

// src/pr/report-schema.ts
var text2 = (max) => external_exports.string().max(max);
var relPath = external_exports.string().max(LIMITS.path).regex(/^(?!\/)(?!.*(?:^|\/)\.\.?(?:\/|$))[^\\\0-\x1f\x7f:*?"<>|]+$/);
var artifactPath = (folder, ext) => relPath.regex(new RegExp(`^${folder}/[^/]+\\.(?:${ext})$`), `must be ${folder}/<name>.${ext}`);
var slug = external_exports.string().min(1).max(LIMITS.slug).regex(SLUG_PATTERN);
var position2 = external_exports.number().int().min(1).max(1e7);
var count = external_exports.number().int().min(0).max(1e9);
var sha = external_exports.string().regex(/^[0-9a-f]{40}$/);
var fixSchema = external_exports.object({
  line: position2,
  column: position2,
  endLine: position2,
  endColumn: position2,
  text: text2(LIMITS.text)
});
var diagnosticSchema = external_exports.object({
  file: relPath,
  line: position2,
  column: position2,
  endLine: position2.optional(),
  endColumn: position2.optional(),
  severity: external_exports.enum(["error", "warning", "info"]),
  ruleId: external_exports.string().max(LIMITS.ruleId).regex(RULE_ID_PATTERN),
  source: text2(LIMITS.source),
  message: text2(LIMITS.text),
  hint: text2(LIMITS.text).optional(),
  field: text2(LIMITS.field).optional(),
  value: text2(LIMITS.text).optional(),
  fix: fixSchema.optional()
});
var checkDocumentSchema = external_exports.object({
  version: external_exports.literal(1),
  files: external_exports.array(external_exports.object({ file: relPath, slug: text2(LIMITS.path), errors: count, warnings: count })).max(LIMITS.articles),
  diagnostics: external_exports.array(diagnosticSchema).max(LIMITS.diagnostics),
  summary: external_exports.object({ files: count, errors: count, warnings: count, infos: count.default(0) })
});
var reportArticleSchema = external_exports.object({
  slug,
  file: relPath,
  title: text2(LIMITS.title),
  topic: text2(LIMITS.label),
  audience: text2(LIMITS.label),
  slot: text2(LIMITS.slot).nullable(),
  utc: text2(LIMITS.slot).nullable(),
  push: external_exports.object({
    slot: text2(LIMITS.slot),
    articles: external_exports.array(external_exports.object({ slug, title: text2(LIMITS.title) })).max(LIMITS.pushArticles)
  }).nullable(),
  words: external_exports.number().int().min(0).max(1e8),
  readingMinutes: external_exports.number().min(0).max(1e6),
  digest: text2(LIMITS.text),
  status: external_exports.enum(["ok", "warning", "error"]),
  /** Beyond §8: whether the PR changed it (false = checked because a theme or the config changed). */
  changed: external_exports.boolean().default(true),
  /** Beyond §8: false when the article was not linted or rendered (too large, unreadable): no 字数. */
  checked: external_exports.boolean().default(true),
  /** Beyond §8: true when the front-matter block is there but is not valid YAML (title, slot… unknown). */
  frontmatterBroken: external_exports.boolean().default(false),
  screenshot: artifactPath("screenshots", "png").optional(),
  cover: artifactPath("covers", "jpg|png").optional(),
  /** Beyond §8: `html/<slug>.html`, which pr-check always writes. */
  html: artifactPath("html", "html").optional(),
  changedLines: external_exports.array(external_exports.tuple([position2, position2])).max(LIMITS.ranges).default([]),
  /** Beyond §8: the text each fix in this file replaces (the check document stays that of §4). */
  fixTexts: fixTextsSchema,
  /** Beyond §8: the lines `check --fix` rewrites, as it writes them (what suggestions replace). */
  fixedLines: fixedLinesSchema
});
var prReportSchema = external_exports.object({
  version: external_exports.literal(1),
  /** Beyond §8: the site's language, which pr-report's log follows (the comment is always Chinese). */
  locale: external_exports.enum(["zh-CN", "en"]).optional(),
  /** Beyond §8: the time pr-check judged the slots against (`--now` or its clock); pr-report's
   * relative times ("3 天后") are from it, so they agree with the findings ("已过去超过 3 小时"). */
  checkedAt: external_exports.iso.datetime({ offset: true }).optional(),
  pr: external_exports.object({
    number: external_exports.number().int().min(1).max(1e9).nullable(),
    headSha: sha,
    baseRef: text2(LIMITS.ref)
  }),
  /** Beyond §8: why every article was checked. */
  scope: external_exports.object({
    all: external_exports.boolean(),
    reason: text2(LIMITS.reason).nullable(),
    /** Beyond §8: the config could not be read, so no article was checked. */
    configFailed: external_exports.boolean().default(false)
  }).default({ all: false, reason: null, configFailed: false }),
  articles: external_exports.array(reportArticleSchema).max(LIMITS.articles),
  /** Beyond §8: articles the PR deletes, with the title and slot they had on the base branch. */
  deleted: external_exports.array(
    external_exports.object({
      slug,
      file: relPath,
      title: text2(LIMITS.title).nullable(),
      slot: text2(LIMITS.slot).nullable()
    })
  ).max(LIMITS.articles).default([]),
  /** Beyond §8: article folders the PR renames (`from` → `to`), with the title and slot on the base branch. */
  renamed: external_exports.array(
    external_exports.object({
      from: slug,
      to: slug,
      file: relPath,
      title: text2(LIMITS.title).nullable(),
      slot: text2(LIMITS.slot).nullable()
    })
  ).max(LIMITS.articles).default([]),
  check: checkDocumentSchema,
  /** Beyond §8: the screenshots show Chinese as boxes (no CJK font where pr-check ran). */
  noCjkFont: external_exports.boolean().optional()
});
function parseReport(value) {
  const result = prReportSchema.safeParse(value);
  if (result.success) return { ok: true, report: result.data };
  const problems = result.error.issues.slice(0, 5).map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`);
  return { ok: false, problems };
}

export {
  isArticleFact,
  hunkHeader,
  parseHunks,
  escapeData,
  formatAnnotations,
  MAX_FINDINGS_PER_ARTICLE,
  MAX_FINDINGS,
  capFindings,
  OMITTED_RULE,
  omittedTotal,
  realCounts,
  LIMITS,
  SLUG_PATTERN,
  RULE_ID_PATTERN,
  parseReport
};
