import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  PHONE_WIDTH,
  accountName,
  phoneFramePage
} from "./chunk-SG5JV2RG.js";
import {
  LIMITS,
  RULE_ID_PATTERN,
  SLUG_PATTERN,
  capFindings,
  formatAnnotations,
  hunkHeader,
  isArticleFact,
  parseHunks,
  parseReport
} from "./chunk-TPEEIUOJ.js";
import {
  fileAt,
  lineMoves,
  pullRequestDiff,
  revParse
} from "./chunk-RGUXJ74E.js";
import {
  articleFromText,
  fixToFixedPoint
} from "./chunk-C4IG7CTF.js";
import {
  writtenText
} from "./chunk-YLSJPKLP.js";
import {
  withLedgerSnapshot
} from "./chunk-4KW6MAYG.js";
import "./chunk-VHVTHEVT.js";
import "./chunk-7JMQT3C6.js";
import {
  reportJson,
  reportUsage
} from "./chunk-KH524RKI.js";
import "./chunk-VH3G5L5R.js";
import {
  checkSite
} from "./chunk-33OXHCRQ.js";
import {
  articleWords,
  digestSource,
  effectiveDigest,
  visibleText
} from "./chunk-YVTT2VMP.js";
import "./chunk-LIUXQTDM.js";
import "./chunk-RBPDBETO.js";
import "./chunk-DAW4CLPE.js";
import {
  launchBrowser
} from "./chunk-N6J4RCF4.js";
import "./chunk-5VEVMHFP.js";
import "./chunk-G6T3CGSR.js";
import {
  createLineIndex,
  createLinter
} from "./chunk-KVJU3JLX.js";
import {
  diffArrays
} from "./chunk-S4F2JI3I.js";
import {
  readingMinutes
} from "./chunk-YH4FC4WP.js";
import "./chunk-EDI4LR2N.js";
import "./chunk-NLG6EU7L.js";
import "./chunk-7LBD2UEY.js";
import "./chunk-Q67BRMVT.js";
import "./chunk-3SJZHGWJ.js";
import "./chunk-DLA7MNRC.js";
import {
  resolveNow
} from "./chunk-2NWFFI6H.js";
import {
  EXIT
} from "./chunk-5BTLSYB3.js";
import "./chunk-3H6A6EEH.js";
import "./chunk-N2467WQW.js";
import "./chunk-LVMNPJUU.js";
import {
  loadSite
} from "./chunk-S23H6RSW.js";
import {
  fieldPosition
} from "./chunk-QGBYRSYB.js";
import "./chunk-BRDAFRXC.js";
import "./chunk-DJXUAFTC.js";
import "./chunk-F522ZLBN.js";
import "./chunk-UHZN63ZL.js";
import {
  CONFIG_NAMES
} from "./chunk-A2AXCRP6.js";
import {
  localeInText
} from "./chunk-ARZ2MO6U.js";
import "./chunk-OYTPAMKN.js";
import "./chunk-YDLX56YM.js";
import "./chunk-SUMJWZ6U.js";
import {
  blankArticle
} from "./chunk-2DVWRVNC.js";
import "./chunk-V5G7W6GZ.js";
import "./chunk-LDYINIK6.js";
import "./chunk-4L3TKDER.js";
import {
  VFile
} from "./chunk-2LHYGFIJ.js";
import "./chunk-7M4XFPZV.js";
import "./chunk-UM7H22DT.js";
import {
  buildVersion
} from "./chunk-YSZOIMHP.js";
import "./chunk-7VXFPHBU.js";
import "./chunk-HD5MTZOP.js";
import {
  report
} from "./chunk-ATHEYLYN.js";
import {
  formatLocalHuman,
  formatLocalIso,
  formatUtcIso,
  prCheckMessages,
  prCheckSummaryMessages,
  publishRenamedMessages,
  renderText,
  reportMessages,
  t
} from "./chunk-OWIXN4P4.js";
import "./chunk-W666XFH3.js";
import "./chunk-6YQ3DZCD.js";
import {
  previewMessages
} from "./chunk-S4VC6IKX.js";
import "./chunk-RGBDA2DB.js";
import "./chunk-DS2PTOKG.js";
import {
  external_exports
} from "./chunk-HQTF5GXH.js";
import "./chunk-EP4KRDZC.js";

// src/cli/commands/run-pr-check.ts
import { appendFile, lstat, readFile as readFile2 } from "node:fs/promises";
import path7 from "node:path";

// src/pr/pr-event.ts
function parsePullRequestEvent(text) {
  let raw;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: `the event file is not JSON (${error.message})` };
  }
  const parsed = eventSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? issue.path.join(".") || "(root)" : "(root)";
    return {
      ok: false,
      reason: `the event is not a \`pull_request\` event (\`${where}\`: ${issue?.message ?? "invalid"})`
    };
  }
  const pr = parsed.data.pull_request;
  const value = {
    number: pr.number,
    headSha: pr.head.sha.toLowerCase(),
    baseRef: pr.base.ref
  };
  if (pr.base.sha) value.baseSha = pr.base.sha.toLowerCase();
  return { ok: true, value };
}
var eventSchema = external_exports.object({
  pull_request: external_exports.object({
    number: external_exports.number().int().positive(),
    head: external_exports.object({ sha: external_exports.string().regex(/^[0-9a-f]{40}$/i) }),
    base: external_exports.object({
      ref: external_exports.string().min(1),
      sha: external_exports.string().regex(/^[0-9a-f]{40}$/i).optional()
    })
  })
});

