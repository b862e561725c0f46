import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  createLedger,
  reportRenamedAfterSend
} from "./chunk-YVTT2VMP.js";
import {
  accountConfig,
  accountOf,
  groupPushes
} from "./chunk-LIUXQTDM.js";
import {
  summarize
} from "./chunk-RBPDBETO.js";
import {
  collectDiagnostics
} from "./chunk-DAW4CLPE.js";
import {
  siteLinter
} from "./chunk-N2467WQW.js";
import {
  blockUnfetched,
  renderSite
} from "./chunk-LVMNPJUU.js";
import {
  fieldPosition
} from "./chunk-QGBYRSYB.js";
import {
  readImageHeader
} from "./chunk-SUMJWZ6U.js";
import {
  didYouMean
} from "./chunk-HD5MTZOP.js";
import {
  report
} from "./chunk-ATHEYLYN.js";
import {
  commonMessages,
  localClock,
  publishMessages,
  scheduleMessages
} from "./chunk-OWIXN4P4.js";

// src/schedule/audience-hint.ts
var ALL_FOLLOWERS = "\u5168\u90E8\u7C89\u4E1D";
var MEANS_ALL = new Set(
  [
    ...["\u5168\u90E8", "\u6240\u6709", "\u5168\u4F53", "\u5168\u5458", "\u6240\u6709\u4EBA", "\u5168\u90E8\u4EBA", "\u5168\u4F53\u7C89\u4E1D", "\u6240\u6709\u7C89\u4E1D", "\u5168\u7C89\u4E1D", "\u5168\u90E8\u7684\u7C89\u4E1D"],
    ...["\u5168\u90E8\u7528\u6237", "\u6240\u6709\u7528\u6237", "\u5168\u4F53\u7528\u6237", "\u5168\u90E8\u5173\u6CE8\u8005", "\u6240\u6709\u5173\u6CE8\u8005", "\u5168\u90E8\u8BFB\u8005", "\u6240\u6709\u8BFB\u8005", "\u7FA4\u53D1"],
    ...["all", "everyone", "everybody", "all followers", "all-followers", "all_followers", "followers"]
  ].map((s) => s.toLowerCase())
);
function meansAll(audience) {
  return MEANS_ALL.has(audience.trim().toLowerCase());
}
function audienceHint(audience, account, tags) {
  const msg6 = scheduleMessages.msg;
  if (meansAll(audience)) return commonMessages.msg.didYouMean({ s: ALL_FOLLOWERS });
  if (!tags) return msg6.unlistedAudienceHint({ account });
  const s = didYouMean(audience, tags, Math.max(1, Math.floor([...audience].length / 4))) ?? "";
  return msg6.audienceTags({ s, account, list: tags.join(", "), all: ALL_FOLLOWERS });
}

// src/schedule/on-slot.ts
var names = (list) => list.map((a) => a.path).join(", ");
function onSlot(a, severity, rule, message, hint, field = "slot") {
  report(a.file, severity, `schedule/${rule}`, "schedule", message, {
    place: fieldPosition(a, field),
    field,
    value: a.frontmatter[field],
    hint
  });
}

// src/schedule/check-audience.ts
var { msg } = scheduleMessages;
function checkAudience(a, account, config) {
  const tags = accountConfig(config, account)?.tags;
  const audience = a.frontmatter.audience;
  if (!audience || audience === ALL_FOLLOWERS) return;
  if (tags && !tags.includes(audience)) {
    onSlot(
      a,
      "error",
      "unknown-audience",
      msg.unknownAudience({ audience, account }),
      audienceHint(audience, account, tags),
      "audience"
    );
  } else if (!tags) {
    onSlot(
      a,
      "warning",
      "unlisted-audience",
      msg.unlistedAudience({ audience, account, all: ALL_FOLLOWERS }),
      audienceHint(audience, account, void 0),
      "audience"
    );
  }
}

// src/schedule/check-covers.ts
var { msg: msg2 } = scheduleMessages;
function checkCovers(d, coverSizes) {
  d.articles.forEach((a, i) => {
    const size = coverSizes.get(a.slug);
    if (!size) return;
    const ratio = size.width / size.height;
    const want = i === 0 ? 2.35 : 1;
    if (Math.abs(ratio - want) / want > 0.15) {
      const message = msg2.coverRatio({
        w: size.width,
        h: size.height,
        ratio: ratio.toFixed(2),
        position: i + 1,
        head: i === 0 ? 1 : 0
      });
      report(a.file, "warning", "schedule/cover-ratio", "schedule", message, {
        place: fieldPosition(a, "cover"),
        field: "cover",
        value: a.frontmatter.cover,
        hint: msg2.coverRatioHint()
      });
    }
  });
}

