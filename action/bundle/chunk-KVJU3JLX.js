import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  RULES,
  collectProse,
  commonEnds,
  sourceOffset
} from "./chunk-S4F2JI3I.js";
import {
  createMarkdownParser
} from "./chunk-EDI4LR2N.js";
import {
  hardMaxLength
} from "./chunk-DLA7MNRC.js";
import {
  isOtherStageId
} from "./chunk-4L3TKDER.js";
import {
  codePoints
} from "./chunk-7M4XFPZV.js";
import {
  didYouMean
} from "./chunk-HD5MTZOP.js";
import {
  report
} from "./chunk-ATHEYLYN.js";
import {
  commonMessages,
  lintMessages
} from "./chunk-OWIXN4P4.js";

// src/lint/code-like.ts
var CALL = /(?<![\w$.])[A-Za-z_$][\w$.]*(\((?:[^()\n]|\([^()\n]*\))*\))/g;
var CODE_SIGN = /^\(\)$|[,"'=<>+*/]/;
function callArguments(line) {
  const spans = [];
  if (!line.includes("(")) return spans;
  for (const m of line.matchAll(CALL)) {
    const args = m[1];
    if (!CODE_SIGN.test(args)) continue;
    const open = m.index + m[0].length - args.length;
    spans.push([open, open + args.length - 1]);
  }
  return spans;
}
function createCodeLikeTest(lines) {
  const cache = /* @__PURE__ */ new Map();
  return (place) => {
    if (!place) return false;
    const { line, column } = place.start;
    let spans = cache.get(line);
    if (!spans) cache.set(line, spans = callArguments(lines[line - 1] ?? ""));
    return spans.some(([a, b]) => column - 1 >= a && column - 1 <= b);
  };
}

// src/lint/directives.ts
function placeIn(node, from, to) {
  const start = node.position?.start;
  if (!start || node.value.lastIndexOf("\n", to) !== -1) return void 0;
  const at = (i) => ({
    line: start.line,
    column: start.column + i,
    ...start.offset !== void 0 ? { offset: start.offset + i } : {}
  });
  return { start: at(from), end: at(to) };
}
function eachHtml(node, f) {
  if (node.type === "html") f(node);
  else if ("children" in node) for (const child of node.children) eachHtml(child, f);
}
var RE = /<!--\s*wxpress-(disable-next-line|disable|enable)\b([^>]*?)(?:--\s*[^>]*)?-->/g;
function parseDirectives(tree) {
  const out = [];
  const open = [];
  eachHtml(tree, (node) => {
    for (const m of node.value.matchAll(RE)) {
      const idPlaces = [];
      const ids = [];
      const listStart = (m.index ?? 0) + m[0].indexOf(m[1]) + m[1].length;
      for (const id of (m[2] ?? "").matchAll(/[^\s,]+/g)) {
        ids.push(id[0]);
        idPlaces.push(placeIn(node, listStart + id.index, listStart + id.index + id[0].length));
      }
      const rules = ids.length ? ids : "all";
      const line = node.position?.end.line ?? 0;
      if (m[1] === "disable-next-line")
        out.push({
          kind: "next-line",
          rules,
          from: line + 1,
          to: line + 1,
          position: node.position,
          idPlaces,
          used: false
        });
      else if (m[1] === "disable")
        open.push({
          kind: "range",
          rules,
          from: line,
          to: Infinity,
          position: node.position,
          idPlaces,
          used: false
        });
      else {
        const last = open.pop();
        if (last) {
          last.to = node.position?.start.line ?? Infinity;
          out.push(last);
        }
      }
    }
  });
  return [...out, ...open];
}
function isDisabled(directives, ruleId, line) {
  if (line === void 0) return false;
  for (const d of directives) {
    if (line >= d.from && line <= d.to && (d.rules === "all" || d.rules.includes(ruleId))) {
      d.used = true;
      return true;
    }
  }
  return false;
}

// src/lint/line-endings.ts
var ENDING = /\r\n|\r|\n/g;
function withLineEndings(original, output) {
  const endings = original.match(ENDING) ?? [];
  if (endings.every((e) => e === "\n")) return output;
  const lines = output.split("\n");
  if (lines.length === endings.length + 1) return lines.map((line, i) => line + (endings[i] ?? "")).join("");
  const count = (e) => endings.filter((x) => x === e).length;
  const common = ["\r\n", "\r", "\n"].reduce((a, b) => count(b) > count(a) ? b : a);
  return output.replace(/\n/g, common);
}

// src/lint/kept-edits.ts
var KeptEdits = class {
  edits = [];
  /** The index of the first edit after `e` in the order. */
  after(e) {
    let lo = 0;
    let hi = this.edits.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      const k = this.edits[mid];
      if (k.start < e.start || k.start === e.start && k.end <= e.end) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  /** Whether `e` overlaps a kept edit, or makes the same edit of the same range. */
  clashes(e) {
    const at = this.after(e);
    const next = this.edits[at];
    if (next && e.start < next.end && next.start < e.end) return true;
    for (let i = at - 1; i >= 0; i--) {
      const k = this.edits[i];
      if (e.start < k.end && k.start < e.end || e.start === k.start && e.end === k.end) return true;
      if (k.end < e.start) break;
    }
    return false;
  }
  add(e) {
    this.edits.splice(this.after(e), 0, e);
  }
};

// src/lint/locate.ts
function createLineIndex(markdown) {
  const starts = [0];
  for (let i = 0; i < markdown.length; i++) if (markdown.charCodeAt(i) === 10) starts.push(i + 1);
  return { starts };
}
function pointAt(index, offset) {
  let lo = 0;
  let hi = index.starts.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if ((index.starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (index.starts[lo] ?? 0) + 1, offset };
}
function locate(index, segment, from, to, fileLines = []) {
  if (segment.where === "body") {
    const start = sourceOffset(segment, from);
    return {
      start: pointAt(index, start),
      end: pointAt(index, to > from ? sourceOffset(segment, to, true) : start)
    };
  }
  const v = segment.valuePosition;
  if (!v) return void 0;
  const first = fileLines[v.start.line - 1]?.charAt(v.start.column - 1);
  const quoted = first === '"' || first === "'" ? 1 : 0;
  return {
    start: { line: v.start.line, column: v.start.column + from + quoted },
    end: { line: v.start.line, column: v.start.column + to + quoted }
  };
}

// src/lint/fix-article.ts
function sourceOf(article) {
  const source = String(article.file.value);
  return { source, delta: source.length - article.markdown.length, lines: createLineIndex(source) };
}
function toEdit(src, fix, finding) {
  const { source, delta, lines } = src;
  let base;
  if (fix.segment.html) return void 0;
  if (fix.segment.where === "body") {
    if (fix.segment.lines) {
      const start = sourceOffset(fix.segment, fix.start) + delta;
      const end = fix.end > fix.start ? sourceOffset(fix.segment, fix.end, true) + delta : start;
      if (source.slice(start, end) !== fix.segment.text.slice(fix.start, fix.end)) return void 0;
      return { start, end, text: fix.text, finding };
    }
    base = fix.segment.offset + delta;
  } else {
    const v = fix.segment.valuePosition;
    if (!v) return void 0;
    base = (lines.starts[v.start.line - 1] ?? 0) + v.start.column - 1;
    const first = source.charAt(base);
    if (first === '"' || first === "'") base += 1;
    if (source.slice(base, base + fix.segment.text.length) !== fix.segment.text) return void 0;
  }
  return { start: base + fix.start, end: base + fix.end, text: fix.text, finding };
}
function editsOf(src, finding) {
  if (!finding.fix) return void 0;
  const group = [finding.fix, ...finding.moreFixes ?? []].map((f) => toEdit(src, f, finding));
  if (group.some((e) => e === void 0)) return void 0;
  return group.sort((a, b) => a.start - b.start);
}
function joined(source, group) {
  let after = "";
  let pos = group[0].start;
  for (const e of group) {
    after += source.slice(pos, e.start) + e.text;
    pos = e.end;
  }
  return after;
}
function createFixLocator(article) {
  let src;
  return (finding) => {
    if (!finding.fix) return void 0;
    src ??= sourceOf(article);
    const group = editsOf(src, finding);
    if (!group) return void 0;
    const start = pointAt(src.lines, group[0].start);
    const end = pointAt(src.lines, group.at(-1).end);
    return {
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      text: joined(src.source, group)
    };
  };
}
var WORD = /[A-Za-z0-9]/;
var LINE_END = /[\r\n]/;
function around(source, start, end) {
  let from = start;
  let to = end;
  for (let n = 0; n < 2 && from > 0 && !LINE_END.test(source.charAt(from - 1)); n++) from--;
  for (let n = 0; n < 2 && to < source.length && !LINE_END.test(source.charAt(to)); n++) to++;
  if (to === end) for (let n = 0; n < 6 && from > 0 && !LINE_END.test(source.charAt(from - 1)); n++) from--;
  while (from > 0 && start - from < 24 && WORD.test(source.charAt(from - 1)) && WORD.test(source.charAt(from)))
    from--;
  while (to < source.length && to - end < 24 && WORD.test(source.charAt(to)) && WORD.test(source.charAt(to - 1)))
    to++;
  if (/[\udc00-\udfff]/.test(source.charAt(from))) from--;
  if (/[\ud800-\udbff]/.test(source.charAt(to - 1))) to++;
  return { from, to };
}
function applyFixes(article, findings, original) {
  const src = sourceOf(article);
  const { source, lines } = src;
  const groups = [];
  for (const finding of findings) {
    const group = editsOf(src, finding);
    if (group) groups.push(group);
  }
  groups.sort((a, b) => a[0].start - b[0].start || a[0].end - b[0].end);
  const kept = new KeptEdits();
  const keptGroups = [];
  for (const group of groups) {
    if (group.some((e) => kept.clashes(e))) continue;
    for (const e of group) kept.add(e);
    keptGroups.push(group);
  }
  let output = "";
  let pos = 0;
  for (const e of kept.edits) {
    output += source.slice(pos, e.start) + e.text;
    pos = e.end;
  }
  output += source.slice(pos);
  const changes = keptGroups.map((group) => {
    const first = group[0];
    const { line, column } = pointAt(lines, first.start);
    const end = group.at(-1).end;
    const before = source.slice(first.start, end);
    const after = joined(source, group);
    const { from, to } = around(source, first.start, end);
    const left = source.slice(from, first.start);
    const right = source.slice(end, to);
    return {
      line,
      column,
      ruleId: first.finding.ruleId ?? "lint",
      before,
      after,
      context: { before: left + before + right, after: left + after + right }
    };
  });
  output = withLineEndings(original.replace(/^\uFEFF/, ""), output);
  if (original.charCodeAt(0) === 65279) output = `\uFEFF${output}`;
  return { output, changes };
}

// src/lint/merge-findings.ts
var MERGEABLE = /* @__PURE__ */ new Set([
  "typography/brackets",
  "typography/cjk-spacing",
  "typography/punctuation-width",
  "typography/product-name",
  "typography/repeated-punctuation",
  "typography/space-around-fullwidth",
  "typography/typo"
]);
var GAP = /^(?:[^\s\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]| (?! ))*$/;
var gapOk = (gap) => gap.length <= 40 && GAP.test(gap) && !/^ | $/.test(gap);
var WORD_GAP = /^[\u3400-\u9fff]{1,2}$/;
var SPACING = /* @__PURE__ */ new Set(["typography/cjk-spacing", "typography/product-name"]);
var WORD2 = /[\p{L}\p{N}]/u;
var RANK = { error: 0, warning: 1, info: 2 };
var mergeable = (f) => MERGEABLE.has(f.ruleId) && f.fix !== void 0 && f.moreFixes === void 0;
function minimal(f) {
  const { segment, start, end, text } = f.fix;
  const old = segment.text.slice(start, end);
  const { head, tail } = commonEnds(old, text);
  if (head === 0 && tail === 0) return f;
  const fix = { segment, start: start + head, end: end - tail, text: text.slice(head, text.length - tail) };
  return { ...f, fix };
}
function mergeFindings(findings, locate2) {
  const bySegment = /* @__PURE__ */ new Map();
  const original = /* @__PURE__ */ new Map();
  for (const f of findings) {
    if (!mergeable(f)) continue;
    const m = minimal(f);
    original.set(m, f);
    const list = bySegment.get(f.fix.segment);
    if (list) list.push(m);
    else bySegment.set(f.fix.segment, [m]);
  }
  const replaced = /* @__PURE__ */ new Map();
  for (const [segment, list] of bySegment) {
    if (list.length < 2) continue;
    list.sort((a, b) => a.fix.start - b.fix.start || a.fix.end - b.fix.end);
    let cluster = [list[0]];
    let end = list[0].fix.end;
    const flush = () => {
      if (cluster.length > 1) {
        const spans = cluster.map((c) => original.get(c).fix);
        const merged = mergeCluster(segment, cluster, spans, locate2);
        for (const [i, f] of cluster.entries()) replaced.set(original.get(f), i === 0 ? merged : null);
      }
    };
    for (const f of list.slice(1)) {
      const last = cluster.at(-1);
      const { start, end: stop, text } = last.fix;
      const same = f.fix.start === start && f.fix.end === stop && f.fix.text === text;
      if (same) {
        replaced.set(original.get(f), null);
        continue;
      }
      const gap = segment.text.slice(end, f.fix.start);
      const words = SPACING.has(last.ruleId) && SPACING.has(f.ruleId) && WORD_GAP.test(gap);
      if (f.fix.start >= end && (gapOk(gap) || words)) {
        cluster.push(f);
        end = Math.max(end, f.fix.end);
      } else {
        flush();
        cluster = [f];
        end = f.fix.end;
      }
    }
    flush();
  }
  const out = [];
  for (const f of findings) {
    const r = replaced.get(f);
    if (r === void 0) out.push(f);
    else if (r !== null) out.push(r);
  }
  return withoutCoveredTitleMarks(out);
}
var atOrBefore = (a, b) => a.line < b.line || a.line === b.line && a.column <= b.column;
var within = (outer, inner) => outer !== void 0 && inner !== void 0 && atOrBefore(outer.start, inner.start) && atOrBefore(inner.end, outer.end);
function withoutCoveredTitleMarks(findings) {
  const fixes = findings.filter(
    (f) => f.field === "title" && f.ruleId.startsWith("typography/") && f.fix && !/[！!？?]{2}/.test(f.fix.text)
  );
  if (fixes.length === 0) return findings;
  return findings.filter(
    (f) => f.ruleId !== "title/punctuation" || !fixes.some((g) => within(g.place, f.place))
  );
}
var inToken = (text, i) => /[:./_-]/.test(text.charAt(i)) && /[A-Za-z0-9]/.test(text.charAt(i - 1)) && /[A-Za-z0-9]/.test(text.charAt(i + 1));
function mergeCluster(segment, cluster, spans, locate2) {
  const text = segment.text;
  let start = Number.POSITIVE_INFINITY;
  let end = 0;
  for (const s of spans) [start, end] = [Math.min(start, s.start), Math.max(end, s.end)];
  for (const c of cluster) end = Math.max(end, c.fix.end);
  let fixed = "";
  let pos = start;
  for (const c of cluster) {
    fixed += text.slice(pos, c.fix.start) + c.fix.text;
    pos = c.fix.end;
  }
  fixed += text.slice(pos, end);
  let from = start;
  let to = end;
  while (from > 0 && start - from < 2 && WORD2.test(text.charAt(from - 1))) from--;
  const LATIN = /[A-Za-z0-9]/;
  while (from > 0 && start - from < 20 && LATIN.test(text.charAt(from)) && LATIN.test(text.charAt(from - 1)))
    from--;
  if (LATIN.test(text.charAt(end)) || LATIN.test(text.charAt(end - 1)) && inToken(text, end)) {
    while (to < text.length && to - end < 20 && (LATIN.test(text.charAt(to)) || inToken(text, to))) to++;
  } else if (to < text.length && WORD2.test(text.charAt(to))) to++;
  const phrase = text.slice(from, to);
  const correct = text.slice(from, start) + fixed + text.slice(end, to);
  const first = cluster[0];
  const severity = cluster.map((c) => c.severity).sort((a, b) => RANK[a] - RANK[b])[0];
  return {
    ruleId: first.ruleId,
    severity,
    message: lintMessages.msg.phrase({ phrase, fixed: correct }),
    place: locate2(segment, start, Math.max(end, start + 1)),
    value: phrase,
    hint: lintMessages.msg.write({ text: correct }),
    ...first.field !== void 0 ? { field: first.field } : {},
    fix: { segment, start, end, text: fixed }
  };
}

// src/lint/presets/recommended.ts
var recommended = {
  // Chat lists cut long titles; the reader decides on the first line.
  "title/max-length": "warn",
  // 「！！！」 titles read as spam.
  "title/punctuation": "warn",
  // WeChat penalises 标题党.
  "title/clickbait": "warn",
  // Advertising Law article 9: no superlatives in promotional content.
  "title/absolute-terms": "warn",
  // The same terms in the body: warnings, with the same allow-contexts.
  "body/absolute-terms": "warn",
  "body/clickbait": "warn",
  "body/wrong-date": "warn",
  // Editors like to see 字数 and reading time in review.
  "length/word-count": "info",
  // The draft API rejects bodies over 20,000 characters.
  "length/character-limit": "error",
  // Many images make an article slow on mobile networks.
  "length/image-count": "warn",
  // A written digest beats the first 54 characters.
  "length/digest-missing": "info",
  // The share card shows about 54 characters of the digest.
  "length/digest-length": "warn",
  // The core of Chinese typography: spacing and punctuation width (autocorrect).
  "typography/cjk-spacing": "warn",
  "typography/punctuation-width": "warn",
  // Shortcut marks that look careless in print.
  "typography/ellipsis": "warn",
  "typography/repeated-punctuation": "warn",
  "typography/quotes": "warn",
  "typography/brackets": "warn",
  "typography/space-around-fullwidth": "warn",
  // Technical readers notice 「Github」 at once.
  "typography/product-name": "warn",
  // 登陆 for 登录 and friends.
  "typography/typo": "warn",
  // Pasted zero-width spaces and control characters break search and copying.
  "typography/invisible-characters": "warn",
  // `这是__加粗__文字` shows its underscores to readers.
  "markdown/unparsed-emphasis": "warn",
  // `__init__` and `a*b*c` lose their underscores and asterisks to emphasis.
  "markdown/accidental-emphasis": "warn",
  // `**标签**⏎说明` and poems written line by line run together on the reader's phone.
  "markdown/soft-break": "warn",
  "markdown/highlight": "warn",
  // `\t这一段…` (首行缩进) shows as a grey code box.
  "markdown/indented-prose": "warn",
  // `##` then `####`, and `#### 目标：`: an outline a reader can follow.
  "markdown/heading-skip": "info",
  "markdown/heading-colon": "info"
};

// src/lint/resolve-rules.ts
function parse(setting) {
  const [level, options] = Array.isArray(setting) ? setting : [setting];
  const severity = level === "warn" ? "warning" : level;
  return options ? { severity, options } : { severity };
}
function resolveRules(rules, config, perFile = {}) {
  const known = new Set(rules.map((r) => r.id));
  const unknown = Object.keys(perFile).filter((id) => !known.has(id) && !isOtherStageId(id));
  const active = [];
  for (const rule of rules) {
    const base = config.preset === "recommended" ? recommended[rule.id] : void 0;
    const chain = [base, config.rules[rule.id], perFile[rule.id]].filter(
      (s) => s !== void 0
    );
    if (chain.length === 0) continue;
    let severity = rule.severity;
    let options = {};
    for (const s of chain) {
      const p = parse(s);
      severity = p.severity;
      if (p.options) options = { ...options, ...p.options };
    }
    if (rule.id === "typography/product-name") options = { terms: config.terms, ...options };
    if (rule.id === "title/max-length" && options.max === void 0)
      options = { ...options, max: config.limits.titleWarn };
    if (rule.id === "length/digest-length" && options.max === void 0)
      options = { ...options, max: config.limits.digestWarn };
    if (severity !== "off") active.push({ rule, severity, options });
  }
  return { active, unknown: [...new Set(unknown)] };
}

// src/lint/withhold-fixes.ts
var editsOf2 = (f) => f.fix ? [f.fix, ...f.moreFixes ?? []] : [];
function growth(f, segment) {
  let n = 0;
  for (const e of editsOf2(f))
    if (e.segment === segment) n += codePoints(e.text) - codePoints(segment.text.slice(e.start, e.end));
  return n;
}
function withholdOverLimit(findings, config) {
  const bySegment = /* @__PURE__ */ new Map();
  for (const f of findings)
    for (const e of editsOf2(f)) {
      if (e.segment.where === "body" || hardMaxLength(config, e.segment.where) === void 0) continue;
      const list = bySegment.get(e.segment) ?? [];
      if (!list.includes(f)) list.push(f);
      bySegment.set(e.segment, list);
    }
  const withheld = /* @__PURE__ */ new Map();
  for (const [segment, list] of bySegment) {
    const max = hardMaxLength(config, segment.where);
    const fixed = codePoints(segment.text) + list.reduce((n, f) => n + growth(f, segment), 0);
    if (fixed <= max) continue;
    for (const f of list) {
      if (growth(f, segment) <= 0) continue;
      const text = typeof f.hint === "object" && f.hint.id === "lint.write" ? String(f.hint.params.text) : "";
      const hint = lintMessages.msg.fixWithheld({ field: segment.where, max, fixed, text });
      const copy = { ...f, hint };
      delete copy.fix;
      delete copy.moreFixes;
      withheld.set(f, copy);
    }
  }
  return findings.map((f) => withheld.get(f) ?? f);
}

// src/lint/lint-article.ts
function withoutFix(finding) {
  const copy = { ...finding };
  delete copy.fix;
  delete copy.moreFixes;
  return copy;
}
function createLinter(options) {
  const parse2 = createMarkdownParser();
  const { config } = options;
  const { msg } = lintMessages;
  const hintFor = (s) => s ? commonMessages.msg.didYouMean({ s }) : commonMessages.msg.seeRulesDoc();
  return {
    lint(article, parsed) {
      if (!article.readable) return [];
      const tree = parsed ? parsed(parse2) : parse2(article.markdown);
      const prose = collectProse(article, tree);
      const index = createLineIndex(article.markdown);
      const fileLines = String(article.file.value).split("\n");
      const directives = parseDirectives(tree);
      const inCall = createCodeLikeTest(fileLines);
      const { active, unknown } = resolveRules(RULES, config, article.frontmatter.lint);
      const all = [];
      for (const id of unknown) {
        const s = didYouMean(
          id,
          RULES.map((r) => r.id)
        );
        const field = article.fields.find((f) => f.key === "lint");
        const entry = article.frontmatter.lint && id in article.frontmatter.lint ? field?.entries?.find((e) => e.key === id) : void 0;
        report(
          article.file,
          "warning",
          "lint/unknown-rule",
          "lint",
          msg.unknownRule({ id, where: entry ? "lint" : "" }),
          {
            place: entry?.keyPosition ?? field?.valuePosition ?? article.block,
            value: id,
            field: entry ? `lint.${id}` : void 0,
            hint: hintFor(s)
          }
        );
      }
      const where = (segment, from, to) => locate(index, segment, from, to, fileLines);
      const found = [];
      for (const { rule, severity, options: ruleOptions } of active) {
        try {
          rule.check({
            article,
            prose,
            tree,
            options: ruleOptions,
            locate: where,
            report: (finding) => {
              const start = finding.place?.start.line;
              if (isDisabled(directives, rule.id, start)) return;
              if (rule.id.startsWith("typography/") && inCall(finding.place)) return;
              found.push({ ...finding, ruleId: rule.id, severity });
            }
          });
        } catch (error) {
          report(
            article.file,
            "error",
            "lint/rule-crashed",
            "lint",
            msg.ruleCrashed({ id: rule.id, error: error.message }),
            {
              place: article.block,
              hint: msg.ruleCrashedHint()
            }
          );
        }
      }
      const fixOf = createFixLocator(article);
      const merged = (options.merge === false ? found : mergeFindings(found, where)).map(
        (f) => f.fix?.segment.html || f.moreFixes?.some((e) => e.segment.html) ? withoutFix(f) : f
      );
      for (const finding of withholdOverLimit(merged, config)) {
        const { severity, ...rest } = finding;
        all.push(rest);
        report(article.file, severity, finding.ruleId, "lint", finding.message, {
          place: finding.place,
          hint: finding.hint,
          value: finding.value,
          field: finding.field,
          fix: fixOf(finding)
        });
      }
      const ruleIds = RULES.map((r) => r.id);
      for (const d of directives) {
        if (d.rules === "all") continue;
        d.rules.forEach((id, i) => {
          if (ruleIds.includes(id) || isOtherStageId(id)) return;
          const s = didYouMean(id, ruleIds);
          report(
            article.file,
            "warning",
            "lint/unknown-rule",
            "lint",
            msg.unknownRule({ id, where: "comment" }),
            {
              place: d.idPlaces[i] ?? d.position,
              value: id,
              hint: hintFor(s)
            }
          );
        });
      }
      for (const d of directives) {
        if (d.used) continue;
        if (d.rules !== "all" && d.rules.every((id) => !ruleIds.includes(id) && !isOtherStageId(id))) continue;
        report(
          article.file,
          "warning",
          "lint/unused-disable",
          "lint",
          msg.unusedDisable({ rules: d.rules === "all" ? "" : d.rules.join(", ") }),
          {
            place: d.position,
            hint: msg.unusedDisableHint()
          }
        );
      }
      return all;
    }
  };
}

export {
  createLineIndex,
  applyFixes,
  createLinter
};
