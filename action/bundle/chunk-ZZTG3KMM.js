import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  SLOT_GONE_COMMENT,
  alertBody,
  alertMarker,
  alertTitle,
  preparedComment,
  preparedMarker,
  sentCloseComment,
  sentComment,
  sentMarker
} from "./chunk-ZBXUVDN5.js";
import {
  ACTIONS_BOT,
  GithubApiError,
  createGithubClient,
  findSticky,
  upsertSticky
} from "./chunk-PIDNZQJA.js";
import {
  createAccountCacheStore,
  preflight
} from "./chunk-HSOUSIRX.js";
import {
  needsAttention
} from "./chunk-RGKYHKU7.js";
import "./chunk-YAPKZWJH.js";
import "./chunk-J4DWB6HD.js";
import {
  commitAdding
} from "./chunk-RGUXJ74E.js";
import {
  writtenTitle
} from "./chunk-YLSJPKLP.js";
import "./chunk-7JMQT3C6.js";
import "./chunk-VH3G5L5R.js";
import {
  fromMessage
} from "./chunk-DAW4CLPE.js";
import "./chunk-5VEVMHFP.js";
import "./chunk-NLG6EU7L.js";
import "./chunk-QGBYRSYB.js";
import "./chunk-DJXUAFTC.js";
import "./chunk-HD5MTZOP.js";
import "./chunk-ATHEYLYN.js";
import {
  alertsCliMessages,
  formatLocalIso,
  formatUtcIso,
  offsetLabel,
  publishErrcodeMessages,
  renderText,
  t
} from "./chunk-OWIXN4P4.js";
import "./chunk-W666XFH3.js";
import "./chunk-6YQ3DZCD.js";
import "./chunk-S4VC6IKX.js";
import "./chunk-RGBDA2DB.js";
import "./chunk-EP4KRDZC.js";

// src/github/post-alerts.ts
var ALERT_LABEL = "wxpress";
var RECENT_MS = 30 * 864e5;
var MARKER = /^<!-- wxpress:alert:[^>]*-->/;
var { msg } = alertsCliMessages;
var markerOf = (issue) => MARKER.exec(issue.body.trimStart())?.[0];
async function postAlerts(input) {
  const { client, plan } = input;
  const log = (message) => input.log(t(input.locale ?? "en", message));
  const byUs = (i) => i.user?.type === "Bot" && i.user.login === input.botLogin;
  const ours = (await client.listIssues({ state: "all", labels: [ALERT_LABEL] })).filter(
    (i) => byUs(i) && markerOf(i) !== void 0 && (i.state === "open" || i.closedAt !== null && input.nowMs - Date.parse(i.closedAt) < RECENT_MS)
  );
  const find = (marker) => ours.find((i) => markerOf(i) === marker && i.state === "open") ?? ours.find((i) => markerOf(i) === marker);
  let labelReady = false;
  for (const want of plan.issues) {
    const found = find(want.marker);
    if (!found) {
      if (!labelReady) await client.ensureLabel(ALERT_LABEL, "d93f0b", "wxpress: a push that needs a person");
      labelReady = true;
      const created = await client.createOnce(
        () => client.createIssue({ title: want.title, body: want.body, labels: [ALERT_LABEL] }),
        async () => (await client.listIssues({ state: "open", labels: [ALERT_LABEL] })).find(
          (i) => byUs(i) && markerOf(i) === want.marker
        )
      );
      log(msg.issueOpened({ n: created.number, title: want.title }));
    } else if (found.title !== want.title || found.body !== want.body) {
      await client.updateIssue(found.number, { title: want.title, body: want.body, state: "open" });
      log(msg.issueUpdated({ n: found.number, reopened: found.state === "open" ? 0 : 1, title: want.title }));
    } else log(msg.issueUnchanged({ n: found.number }));
  }
  const needed = new Set(plan.issues.map((i) => i.marker));
  const planned = new Set(plan.planned);
  for (const issue of ours) {
    const marker = markerOf(issue);
    if (issue.state !== "open" || needed.has(marker)) continue;
    const comment = plan.close.find((c) => c.marker === marker)?.comment ?? (input.closeGone && !planned.has(marker) ? SLOT_GONE_COMMENT : void 0);
    if (!comment) continue;
    await client.createComment(issue.number, comment);
    await client.updateIssue(issue.number, { state: "closed" });
    log(msg.issueClosed({ n: issue.number }));
  }
  for (const sent of plan.sent) {
    const pr = await input.pullOf(sent.slug);
    if (pr === void 0) {
      log(msg.noPull({ slug: sent.slug, kind: "sent" }));
      continue;
    }
    if (findSticky(await client.listComments(pr), sent.marker, input.botLogin)) {
      log(msg.sentAlready({ slug: sent.slug, pr }));
      continue;
    }
    await client.createOnce(
      () => client.createComment(pr, sent.body),
      async () => findSticky(await client.listComments(pr), sent.marker, input.botLogin)
    );
    log(msg.sentPosted({ slug: sent.slug, pr }));
  }
  for (const prepared of input.prepared) {
    const pr = await input.pullOf(prepared.slug);
    if (pr === void 0) {
      log(msg.noPull({ slug: prepared.slug, kind: "prepared" }));
      continue;
    }
    const done = await upsertSticky(client, pr, prepared.marker, prepared.body, input.botLogin);
    log(msg.prepared({ slug: prepared.slug, action: done.action, pr }));
  }
}