// src/schedule/check-days.ts
var { msg: msg3 } = scheduleMessages;
function checkDays({ drafts, config, sent }, clock) {
  const zone = config.timezone;
  const byDay = /* @__PURE__ */ new Map();
  for (const d of drafts) {
    const key = `${d.account}|${clock.date(d.slotMs)}`;
    byDay.set(key, [...byDay.get(key) ?? [], d]);
  }
  for (const [key, list] of byDay) {
    if (list.length < 2) continue;
    const account = accountConfig(config, list[0].account);
    if (account?.kind === "service") continue;
    const date = key.split("|")[1];
    const broadcast = list.some((d) => d.mode === "broadcast");
    for (const d of list) {
      const others = list.filter((o) => o !== d).flatMap((o) => o.articles);
      for (const a of d.articles.filter((x) => !sent.has(x.slug))) {
        onSlot(
          a,
          broadcast ? "error" : "warning",
          "same-day",
          msg3.sameDay({ n: list.length, date: date ?? "", zone, names: names(others) }),
          msg3.sameDayHint()
        );
      }
    }
  }
  const months = /* @__PURE__ */ new Map();
  for (const d of drafts) {
    if (accountConfig(config, d.account)?.kind !== "service" || d.mode === "publish") continue;
    const key = `${d.account}|${clock.month(d.slotMs)}|${d.articles[0]?.frontmatter.audience ?? ""}`;
    months.set(key, [...months.get(key) ?? [], d]);
  }
  for (const [key, list] of months) {
    const [account, month, audience] = key.split("|");
    const toAll = audience === ALL_FOLLOWERS ? [] : months.get(`${account}|${month}|${ALL_FOLLOWERS}`) ?? [];
    const reach = [...list, ...toAll].sort((a, b) => a.slotMs - b.slotMs);
    if (reach.length <= 4) continue;
    const refused = list.some((d) => d.mode === "broadcast");
    for (const [i, d] of reach.entries()) {
      if (i < 4 || !list.includes(d)) continue;
      for (const a of d.articles.filter((x) => !sent.has(x.slug))) {
        const all = toAll.length;
        onSlot(
          a,
          refused ? "error" : "warning",
          "monthly-limit",
          msg3.monthlyLimit({
            n: reach.length,
            audience: audience ?? "",
            month: month ?? "",
            all,
            nth: i + 1
          }),
          msg3.monthlyLimitHint()
        );
      }
    }
  }
}

