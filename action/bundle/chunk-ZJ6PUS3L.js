import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
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
} from "./chunk-WDHMI7AG.js";
import {
  siteLinter
} from "./chunk-5CORFOJP.js";
import {
  blockUnfetched,
  renderSite
} from "./chunk-POAOHJWS.js";
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
} from "./chunk-NME2TJLS.js";
import {
  commonMessages,
  formatLocalIso,
  localClock,
  publishMessages,
  publishRenamedMessages,
  scheduleMessages
} from "./chunk-4LZSQAPQ.js";

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
    value: field === "slot" ? a.frontmatter.slot : a.frontmatter.audience,
    hint
  });
}

// src/schedule/check-covers.ts
var { msg } = scheduleMessages;
function checkCovers(d, coverSizes) {
  d.articles.forEach((a, i) => {
    const size = coverSizes.get(a.slug);
    if (!size) return;
    const ratio = size.width / size.height;
    const want = i === 0 ? 2.35 : 1;
    if (Math.abs(ratio - want) / want > 0.15) {
      const message = msg.coverRatio({
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
        hint: msg.coverRatioHint()
      });
    }
  });
}

// src/schedule/check-days.ts
var { msg: msg2 } = scheduleMessages;
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
          msg2.sameDay({ n: list.length, date: date ?? "", zone, names: names(others) }),
          msg2.sameDayHint()
        );
      }
    }
  }
  const months = /* @__PURE__ */ new Map();
  for (const d of drafts) {
    if (accountConfig(config, d.account)?.kind !== "service") continue;
    const key = `${d.account}|${clock.month(d.slotMs)}|${d.articles[0]?.frontmatter.audience ?? ""}`;
    months.set(key, [...months.get(key) ?? [], d]);
  }
  for (const [key, list] of months) {
    if (list.length <= 4) continue;
    const [, month, audience] = key.split("|");
    for (const a of list.flatMap((d) => d.articles).filter((x) => !sent.has(x.slug))) {
      onSlot(
        a,
        "warning",
        "monthly-limit",
        msg2.monthlyLimit({ n: list.length, audience: audience ?? "", month: month ?? "" }),
        msg2.monthlyLimitHint()
      );
    }
  }
}

