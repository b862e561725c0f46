import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  MISSED_ALERT_MS
} from "./chunk-7FTAUH3N.js";
import {
  createWechatClient,
  redactUrl,
  wechatFetchOption
} from "./chunk-RA3GHFF7.js";
import {
  failsRun,
  latenessMinutes
} from "./chunk-RGKYHKU7.js";
import {
  reportUnknownTag
} from "./chunk-YAPKZWJH.js";
import {
  WechatApiError
} from "./chunk-J4DWB6HD.js";
import {
  accountPrefix
} from "./chunk-27JVFB5S.js";
import {
  reportUsage
} from "./chunk-KH524RKI.js";
import {
  PRETTY_PER_RULE,
  reportPretty
} from "./chunk-F4KFEKCB.js";
import {
  LEDGER_UNREADABLE,
  checkSite,
  ledgerHint,
  reportLedgerUnreadable
} from "./chunk-33OXHCRQ.js";
import {
  buildDraftArticle,
  createLedger,
  emptyEntry,
  leftoverDrafts,
  readOnlyLedger,
  readableLedgers
} from "./chunk-YVTT2VMP.js";
import {
  accountConfig,
  accountOf
} from "./chunk-LIUXQTDM.js";
import {
  summarize
} from "./chunk-RBPDBETO.js";
import {
  collectDiagnostics
} from "./chunk-DAW4CLPE.js";
import {
  fileSize
} from "./chunk-VLPSJNSG.js";
import "./chunk-YH4FC4WP.js";
import "./chunk-7LBD2UEY.js";
import "./chunk-72RZ5Q3G.js";
import {
  resolveNow
} from "./chunk-2NWFFI6H.js";
import {
  EXIT,
  useColor
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
import "./chunk-A2AXCRP6.js";
import "./chunk-ARZ2MO6U.js";
import "./chunk-OYTPAMKN.js";
import "./chunk-YDLX56YM.js";
import "./chunk-SUMJWZ6U.js";
import "./chunk-2DVWRVNC.js";
import "./chunk-V5G7W6GZ.js";
import "./chunk-LDYINIK6.js";
import "./chunk-4L3TKDER.js";
import "./chunk-2LHYGFIJ.js";
import "./chunk-7M4XFPZV.js";
import {
  parseDeclarations
} from "./chunk-UM7H22DT.js";
import {
  buildVersion
} from "./chunk-YSZOIMHP.js";
import "./chunk-HD5MTZOP.js";
import {
  report
} from "./chunk-ATHEYLYN.js";
import {
  formatLocalHuman,
  joinItems,
  publishCliMessages,
  publishErrcodeMessages,
  publishLockMessages,
  publishMessages,
  publishRenamedMessages,
  publishStepMessages,
  renderText,
  t
} from "./chunk-OWIXN4P4.js";
import "./chunk-W666XFH3.js";
import "./chunk-6YQ3DZCD.js";
import "./chunk-S4VC6IKX.js";
import "./chunk-RGBDA2DB.js";
import "./chunk-EP4KRDZC.js";

// src/cli/commands/run-publish.ts
import path4 from "node:path";

// src/publish/ledger-missing.ts
import { readdirSync } from "node:fs";
var RECENT_MS = 7 * 24 * 36e5;
function pastPushesWithoutLedger(stateDir, plan, nowMs, lateMs2) {
  const past = plan.pushes.filter((p) => nowMs - p.slotMs > lateMs2 && nowMs - p.slotMs <= RECENT_MS).length;
  if (past === 0) return 0;
  let names;
  try {
    names = readdirSync(stateDir);
  } catch {
    names = [];
  }
  return names.some((name) => name.endsWith(".json")) ? 0 : past;
}

// src/publish/site-uploads.ts
function createSiteUploads(ledger, defaultAccount) {
  const byAccount = /* @__PURE__ */ new Map();
  const read = async (account) => {
    const uploads = /* @__PURE__ */ new Map();
    for (const entry of await readableLedgers(ledger)) {
      if ((entry.account ?? defaultAccount) !== account) continue;
      for (const [hash, u] of Object.entries(entry.uploads)) uploads.set(hash, { ...uploads.get(hash), ...u });
    }
    return uploads;
  };
  return (account) => {
    let uploads = byAccount.get(account);
    if (!uploads) byAccount.set(account, uploads = read(account));
    return uploads;
  };
}

// src/publish/publish-plan.ts
import { setTimeout as sleep } from "node:timers/promises";

// src/publish/push-ledgers.ts
var { msg } = publishMessages;
async function readPushLedgers(ledger, articles, locale = "en") {
  const entries = [];
  const unreadable = [];
  for (const article of articles) {
    const found = await ledger.inspect(article.slug);
    if (found.status === "unreadable") {
      reportLedgerUnreadable(article, found);
      const text = msg.ledgerUnreadableReason({ file: found.file, problem: found.problem });
      const hint = ledgerHint(article, found);
      unreadable.push({ file: article.path, ruleId: LEDGER_UNREADABLE, message: t(locale, text), text, hint });
    }
    entries.push(found.status === "ok" ? found.entry : void 0);
  }
  return { entries, unreadable };
}
async function checkSentPush(input, push, articles, entries) {
  let edited = 0;
  for (const [i, a] of articles.entries()) {
    const entry = entries[i];
    const render = input.renders.get(a.slug);
    if (!entry) continue;
    if (entry.contentHash && render) {
      const single = push.articles.length === 1;
      const draft = { article: a, render, imageUrls: /* @__PURE__ */ new Map(), thumbMediaId: "", single };
      const { hash } = buildDraftArticle(draft);
      if (hash !== entry.contentHash) {
        edited++;
        report(a.file, "warning", "publish/immutable", "publish", msg.immutable({ slug: a.slug }), {
          place: fieldPosition(a, "slot"),
          hint: msg.immutableHint()
        });
      }
    }
    const msgDataId = entry.msgDataId || entry.confirmedBy ? 0 : 1;
    const url = entry.mode === "publish" && !entry.articleUrl ? 1 : 0;
    if (msgDataId || url) {
      report(
        a.file,
        "warning",
        "publish/ledger-incomplete",
        "publish",
        msg.ledgerIncomplete({ slug: a.slug, msgDataId, url }),
        {
          place: fieldPosition(a, "slot"),
          value: `.wxpress/state/${a.slug}.json`,
          hint: msg.ledgerIncompleteHint()
        }
      );
    }
  }
  return edited > 0 ? " (edited since: not re-sent)" : "";
}

// src/publish/publish-push.ts
import { createHash as createHash2 } from "node:crypto";

// src/publish/ensure-draft.ts
import { createHash } from "node:crypto";

// src/publish/read-back.ts
var { msg: msg2 } = publishMessages;
var TAG = /<([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
var ATTRIBUTE = /([^\s=/>"']+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g;
var RAW_TEXT = /<(script|style|textarea|title)\b(?:[^>"']|"[^"]*"|'[^']*')*>[\s\S]*?<\/\1\s*>/gi;
var add = (counts, key) => counts.set(key, (counts.get(key) ?? 0) + 1);
var unquote = (value) => (/^["']/.test(value) ? value.slice(1, -1) : value).replace(/&quot;/g, '"').replace(/&amp;/g, "&");
function inventory(html) {
  const elements = /* @__PURE__ */ new Map();
  const attributes = /* @__PURE__ */ new Map();
  const styles = /* @__PURE__ */ new Map();
  const markup = html.replace(
    RAW_TEXT,
    (whole, name) => `<${name}${whole.slice(name.length + 1, whole.indexOf(">") + 1)}`
  );
  for (const [, name, rest] of markup.matchAll(TAG)) {
    add(elements, name.toLowerCase());
    for (const [, attribute, value] of (rest ?? "").matchAll(ATTRIBUTE)) {
      const key = attribute.toLowerCase();
      add(attributes, key);
      if (key === "style" && value) for (const d of parseDeclarations(unquote(value))) add(styles, d.property);
    }
  }
  return { elements, attributes, styles };
}
function removed(sent, stored) {
  return [...sent].map(([key, n]) => [key, n - (stored.get(key) ?? 0)]).filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}
var list = (items, show) => items.map(([name, n]) => `${show(name)} \xD7${n}`).join(", ");
function describeStripped(sent, stored) {
  const { elements, attributes, styles } = strippedParts(sent, stored);
  const parts = [];
  if (elements) parts.push(`elements ${elements}`);
  if (attributes) parts.push(`attributes ${attributes}`);
  if (styles) parts.push(`style declarations ${styles}`);
  return parts.join("; ");
}
function strippedParts(sent, stored) {
  const a = inventory(sent);
  const b = inventory(stored);
  const elements = removed(a.elements, b.elements);
  const gone = new Set(elements.map(([name]) => name));
  const attributes = removed(a.attributes, b.attributes).filter(
    ([name]) => gone.size === 0 || name === "id" || name.startsWith("on")
  );
  const styles = removed(a.styles, b.styles);
  return {
    elements: list(elements, (n) => `<${n}>`),
    attributes: list(attributes, (n) => n),
    styles: gone.size === 0 ? list(styles, (n) => n) : ""
  };
}
async function readBack(client, mediaId, sent) {
  if (sent.length === 0) return;
  let stored;
  try {
    stored = (await client.draftGet(mediaId)).news_item ?? [];
  } catch (error) {
    if (!(error instanceof WechatApiError)) throw error;
    for (const a of sent) {
      report(
        a.file,
        "warning",
        "publish/read-back-failed",
        "publish",
        msg2.readBackFailed({ mediaId, slug: a.slug, errmsg: error.errmsg }),
        {
          place: { line: 1, column: 1 },
          value: error.errcode === void 0 ? void 0 : String(error.errcode),
          hint: msg2.readBackFailedHint()
        }
      );
    }
    return;
  }
  for (const a of sent) {
    const content = stored[a.index]?.content;
    if (typeof content !== "string") continue;
    const what = describeStripped(a.content, content);
    if (!what) continue;
    const parts = strippedParts(a.content, content);
    report(a.file, "warning", "publish/stripped", "publish", msg2.stripped({ slug: a.slug, ...parts }), {
      place: { line: 1, column: 1 },
      value: what,
      hint: msg2.strippedHint()
    });
  }
}
function sentArticles(articles, drafts, indices) {
  return indices.flatMap((index) => {
    const article = articles[index];
    const content = drafts[index]?.draft.content;
    return article && content !== void 0 ? [{ index, slug: article.slug, file: article.file, content }] : [];
  });
}

// src/publish/ensure-draft.ts
var { msg: step } = publishStepMessages;
async function ensureDraft(input, all, drafts, setState, steps) {
  const { client } = input;
  const titles = drafts.map((d) => d.draft.title);
  let mediaId = all[0]?.draftMediaId;
  if (!mediaId && all.some((e) => e.state === "drafting" && e.draftTitles)) {
    const list2 = await client.draftBatchGet(0, 20);
    const want = JSON.stringify(titles);
    const found = list2.item.find((i) => JSON.stringify(i.content.news_item.map((a) => a.title)) === want);
    if (found) {
      mediaId = found.media_id;
      await setState("drafted", { draftMediaId: mediaId, contentHash: "" });
      steps.push(step.foundDraft({ mediaId }));
    }
  }
  if (mediaId && all.length === drafts.length) {
    const updated = [];
    try {
      for (const [i, d] of drafts.entries()) {
        if (all[i]?.contentHash === d.hash) continue;
        await client.draftUpdate(mediaId, i, d.draft);
        all[i].contentHash = d.hash;
        all[i].draftIndex = i;
        await input.ledger.write(all[i]);
        updated.push(i);
      }
      steps.push(step.draftUpdated({ mediaId, updated: updated.length }));
      await setState("drafted");
      if (!input.dryRun && updated.length) {
        await readBack(client, mediaId, sentArticles(input.articles, drafts, updated));
      }
      return updated.length > 0;
    } catch (error) {
      if (!(error instanceof WechatApiError) || error.errcode !== 40007) throw error;
      steps.push(step.draftDeleted());
    }
  }
  await setState("drafting", { draftTitles: titles });
  const created = await client.draftAdd(drafts.map((d) => d.draft));
  for (const [i, e] of all.entries()) {
    e.draftMediaId = created.media_id;
    e.draftIndex = i;
    e.contentHash = drafts[i]?.hash ?? "";
  }
  await setState("drafted");
  steps.push(step.drafted({ mediaId: created.media_id, dryRun: input.dryRun ? 1 : 0 }));
  if (!input.dryRun) {
    await readBack(
      client,
      created.media_id,
      sentArticles(
        input.articles,
        drafts,
        drafts.map((_, i) => i)
      )
    );
  }
  return true;
}
function draftVersion(all) {
  const text = all.map((e) => `${e.draftMediaId ?? ""}:${e.contentHash ?? ""}`).join("|");
  return createHash("sha256").update(text).digest("hex").slice(0, 16);
}
async function sendPreviews(input, all, steps) {
  const head = all[0];
  if (!head?.draftMediaId || input.previewTo.length === 0) return;
  const version = draftVersion(all);
  for (const who of input.previewTo) {
    if (head.previews?.[who] === version) continue;
    await input.client.massPreview(who, head.draftMediaId);
    for (const e of all) {
      e.previews = { ...e.previews, [who]: version };
      if (!input.dryRun) await input.ledger.write(e);
    }
    steps.push(step.preview({ dryRun: input.dryRun ? 1 : 0, who }));
  }
}

// src/publish/mass-send.ts
var MissingTagError = class extends WechatApiError {
  constructor(tag, tags) {
    super(
      "/cgi-bin/tags/get",
      45159,
      `follower tag \u300C${tag}\u300D does not exist on this account (tags: ${tags.join(", ") || "none"}); nothing was sent`
    );
    this.tag = tag;
    this.tags = tags;
  }
  tag;
  tags;
};
async function sendOnce(client, mediaId, target, clientmsgid) {
  try {
    const r = await client.sendAll(mediaId, target, clientmsgid);
    return { msgId: r.msg_id, msgDataId: String(r.msg_data_id), duplicate: false };
  } catch (error) {
    if (error instanceof WechatApiError && error.errcode === 45065) {
      return { msgId: Number(error.body.msg_id ?? 0), msgDataId: "", duplicate: true };
    }
    throw error;
  }
}
function sentFields(sent) {
  return {
    msgId: sent.msgId,
    ...sent.msgDataId ? { msgDataId: sent.msgDataId } : {},
    ...sent.duplicate && !sent.msgDataId ? { confirmedBy: "45065" } : {}
  };
}
async function resolveAudience(input, audience) {
  if (audience === "\u5168\u90E8\u7C89\u4E1D") return "all";
  const { tags } = await input.client.tagsGet();
  const tag = tags.find((t2) => t2.name === audience);
  if (tag) return { tagId: tag.id };
  if (input.dryRun) return { tagId: -1 };
  throw new MissingTagError(
    audience,
    tags.map((t2) => t2.name)
  );
}

// src/publish/reconcile-push.ts
var { msg: step2 } = publishStepMessages;
var REASONS = {
  2: "original-content check failed (\u539F\u521B\u6821\u9A8C)",
  3: "publishing failed",
  4: "rejected by platform review",
  5: "published, then deleted by the account",
  6: "published, then banned by the platform"
};
function restoreFromUrl(entry, url) {
  if (!url) return;
  entry.articleUrl = url;
  const mid = /[?&]mid=(\d+)/.exec(url)?.[1];
  if (mid && !entry.msgDataId) entry.msgDataId = mid;
}
async function pollPublish(input, all, publishId, setState, steps) {
  let waited = 0;
  for (let i = 0; ; i++) {
    const status = await input.client.publishGet(publishId);
    if (status.publish_status === 1) {
      const pause = Math.min(3e4, 1e3 * 2 ** i);
      if (waited + pause > input.pollMs) break;
      await input.sleep(pause);
      waited += pause;
      continue;
    }
    if (status.publish_status === 0) {
      for (const [i2, e] of all.entries()) {
        restoreFromUrl(e, status.article_detail?.item.find((x) => x.idx === i2 + 1)?.article_url);
      }
      const articleId = status.article_id ? { articleId: status.article_id } : {};
      await setState("sent", { ...articleId, sentAt: input.nowIso });
      steps.push(step2.published({ articleId: String(status.article_id ?? "?") }));
      return { status: "sent", steps };
    }
    const reason = REASONS[status.publish_status] ?? "unknown status";
    await setState("failed", { error: { errcode: status.publish_status, errmsg: reason } });
    const errmsg = `publish_status ${status.publish_status}: ${reason}`;
    throw new WechatApiError("/cgi-bin/freepublish/get", 53503, errmsg);
  }
  steps.push(step2.stillPublishing());
  return { status: "pending", steps };
}
async function findPublished(client, titles, sinceMs) {
  const want = JSON.stringify(titles);
  const list2 = await client.publishBatchGet(0, 20);
  const after = (i) => (i.update_time ?? Infinity) * 1e3 >= sinceMs - 6e4;
  return list2.item.find((i) => JSON.stringify(i.content.news_item.map((a) => a.title)) === want && after(i));
}
async function adoptPublished(input, all, found, setState, steps) {
  for (const [i, e] of all.entries()) restoreFromUrl(e, found.content.news_item[i]?.url);
  const sentAt = found.update_time ? new Date(found.update_time * 1e3).toISOString() : input.nowIso;
  await setState("sent", { articleId: found.article_id, sentAt });
  steps.push(step2.confirmedPublished({ articleId: String(found.article_id) }));
  return { status: "sent", steps, reconciled: true };
}
async function reconcileSending(input, all, setState, steps, late) {
  const first = all[0];
  if (input.push.mode === "publish") {
    if (first.publishId) {
      steps.push(step2.resuming({ publishId: first.publishId }));
      const polled = await pollPublish(input, all, first.publishId, setState, steps);
      return { ...polled, reconciled: true };
    }
    const found = await findPublished(input.client, first.draftTitles ?? [], input.push.slotMs);
    return found ? adoptPublished(input, all, found, setState, steps) : void 0;
  }
  if (input.push.mode === "broadcast" && first.clientmsgid && first.draftMediaId) {
    if (first.msgId) {
      const r = await input.client.massGet(first.msgId);
      if (r.msg_status !== "SEND_FAIL") {
        await setState("sent", { sentAt: first.timestamps.sending ?? input.nowIso });
        steps.push(step2.confirmedSent({ msgId: first.msgId }));
        return { status: "sent", steps, reconciled: true };
      }
    }
    if (late) {
      return {
        status: "failed",
        steps: [...steps, step2.outcomeUnknown()],
        message: publishMessages.msg.unconfirmedReason()
      };
    }
    const target = await resolveAudience(input, input.push.audience);
    const sent = await sendOnce(input.client, first.draftMediaId, target, first.clientmsgid);
    const ids = sentFields(sent);
    await setState("sent", { ...ids, sentAt: input.nowIso });
    steps.push(
      sent.duplicate ? step2.confirmedSent({ msgId: sent.msgId }) : step2.resumed({ msgId: sent.msgId })
    );
    return { status: "sent", steps, reconciled: sent.duplicate };
  }
  return void 0;
}

// src/publish/upload-assets.ts
function uploadName(image) {
  const base = image.source.split(/[\\/]/).pop()?.replace(/[?#].*$/, "").replace(/\.[A-Za-z0-9]+$/, "") || "image";
  return `${base}.${image.mime === "image/png" ? "png" : "jpg"}`;
}
async function uploadAssets(client, items, save, known = /* @__PURE__ */ new Map()) {
  for (const { entry } of items)
    for (const [hash, u] of Object.entries(entry.uploads)) known.set(hash, { ...known.get(hash), ...u });
  const urls = /* @__PURE__ */ new Map();
  const covers = /* @__PURE__ */ new Map();
  let uploaded = 0;
  for (const { slug, render, entry } of items) {
    for (const image of render.images) {
      let url = known.get(image.hash)?.url;
      if (!url) {
        const answer = await named(
          slug,
          image.source,
          client.uploadImage(image.data, image.mime, uploadName(image))
        );
        url = answer.url.replace(/^http:/, "https:");
        uploaded++;
        known.set(image.hash, { ...known.get(image.hash), url });
      }
      urls.set(image.hash, url);
      if (entry.uploads[image.hash]?.url !== url) {
        entry.uploads[image.hash] = { ...entry.uploads[image.hash], url };
        await save(entry);
      }
    }
    const cover = render.cover;
    if (!cover) continue;
    let mediaId = known.get(cover.hash)?.mediaId;
    if (!mediaId) {
      const answer = await named(
        slug,
        cover.source,
        client.addMaterial("image", cover.data, cover.mime, uploadName(cover))
      );
      mediaId = answer.media_id;
      uploaded++;
      known.set(cover.hash, { ...known.get(cover.hash), mediaId });
    }
    covers.set(slug, mediaId);
    if (entry.uploads[cover.hash]?.mediaId !== mediaId) {
      entry.uploads[cover.hash] = { ...entry.uploads[cover.hash], mediaId };
      await save(entry);
    }
  }
  return { urls, covers, uploaded };
}
async function named(slug, source, call) {
  try {
    return await call;
  } catch (error) {
    if (error instanceof WechatApiError) error.asset ??= { slug, source };
    throw error;
  }
}

// src/publish/publish-push.ts
var { msg: step3 } = publishStepMessages;
var SEND_PATHS = /* @__PURE__ */ new Set(["/cgi-bin/message/mass/sendall", "/cgi-bin/freepublish/submit"]);
function clientMsgId(push) {
  const key = `${push.account}|${push.articles.join(",")}|${push.utc}`;
  return `wx${createHash2("sha256").update(key).digest("hex").slice(0, 30)}`;
}
async function openPush(input) {
  const steps = [];
  const push_ = steps.push.bind(steps);
  steps.push = (...items) => {
    for (const item of items) input.onStep?.(item);
    return push_(...items);
  };
  const all = [];
  for (const slug of input.push.articles) all.push(await input.ledger.read(slug) ?? emptyEntry(slug));
  const { push } = input;
  const setState = async (state, patch = {}) => {
    for (const e of all) {
      delete e.error;
      Object.assign(e, patch, { state, pushId: push.id, account: push.account, mode: push.mode });
      e.timestamps[state] = input.nowIso;
      await input.ledger.write(e);
    }
  };
  return { all, setState, steps };
}
async function reconcileLate(input) {
  const { all, setState, steps } = await openPush(input);
  if (!all.some((e) => e.state === "sending")) return void 0;
  try {
    return await reconcileSending(input, all, setState, steps, true);
  } catch (error) {
    if (!(error instanceof WechatApiError)) throw error;
    return { status: error.uncertain || error.errcode === void 0 ? "pending" : "failed", steps, error };
  }
}
async function publishPush(input) {
  const { push, client } = input;
  const { all, setState, steps } = await openPush(input);
  if (all.every((e) => e.state === "sent")) return { status: "unchanged", steps: [step3.alreadySent()] };
  const resumed = all.some((e) => e.state === "sending");
  try {
    if (all.some((e) => e.state === "sending")) {
      const done = await reconcileSending(input, all, setState, steps, false);
      if (done) return done;
    }
    const items = push.articles.map((slug) => ({
      slug,
      render: input.renders.get(slug),
      entry: all.find((e) => e.slug === slug)
    }));
    const uploads = await uploadAssets(client, items, (e) => input.ledger.write(e), input.uploads);
    const n = uploads.uploaded;
    if (n > 0) steps.push(step3.uploaded({ n, dryRun: input.dryRun ? 1 : 0 }));
    const drafts = input.articles.map((article) => {
      const thumb = uploads.covers.get(article.slug);
      if (!thumb) {
        throw new WechatApiError("/cgi-bin/draft/add", 40007, `article ${article.slug} has no uploaded cover`);
      }
      const render = input.renders.get(article.slug);
      const single = push.articles.length === 1;
      return buildDraftArticle({ article, render, imageUrls: uploads.urls, thumbMediaId: thumb, single });
    });
    if (input.send && push.mode === "publish") {
      const found = await findPublished(
        client,
        drafts.map((d) => d.draft.title),
        push.slotMs
      );
      if (found) return await adoptPublished(input, all, found, setState, steps);
    }
    const prepared = all[0]?.draftMediaId;
    const saved = await ensureDraft(input, all, drafts, setState, steps);
    if (!input.send) await sendPreviews(input, all, steps);
    if (!input.send) return { status: "drafted", steps, saved };
    const mediaId = all[0]?.draftMediaId ?? "";
    if (push.mode === "draft") {
      steps.push(step3.modeDraft());
      return { status: "drafted", steps, saved };
    }
    await client.token();
    if (push.mode === "publish") {
      await setState("sending");
      const submitted = await client.publishSubmit(mediaId);
      const dataId = submitted.msg_data_id;
      const msgDataId = dataId !== void 0 ? { msgDataId: String(dataId) } : {};
      await setState("sending", { publishId: String(submitted.publish_id), ...msgDataId });
      steps.push(step3.submitted({ dryRun: input.dryRun ? 1 : 0 }));
      return await pollPublish(input, all, String(submitted.publish_id), setState, steps);
    }
    const target = await resolveAudience(input, push.audience);
    const clientmsgid = clientMsgId(push);
    await setState("sending", { clientmsgid });
    const sent = await sendOnce(client, mediaId, target, clientmsgid).catch((error) => {
      if (error instanceof WechatApiError && error.errcode === 40007 && mediaId === prepared) {
        error.hintOverride = publishErrcodeMessages.msg.draftGone({ mediaId });
      }
      throw error;
    });
    const ids = sentFields(sent);
    await setState("sent", { ...ids, sentAt: input.nowIso });
    const said = sent.duplicate ? step3.confirmedSent({ msgId: sent.msgId }) : step3.sent({ msgId: sent.msgId });
    steps.push(input.dryRun ? step3.wouldSend() : said);
    return { status: "sent", steps, reconciled: sent.duplicate };
  } catch (error) {
    if (!(error instanceof WechatApiError)) throw error;
    const wasSending = all.some((e) => e.timestamps.sending !== void 0 && e.state === "sending");
    const busy = wasSending && error.errcode === 40007 && error.path === "/cgi-bin/freepublish/submit";
    if (busy) error.hintOverride ??= publishErrcodeMessages.msg.draftBeingPublished();
    if (error.uncertain || busy) {
      steps.push(step3.noAnswer());
      return { status: "pending", steps, error };
    }
    const refusedSend = error.refused && !resumed && SEND_PATHS.has(error.path);
    for (const e of all.filter((x) => x.state !== "sent")) {
      if (refusedSend && e.state === "sending") e.state = "drafted";
      e.error = { ...error.errcode !== void 0 ? { errcode: error.errcode } : {}, errmsg: error.errmsg };
      await input.ledger.write(e);
    }
    return { status: "failed", steps, error };
  }
}

// src/publish/block-reasons.ts
function blockReasons(push, articles, unreadable, locale) {
  const files = articles.map((a) => ({ file: a.file, path: a.path }));
  const errors = (l) => collectDiagnostics(files, l, (_source, severity) => severity === "error");
  const here = errors(locale);
  const zh = errors("zh-CN");
  const same = (a, b) => a.ruleId === b.ruleId && a.file === b.file;
  const fromPlan = push.blockedBy.map((b) => {
    const ours = unreadable.find((u) => same(u, b));
    if (ours) return { ...ours, message: b.message };
    const found = zh[here.findIndex((d) => same(d, b) && d.message === b.message)];
    return found ? { ...b, text: found.message, ...found.hint ? { hint: found.hint } : {} } : b;
  });
  return [...fromPlan, ...unreadable.filter((u) => !push.blockedBy.some((b) => same(u, b)))];
}

// src/publish/report-outcome.ts
import path from "node:path";
var { msg: msg3 } = publishMessages;
function wechatFailure(e, image, account = "") {
  if (e instanceof MissingTagError) return msg3.unknownTag({ tag: e.tag, account });
  const failed = { path: e.path, code: e.errcode ?? "", errmsg: e.errmsg };
  return image ? msg3.uploadFailed({ ...failed, image }) : msg3.wechatFailed(failed);
}
function hintOf(e, push, input) {
  const minutes = input.config?.schedule.maxLatenessMinutes;
  if (e.errcode !== 45028 || minutes === void 0) return e.hintMessage;
  const untilMs = push.slotMs + minutes * 6e4;
  return publishErrcodeMessages.msg.noQuota({ untilMs, zone: input.plan.timezone, minutes });
}
async function reportOutcome(input, push, articles, outcome, due) {
  const e = outcome.error;
  const hint = e && hintOf(e, push, input);
  if (e instanceof MissingTagError) reportUnknownTag(articles, e.tag, push.account, e.tags);
  for (const a of articles) {
    const place = fieldPosition(a, "slot");
    if (e instanceof MissingTagError) continue;
    if (e) {
      const ruleId = e.errcode === void 0 ? "publish/unreachable" : `publish/wechat-${e.errcode}`;
      const image = e.asset?.slug === a.slug ? e.asset.source : void 0;
      report(
        a.file,
        // an unanswered call on a due push fails the run: an error, as the exit code says
        outcome.status === "pending" && !due ? "warning" : "error",
        ruleId,
        "publish",
        wechatFailure(e, image),
        {
          place: image && placeOf(a, image) || place,
          hint,
          value: e.errcode === void 0 ? void 0 : String(e.errcode)
        }
      );
    } else if (outcome.message) {
      const slot = formatLocalHuman(push.slotMs, input.plan.timezone, input.locale);
      report(a.file, "error", "publish/unconfirmed", "publish", msg3.unconfirmed({ slot }), {
        place,
        hint: msg3.unconfirmedHint()
      });
    }
  }
  const base = { push, due };
  switch (outcome.status) {
    case "sent": {
      const calls = outcome.steps.map((s) => renderText(s));
      if (input.dryRun) return { ...base, status: "would-send", calls };
      const entries = await Promise.all(push.articles.map((slug) => input.ledger.read(slug)));
      const sentAt = entries[0]?.sentAt ?? new Date(input.nowMs).toISOString();
      return {
        ...base,
        status: "sent",
        sentAt,
        latenessMinutes: latenessMinutes(push, Date.parse(sentAt)),
        reconciled: outcome.reconciled === true,
        articles: push.articles.map((slug, i) => {
          const url = entries[i]?.articleUrl;
          return url ? { slug, url } : { slug };
        })
      };
    }
    case "drafted":
      return { ...base, status: "drafted", saved: outcome.saved === true };
    case "unchanged":
      return { ...base, status: "already-sent" };
    case "pending":
      return {
        ...base,
        status: "pending",
        message: e ? wechatFailure(e) : outcome.steps.at(-1) ?? "pending",
        ...e ? { unconfirmed: true } : {}
      };
    default:
      return {
        ...base,
        status: "failed",
        ...e?.errcode !== void 0 ? { errcode: e.errcode } : {},
        message: e ? wechatFailure(e, e.asset?.source, push.account) : outcome.message ?? "failed",
        ...hint ? { hint } : {},
        ...!e && outcome.message ? { unconfirmed: true } : {}
      };
  }
}
function placeOf(article, source) {
  const dir = `${path.posix.dirname(article.path)}/`;
  const ref = source.startsWith(dir) ? source.slice(dir.length) : source;
  const text = String(article.file.value ?? "");
  const found = text.indexOf(`(${ref}`);
  if (found < 0) return void 0;
  const at = found + 1;
  const line2 = text.slice(0, at).split("\n").length;
  const column = at - (text.lastIndexOf("\n", at - 1) + 1) + 1;
  return { start: { line: line2, column }, end: { line: line2, column: column + ref.length } };
}

// src/publish/report-missed.ts
var { msg: msg4 } = publishMessages;
function reportMissed(input, push, articles) {
  const minutes = input.config.schedule.maxLatenessMinutes;
  const old = input.nowMs - push.slotMs > minutes * 6e4 + MISSED_ALERT_MS;
  const slot = formatLocalHuman(push.slotMs, input.timezone, input.locale);
  const lateness = latenessMinutes(push, input.nowMs);
  for (const a of articles) {
    const message = old ? msg4.missedOld({ slot, slug: a.slug }) : msg4.missed({ slot, minutes, late: lateness });
    report(a.file, old ? "warning" : "error", "publish/missed", "publish", message, {
      place: fieldPosition(a, "slot"),
      value: a.frontmatter.slot,
      hint: old ? msg4.missedOldHint() : msg4.missedHint()
    });
  }
  const due = push.slotMs <= input.nowMs;
  return { status: "missed", push, due, latenessMinutes: lateness, ...old ? { old } : {} };
}

// src/publish/failed-step.ts
var STEPS = [
  [/\/(stable_)?token$/, "token"],
  [/\/(material\/add_material|media\/uploadimg)$/, "upload"],
  [/\/draft\/(add|update|get|batchget)$/, "draft"],
  [/\/message\/mass\/preview$/, "preview"],
  [/\/tags\/get$/, "tags"],
  [/\/message\/mass\/sendall$/, "send"],
  [/\/freepublish\/submit$/, "publish"],
  [/\/(freepublish\/(get|batchget|getarticle)|message\/mass\/get)$/, "lookup"]
];
function failedStep(path5) {
  if (!path5) return "";
  return STEPS.find(([pattern]) => pattern.test(path5))?.[1] ?? "";
}

// src/publish/publish-plan.ts
var sentNote = (r) => line.sentWhen({
  late: r.latenessMinutes,
  urls: r.articles.flatMap((a) => a.url ? [a.url] : []).join(" ")
});
var { msg: msg5 } = publishMessages;
var { msg: line } = publishStepMessages;
var say = (input, message) => input.log(t(input.locale ?? "en", message));
async function publishPlan(input) {
  const bySlug = new Map(input.articles.map((a) => [a.slug, a]));
  const results = [];
  const deadAccounts = /* @__PURE__ */ new Map();
  const siteUploads = createSiteUploads(input.ledger, input.config.defaultAccount);
  for (const planned of input.plan.pushes) {
    if (input.only && !planned.articles.includes(input.only)) continue;
    const push = input.mode ? { ...planned, mode: input.mode } : planned;
    const articles = push.articles.map((s) => bySlug.get(s)).filter((a) => a !== void 0);
    const when = formatLocalHuman(push.slotMs, input.plan.timezone, input.locale);
    const label = `${when} ${accountPrefix(input.plan, push)}${push.articles.join(" + ")}`;
    let result;
    try {
      result = await actOnPush(input, push, articles, label, deadAccounts, siteUploads);
    } catch (error) {
      const message = error.message || String(error);
      for (const a of articles) {
        report(a.file, "error", "publish/internal", "publish", msg5.internal({ message }), {
          place: fieldPosition(a, "slot"),
          hint: msg5.internalHint()
        });
      }
      say(input, line.pushFailed({ label, message }));
      const due = push.slotMs <= input.nowMs;
      result = { status: "failed", push, due, message: msg5.internal({ message }), hint: msg5.internalHint() };
    }
    results.push(result);
  }
  const count = (s) => results.filter((r) => r.status === s).length;
  const confirmed = results.filter((r) => r.status === "sent" && r.reconciled).length;
  const sent = count("sent") - confirmed + count("would-send");
  const unconfirmed = results.filter((r) => r.status === "pending" && r.due && r.unconfirmed).length;
  const notAttempted = results.filter((r) => r.status === "failed" && r.notAttempted).length;
  const drafted = results.filter((r) => r.status === "drafted" && r.saved).length;
  const upToDate = count("drafted") - drafted;
  const failed = count("failed") - notAttempted;
  return { failed, sent, confirmed, drafted, upToDate, notAttempted, unconfirmed, results };
}
async function actOnPush(input, push, articles, label, deadAccounts, siteUploads) {
  const { config, nowMs } = input;
  const due = push.slotMs <= nowMs;
  const ledgers = await readPushLedgers(input.ledger, articles, input.locale);
  if (ledgers.unreadable.length > 0 || push.blocked) {
    const reasons = blockReasons(push, articles, ledgers.unreadable, input.locale ?? "en");
    say(input, line.pushBlocked({ label, n: reasons.length, first: reasons[0]?.message ?? "" }));
    const old = !ledgers.unreadable.length && nowMs - push.slotMs > lateMs(config) + MISSED_ALERT_MS;
    return { status: "blocked", push, due, reasons, ...old ? { old } : {} };
  }
  if (ledgers.entries.every((e) => e?.state === "sent")) {
    const note2 = await checkSentPush(input, push, articles, ledgers.entries);
    say(input, line.pushAlreadySent({ label, edited: note2 ? 1 : 0 }));
    return { status: "already-sent", push, due };
  }
  const dead = deadAccounts.get(push.account);
  if (dead) {
    say(input, line.pushNoToken({ label, account: push.account, errmsg: dead.errmsg }));
    const errcode = dead.errcode !== void 0 ? { errcode: dead.errcode } : {};
    const message = wechatFailure(dead);
    return { status: "failed", push, due, ...errcode, message, hint: dead.hintMessage, notAttempted: true };
  }
  const progress = input.progress;
  const pushInput = {
    push,
    articles,
    renders: new Map(push.articles.map((s) => [s, input.renders.get(s)])),
    client: input.clientFor(push.account),
    ledger: input.ledger,
    send: due,
    nowIso: new Date(nowMs).toISOString(),
    sleep: input.sleep ?? ((ms) => sleep(ms)),
    pollMs: input.pollMs ?? 12e4,
    previewTo: accountConfig(config, push.account)?.previewTo ?? [],
    dryRun: input.dryRun,
    uploads: await siteUploads(push.account),
    ...progress ? { onStep: (s) => progress(t(input.locale ?? "en", s)) } : {}
  };
  const late = nowMs - push.slotMs > lateMs(config);
  let outcome;
  if (late) {
    if (ledgers.entries.some((e) => e?.state === "sending")) say(input, line.pushLookingUp({ label }));
    outcome = await reconcileLate(pushInput);
    if (!outcome && push.mode === "draft" && ledgers.entries.every((e) => e?.draftMediaId)) {
      say(input, line.pushDraftReady({ label }));
      return { status: "drafted", push, due };
    }
    if (!outcome) {
      say(input, line.pushMissed({ label }));
      return reportMissed({ ...input, timezone: input.plan.timezone }, push, articles);
    }
  } else {
    say(input, due ? line.pushDue({ label, mode: push.mode }) : line.pushPreparing({ label }));
    outcome = await publishPush(pushInput);
  }
  const result = await reportOutcome(input, push, articles, outcome, due);
  if (outcome.error?.path === "/cgi-bin/stable_token") deadAccounts.set(push.account, outcome.error);
  const locale = input.locale ?? "en";
  const note = result.status === "sent" ? [sentNote(result)] : [];
  const steps = joinItems(
    locale,
    [...outcome.steps, ...note].map((s) => t(locale, s)),
    "steps"
  );
  const failed = outcome.status === "failed" ? 1 : 0;
  say(input, line.stepsLine({ steps, status: outcome.status, failed, what: failedStep(outcome.error?.path) }));
  return result;
}
var lateMs = (config) => config.schedule.maxLatenessMinutes * 6e4;

// src/publish/dry-run-client.ts
function createDryRunClient(log) {
  let n = 0;
  const id = (p) => `DRY_RUN_${p}_${++n}`;
  const kb = (d) => fileSize(d.byteLength);
  return {
    token: async () => "dry-run",
    uploadImage: async (data, mime, filename) => {
      log(`POST /cgi-bin/media/uploadimg  media=${filename} (${mime}, ${kb(data)})`);
      return { url: `http://mmbiz.qpic.cn/dry-run/${filename}` };
    },
    addMaterial: async (type, data, mime, filename) => {
      log(`POST /cgi-bin/material/add_material?type=${type}  media=${filename} (${mime}, ${kb(data)})`);
      return { media_id: id("MATERIAL") };
    },
    draftAdd: async (articles) => {
      log(
        `POST /cgi-bin/draft/add  articles=${articles.length} ${articles.map((a) => `\u300C${a.title}\u300D`).join(" ")}`
      );
      return { media_id: id("DRAFT") };
    },
    draftUpdate: async (mediaId, index, article) => {
      log(`POST /cgi-bin/draft/update  media_id=${mediaId} index=${index} \u300C${article.title}\u300D`);
      return {};
    },
    draftGet: async (mediaId) => {
      log(`POST /cgi-bin/draft/get  media_id=${mediaId}`);
      return { news_item: [] };
    },
    draftDelete: async () => ({}),
    draftBatchGet: async () => {
      log("POST /cgi-bin/draft/batchget");
      return { total_count: 0, item: [] };
    },
    publishSubmit: async (mediaId) => {
      log(`POST /cgi-bin/freepublish/submit  media_id=${mediaId}`);
      return { publish_id: id("PUBLISH") };
    },
    publishBatchGet: async () => ({ total_count: 0, item: [] }),
    publishGet: async (publishId) => {
      log(`POST /cgi-bin/freepublish/get  publish_id=${publishId} (polled until final)`);
      return {
        publish_id: publishId,
        publish_status: 0,
        article_detail: { count: 1, item: [{ idx: 1, article_url: "https://mp.weixin.qq.com/s/dry-run" }] }
      };
    },
    sendAll: async (mediaId, target, clientmsgid) => {
      log(
        `POST /cgi-bin/message/mass/sendall  media_id=${mediaId} ${target === "all" ? "is_to_all=true" : `tag_id=${target.tagId}`} clientmsgid=${clientmsgid}`
      );
      return { msg_id: 0, msg_data_id: "0" };
    },
    massGet: async (msgId) => ({ msg_id: msgId, msg_status: "SEND_SUCCESS" }),
    massPreview: async (towxname, mediaId) => {
      log(`POST /cgi-bin/message/mass/preview  towxname=${towxname} media_id=${mediaId}`);
      return { msg_id: 0 };
    },
    tagsGet: async () => {
      log("GET /cgi-bin/tags/get");
      return { tags: [] };
    },
    articleTotalDetail: async () => ({ list: [], is_delay: false }),
    quotaGet: async () => ({ quota: { daily_limit: 0, used: 0, remain: 0 } })
  };
}

// src/cli/commands/publish-setup.ts
var { msg: msg6 } = publishCliMessages;
function apiBase(io) {
  const raw = io.env.WECHAT_API_BASE || "https://api.weixin.qq.com";
  let url;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, message: msg6.apiBaseNotUrl({ url: redactUrl(raw) }) };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    return { ok: false, message: msg6.apiBaseNotHttp({ protocol: url.protocol, url: redactUrl(raw) }) };
  }
  if (url.username || url.password) {
    return { ok: false, message: msg6.apiBaseCredentials({ url: redactUrl(raw) }) };
  }
  return { ok: true, base: raw };
}
function killHook(io) {
  const n = Number(io.env.WXPRESS_TEST_KILL_AFTER_CALL);
  if (!Number.isInteger(n) || n < 1) return void 0;
  let calls = 0;
  return () => {
    if (++calls >= n) process.kill(process.pid, "SIGKILL");
  };
}
function createClients(io, config, base, dryRun, proxy = {}, locale = "en") {
  const clients = /* @__PURE__ */ new Map();
  const missing = [];
  const afterCall = killHook(io);
  const clientFor = (account) => {
    let client = clients.get(account);
    if (client) return client;
    if (dryRun) {
      client = createDryRunClient((call) => io.stdout.write(`${t(locale, msg6.wouldCall({ call }))}
`));
    } else {
      const cfg = accountConfig(config, account);
      const appId = io.env[cfg?.appIdEnv ?? "WECHAT_APP_ID"];
      const appSecret = io.env[cfg?.appSecretEnv ?? "WECHAT_APP_SECRET"];
      if (!appId || !appSecret) {
        const names = `${cfg?.appIdEnv ?? "WECHAT_APP_ID"}/${cfg?.appSecretEnv ?? "WECHAT_APP_SECRET"}`;
        missing.push(msg6.credentialsOf({ names, account }));
        client = createDryRunClient(() => void 0);
      } else {
        client = createWechatClient({
          baseUrl: base,
          appId,
          appSecret,
          ...proxy,
          ...afterCall ? { afterCall } : {}
        });
      }
    }
    clients.set(account, client);
    return client;
  };
  return { clientFor, missing };
}

// src/cli/commands/lock-accounts.ts
import { setTimeout as sleep2 } from "node:timers/promises";
import { hostname } from "node:os";
import path3 from "node:path";

// src/publish/publish-lock.ts
import { randomBytes } from "node:crypto";
import { link, lstat, mkdir, open, rename, unlink, writeFile } from "node:fs/promises";
import path2 from "node:path";
async function readLock(file) {
  let handle;
  try {
    handle = await open(file, "r");
  } catch (error) {
    if (error.code === "ENOENT") return void 0;
    const writtenMs = await lstat(file).then(
      (s) => s.mtimeMs,
      () => Number.NaN
    );
    return { unreadable: true, writtenMs };
  }
  try {
    const { mtimeMs } = await handle.stat();
    const unreadable = { unreadable: true, writtenMs: mtimeMs };
    try {
      const data = JSON.parse(await handle.readFile("utf8"));
      if (typeof data?.pid !== "number" || typeof data.token !== "string") return unreadable;
      const { pid, token } = data;
      return { pid, hostname: String(data.hostname), startedAt: String(data.startedAt), token };
    } catch {
      return unreadable;
    }
  } catch {
    return void 0;
  } finally {
    await handle.close().catch(() => void 0);
  }
}
var isHolder = (lock) => lock !== void 0 && !("unreadable" in lock);
async function create(file, holder) {
  let handle;
  try {
    handle = await open(file, "wx");
  } catch (error) {
    if (error.code === "EEXIST") return false;
    throw error;
  }
  try {
    await handle.writeFile(`${JSON.stringify(holder)}
`);
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => void 0);
    await unlink(file).catch(() => void 0);
    throw error;
  }
  await handle.close();
  return true;
}
function isStale(holder, options) {
  const age = options.nowMs() - Date.parse(holder.startedAt);
  if (!(age <= options.maxAgeMs)) return true;
  return holder.hostname === options.hostname && !options.isAlive(holder.pid);
}
var isOldGarbage = (lock, options) => lock !== void 0 && "unreadable" in lock && options.nowMs() - lock.writtenMs > options.maxAgeMs;
async function removeStale(file, stale, options) {
  const aside = `${file}.stale-${randomBytes(4).toString("hex")}`;
  try {
    await rename(file, aside);
  } catch {
    return;
  }
  const moved = await readLock(aside);
  const same = isHolder(stale) ? isHolder(moved) && moved.token === stale.token : isOldGarbage(moved, options);
  if (!same) await link(aside, file).catch(() => void 0);
  await unlink(aside).catch(() => void 0);
}
async function acquireLock(file, options) {
  await mkdir(path2.dirname(file), { recursive: true });
  await writeFile(path2.join(path2.dirname(file), ".gitignore"), "*\n", { flag: "wx" }).catch(() => void 0);
  const me = {
    pid: options.pid,
    hostname: options.hostname,
    startedAt: new Date(options.nowMs()).toISOString(),
    token: randomBytes(8).toString("hex")
  };
  const deadline = options.nowMs() + options.waitMs;
  let tookOver;
  let missed = 0;
  for (; ; ) {
    if (await create(file, me)) {
      const release = async () => {
        const lock = await readLock(file);
        if (isHolder(lock) && lock.token === me.token) await unlink(file).catch(() => void 0);
      };
      return { ok: true, release, ...tookOver ? { tookOver } : {} };
    }
    const holder = await readLock(file);
    if (holder === void 0 && missed++ === 0) continue;
    if (holder && (isHolder(holder) ? isStale(holder, options) : isOldGarbage(holder, options))) {
      tookOver = holder;
      await removeStale(file, holder, options);
      continue;
    }
    if (options.nowMs() >= deadline) return { ok: false, holder };
    await options.sleep(200);
  }
}

// src/cli/commands/lock-accounts.ts
var { msg: msg7 } = publishLockMessages;
var isAlive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
};
async function lockAccounts(root, accounts, waitMs, maxAgeMs, io, locale = "en", timezone = "Asia/Shanghai") {
  const local = (ms) => Number.isFinite(ms) ? formatLocalHuman(ms, timezone, locale) : "?";
  const since = (startedAt) => Number.isFinite(Date.parse(startedAt)) ? local(Date.parse(startedAt)) : startedAt;
  const taken = [];
  const release = async () => {
    for (const r of taken.reverse()) await r();
  };
  for (const account of [...new Set(accounts)].sort()) {
    const file = path3.join(root, ".wxpress", "locks", `${account.replace(/[^\w.-]/g, "_")}.lock`);
    const shown = path3.relative(root, file).split(path3.sep).join("/");
    const lock = await acquireLock(file, {
      pid: process.pid,
      hostname: hostname(),
      nowMs: Date.now,
      isAlive,
      waitMs,
      maxAgeMs,
      sleep: (ms) => sleep2(ms)
    });
    if (!lock.ok) {
      await release();
      const h = lock.holder;
      if (h && "unreadable" in h) {
        const written = local(h.writtenMs);
        const minutes = Math.round(maxAgeMs / 6e4);
        return {
          ok: false,
          message: msg7.lockUnreadable({ account, file: shown, written }),
          hint: msg7.lockUnreadableHint({ file: shown, minutes, at: local(h.writtenMs + maxAgeMs) })
        };
      }
      const who = h ? { pid: h.pid, host: h.hostname, since: since(h.startedAt) } : { pid: "", host: "", since: "" };
      return { ok: false, message: msg7.lockBusy({ account, ...who }), hint: msg7.lockHint() };
    }
    const old = lock.tookOver;
    if (old && "unreadable" in old) {
      const written = local(old.writtenMs);
      io.stderr.write(`${t(locale, msg7.tookOverUnreadable({ account, file: shown, written }))}
`);
    } else if (old) {
      const { pid, startedAt } = old;
      io.stderr.write(`${t(locale, msg7.tookOver({ account, pid, since: since(startedAt) }))}
`);
    }
    taken.push(lock.release);
  }
  return { ok: true, release };
}

// src/cli/commands/run-publish.ts
var leftover = publishRenamedMessages.msg.leftoverDraft;
var { msg: msg8 } = publishCliMessages;
async function runPublish(io, flags) {
  return (await publishSite(io, flags)).code;
}
async function publishSite(io, flags) {
  const fail = (code) => ({ code, results: [] });
  const { config, content } = flags;
  const site = await loadSite({ root: io.cwd, config, content, cacheVersion: buildVersion() });
  let locale = flags.locale ?? "en";
  const say2 = (out, message) => out.write(`${t(locale, message)}
`);
  if (site.loadedConfig.failed) {
    say2(io.stderr, msg8.configErrors());
    return fail(EXIT.usage);
  }
  locale = flags.locale ?? site.config.locale;
  if (reportUsage(io, site, void 0, locale)) return fail(EXIT.usage);
  if (flags.only && !site.articles.some((a) => a.slug === flags.only)) {
    say2(io.stderr, msg8.noArticle({ slug: flags.only }));
    return fail(EXIT.usage);
  }
  if (flags.preflight)
    return { code: await (await import("./chunk-U6D5SP5U.js")).runPreflight(io, site, flags), results: [] };
  const api = apiBase(io);
  if (!api.ok) {
    say2(io.stderr, api.message);
    say2(io.stderr, msg8.apiBaseHint());
    return fail(EXIT.usage);
  }
  const dryRun = flags.dryRun === true;
  const proxy = wechatFetchOption(io, locale);
  if (!proxy) return fail(EXIT.usage);
  const { clientFor, missing } = createClients(io, site.config, api.base, dryRun, proxy, locale);
  let release = async () => {
  };
  if (!dryRun) {
    for (const account of new Set(site.articles.map((a) => accountOf(a, site.config)))) clientFor(account);
    if (missing.length > 0) {
      const list2 = joinItems(locale, [...new Set(missing.map((m) => t(locale, m)))]);
      say2(io.stderr, msg8.missingCredentials({ list: list2 }));
      say2(io.stderr, msg8.credentialsHint());
      return fail(EXIT.usage);
    }
    const accounts = site.articles.map((a) => accountOf(a, site.config));
    const waitMs = (flags.lockWait ?? 30) * 1e3;
    const maxAgeMs = (flags.lockMaxAge ?? 120) * 6e4;
    const lock = await lockAccounts(site.root, accounts, waitMs, maxAgeMs, io, locale, site.config.timezone);
    if (!lock.ok) {
      say2(io.stderr, lock.message);
      say2(io.stderr, lock.hint);
      return fail(EXIT.errors);
    }
    release = lock.release;
  }
  try {
    const run = await publishLocked(io, flags, site, api.base, clientFor, locale);
    if (flags.alert && dryRun) say2(io.stderr, msg8.dryRunNoAlerts());
    if (flags.alert && !dryRun) {
      const { runAlerts } = await import("./chunk-ZZTG3KMM.js");
      const nowMs = resolveNow(flags.now);
      await runAlerts(io, { site, results: run.results, clientFor, nowMs, only: flags.only, locale });
    }
    return run;
  } finally {
    await release();
  }
}
async function publishLocked(io, flags, site, base, clientFor, locale) {
  const dryRun = flags.dryRun === true;
  const nowMs = resolveNow(flags.now);
  const chromium = io.env.CHROMIUM_PATH || void 0;
  const result = await checkSite(site, { nowMs, version: buildVersion(), publishing: true, locale, chromium });
  const ledger = createLedger(path4.join(site.root, ".wxpress", "state"));
  if (dryRun) io.stdout.write(`${t(locale, msg8.dryRunBanner())}
`);
  const iso = new Date(nowMs).toISOString();
  const human = formatLocalHuman(nowMs, site.config.timezone, locale);
  const now = locale === "en" ? `${human} (${iso})` : `${human}\uFF08${iso}\uFF09`;
  io.stdout.write(`${t(locale, msg8.header({ now, via: dryRun ? "" : redactUrl(base) }))}
`);
  const unpulled = pastPushesWithoutLedger(
    ledger.dir,
    result.plan,
    nowMs,
    site.config.schedule.maxLatenessMinutes * 6e4
  );
  if (unpulled > 0) io.stdout.write(`${t(locale, msg8.noLedger({ n: unpulled }))}
`);
  const summary = await publishPlan({
    plan: result.plan,
    articles: site.articles,
    renders: result.renders,
    config: site.config,
    clientFor,
    ledger: dryRun ? readOnlyLedger(ledger) : ledger,
    nowMs,
    dryRun,
    mode: flags.mode,
    only: flags.only,
    ...flags.poll !== void 0 ? { pollMs: flags.poll * 1e3 } : {},
    log: (line2) => io.stdout.write(`${line2}
`),
    locale,
    ...io.stdout.isTTY ? { progress: (step4) => io.stdout.write(`  \u2026 ${step4}
`) } : {}
  });
  const diagnostics = collectDiagnostics(
    site.articles.map((a) => ({ file: a.file, path: a.path })),
    locale
  ).filter((d) => d.source === "publish" || d.severity === "error");
  if (diagnostics.length > 0) {
    const counts = summarize(diagnostics, site.articles.length);
    io.stdout.write(
      `
${reportPretty(diagnostics, counts, { color: useColor(io), quiet: true, locale, perRule: PRETTY_PER_RULE })}`
    );
  }
  for (const e of await leftoverDrafts(ledger, new Set(site.articles.map((a) => a.slug)))) {
    const file = `.wxpress/state/${e.slug}.json`;
    const text = leftover({ old: e.slug, mediaId: e.draftMediaId ?? "", file });
    io.stdout.write(`
${t(locale, text)}
`);
  }
  const n = (s) => summary.results.filter((r) => r.status === s).length;
  const rest = {
    drafted: summary.drafted,
    upToDate: summary.upToDate,
    missed: n("missed"),
    blocked: n("blocked"),
    blockedLater: summary.results.filter((r) => r.status === "blocked" && !r.due).length
  };
  const totals = dryRun ? msg8.dryRunTotals({ would: n("would-send"), failed: summary.failed, ...rest }) : msg8.totals({
    sent: summary.sent,
    confirmed: summary.confirmed,
    unconfirmed: summary.unconfirmed,
    failed: summary.failed,
    notAttempted: summary.notAttempted,
    ...rest
  });
  io.stdout.write(`
${t(locale, totals)}
`);
  const attention = summary.results.some(failsRun) || summary.failed > 0;
  const internal = diagnostics.some((d) => d.severity === "error" && d.source === "publish");
  return { code: attention || internal ? EXIT.errors : EXIT.ok, results: summary.results };
}
export {
  publishSite,
  runPublish
};