// src/cli/commands/pr-checkout.ts
import { access } from "node:fs/promises";
import path from "node:path";
var { msg } = prCheckMessages;
async function notThePr(o) {
  const checkedOut = await revParse(o.cwd, "HEAD");
  if (o.pr.number === null || !checkedOut.ok) return void 0;
  const head = o.pr.headSha.slice(0, 7);
  const at = checkedOut.sha.slice(0, 7);
  const base = await revParse(o.cwd, o.diffBase);
  const isHead = checkedOut.sha === o.pr.headSha;
  if (!isHead && base.ok && base.sha === checkedOut.sha)
    return { message: msg.checkoutIsBase({ at, base: o.diffBase, head }), value: at };
  const present = await revParse(o.cwd, o.pr.headSha);
  if (!isHead && present.ok) {
    const parents = await Promise.all([1, 2].map((n) => revParse(o.cwd, `HEAD^${n}`)));
    if (!parents.some((p) => p.ok && p.sha === o.pr.headSha))
      return { message: msg.checkoutNotHead({ at, head }), value: at };
  }
  const content = o.contentDir.replace(/^\.\//, "").replace(/\/$/, "");
  for (const file of o.files) {
    if (!file.startsWith(`${content}/`) || !file.endsWith("/index.md")) continue;
    if (await fileAt(o.cwd, o.head, file) === void 0) continue;
    const there = await access(path.join(o.cwd, file)).then(
      () => true,
      () => false
    );
    if (!there) return { message: msg.checkoutMissingFile({ file, head }), value: file };
  }
  return void 0;
}

// src/pr/pr-check.ts
import { writeFile as writeFile2 } from "node:fs/promises";
import path5 from "node:path";

// src/pr/fit-report.ts
function fitText(text, max) {
  if (text.length <= max) return text;
  let cut = text.slice(0, max - 1);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}\u2026`;
}
var isArtifactSlug = (slug) => slug.length <= LIMITS.slug && SLUG_PATTERN.test(slug);
function fitRuleId(ruleId) {
  if (ruleId.length <= LIMITS.ruleId && RULE_ID_PATTERN.test(ruleId)) return ruleId;
  const plain = ruleId.replace(/[^a-z0-9/_.:@-]+/gi, "-").replace(/^[^a-z0-9]+/i, "").slice(0, LIMITS.ruleId);
  return plain || "wxpress/unknown";
}
function fitDiagnostic(d) {
  const out = {
    ...d,
    ruleId: fitRuleId(d.ruleId),
    source: fitText(d.source, LIMITS.source),
    message: fitText(d.message, LIMITS.text)
  };
  if (d.hint !== void 0) out.hint = fitText(d.hint, LIMITS.text);
  if (d.field !== void 0) out.field = fitText(d.field, LIMITS.field);
  if (d.value !== void 0) out.value = fitText(d.value, LIMITS.text);
  if (d.fix && d.fix.text.length > LIMITS.text) delete out.fix;
  return out;
}
function fitCheck(check) {
  return { ...check, diagnostics: check.diagnostics.map(fitDiagnostic) };
}
function fitArticle(a) {
  return {
    ...a,
    title: fitText(a.title, LIMITS.title),
    topic: fitText(a.topic, LIMITS.label),
    audience: fitText(a.audience, LIMITS.label),
    digest: fitText(a.digest, LIMITS.text),
    // a text too long to keep makes its fix unsuggestable (no entry: pr-report then does not check it)
    fixTexts: a.fixTexts.filter((f) => f.old.length <= LIMITS.text).slice(0, LIMITS.diagnostics),
    // likewise a block of fixed lines too long to keep: its lines get the findings' own fixes
    fixedLines: a.fixedLines.filter((f) => f.old.length <= LIMITS.text && f.text.length <= LIMITS.text).slice(0, LIMITS.diagnostics),
    push: a.push && {
      slot: a.push.slot,
      articles: a.push.articles.filter((p) => isArtifactSlug(p.slug)).slice(0, LIMITS.pushArticles).map((p) => ({ slug: p.slug, title: fitText(p.title, LIMITS.title) }))
    }
  };
}

// src/pr/written-field.ts
function writtenField(article, key, max) {
  const text = writtenText(article, key)?.replace(/\r/g, "").trim();
  return text ? fitText(text, max) : void 0;
}

// src/pr/article-entries.ts
var dataUri = (image) => `data:${image.mime};base64,${Buffer.from(image.data).toString("base64")}`;
function inlineImages(html, images) {
  const byFile = new Map(images.map((i) => [i.file, i]));
  return html.replace(/(\ssrc=")(assets\/[0-9a-f]{64}\.(?:png|jpg))"/g, (all, pre, file) => {
    const image = byFile.get(file);
    return image && image.data.byteLength > 0 ? `${pre}${dataUri(image)}"` : all;
  });
}
function articleEntries(site, result, changed, hunks) {
  const counts = new Map(result.files.map((f) => [f.slug, f]));
  const titles = new Map(site.articles.map((a) => [a.slug, writtenField(a, "title", LIMITS.title) ?? ""]));
  return site.selected.map((article) => {
    const render = result.renders.get(article.slug);
    const text = visibleText(render?.html ?? "");
    const fm = article.frontmatter;
    const push = result.plan.pushes.find((p) => p.articles.includes(article.slug));
    const c = counts.get(article.slug);
    const reported = result.diagnostics.find(
      (d) => d.file === article.path && d.ruleId === "length/word-count"
    );
    const words = articleWords(reported?.value, text);
    const entry = {
      slug: article.slug,
      file: article.path,
      // a title over its limit is shown as written (the finding says it is too long); none (or front
      // matter that could not be read): the comment shows the folder name as such
      title: titles.get(article.slug) ?? "",
      topic: fm.topic ?? "",
      audience: fm.audience ?? "",
      slot: push?.slot ?? (article.slot ? formatLocalIso(article.slot.epochMs, site.config.timezone) : null),
      utc: push?.utc ?? (article.slot ? formatUtcIso(article.slot.epochMs) : null),
      push: push ? {
        slot: push.slot,
        articles: push.articles.map((slug) => ({ slug, title: titles.get(slug) ?? "" }))
      } : null,
      words,
      readingMinutes: readingMinutes(words),
      // the digest as written even when it is invalid (too long); the body's start when there is none,
      // none when the front-matter cannot be read (the writer may well have written one)
      digest: article.brokenFrontmatter ? "" : effectiveDigest(
        writtenField(article, "digest", LIMITS.text),
        digestSource(article.file, render?.html ?? "")
      ),
      status: c?.errors ? "error" : c?.warnings ? "warning" : "ok",
      changed: changed.has(article.slug),
      checked: article.readable,
      frontmatterBroken: article.brokenFrontmatter === true,
      html: `html/${article.slug}.html`,
      changedLines: hunks.get(article.path) ?? [],
      // filled by pr-check from the findings it reports
      fixTexts: [],
      fixedLines: []
    };
    return { entry, page: page(site, article, render, entry), cover: render?.cover };
  });
}
function page(site, article, render, entry) {
  return phoneFramePage({
    title: entry.title || article.slug,
    digest: entry.digest,
    author: article.frontmatter.author,
    account: accountName(site.config, article),
    date: article.slot ? formatLocalHuman(article.slot.epochMs, site.config.timezone, site.config.locale) : void 0,
    cover: render?.cover && render.cover.data.byteLength > 0 ? dataUri(render.cover) : void 0,
    noCover: render?.cover ? void 0 : t(site.config.locale, previewMessages.msg.noCover()),
    contentHtml: inlineImages(render?.html ?? "", render?.images ?? [])
  });
}