// src/schedule/check-pushes.ts
var { msg: msg3 } = scheduleMessages;
var hhmm = (m) => `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
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
          msg3.tooMany({
            n: d.articles.length,
            when,
            max: schedule.maxArticlesPerPush,
            names: names(d.articles)
          }),
          msg3.tooManyHint()
        );
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
          msg3.mixedAudience({
            when,
            names: names(others),
            mine: a.frontmatter.audience ?? "",
            theirs: [...new Set(others.map((o) => o.frontmatter.audience))].join(", ")
          }),
          msg3.mixedAudienceHint(),
          "audience"
        );
      }
    }
    const tags = accountConfig(config, d.account)?.tags;
    for (const a of d.articles) {
      const audience = a.frontmatter.audience;
      if (tags && audience && audience !== ALL_FOLLOWERS && !tags.includes(audience)) {
        onSlot(
          a,
          "error",
          "unknown-audience",
          msg3.unknownAudience({ audience, account: d.account }),
          audienceHint(audience, d.account, tags),
          "audience"
        );
      } else if (!tags && audience && audience !== ALL_FOLLOWERS) {
        onSlot(
          a,
          "warning",
          "unlisted-audience",
          msg3.unlistedAudience({ audience, account: d.account, all: ALL_FOLLOWERS }),
          audienceHint(audience, d.account, void 0),
          "audience"
        );
      }
      if (sent.has(a.slug) || input.renamed?.has(a.slug) || input.publishing) continue;
      const diff = d.slotMs - nowMs;
      if (diff < 0) onSlot(a, "error", "past", msg3.past({ when }), msg3.pastHint());
      else if (diff < schedule.leadMinutes * 6e4)
        onSlot(
          a,
          "warning",
          "lead-time",
          msg3.leadTime({ when, minutes: schedule.leadMinutes }),
          msg3.leadTimeHint()
        );
      else if (diff > schedule.horizonDays * 864e5)
        onSlot(
          a,
          "info",
          "far-future",
          msg3.farFuture({ when, days: schedule.horizonDays }),
          msg3.farFutureHint()
        );
    }
    const minutes = clock.minutes(d.slotMs);
    const inWindow = schedule.windows.some(
      (w) => minutes >= toMinutes(w.start) && minutes <= toMinutes(w.end)
    );
    if (!inWindow && !isSent) {
      const windows = schedule.windows.map((w) => `${w.start}\u2013${w.end}`).join(", ");
      for (const a of d.articles)
        onSlot(
          a,
          "warning",
          "outside-window",
          msg3.outsideWindow({ when, local: hhmm(minutes), windows }),
          msg3.outsideWindowHint()
        );
    }
    checkCovers(d, input.coverSizes);
  }
  checkDays(input, clock);
}

// src/schedule/plan-schedule.ts
function planSchedule(input) {
  const { articles, config, nowMs } = input;
  const drafts = groupPushes(articles, config);
  const clock = localClock(config.timezone);
  const sent = input.sent ?? /* @__PURE__ */ new Set();
  const coverSizes = input.coverSizes ?? /* @__PURE__ */ new Map();
  const renamed = input.renamed ?? /* @__PURE__ */ new Set();
  const publishing = input.publishing === true;
  checkPushes({ drafts, config, nowMs, sent, renamed, coverSizes, publishing, clock });
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

// src/publish/ledger.ts
import { randomBytes } from "node:crypto";
import { lstat, mkdir, open, readFile, rename, unlink } from "node:fs/promises";
import path from "node:path";
function emptyEntry(slug) {
  return { version: 1, slug, state: "drafting", uploads: {}, timestamps: {} };
}
var LedgerUnreadableError = class extends Error {
  constructor(slug, file, problem) {
    super(`the publish ledger ${file} is unreadable: ${problem}`);
    this.slug = slug;
    this.file = file;
    this.problem = problem;
  }
  slug;
  file;
  problem;
};
async function inspectLedgerFile(absolute, file, slug) {
  let text;
  try {
    const stat2 = await lstat(absolute);
    if (!stat2.isFile()) return { status: "unreadable", file, problem: "it is not a regular file" };
    text = await readFile(absolute, "utf8");
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT") return { status: "missing", file };
    return { status: "unreadable", file, problem: `it cannot be read (${code ?? error.message})` };
  }
  const { parseLedger } = await import("./chunk-JWCZMRKL.js");
  const parsed = parseLedger(text, slug);
  if (!parsed.ok) return { status: "unreadable", file, problem: parsed.problem };
  return { status: "ok", file, entry: parsed.entry };
}
async function writeAtomic(target, data) {
  await mkdir(path.dirname(target), { recursive: true });
  const temp = `${target}.${randomBytes(4).toString("hex")}.tmp`;
  const handle = await open(temp, "wx");
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => void 0);
    throw error;
  }
  const dir = await open(path.dirname(target), "r").catch(() => void 0);
  if (dir)
    await dir.sync().catch(() => void 0).finally(() => dir.close());
}
function createLedger(dir, shown = ".wxpress/state") {
  const inspect = (slug) => inspectLedgerFile(path.join(dir, `${slug}.json`), `${shown}/${slug}.json`, slug);
  return {
    dir,
    inspect,
    async read(slug) {
      const found = await inspect(slug);
      if (found.status === "unreadable") throw new LedgerUnreadableError(slug, found.file, found.problem);
      return found.status === "ok" ? found.entry : void 0;
    },
    async write(entry) {
      await writeAtomic(path.join(dir, `${entry.slug}.json`), `${JSON.stringify(entry, null, 2)}