// src/schedule/check-pushes.ts
var { msg: msg4 } = scheduleMessages;
function checkLate(a, slotMs, nowMs, config, clock) {
  const when = clock.human(slotMs);
  const minutes = config.schedule.maxLatenessMinutes;
  const late = Math.ceil((nowMs - slotMs) / 6e4);
  if (nowMs - slotMs <= minutes * 6e4) {
    const until = clock.human(slotMs + minutes * 6e4);
    onSlot(a, "warning", "late", msg4.late({ when, late, until }), msg4.lateHint({ until, minutes }));
  } else onSlot(a, "error", "past", msg4.past({ when, minutes }), msg4.pastHint({ minutes }));
}
var toMinutes = (s) => Number(s.slice(0, 2)) * 60 + Number(s.slice(3, 5));
function checkPushes(input) {
  const { drafts, config, nowMs, sent } = input;
  const clock = input.clock ?? localClock(config.timezone);
  const { schedule } = config;
  for (const d of drafts) {
    const when = clock.human(d.slotMs);
    const isSent = d.articles.every((a) => sent.has(a.slug));
    if (d.articles.length > schedule.maxArticlesPerPush) {
      for (const a of d.articles)
        onSlot(
          a,
          "error",
          "too-many-articles",
          msg4.tooMany({
            n: d.articles.length,
            when,
            max: schedule.maxArticlesPerPush,
            names: names(d.articles)
          }),
          msg4.tooManyHint()
        );
    }
    if (d.articles.length > 1 && !isSent) {
      for (const a of d.articles.filter((x) => x.frontmatter.digest)) {
        const n = d.articles.length;
        onSlot(a, "info", "digest-hidden", msg4.digestHidden({ when, n }), msg4.digestHiddenHint(), "digest");
      }
    }
    const withAudience = d.articles.filter((a) => a.frontmatter.audience !== void 0);
    const audiences = new Set(withAudience.map((a) => a.frontmatter.audience));
    if (audiences.size > 1) {
      for (const a of withAudience) {
        const others = withAudience.filter(
          (o) => o !== a && o.frontmatter.audience !== a.frontmatter.audience
        );
        onSlot(
          a,
          "error",
          "mixed-audience",
          msg4.mixedAudience({
            when,
            names: names(others),
            mine: a.frontmatter.audience ?? "",
            theirs: [...new Set(others.map((o) => o.frontmatter.audience))].join(", ")
          }),
          msg4.mixedAudienceHint(),
          "audience"
        );
      }
    }
    for (const a of d.articles) {
      checkAudience(a, d.account, config);
      if (sent.has(a.slug) || input.renamed?.has(a.slug) || input.unknown?.has(a.slug)) continue;
      if (input.publishing) continue;
      const diff = d.slotMs - nowMs;
      if (diff < 0) checkLate(a, d.slotMs, nowMs, config, clock);
      else if (diff < schedule.leadMinutes * 6e4)
        onSlot(
          a,
          "warning",
          "lead-time",
          msg4.leadTime({ when, minutes: schedule.leadMinutes }),
          msg4.leadTimeHint()
        );
      else if (diff > schedule.horizonDays * 864e5)
        onSlot(
          a,
          "info",
          "far-future",
          msg4.farFuture({ when, days: schedule.horizonDays }),
          msg4.farFutureHint()
        );
    }
    const minutes = clock.minutes(d.slotMs);
    const inWindow = schedule.windows.some(
      (w) => minutes >= toMinutes(w.start) && minutes <= toMinutes(w.end)
    );
    if (!inWindow && !isSent) {
      const windows = schedule.windows.map((w) => `${w.start}\u2013${w.end}`).join(", ");
      for (const a of d.articles)
        onSlot(a, "warning", "outside-window", msg4.outsideWindow({ when, windows }), msg4.outsideWindowHint());
    }
    checkCovers(d, input.coverSizes);
  }
  checkDays(input, clock);
}

// src/schedule/invalid-slots.ts
function invalidSlots(articles, locale) {
  const written = articles.filter((a) => !a.slot && a.fields.some((f) => f.key === "slot"));
  if (written.length === 0) return [];
  const errors = collectDiagnostics(
    written.map((a) => ({ file: a.file, path: a.path })),
    locale,
    (_, severity) => severity === "error"
  ).filter((d) => d.field === "slot");
  return written.flatMap((a) => {
    const error = errors.find((d) => d.file === a.path);
    if (!error) return [];
    const field = a.fields.find((f) => f.key === "slot");
    const value = field?.sourceText ?? (typeof error.value === "string" ? error.value : "");
    return [
      { slug: a.slug, file: a.path, line: error.line, value, ruleId: error.ruleId, message: error.message }
    ];
  });
}