// src/pr/pr-scope.ts
import path2 from "node:path";
var clean = (p) => path2.posix.normalize(p.split("\\").join("/")).replace(/^\.\//, "").replace(/\/$/, "");
var under = (file, dir) => dir === "." || dir === "" ? true : file === dir || file.startsWith(`${dir}/`);
function prScope(input) {
  const content = clean(input.contentDir);
  const existing = new Set(input.slugs);
  const changed = /* @__PURE__ */ new Set();
  const deleted = /* @__PURE__ */ new Set();
  for (const file of input.changedFiles) {
    if (!under(file, content) || file === content) continue;
    const rest = file.slice(content.length + 1).split("/");
    if (rest.length > 1 && existing.has(rest[0])) changed.add(rest[0]);
    else if (rest.length === 2 && rest[1] === "index.md") deleted.add(rest[0]);
  }
  const gone = [...deleted].sort();
  const { msg: msg4 } = prCheckMessages;
  const text = (message) => renderText(message, input.locale);
  const configs = /* @__PURE__ */ new Set([...input.configPath ? [clean(input.configPath)] : [], ...input.configNames]);
  const plugins = new Set(input.pluginPaths.map(clean));
  const themeDirs = input.themeDirs.map(clean);
  const found = { config: [], plugin: [], theme: [] };
  for (const file of input.changedFiles) {
    if (configs.has(file)) found.config.push(file);
    else if (plugins.has(file) || under(file, "plugins")) found.plugin.push(file);
    else if (themeDirs.some((dir) => under(file, dir)) && !under(file, content)) found.theme.push(file);
  }
  const zh = input.locale === "zh-CN";
  const files = (list) => list.slice(0, 3).join(zh ? "\u3001" : ", ") + (list.length > 3 ? zh ? ` \u7B49 ${list.length} \u4E2A\u6587\u4EF6` : ` and ${list.length - 3} more` : "");
  const reasons = [
    found.config.length > 0 && text(msg4.scopeConfig({ file: files(found.config) })),
    found.plugin.length > 0 && text(msg4.scopePlugin({ file: files(found.plugin) })),
    found.theme.length > 0 && text(msg4.scopeTheme({ file: files(found.theme) }))
  ].filter((r) => r !== false);
  const sortedChanged = [...changed].sort();
  if (reasons.length === 0)
    return { all: false, reason: null, slugs: sortedChanged, changed: sortedChanged, deleted: gone };
  return {
    all: true,
    reason: text(msg4.scopeAll({ reasons: reasons.join(zh ? "\uFF1B" : "; "), more: 0 })),
    slugs: [...input.slugs].sort(),
    changed: sortedChanged,
    deleted: gone
  };
}
function pluginPathsOf(plugins) {
  const out = [];
  for (const entry of plugins) {
    const ref = Array.isArray(entry) ? entry[0] : entry;
    if (typeof ref === "string" && (ref.startsWith("./") || ref.startsWith("../") || ref.includes("/")))
      out.push(clean(ref));
  }
  return out;
}

// src/pr/fix-old-text.ts
function withFixOldText(diagnostics, sources) {
  const starts = /* @__PURE__ */ new Map();
  return diagnostics.map((d) => {
    const source = d.fix ? sources.get(d.file) : void 0;
    if (!d.fix || source === void 0) return d;
    let lines = starts.get(d.file);
    if (!lines) starts.set(d.file, lines = createLineIndex(source).starts);
    const at = (line, column) => (lines[line - 1] ?? Number.NaN) + column - 1;
    const from = at(d.fix.line, d.fix.column);
    const to = at(d.fix.endLine, d.fix.endColumn);
    if (!(from >= 0 && to >= from && to <= source.length)) {
      const { fix: _fix, ...rest } = d;
      return rest;
    }
    return { ...d, fix: { ...d.fix, old: source.slice(from, to) } };
  });
}
function splitFixTexts(diagnostics) {
  const fixTexts = /* @__PURE__ */ new Map();
  const plain = diagnostics.map((d) => {
    if (d.fix?.old === void 0) return d;
    const { old, ...fix } = d.fix;
    const list = fixTexts.get(d.file) ?? [];
    list.push({ line: fix.line, column: fix.column, endLine: fix.endLine, endColumn: fix.endColumn, old });
    fixTexts.set(d.file, list);
    return { ...d, fix };
  });
  return { diagnostics: plain, fixTexts };
}

// src/pr/relocate-to-head.ts
var OLD_FILE = /^--- (?:a\/(.*)|\/dev\/null)$/;
var NEW_FILE = /^\+\+\+ (?:b\/(.*)|\/dev\/null)$/;
function parseLineMoves(patch) {
  const moves = /* @__PURE__ */ new Map();
  let oldPath;
  let current;
  for (const line of patch.split("\n")) {
    const old = OLD_FILE.exec(line);
    if (old) {
      oldPath = old[1];
      current = void 0;
      continue;
    }
    const neu = NEW_FILE.exec(line);
    if (neu) {
      if (oldPath === void 0) continue;
      current = neu[1] === void 0 ? void 0 : [];
      moves.set(oldPath, current ?? null);
      continue;
    }
    const hunk = hunkHeader(line);
    if (hunk && current) current.push(hunk);
  }
  return moves;
}
function lineAtHead(hunks, line) {
  let shift = 0;
  for (const h of hunks) {
    const before = h.oldCount === 0 ? line <= h.oldStart : line < h.oldStart;
    if (before) break;
    if (h.oldCount > 0 && line < h.oldStart + h.oldCount) {
      return { line: Math.max(1, h.newStart), exact: false };
    }
    shift += h.newCount - h.oldCount;
  }
  return { line: line + shift, exact: true };
}
function relocateToHead(diagnostics, moves) {
  if (moves.size === 0) return [...diagnostics];
  return diagnostics.map((d) => {
    if (!moves.has(d.file)) return d;
    const hunks = moves.get(d.file);
    const start = hunks ? lineAtHead(hunks, d.line) : { line: 1, exact: false };
    const end = hunks && d.endLine !== void 0 ? lineAtHead(hunks, d.endLine) : void 0;
    const fixStart = hunks && d.fix ? lineAtHead(hunks, d.fix.line) : void 0;
    const fixEnd = hunks && d.fix ? lineAtHead(hunks, d.fix.endLine) : void 0;
    const { endLine: _l, endColumn: _c, fix: _f, ...rest } = d;
    if (!start.exact) return { ...rest, line: start.line, column: 1 };
    const moved = { ...rest, line: start.line };
    if (end?.exact && end.line - start.line === d.endLine - d.line) {
      moved.endLine = end.line;
      if (d.endColumn !== void 0) moved.endColumn = d.endColumn;
    }
    if (d.fix && fixStart?.exact && fixEnd?.exact && fixEnd.line - fixStart.line === d.fix.endLine - d.fix.line) {
      moved.fix = { ...d.fix, line: fixStart.line, endLine: fixEnd.line };
    }
    return moved;
  });
}

// src/pr/fixed-lines.ts
function fixedLines(original, output) {
  const before = original.split("\n");
  const after = output.split("\n");
  const out = [];
  const parts = diffArrays(before, after);
  let line = 1;
  for (let i = 0; i < parts.length; i++) {
    if (!parts[i].added && !parts[i].removed) {
      line += parts[i].count ?? parts[i].value.length;
      continue;
    }
    const removed = [];
    const added = [];
    for (; i < parts.length && (parts[i].added || parts[i].removed); i++) {
      ;
      (parts[i].added ? added : removed).push(...parts[i].value);
    }
    i--;
    if (removed.length === added.length) {
      removed.forEach((old, k) => {
        if (old !== added[k]) out.push({ line: line + k, endLine: line + k, old, text: added[k] });
      });
    } else if (line > 1) {
      const kept = before[line - 2];
      const old = [kept, ...removed].join("\n");
      out.push({ line: line - 1, endLine: line - 1 + removed.length, old, text: [kept, ...added].join("\n") });
    } else if (removed.length < before.length) {
      const kept = before[removed.length];
      const old = [...removed, kept].join("\n");
      out.push({ line: 1, endLine: removed.length + 1, old, text: [...added, kept].join("\n") });
    }
    line += removed.length;
  }
  return out;
}
function relocateFixedLines(blocks, hunks) {
  if (hunks === void 0) return [...blocks];
  if (hunks === null) return [];
  return blocks.flatMap((b) => {
    const start = lineAtHead(hunks, b.line);
    const end = lineAtHead(hunks, b.endLine);
    const whole = start.exact && end.exact && end.line - start.line === b.endLine - b.line;
    return whole ? [{ ...b, line: start.line, endLine: end.line }] : [];
  });
}
function siteFixedLines(site, diagnostics, moves = /* @__PURE__ */ new Map()) {
  const fixable = new Set(diagnostics.filter((d) => d.fix).map((d) => d.file));
  const linter = createLinter({ config: site.config });
  const out = /* @__PURE__ */ new Map();
  for (const article of site.selected) {
    if (!article.readable || !fixable.has(article.path)) continue;
    const text = String(article.file.value);
    const { output } = fixToFixedPoint(linter, articleFromText(article, text, site.config), text, site.config);
    if (output === text) continue;
    const blocks = relocateFixedLines(fixedLines(text, output), moves.get(article.path));
    if (blocks.length > 0) out.set(article.path, blocks);
  }
  return out;
}

// src/pr/deleted-articles.ts
import path3 from "node:path";
async function deletedArticles(site, slugs, baseText) {
  const contentDir = path3.relative(site.root, site.contentDir).split(path3.sep).join("/");
  const out = [];
  for (const slug of slugs.filter(isArtifactSlug).slice(0, LIMITS.articles)) {
    const file = contentDir ? `${contentDir}/${slug}/index.md` : `${slug}/index.md`;
    const text = await baseText?.(file);
    if (text === void 0) {
      out.push({ slug, file, title: null, slot: null });
      continue;
    }
    const where = { slug, path: file, dir: path3.join(site.contentDir, slug) };
    const base = blankArticle({ ...where, file: new VFile({ path: file, cwd: site.root }) });
    const article = articleFromText(base, text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n"), site.config);
    const title = article.frontmatter.title;
    out.push({
      slug,
      file,
      title: typeof title === "string" && title ? fitText(title, LIMITS.title) : null,
      slot: article.slot ? formatLocalIso(article.slot.epochMs, site.config.timezone) : null
    });
  }
  return out;
}

// src/pr/renamed-articles.ts
var { msg: msg2 } = publishRenamedMessages;
var SLUG_CHANGED = "publish/slug-changed";
async function renamedArticles(input) {
  const out = [];
  if (input.deleted.length === 0) return out;
  const left = new Set(input.deleted);
  for (const article of input.changed) {
    const from = input.renames.find(([, to]) => to === article.path)?.[0];
    const byGit = from !== void 0 ? [...left].find((d) => d.file === from) : void 0;
    if (!byGit && (!input.baseText || await input.baseText(article.path) !== void 0)) continue;
    const title = article.frontmatter.title ? fitText(article.frontmatter.title, LIMITS.title) : null;
    const slot = article.slot ? formatLocalIso(article.slot.epochMs, input.timezone) : null;
    const why = (d) => title !== null && d.title === title ? "title" : slot !== null && d.slot === slot ? "slot" : void 0;
    const old = byGit ?? [...left].find((d) => why(d) !== void 0);
    if (!old) continue;
    left.delete(old);
    out.push({ old, article, why: why(old) ?? "content" });
  }
  return out;
}
function reportSlugChanged(renamed, nowMs) {
  for (const { old, article, why } of renamed) {
    if (old.slot === null || Date.parse(old.slot) > nowMs) continue;
    const shown = old.slot.slice(0, 16).replace("T", " ");
    report(
      article.file,
      "warning",
      SLUG_CHANGED,
      "publish",
      msg2.slugChanged({ old: old.slug, slug: article.slug, why, slot: shown }),
      {
        place: fieldPosition(article, "slot"),
        value: old.file,
        hint: msg2.slugChangedHint({ old: old.slug, slug: article.slug })
      }
    );
  }
}

// src/pr/write-artifact-pages.ts
import { mkdir, rm, writeFile } from "node:fs/promises";
import path4 from "node:path";

// src/pr/screenshots.ts
import { setTimeout as wait } from "node:timers/promises";

// src/pr/screenshot-fonts.ts
var GLYPH_GAPS = ["U+203E", "U+2103", "U+2109", "U+212B", "U+2164", "U+2169", "U+223C"];
var GLYPH_GAPS_FAMILY = "wxpress-glyph-gaps";
var GAP_SOURCES = ["Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "DejaVu Sans", "Noto Sans"];
var PATCH_SCRIPT = `async ({ family, sources, range }) => {
  const face = new FontFace(family, sources, { unicodeRange: range })
  document.fonts.add(face)
  const first = (style) => {
    if (style && style.fontFamily && !style.fontFamily.startsWith(family))
      style.fontFamily = family + ', ' + style.fontFamily
  }
  for (const el of document.querySelectorAll('[style]')) first(el.style)
  const walk = (rules) => {
    for (const rule of rules) {
      first(rule.style)
      if (rule.cssRules) walk(rule.cssRules)
    }
  }
  for (const sheet of document.styleSheets) {
    try { walk(sheet.cssRules) } catch {}
  }
  await face.load().catch(() => undefined)
  await document.fonts.ready
}`;
async function patchGlyphGaps(page2) {
  const args = {
    family: GLYPH_GAPS_FAMILY,
    sources: GAP_SOURCES.map((name) => `local(${JSON.stringify(name)})`).join(", "),
    range: GLYPH_GAPS.join(", ")
  };
  await page2.evaluate(`(${PATCH_SCRIPT})(${JSON.stringify(args)})`);
}
var CJK_SCRIPT = `({ selector, han, missing }) => {
  const root = document.querySelector(selector) || document.body
  const family = getComputedStyle(root).fontFamily || 'sans-serif'
  const canvas = document.createElement('canvas')
  canvas.width = 64
  canvas.height = 64
  const ctx = canvas.getContext('2d', { willReadFrequently: true })
  ctx.font = '48px ' + family
  const draw = (ch) => {
    ctx.clearRect(0, 0, 64, 64)
    ctx.fillStyle = '#000'
    ctx.fillText(ch, 4, 52)
    const data = ctx.getImageData(0, 0, 64, 64).data
    const alpha = []
    for (let i = 3; i < data.length; i += 4) alpha.push(data[i])
    return alpha.join(',')
  }
  const blank = draw(' ')
  const drawn = han.map(draw)
  const none = missing.map(draw)
  if (drawn.some((d) => d === blank)) return false
  if (drawn.some((d) => none.includes(d))) return false
  return new Set(drawn).size === drawn.length
}`;
var HAN = ["\u4E2D", "\u6587", "\u6C38"];
var MISSING = ["\u0378", "\u{10FFFD}"];
async function cjkGlyphsRender(page2, selector = ".wx-content > *") {
  const args = { selector, han: HAN, missing: MISSING };
  return await page2.evaluate(`(${CJK_SCRIPT})(${JSON.stringify(args)})`) === true;
}

// src/pr/screenshots.ts
var MAX_SCREENSHOT_HEIGHT = 6e3;
var DEVICE_SCALE = 2;
async function captureRetrying(capture, pause = (ms) => wait(ms)) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await capture();
    } catch (error) {
      if (attempt >= 3 || !/Unable to capture screenshot/.test(String(error?.message))) throw error;
      await pause(250 * attempt);
    }
  }
}
async function takeScreenshots(pages, options = {}) {
  if (pages.length === 0) return { ok: true, shots: /* @__PURE__ */ new Map(), noCjkFont: [] };
  const launched = await launchBrowser(
    options.executablePath ? { executablePath: options.executablePath } : {}
  );
  if (!launched.ok) return { ok: false, reason: launched.reason };
  const { browser, close } = launched.value;
  const shots = /* @__PURE__ */ new Map();
  const noCjkFont = [];
  try {
    const context = await browser.newContext({
      viewport: { width: PHONE_WIDTH, height: 812 },
      deviceScaleFactor: DEVICE_SCALE,
      javaScriptEnabled: false,
      offline: true,
      serviceWorkers: "block"
    });
    await context.route("**/*", (route) => route.abort());
    for (const { slug, html } of pages) {
      const page2 = await context.newPage();
      try {
        await page2.setContent(html, { waitUntil: "load", timeout: 3e4 });
        await patchGlyphGaps(page2);
        if (!await cjkGlyphsRender(page2)) noCjkFont.push(slug);
        const height = await page2.evaluate(() => document.documentElement.scrollHeight);
        if (height > MAX_SCREENSHOT_HEIGHT) await markCut(page2, slug, height);
        const clip = {
          x: 0,
          y: 0,
          width: PHONE_WIDTH,
          height: Math.max(1, Math.min(height, MAX_SCREENSHOT_HEIGHT))
        };
        const png = await captureRetrying(
          () => page2.screenshot({ type: "png", fullPage: true, clip, timeout: 3e4 })
        );
        shots.set(slug, new Uint8Array(png));
      } finally {
        await page2.close();
      }
    }
    await context.close();
  } catch (error) {
    return {
      ok: false,
      reason: `Chromium failed: ${String(error.message ?? error).split("\n")[0]}`
    };
  } finally {
    await close();
  }
  return { ok: true, shots, noCjkFont };
}
async function markCut(page2, slug, height) {
  const screens = Math.max(1, Math.round((height - MAX_SCREENSHOT_HEIGHT) / 812));
  const lines = [`\u622A\u56FE\u5230\u6B64\u4E3A\u6B62\uFF08\u540E\u9762\u8FD8\u6709\u7EA6 ${screens} \u5C4F\uFF09`, `\u5168\u6587\u89C1\u6784\u5EFA\u4EA7\u7269 html/${slug}.html`];
  const style = `position:absolute;left:0;right:0;top:${MAX_SCREENSHOT_HEIGHT - BAND}px;height:${BAND}px;box-sizing:border-box;padding:10px 12px;background:#2b2b2b;color:#fff;font-size:14px;line-height:1.5;text-align:center;z-index:9;overflow:hidden`;
  await page2.evaluate(`(() => {
    const band = document.createElement('div')
    band.setAttribute('style', ${JSON.stringify(style)})
    for (const text of ${JSON.stringify(lines)}) {
      const line = document.createElement('div')
      line.textContent = text
      band.appendChild(line)
    }
    document.body.appendChild(band)
  })()`);
}
var BAND = 64;