`);
    }
  };
}

// src/publish/read-sent.ts
import { readdirSync } from "node:fs";
import path2 from "node:path";

// src/publish/ledger-diagnostic.ts
var { msg: msg4 } = publishMessages;
var LEDGER_UNREADABLE = "publish/ledger-unreadable";
function reportLedgerUnreadable(article, found) {
  if (article.file.messages.some((m) => m.ruleId === LEDGER_UNREADABLE)) return;
  report(
    article.file,
    "error",
    LEDGER_UNREADABLE,
    "publish",
    msg4.ledgerUnreadable({ file: found.file, problem: found.problem }),
    {
      place: fieldPosition(article, "slot"),
      value: found.file,
      hint: msg4.ledgerUnreadableHint({ file: found.file })
    }
  );
}

// src/publish/renamed-after-send.ts
import { readdir } from "node:fs/promises";

// src/publish/build-draft.ts
import { createHash } from "node:crypto";

// src/render/replace-image-urls.ts
function replaceImageUrls(html, urls) {
  return html.replace(
    /(\ssrc=")assets\/([0-9a-f]{64})\.(?:jpg|png)(")/g,
    (whole, a, hash, b) => {
      const url = urls.get(hash);
      return url ? `${a}${url.replace(/&/g, "&amp;").replace(/"/g, "&quot;")}${b}` : whole;
    }
  );
}

// src/publish/build-draft.ts
function centreCrop(width, height, ratio) {
  const r = width / height;
  const f = (n) => String(Math.round(n * 1e6) / 1e6);
  if (r > ratio) {
    const w = ratio / r;
    return `${f((1 - w) / 2)}_0_${f((1 + w) / 2)}_1`;
  }
  const h = r / ratio;
  return `${f(0)}_${f((1 - h) / 2)}_1_${f((1 + h) / 2)}`;
}
function buildDraftArticle(input) {
  const { article, render } = input;
  const fm = article.frontmatter;
  const draft = {
    title: fm.title ?? article.slug,
    content: replaceImageUrls(render.html, input.imageUrls),
    thumb_media_id: input.thumbMediaId,
    need_open_comment: fm.comments === "off" ? 0 : 1,
    only_fans_can_comment: fm.comments === "followers" ? 1 : 0
  };
  if (fm.author) draft.author = fm.author;
  if (input.single && fm.digest) draft.digest = fm.digest;
  if (fm.source_url) draft.content_source_url = fm.source_url;
  if (render.cover) {
    draft.pic_crop_235_1 = centreCrop(render.cover.width, render.cover.height, 2.35);
    draft.pic_crop_1_1 = centreCrop(render.cover.width, render.cover.height, 1);
  }
  const hash = createHash("sha256").update(JSON.stringify({ ...draft, thumb_media_id: render.cover?.hash ?? "", content: render.html })).digest("hex");
  return { draft, hash };
}

// src/publish/renamed-after-send.ts
var { msg: msg5 } = publishRenamedMessages;
var RENAMED_AFTER_SEND = "publish/renamed-after-send";
var sendAttempted = (e) => e.state === "sending" || e.state === "sent" || e.timestamps.sending !== void 0 || e.timestamps.sent !== void 0;
async function orphanLedgers(ledger, slugs) {
  const listed = await readdir(ledger.dir, { withFileTypes: true }).catch(() => []);
  const orphans = [];
  for (const d of listed.sort((a, b) => a.name.localeCompare(b.name))) {
    const name = d.name;
    if (!d.isFile() || !name.endsWith(".json") || name.startsWith(".") || name.includes(".tmp")) continue;
    const slug = name.slice(0, -".json".length);
    if (slugs.has(slug)) continue;
    const found = await ledger.inspect(slug);
    if (found.status === "ok" && sendAttempted(found.entry)) orphans.push(found.entry);
  }
  return orphans;
}
function sameArticle(article, entry, context) {
  const render = context.renders?.get(article.slug);
  if (entry.contentHash && render?.html) {
    for (const single of [true, false]) {
      const draft = { article, render, imageUrls: /* @__PURE__ */ new Map(), thumbMediaId: "", single };
      if (buildDraftArticle(draft).hash === entry.contentHash) return "content";
    }
  }
  const title = article.frontmatter.title ?? article.slug;
  const titles = entry.draftTitles ?? [];
  const own = entry.draftIndex !== void 0 ? titles[entry.draftIndex] === title : titles.includes(title);
  if (own) return "title";
  const at = entry.pushId?.lastIndexOf("@") ?? -1;
  if (article.slot && entry.pushId && at > 0) {
    const account = entry.pushId.slice(0, at);
    const slotMs = Date.parse(entry.pushId.slice(at + 1));
    if (account === accountOf(article, context.config) && slotMs === article.slot.epochMs) return "slot";
  }
  return void 0;
}
async function reportRenamedAfterSend(ledger, all, unledgered, context) {
  const blocked = /* @__PURE__ */ new Set();
  const candidates = unledgered.filter((a) => a.slot);
  if (candidates.length === 0) return blocked;
  const orphans = await orphanLedgers(ledger, new Set(all.map((a) => a.slug)));
  if (orphans.length === 0) return blocked;
  for (const article of candidates) {
    for (const entry of orphans) {
      const why = sameArticle(article, entry, context);
      if (!why) continue;
      const at = entry.sentAt ?? entry.timestamps.sent ?? entry.timestamps.sending;
      const ms = at ? Date.parse(at) : Number.NaN;
      const when = Number.isNaN(ms) ? "?" : formatLocalIso(ms, context.config.timezone).slice(0, 16).replace("T", " ");
      const file = `.wxpress/state/${entry.slug}.json`;
      report(
        article.file,
        "error",
        RENAMED_AFTER_SEND,
        "publish",
        msg5.renamedAfterSend({ old: entry.slug, state: entry.state, when, why, file }),
        {
          place: fieldPosition(article, "slot"),
          value: file,
          hint: msg5.renamedAfterSendHint({ old: entry.slug, slug: article.slug })
        }
      );
      blocked.add(article.slug);
      break;
    }
  }
  return blocked;
}