// src/schedule/plan-schedule.ts
function planSchedule(input) {
  const { articles, config, nowMs } = input;
  const drafts = groupPushes(articles, config);
  const clock = localClock(config.timezone);
  const sent = input.sent ?? /* @__PURE__ */ new Set();
  const coverSizes = input.coverSizes ?? /* @__PURE__ */ new Map();
  const renamed = input.renamed ?? /* @__PURE__ */ new Set();
  const unknown = input.unknown ?? /* @__PURE__ */ new Set();
  const publishing = input.publishing === true;
  checkPushes({ drafts, config, nowMs, sent, renamed, unknown, coverSizes, publishing, clock });
  const pushed = new Set(drafts.flatMap((d) => d.articles));
  for (const a of articles) if (a.readable && !pushed.has(a)) checkAudience(a, accountOf(a, config), config);
  const locale = input.locale ?? config.locale;
  const pushes = drafts.map((d) => {
    const files = d.articles.map((a) => ({ file: a.file, path: a.path }));
    const kept = (source, severity) => source === "schedule" || severity === "error";
    const diagnostics2 = collectDiagnostics(files, locale, kept);
    return {
      id: `${d.account}@${clock.utcIso(d.slotMs)}`,
      account: d.account,
      slotMs: d.slotMs,
      slot: clock.iso(d.slotMs),
      utc: clock.utcIso(d.slotMs),
      localDate: clock.date(d.slotMs),
      audience: d.articles[0]?.frontmatter.audience ?? "",
      articles: d.articles.map((a) => a.slug),
      blocked: diagnostics2.some((x) => x.severity === "error"),
      sent: d.articles.length > 0 && d.articles.every((a) => sent.has(a.slug)),
      blockedBy: diagnostics2.filter((x) => x.severity === "error").map((x) => ({ file: x.file, ruleId: x.ruleId, message: x.message })),
      diagnostics: diagnostics2.filter((x) => x.source === "schedule"),
      mode: d.mode
    };
  });
  const unscheduled = articles.filter((a) => !a.slot).map((a) => a.slug);
  const diagnostics = collectDiagnostics(
    articles.map((a) => ({ file: a.file, path: a.path })),
    locale,
    (source) => source === "schedule"
  );
  const broken = articles.filter((a) => !a.slot && !a.fields.some((f) => f.key === "slot"));
  const unreadableErrors = collectDiagnostics(
    broken.map((a) => ({ file: a.file, path: a.path })),
    locale,
    (_, severity) => severity === "error"
  );
  const hasUnreadable = new Set(
    unreadableErrors.filter((d) => UNREADABLE_FRONTMATTER.has(d.ruleId)).map((d) => d.file)
  );
  const unreadableArticles = broken.filter((a) => hasUnreadable.has(a.path));
  const unreadable = unreadableArticles.map((a) => a.slug);
  return {
    timezone: config.timezone,
    pushes,
    unscheduled,
    unreadable,
    invalidSlots: invalidSlots(articles, locale),
    unreadableErrors: unreadableErrors.filter((d) => unreadableArticles.some((a) => a.path === d.file)),
    diagnostics
  };
}
var UNREADABLE_FRONTMATTER = /* @__PURE__ */ new Set([
  "frontmatter/yaml-syntax",
  "frontmatter/not-a-mapping",
  "frontmatter/missing-block",
  "frontmatter/unclosed",
  "frontmatter/language",
  "content/unreadable",
  "content/encoding",
  "content/empty-file",
  "content/not-regular-file",
  "content/outside-root",
  "content/duplicate-folder",
  "content/internal"
]);
function planToJson(plan) {
  return {
    version: 1,
    timezone: plan.timezone,
    pushes: plan.pushes.map((p) => ({
      slot: p.slot,
      utc: p.utc,
      localDate: p.localDate,
      audience: p.audience,
      articles: p.articles,
      blocked: p.blocked,
      sent: p.sent,
      blockedBy: p.blockedBy,
      diagnostics: p.diagnostics,
      account: p.account,
      mode: p.mode,
      id: p.id
    })),
    unscheduled: plan.unscheduled,
    diagnostics: plan.diagnostics
  };
}

// src/publish/read-sent.ts
import { readdirSync } from "node:fs";
import path2 from "node:path";

// src/publish/ledger-diagnostic.ts
import path from "node:path";
var { msg: msg5 } = publishMessages;
var LEDGER_UNREADABLE = "publish/ledger-unreadable";
function reportLedgerUnreadable(article, found) {
  if (article.file.messages.some((m) => m.ruleId === LEDGER_UNREADABLE)) return;
  report(
    article.file,
    "error",
    LEDGER_UNREADABLE,
    "publish",
    msg5.ledgerUnreadable({ file: found.file, problem: found.problem }),
    {
      place: fieldPosition(article, "slot"),
      value: found.file,
      hint: ledgerHint(article, found)
    }
  );
}
function ledgerHint(article, found) {
  return found.tooLong ? msg5.ledgerNameTooLongHint({ folder: path.posix.dirname(article.path) }) : msg5.ledgerUnreadableHint({ file: found.file });
}

// src/render/read-image-size.ts
import { open, stat } from "node:fs/promises";
async function readImageSize(file) {
  try {
    if (!(await stat(file)).isFile()) return void 0;
    const handle = await open(file, "r");
    try {
      const { buffer, bytesRead } = await handle.read(Buffer.alloc(65536), 0, 65536, 0);
      const header = readImageHeader(buffer.subarray(0, bytesRead));
      if (header) return { width: header.width, height: header.height };
    } finally {
      await handle.close();
    }
    const { imageSizeWithSharp } = await import("./chunk-GSDE4HQ2.js");
    return await imageSizeWithSharp(file);
  } catch {
    return void 0;
  }
}