// src/pr/write-artifact-pages.ts
var COVER_THUMBNAIL_WIDTH = 300;
var MAX_SCREENSHOTS = 50;
async function writeArtifactPages(dir, entries, browser, locale) {
  await Promise.all(
    ["html", "screenshots", "covers", "report.json"].map(
      (d) => rm(path4.join(dir, d), { recursive: true, force: true })
    )
  );
  await Promise.all(
    ["html", "screenshots", "covers"].map((d) => mkdir(path4.join(dir, d), { recursive: true }))
  );
  const { thumbnailJpeg } = await import("./chunk-GSDE4HQ2.js");
  for (const { entry, page: page2, cover } of entries) {
    await writeFile(path4.join(dir, entry.html), page2);
    const thumb = cover && cover.data.byteLength > 0 ? await thumbnailJpeg(cover.data, COVER_THUMBNAIL_WIDTH) : void 0;
    if (thumb) {
      entry.cover = `covers/${entry.slug}.jpg`;
      await writeFile(path4.join(dir, entry.cover), thumb);
    }
  }
  let screenshotsSkipped;
  let noCjkFont = [];
  if (browser) {
    const shown = entries.filter((e) => e.entry.checked);
    const shotList = [...shown.filter((e) => e.entry.changed), ...shown.filter((e) => !e.entry.changed)];
    const pages = shotList.slice(0, MAX_SCREENSHOTS).map((e) => ({ slug: e.entry.slug, html: e.page }));
    const shots = await takeScreenshots(pages, browser);
    if (shots.ok) {
      for (const { entry } of entries) {
        const png = shots.shots.get(entry.slug);
        if (!png) continue;
        entry.screenshot = `screenshots/${entry.slug}.png`;
        await writeFile(path4.join(dir, entry.screenshot), png);
      }
      noCjkFont = shots.noCjkFont;
    } else screenshotsSkipped = shots.reason;
  } else screenshotsSkipped = renderText(prCheckMessages.msg.screenshotsOff(), locale);
  return { screenshotsSkipped, noCjkFont };
}