// src/render/read-image-size.ts
import { open as open2, stat } from "node:fs/promises";
async function readImageSize(file) {
  try {
    if (!(await stat(file)).isFile()) return void 0;
    const handle = await open2(file, "r");
    try {
      const { buffer, bytesRead } = await handle.read(Buffer.alloc(65536), 0, 65536, 0);
      const header = readImageHeader(buffer.subarray(0, bytesRead));
      if (header) return { width: header.width, height: header.height };
    } finally {
      await handle.close();
    }
    const { imageSizeWithSharp } = await import("./chunk-XHULI3ZK.js");
    return await imageSizeWithSharp(file);
  } catch {
    return void 0;
  }
}

// src/publish/read-sent.ts
async function readSent(root, articles, context) {
  const sent = /* @__PURE__ */ new Set();
  let renamed = /* @__PURE__ */ new Set();
  const unledgered = [];
  const ledger = createLedger(path2.join(root, ".wxpress", "state"));
  const present = listing(ledger.dir);
  await Promise.all(
    articles.map(async (article) => {
      if (present && !present.has(`${article.slug}.json`)) return void unledgered.push(article);
      const found = await ledger.inspect(article.slug);
      if (found.status === "unreadable") reportLedgerUnreadable(article, found);
      else if (found.status === "ok" && found.entry.state === "sent") sent.add(article.slug);
      else if (found.status === "missing") unledgered.push(article);
    })
  );
  if (context && present?.size !== 0 && unledgered.length > 0) {
    renamed = await reportRenamedAfterSend(ledger, articles, unledgered, context);
  }
  return { sent, renamed };
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
  const [{ sent, renamed }, coverSizes] = await Promise.all([
    readSent(site.root, site.articles, { config: site.config, renders }),
    readCoverSizes(site.articles.filter((a) => !rendered.has(a.slug)))
  ]);
  for (const [slug, size] of rendered) coverSizes.set(slug, size);
  const plan = planSchedule({
    articles: site.articles,
    config: site.config,
    nowMs: options.nowMs,
    sent,
    renamed,
    coverSizes,
    publishing: options.publishing === true,
    locale: options.locale
  });
  await site.cache.flush();
  const files = site.selected.map((a) => ({ file: a.file, path: a.path }));
  for (const f of themeFiles) files.push({ file: f, path: f.path });
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
  emptyEntry,
  createLedger,
  LEDGER_UNREADABLE,
  reportLedgerUnreadable,
  buildDraftArticle,
  checkSite
};