// src/publish/read-sent.ts
async function readSent(root, articles, context, source) {
  const sent = /* @__PURE__ */ new Set();
  const unknown = /* @__PURE__ */ new Set();
  let renamed = /* @__PURE__ */ new Set();
  const unledgered = [];
  const ledger = source ? createLedger(source.dir, source.shown) : createLedger(path2.join(root, ".wxpress", "state"));
  const present = listing(ledger.dir);
  await Promise.all(
    articles.map(async (article) => {
      if (present && !present.has(`${article.slug}.json`)) return void unledgered.push(article);
      const found = await ledger.inspect(article.slug);
      if (found.status === "unreadable") {
        reportLedgerUnreadable(article, found);
        unknown.add(article.slug);
      } else if (found.status === "ok" && found.entry.state === "sent") sent.add(article.slug);
      else if (found.status === "ok" && found.entry.state === "sending") unknown.add(article.slug);
      else if (found.status === "ok" && found.entry.mode === "draft" && found.entry.draftMediaId)
        unknown.add(article.slug);
      else if (found.status === "missing") unledgered.push(article);
    })
  );
  if (context && present?.size !== 0 && unledgered.length > 0) {
    renamed = await reportRenamedAfterSend(ledger, articles, unledgered, context);
  }
  return { sent, renamed, unknown };
}
async function readCoverSizes(articles) {
  const sizes = /* @__PURE__ */ new Map();
  await Promise.all(
    articles.map(async (a) => {
      if (!a.coverPath || !a.slot) return;
      const size = await readImageSize(a.coverPath);
      if (size) sizes.set(a.slug, size);
    })
  );
  return sizes;
}
function listing(dir) {
  try {
    return new Set(readdirSync(dir));
  } catch (error) {
    return error.code === "ENOENT" ? /* @__PURE__ */ new Set() : void 0;
  }
}

// src/site/check-site.ts
async function checkSite(site, options) {
  const version = options.version ?? "0";
  const cacheDir = options.noCache ? void 0 : site.cacheDir;
  const lint = siteLinter(site, { cacheDir, version });
  const { themeFiles, results: renders } = await renderSite(site, {
    version,
    noCache: options.noCache,
    imageData: options.imageData ?? options.publishing === true,
    html: options.html,
    lint,
    flush: false,
    remoteImages: options.remoteImages,
    chromium: options.chromium
  });
  if (options.publishing) for (const article of site.articles) blockUnfetched(article.file);
  const rendered = new Map(
    [...renders].flatMap(
      ([slug, r]) => r.cover ? [[slug, { width: r.cover.width, height: r.cover.height }]] : []
    )
  );
  const [{ sent, renamed, unknown }, coverSizes] = await Promise.all([
    readSent(site.root, site.articles, { config: site.config, renders }, options.ledgers),
    readCoverSizes(site.articles.filter((a) => !rendered.has(a.slug)))
  ]);
  for (const [slug, size] of rendered) coverSizes.set(slug, size);
  const plan = planSchedule({
    articles: site.articles,
    config: site.config,
    nowMs: options.nowMs,
    sent,
    renamed,
    unknown,
    coverSizes,
    publishing: options.publishing === true,
    locale: options.locale
  });
  await site.cache.flush();
  const files = site.selected.map((a) => ({ file: a.file, path: a.path }));
  for (const f of themeFiles) files.push({ file: f, path: f.path });
  for (const f of site.misnamed ?? []) files.push({ file: f, path: f.path });
  if (site.loadedConfig.file && site.loadedConfig.path)
    files.push({ file: site.loadedConfig.file, path: site.loadedConfig.path });
  const diagnostics = collectDiagnostics(files, options.locale ?? site.config.locale);
  const summary = summarize(diagnostics, site.selected.length);
  const counts = /* @__PURE__ */ new Map();
  for (const d of diagnostics) {
    const c = counts.get(d.file) ?? { errors: 0, warnings: 0 };
    if (d.severity === "error") c.errors++;
    else if (d.severity === "warning") c.warnings++;
    counts.set(d.file, c);
  }
  return {
    plan,
    renders,
    diagnostics,
    summary,
    files: site.selected.map((a) => ({
      file: a.path,
      slug: a.slug,
      ...counts.get(a.path) ?? { errors: 0, warnings: 0 }
    }))
  };
}

export {
  planToJson,
  LEDGER_UNREADABLE,
  reportLedgerUnreadable,
  ledgerHint,
  checkSite
};