// src/pr/step-summary.ts
var ICON = { ok: "\u2705", warning: "\u26A0\uFE0F", error: "\u274C" };
var cell = (text) => text.replace(/\|/g, "\\|").replace(/[\r\n]+/g, " ");
function stepSummary(report2, screenshots, locale = "en") {
  const { summary } = report2.check;
  const { msg: msg4 } = prCheckSummaryMessages;
  const counted = msg4.summaryCounted({ articles: report2.articles.length, ...summary });
  const lines = ["## wxpress pr-check", "", t(locale, counted)];
  if (report2.scope.reason) lines.push("", report2.scope.reason);
  for (const r of (report2.renamed ?? []).slice(0, 20)) lines.push("", t(locale, msg4.summaryRenamed(r)));
  if (screenshots) lines.push("", t(locale, msg4.summaryScreenshots({ reason: screenshots })));
  if (report2.noCjkFont) lines.push("", t(locale, msg4.summaryNoCjkFont()));
  if (report2.articles.length > 0) {
    lines.push("", t(locale, msg4.summaryColumns()), "| --- | --- | --- | --- |");
    const yes = t(locale, msg4.summaryYes());
    for (const a of report2.articles)
      lines.push(
        `| ${ICON[a.status]} | ${cell(a.title || a.slug)} | \`${cell(a.file)}\` | ${a.changed ? yes : ""} |`
      );
  }
  return `${lines.join("\n")}
`;
}