// src/publish/alerts/when.ts
function localTime(epochMs, zone) {
  const iso = formatLocalIso(epochMs, zone);
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.exec(iso);
  const utc = formatUtcIso(epochMs);
  if (!m) return { short: iso, full: iso, utc };
  const [, year, month, day, hm, offset] = m;
  return {
    short: `${Number(month)} \u6708 ${Number(day)} \u65E5 ${hm}`,
    full: `${year}-${month}-${day} ${hm}\uFF08${offsetLabel(offset)}\uFF09`,
    utc
  };
}
function lateness(minutes) {
  if (minutes <= 0) return "\u51C6\u65F6";
  if (minutes < 60) return `\u665A\u4E86 ${minutes} \u5206\u949F`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `\u665A\u4E86 ${h} \u5C0F\u65F6${m ? ` ${m} \u5206\u949F` : ""}`;
}

// src/publish/alerts/plan-alerts.ts
var zh = (text) => renderText(text, "zh-CN");
function reasonOf(result) {
  switch (result.status) {
    case "missed":
      return { kind: "missed" };
    case "blocked":
      return {
        kind: "blocked",
        reasons: result.reasons.map((b) => ({
          file: b.file,
          ruleId: b.ruleId,
          message: b.text ? zh(b.text) : b.message,
          ...b.hint ? { hint: zh(b.hint) } : {}
        }))
      };
    case "failed": {
      if (result.unconfirmed) return { kind: "unconfirmed", message: zh(result.message) };
      const code = result.errcode;
      const text = result.hint ?? (code !== void 0 ? publishErrcodeMessages.msg.hint({ code }) : void 0);
      const hint = text && zh(text);
      return {
        kind: "failed",
        message: zh(result.message),
        ...result.errcode !== void 0 ? { errcode: result.errcode } : {},
        ...hint ? { hint } : {}
      };
    }
    default:
      return void 0;
  }
}
var ALREADY_SENT_COMMENT = "\u8FD9\u6761\u63A8\u9001\u5DF2\u7ECF\u53D1\u51FA\uFF08\u89C1\u53F0\u8D26 `.wxpress/state/`\uFF09\u3002\u5173\u95ED\u6B64\u95EE\u9898\u3002";
function planAlerts(results, site) {
  const plan = { issues: [], close: [], planned: [], sent: [] };
  for (const result of results) {
    const { push } = result;
    const marker = alertMarker(push.account, push.utc);
    plan.planned.push(marker);
    const slot = localTime(push.slotMs, site.timezone);
    const reason = needsAttention(result) ? reasonOf(result) : void 0;
    if (reason) {
      const articles = push.articles.map((slug) => {
        const a = site.articles.get(slug);
        const file = a?.path ?? `content/${slug}/index.md`;
        const link = site.fileLink ? { link: site.fileLink(file) } : {};
        return { slug, title: a?.title ?? slug, path: file, ...link };
      });
      const input = {
        account: push.account,
        slot,
        mode: push.mode,
        articles,
        reason,
        maxLatenessMinutes: site.maxLatenessMinutes
      };
      plan.issues.push({ marker, title: alertTitle(input), body: alertBody(input) });
    }
    if (result.status === "already-sent") plan.close.push({ marker, comment: ALREADY_SENT_COMMENT });
    if (result.status !== "sent") continue;
    const sentAt = localTime(Date.parse(result.sentAt), site.timezone);
    const late = lateness(result.latenessMinutes);
    const url = result.articles[0]?.url;
    const comment = sentCloseComment({ ...url ? { url } : {}, sentAt, lateness: late });
    plan.close.push({ marker, comment });
    for (const a of result.articles) {
      const title = site.articles.get(a.slug)?.title ?? a.slug;
      plan.sent.push({
        slug: a.slug,
        marker: sentMarker(a.slug),
        body: sentComment({
          slug: a.slug,
          title,
          sentAt,
          slot,
          lateness: late,
          account: push.account,
          ...a.url ? { url: a.url } : {}
        })
      });
    }
  }
  return plan;
}