// src/pr/pr-check.ts
async function runPrCheck(input) {
  const { site } = input;
  const locale = input.locale ?? site.config.locale;
  const rel = (p) => path5.relative(site.root, p).split(path5.sep).join("/");
  const scope = prScope({
    changedFiles: input.diff.files,
    contentDir: rel(site.contentDir),
    slugs: site.articles.map((a) => a.slug),
    configPath: site.loadedConfig.path,
    configNames: CONFIG_NAMES,
    themeDirs: ["themes", ...site.config.themeDirs],
    pluginPaths: pluginPathsOf([
      ...site.config.markdown.remarkPlugins,
      ...site.config.markdown.rehypePlugins
    ]),
    locale
  });
  const configPath = site.loadedConfig.path;
  const configFailed = site.loadedConfig.failed && configPath ? prCheckMessages.msg.scopeConfigBroken({ file: configPath }) : void 0;
  const wanted = new Set(scope.slugs);
  site.selected = site.articles.filter((a) => wanted.has(a.slug));
  if (site.misnamed)
    site.misnamed = site.misnamed.filter((f) => scope.all || input.diff.files.includes(f.path));
  const gone = await deletedArticles(site, scope.deleted, input.baseText);
  const changed = site.articles.filter((a) => scope.changed.includes(a.slug));
  const renames = input.diff.renames ?? [];
  const timezone = site.config.timezone;
  const moved = await renamedArticles({ changed, deleted: gone, renames, baseText: input.baseText, timezone });
  reportSlugChanged(moved, input.nowMs);
  const deleted = gone.filter((d) => !moved.some((r) => r.old === d));
  const renamed = moved.filter((r) => isArtifactSlug(r.article.slug)).map(({ old, article }) => ({
    from: old.slug,
    to: article.slug,
    file: article.path,
    title: old.title,
    slot: old.slot
  }));
  const result = await checkSite(site, {
    chromium: input.browser ? input.browser.executablePath : void 0,
    nowMs: input.nowMs,
    version: input.version,
    noCache: true,
    remoteImages: "keep",
    imageData: true,
    locale,
    ledgers: input.ledgers
  });
  const sources = new Map(site.selected.map((a) => [a.path, String(a.file.value)]));
  const relocated = capFindings(
    relocateToHead(withFixOldText(result.diagnostics, sources), input.moves ?? /* @__PURE__ */ new Map()),
    locale
  );
  const { diagnostics, fixTexts } = splitFixTexts(relocated);
  const fixedLines2 = siteFixedLines(site, result.diagnostics, input.moves);
  const check = fitCheck(JSON.parse(reportJson(result.files, diagnostics, result.summary)));
  const hunks = parseHunks(input.diff.patch);
  const all = articleEntries(site, result, new Set(scope.changed), hunks);
  const entries = all.filter((e) => isArtifactSlug(e.entry.slug));
  const omitted = all.filter((e) => !isArtifactSlug(e.entry.slug)).map((e) => e.entry.slug);
  const dir = input.artifactDir;
  const { screenshotsSkipped, noCjkFont } = await writeArtifactPages(dir, entries, input.browser, locale);
  const parsed = parseReport({
    version: 1,
    locale,
    checkedAt: new Date(input.nowMs).toISOString(),
    pr: input.pr,
    scope: configFailed ? { all: true, reason: renderText(configFailed, locale), configFailed: true } : { all: scope.all, reason: scope.reason },
    articles: entries.map(
      (e) => fitArticle({
        ...e.entry,
        fixTexts: fixTexts.get(e.entry.file) ?? [],
        fixedLines: fixedLines2.get(e.entry.file) ?? []
      })
    ),
    deleted,
    renamed,
    check,
    ...noCjkFont.length > 0 ? { noCjkFont: true } : {}
  });
  if (!parsed.ok) {
    throw new Error(`pr-check built a report the artifact schema refuses: ${parsed.problems.join("; ")}`);
  }
  const { report: report2 } = parsed;
  await writeFile2(path5.join(dir, "report.json"), `${JSON.stringify(report2, null, 2)}
`);
  return {
    report: report2,
    annotations: formatAnnotations(
      diagnostics.filter((d) => !isArticleFact(d)),
      hunks,
      (n) => renderText(prCheckMessages.msg.moreFindings({ n }), locale),
      (hint) => renderText(reportMessages.msg.hint({ hint }), locale)
    ).text,
    screenshotsSkipped,
    noCjkFont,
    summaryMarkdown: stepSummary(report2, screenshotsSkipped, locale),
    omitted
  };
}

// src/cli/commands/pr-site-locale.ts
import { readFile } from "node:fs/promises";
import path6 from "node:path";

// src/pr/fallback-locale.ts
function fallbackLocale(base, head, otherwise) {
  return localeInText(base) ?? localeInText(head) ?? otherwise;
}

// src/cli/commands/pr-site-locale.ts
async function siteLocale(cwd, site, base) {
  const file = site.loadedConfig.path;
  if (!site.loadedConfig.failed || !file) return site.config.locale;
  const baseText = base ? await fileAt(cwd, base, file) : void 0;
  const headText = await readFile(path6.join(site.root, file), "utf8").catch(() => void 0);
  return fallbackLocale(baseText, headText, site.config.locale);
}

// src/cli/commands/run-pr-check.ts
var { msg: msg3 } = prCheckMessages;
async function runPrCheckCommand(io, flags) {
  const site = await loadSite({ root: io.cwd, config: flags.config, content: flags.content });
  const target = await pullRequest(io, flags);
  const locale = flags.locale ?? await siteLocale(io.cwd, site, target.ok ? target.diffBase : void 0);
  if (reportUsage(io, site, void 0, locale)) return EXIT.usage;
  const usage = new VFile({ path: "(command line)", cwd: io.cwd });
  const fail = (ruleId, message, hint, value) => {
    report(usage, "error", ruleId, "github", message, { hint, value });
    reportUsage(io, { usage }, void 0, locale, true);
    return EXIT.usage;
  };
  if (!target.ok) return fail("cli/pr-event", target.message, target.hint, target.value);
  const { head, moves } = await headLines(io, target.pr, locale);
  const diff = await pullRequestDiff(io.cwd, target.diffBase, head);
  if (!diff.ok) {
    return fail(
      "cli/changed-failed",
      msg3.diffFailed({ base: target.diffBase, error: diff.error }),
      msg3.diffFailedHint(),
      target.diffBase
    );
  }
  const wrong = await notThePr({
    cwd: io.cwd,
    pr: target.pr,
    diffBase: target.diffBase,
    head,
    files: diff.files,
    contentDir: path7.relative(io.cwd, site.contentDir).split(path7.sep).join("/")
  });
  if (wrong) return fail("pr/not-the-pr-checkout", wrong.message, msg3.checkoutHint(), wrong.value);
  const artifactDir = path7.resolve(io.cwd, flags.artifact);
  const link = await lstat(artifactDir).then(
    (s) => s.isSymbolicLink(),
    () => false
  );
  if (link) {
    return fail(
      "cli/artifact-link",
      msg3.artifactLink({ dir: flags.artifact }),
      msg3.artifactLinkHint(),
      flags.artifact
    );
  }
  const executablePath = flags.chromium ?? (io.env.CHROMIUM_PATH || void 0);
  const out = await withLedgerSnapshot(
    io,
    locale,
    (ledgers) => runPrCheck({
      site,
      ledgers,
      pr: target.pr,
      diff,
      moves,
      baseText: (file) => fileAt(io.cwd, target.diffBase, file),
      nowMs: resolveNow(flags.now),
      version: buildVersion(),
      artifactDir,
      browser: flags.screenshots ? { executablePath } : false,
      locale
    })
  );
  io.stdout.write(out.annotations);
  const { summary } = out.report.check;
  if (out.report.scope.reason) io.stdout.write(`${out.report.scope.reason}
`);
  const done = msg3.done({ articles: out.report.articles.length, ...summary, artifact: flags.artifact });
  io.stdout.write(`${t(locale, done)}
`);
  if (out.omitted.length > 0) {
    io.stderr.write(`${t(locale, msg3.omitted({ names: out.omitted.join(", ") }))}
`);
  }
  if (out.screenshotsSkipped && flags.screenshots)
    io.stderr.write(`${t(locale, msg3.screenshotsSkipped({ reason: out.screenshotsSkipped }))}
`);
  if (out.noCjkFont.length > 0) {
    const slugs = out.noCjkFont.join(", ");
    io.stderr.write(`${t(locale, msg3.noCjkFont({ slugs }))} [pr/screenshot-no-cjk-font]
`);
    io.stderr.write(`${t(locale, reportMessages.msg.hint({ hint: t(locale, msg3.noCjkFontHint()) }))}
`);
  }
  const summaryPath = io.env.GITHUB_STEP_SUMMARY;
  if (summaryPath) await appendFile(summaryPath, out.summaryMarkdown).catch(() => void 0);
  if (site.loadedConfig.failed) return EXIT.usage;
  return summary.errors > 0 ? EXIT.errors : EXIT.ok;
}
async function pullRequest(io, flags) {
  if (flags.base !== void 0) {
    const head = await revParse(io.cwd, "HEAD");
    if (!head.ok)
      return {
        ok: false,
        message: msg3.noHead({ error: head.error }),
        hint: msg3.noHeadHint()
      };
    const base = await revParse(io.cwd, flags.base);
    if (!base.ok)
      return {
        ok: false,
        message: msg3.noBase({ base: flags.base, error: base.error }),
        hint: msg3.noBaseHint(),
        value: flags.base
      };
    return { ok: true, pr: { number: null, headSha: head.sha, baseRef: flags.base }, diffBase: flags.base };
  }
  const eventPath = io.env.GITHUB_EVENT_PATH;
  if (!eventPath) {
    return {
      ok: false,
      message: msg3.noEvent(),
      hint: msg3.noEventHint()
    };
  }
  const text = await readFile2(eventPath, "utf8").catch((error) => error);
  if (text instanceof Error)
    return {
      ok: false,
      message: msg3.eventUnreadable({ error: text.message }),
      hint: msg3.eventUnreadableHint(),
      value: eventPath
    };
  const event = parsePullRequestEvent(text);
  if (!event.ok)
    return {
      ok: false,
      message: msg3.eventUnusable({ path: eventPath, reason: event.reason }),
      hint: msg3.eventUnusableHint(),
      value: eventPath
    };
  const remote = `origin/${event.value.baseRef}`;
  const { baseSha } = event.value;
  const diffBase = baseSha && (await revParse(io.cwd, baseSha)).ok ? baseSha : (await revParse(io.cwd, remote)).ok ? remote : event.value.baseRef;
  return { ok: true, pr: event.value, diffBase };
}
async function headLines(io, pr, locale) {
  const checkedOut = await revParse(io.cwd, "HEAD");
  if (pr.number === null || !checkedOut.ok || checkedOut.sha === pr.headSha) {
    return { head: "HEAD", moves: void 0 };
  }
  const present = await revParse(io.cwd, pr.headSha);
  const moves = present.ok ? await lineMoves(io.cwd, "HEAD", pr.headSha) : void 0;
  if (!moves?.ok) {
    io.stderr.write(`${t(locale, msg3.headMissing({ sha: pr.headSha.slice(0, 7) }))}
`);
    return { head: "HEAD", moves: void 0 };
  }
  return { head: pr.headSha, moves: parseLineMoves(moves.patch) };
}
export {
  runPrCheckCommand
};