// src/cli/commands/run-alerts.ts
var { msg: msg2 } = alertsCliMessages;
var PREFLIGHT_EVENTS = /* @__PURE__ */ new Set(["", "push", "workflow_dispatch"]);
async function runAlerts(io, run) {
  const { env } = io;
  const locale = run.locale ?? "en";
  const repository = env.GITHUB_REPOSITORY ?? "";
  if (!env.GITHUB_TOKEN || !/^[^/\s]+\/[^/\s]+$/.test(repository)) {
    io.stderr.write(`${t(locale, msg2.needGithub())}
`);
    return;
  }
  const { site } = run;
  const server = (env.GITHUB_SERVER_URL || "https://github.com").replace(/\/+$/, "");
  const byslug = new Map(site.articles.map((a) => [a.slug, a]));
  const plan = planAlerts(run.results, {
    timezone: site.config.timezone,
    maxLatenessMinutes: site.config.schedule.maxLatenessMinutes,
    articles: new Map(site.articles.map((a) => [a.slug, { title: writtenTitle(a), path: a.path }])),
    fileLink: (file) => `${server}/${repository}/blob/HEAD/${file.split("/").map(encodeURIComponent).join("/")}`
  });
  const prepared = PREFLIGHT_EVENTS.has(env.GITHUB_EVENT_NAME ?? "") ? await preflightComments(io, run) : [];
  const client = createGithubClient({
    baseUrl: env.GITHUB_API_URL || "https://api.github.com",
    token: env.GITHUB_TOKEN,
    repository
  });
  const pulls = /* @__PURE__ */ new Map();
  const pullOf = (slug) => {
    const known = pulls.get(slug);
    if (known) return known;
    const found = (async () => {
      const article = byslug.get(slug);
      const sha = article ? await commitAdding(site.root, article.path) : void 0;
      return sha ? (await client.pullsForCommit(sha))[0]?.number : void 0;
    })();
    pulls.set(slug, found);
    return found;
  };
  try {
    await postAlerts({
      client,
      plan,
      prepared,
      closeGone: !run.only,
      botLogin: env.WXPRESS_BOT_LOGIN || ACTIONS_BOT,
      nowMs: run.nowMs,
      pullOf,
      locale,
      log: (line) => io.stderr.write(`${t(locale, msg2.line({ line }))}
`)
    });
  } catch (error) {
    io.stderr.write(`${alertFailure(error, locale)}
`);
  }
}
function alertFailure(error, locale = "en") {
  const what = error instanceof Error ? error.message : String(error);
  const forbidden = error instanceof GithubApiError && (error.status === 403 || error.status === 404);
  return t(locale, msg2.notPosted({ what, forbidden: forbidden ? 1 : 0 }));
}
async function preflightComments(io, run) {
  const drafted = run.results.filter((r) => r.status === "drafted" && !r.due);
  if (drafted.length === 0) return [];
  const { site } = run;
  const byslug = new Map(site.articles.map((a) => [a.slug, a]));
  const pushes = drafted.map((r) => ({
    result: r,
    articles: r.push.articles.map((s) => byslug.get(s)).filter((a) => a !== void 0)
  }));
  const before = new Map(pushes.flatMap((p) => p.articles).map((a) => [a, a.file.messages.length]));
  try {
    await preflight({
      pushes: pushes.map((p) => ({
        account: p.result.push.account,
        mode: p.result.push.mode,
        audience: p.result.push.audience,
        articles: p.articles
      })),
      clientFor: run.clientFor,
      cache: createAccountCacheStore(site.root),
      nowMs: run.nowMs
    });
  } catch (error) {
    io.stderr.write(`${t(run.locale ?? "en", msg2.preflightFailed({ error: error.message }))}
`);
    return [];
  }
  return pushes.flatMap(
    ({ result, articles }) => articles.map((a) => {
      const findings = a.file.messages.slice(before.get(a) ?? 0).filter((m) => m.source === "publish").map((m) => fromMessage(m, a.path, "zh-CN")).map((d) => ({
        severity: d.severity,
        ruleId: d.ruleId,
        message: d.message,
        ...d.hint ? { hint: d.hint } : {}
      }));
      const rules = findings.map((f) => `; ${f.ruleId}`).join("");
      const verdict = msg2.preflightVerdict({ slug: a.slug, n: findings.length, rules });
      io.stderr.write(`${t(run.locale ?? "en", verdict)}
`);
      return {
        slug: a.slug,
        marker: preparedMarker(a.slug),
        body: preparedComment({
          slug: a.slug,
          title: writtenTitle(a),
          slot: localTime(result.push.slotMs, site.config.timezone),
          account: result.push.account,
          mode: result.push.mode,
          findings
        })
      };
    })
  );
}
export {
  alertFailure,
  runAlerts
};
