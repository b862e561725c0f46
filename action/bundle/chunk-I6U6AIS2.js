import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  ledgerReader
} from "./chunk-35JH7VLQ.js";
import {
  NO_LINK,
  sentMarker,
  withSentLink
} from "./chunk-ZBXUVDN5.js";
import {
  createGithubClient,
  findSticky,
  upsertSticky
} from "./chunk-PIDNZQJA.js";
import {
  createWechatClient,
  wechatFetchOption
} from "./chunk-RA3GHFF7.js";
import {
  WechatApiError
} from "./chunk-J4DWB6HD.js";
import {
  commitAdding
} from "./chunk-RGUXJ74E.js";
import {
  writeStateFile
} from "./chunk-7JMQT3C6.js";
import {
  reportUsage,
  statsUsageJson
} from "./chunk-KH524RKI.js";
import "./chunk-VH3G5L5R.js";
import {
  createLedger,
  orphanLedgers,
  sameArticle
} from "./chunk-YVTT2VMP.js";
import "./chunk-LIUXQTDM.js";
import "./chunk-RBPDBETO.js";
import {
  fromMessage
} from "./chunk-DAW4CLPE.js";
import "./chunk-5VEVMHFP.js";
import "./chunk-YH4FC4WP.js";
import "./chunk-NLG6EU7L.js";
import "./chunk-7LBD2UEY.js";
import {
  resolveNow
} from "./chunk-2NWFFI6H.js";
import {
  EXIT
} from "./chunk-5BTLSYB3.js";
import "./chunk-3H6A6EEH.js";
import {
  loadSite
} from "./chunk-S23H6RSW.js";
import "./chunk-QGBYRSYB.js";
import "./chunk-DJXUAFTC.js";
import "./chunk-UHZN63ZL.js";
import "./chunk-A2AXCRP6.js";
import "./chunk-ARZ2MO6U.js";
import "./chunk-OYTPAMKN.js";
import "./chunk-YDLX56YM.js";
import "./chunk-2DVWRVNC.js";
import "./chunk-4L3TKDER.js";
import "./chunk-2LHYGFIJ.js";
import "./chunk-7M4XFPZV.js";
import "./chunk-HD5MTZOP.js";
import "./chunk-ATHEYLYN.js";
import {
  localDate,
  publishRenamedMessages,
  renderText,
  statsMessages,
  t
} from "./chunk-OWIXN4P4.js";
import "./chunk-W666XFH3.js";
import "./chunk-6YQ3DZCD.js";
import "./chunk-S4VC6IKX.js";
import "./chunk-RGBDA2DB.js";
import "./chunk-EP4KRDZC.js";

// src/github/fill-sent-link.ts
async function fillSentLink(client, issue, slug, url, login) {
  const sent = findSticky(await client.listComments(issue), sentMarker(slug), login);
  if (!sent?.body.includes(NO_LINK)) return false;
  await client.updateComment(sent.id, withSentLink(sent.body, url));
  return true;
}

// src/stats/stats-store.ts
import { readFile } from "node:fs/promises";
import path from "node:path";
function createStatsStore(root) {
  const file = (slug) => `.wxpress/stats/${slug}.json`;
  return {
    file,
    async read(slug) {
      let text;
      try {
        text = await readFile(path.join(root, file(slug)), "utf8");
      } catch (error) {
        const code = error.code;
        return code === "ENOENT" ? { ok: true, record: void 0 } : { ok: false, error: `cannot read it (${code ?? "unknown error"})` };
      }
      let json;
      try {
        json = JSON.parse(text);
      } catch {
        return { ok: false, error: "it is not valid JSON (a merge conflict?)" };
      }
      if (json?.version !== 1)
        return {
          ok: false,
          error: `unknown version ${JSON.stringify(json?.version)} (this wxpress reads version 1)`
        };
      if (json.slug !== slug || typeof json.msgid !== "string" || !json.days || typeof json.days !== "object") {
        return { ok: false, error: "it lacks slug, msgid or days" };
      }
      return { ok: true, record: json };
    },
    async write(record) {
      await writeStateFile(root, file(record.slug), Buffer.from(`${JSON.stringify(record, null, 2)}
`));
    }
  };
}

// src/stats/article-stats.ts
var TRACKED_DAYS = 30;
var num = (v) => {
  const n = typeof v === "number" ? v : Number(v ?? 0);
  return Number.isFinite(n) ? n : 0;
};
var rate = (v) => {
  if (v === void 0 || v === null || v === "") return void 0;
  const n = num(v);
  return n > 1 ? n / 100 : n;
};
var addDays = (date, n) => new Date(Date.parse(`${date}T00:00:00Z`) + n * 864e5).toISOString().slice(0, 10);
var lastTrackedDay = (sentDate) => addDays(sentDate, TRACKED_DAYS - 1);
function articleStats(record) {
  const dates = Object.keys(record.days).sort();
  const last = dates.length ? record.days[dates.at(-1)] : {};
  let previous = 0;
  const trend = dates.map((date) => {
    const read2 = num(record.days[date].read_user);
    const day = { date, read: read2, newReads: Math.max(0, read2 - previous) };
    previous = read2;
    return day;
  });
  const read = num(last.read_user);
  const share = num(last.share_user);
  return {
    slug: record.slug,
    title: record.title,
    sentDate: record.sentDate,
    statDate: dates.at(-1) ?? "",
    read,
    share,
    like: num(last.like_user),
    zaikan: num(last.zaikan_user),
    comments: num(last.comment_count),
    collections: num(last.collection_user),
    follows: num(last.read_subscribe_user),
    finishRate: rate(last.read_finish_rate),
    shareRate: read > 0 ? share / read : void 0,
    url: record.url,
    final: (dates.at(-1) ?? "") >= lastTrackedDay(record.sentDate),
    trend
  };
}

// src/stats/find-article.ts
function urlKey(url) {
  if (!url) return void 0;
  try {
    const u = new URL(url);
    const mid = u.searchParams.get("mid");
    const idx = u.searchParams.get("idx");
    if (mid && idx) return `${mid}_${idx}`;
    return `${u.host}${u.pathname.replace(/\/+$/, "")}`;
  } catch {
    return void 0;
  }
}
function findArticle(list, want) {
  if (want.msgid) {
    const item = list.find((i) => i.msgid === want.msgid);
    return item ? { item, by: "msgid" } : void 0;
  }
  const key = urlKey(want.url);
  const byUrl = key ? list.find((i) => urlKey(i.content_url) === key) : void 0;
  if (byUrl) return { item: byUrl, by: "url" };
  const byTitle = want.title === void 0 ? [] : list.filter((i) => i.title === want.title);
  return byTitle.length === 1 ? { item: byTitle[0], by: "title" } : void 0;
}
async function findByPublishedUrl(client, list, title) {
  try {
    const published = await client.publishBatchGet(0, 20);
    const urls = published.item.flatMap((i) => i.content.news_item).filter((n) => n.title === title).map((n) => n.url);
    for (const url of urls) {
      const found = findArticle(list, { url });
      if (found) return found;
    }
  } catch (error) {
    if (!(error instanceof WechatApiError)) throw error;
  }
  return void 0;
}

// src/stats/merge-days.ts
function mergeDays(record, item, at) {
  const days = { ...record?.days };
  const url = item.content_url || at.url;
  for (const day of item.detail_list ?? []) if (typeof day.stat_date === "string") days[day.stat_date] = day;
  const next = {
    version: 1,
    slug: at.slug,
    account: at.account,
    msgid: item.msgid ?? record?.msgid ?? "",
    sentDate: at.sentDate,
    title: item.title ?? at.title,
    ...url ? { url } : {},
    ...item.publish_type !== void 0 ? { publishType: item.publish_type } : {},
    ...at.by === "msgid" ? {} : { recoveredBy: at.by },
    days: Object.fromEntries(Object.entries(days).sort(([a], [b]) => a.localeCompare(b))),
    updatedAt: record?.updatedAt ?? ""
  };
  const same = record && JSON.stringify({ ...next, updatedAt: "" }) === JSON.stringify({ ...record, updatedAt: "" });
  return same ? record : { ...next, updatedAt: new Date(at.nowMs).toISOString() };
}

// src/stats/collect-stats.ts
var addDays2 = (date, n) => new Date(Date.parse(`${date}T00:00:00Z`) + n * 864e5).toISOString().slice(0, 10);
async function collectStats(input) {
  const rows = [];
  const problems = [];
  const text = (t2) => renderText(t2, input.locale);
  const problem = (slug, severity, message, hint) => problems.push({ slug, severity, message: text(message), hint: text(hint) });
  const yesterday = addDays2(localDate(input.nowMs, input.timezone), -1);
  const clients = /* @__PURE__ */ new Map();
  const clientFor = (account) => {
    if (!clients.has(account)) clients.set(account, input.clientFor(account));
    return clients.get(account);
  };
  const lists = /* @__PURE__ */ new Map();
  const listFor = (account, date) => {
    const key = `${account}|${date}`;
    if (!lists.has(key)) {
      const list = clientFor(account).articleTotalDetail(date);
      lists.set(
        key,
        list.then((r) => r.list ?? [])
      );
    }
    return lists.get(key);
  };
  for (const article of input.articles) {
    const slug = article.slug;
    const view = await input.ledgerOf(slug);
    if (view.kind === "entry" && view.state !== "sent") continue;
    if (view.kind === "unreadable") {
      problem(
        slug,
        "error",
        statsMessages.msg.ledgerUnreadable({ slug, reason: view.reason }),
        statsMessages.msg.ledgerUnreadableHint()
      );
      continue;
    }
    const lost = view.kind === "missing";
    if (lost && (!article.slot || article.slot.epochMs > input.nowMs)) continue;
    const sent = view.kind === "entry" ? view : { state: "sent" };
    const stored = await input.store.read(slug);
    if (!stored.ok) {
      problem(
        slug,
        "error",
        statsMessages.msg.storeUnreadable({ file: input.store.file(slug), error: stored.error }),
        statsMessages.msg.storeUnreadableHint()
      );
      continue;
    }
    const record = stored.record;
    const sentAt = lost ? article.slot.epochMs : sent.sentAt ? Date.parse(sent.sentAt) : void 0;
    const sentDate = record?.sentDate ?? (sentAt === void 0 ? void 0 : localDate(sentAt, input.timezone));
    if (!sentDate) {
      problem(slug, "warning", statsMessages.msg.noSendTime({ slug }), statsMessages.msg.noSendTimeHint());
      continue;
    }
    if (!sent.msgDataId && !lost) {
      problem(slug, "warning", statsMessages.msg.noMsgDataId({ slug }), statsMessages.msg.noMsgDataIdHint({ slug }));
    }
    if (sentDate > yesterday) {
      if (!lost) problem(slug, "info", statsMessages.msg.tooEarly({ date: sentDate }), statsMessages.msg.tooEarlyHint());
      continue;
    }
    const inWindow = yesterday <= addDays2(lastTrackedDay(sentDate), 1);
    if (record && (articleStats(record).final || !inWindow)) {
      rows.push(articleStats(record));
      continue;
    }
    if (!inWindow) {
      if (lost) continue;
      problem(slug, "info", statsMessages.msg.tooLate({ date: sentDate }), statsMessages.msg.tooLateHint());
      continue;
    }
    const account = sent.account ?? record?.account ?? article.frontmatter.account ?? input.defaultAccount;
    let list;
    try {
      list = await listFor(account, sentDate);
    } catch (error) {
      if (!(error instanceof WechatApiError)) throw error;
      problem(
        slug,
        "error",
        statsMessages.msg.datacubeFailed({
          errcode: error.errcode !== void 0 ? String(error.errcode) : "",
          errmsg: error.errmsg
        }),
        error.hintMessage
      );
      if (record) rows.push(articleStats(record));
      continue;
    }
    const msgid = sent.msgDataId ? `${sent.msgDataId}_${(sent.draftIndex ?? 0) + 1}` : record?.msgid;
    const title = article.frontmatter.title ?? slug;
    let found = findArticle(list, { msgid, url: sent.articleUrl ?? record?.url, title });
    if (!found && !msgid) found = await findByPublishedUrl(clientFor(account), list, title);
    if (lost && (found || record)) {
      const old = await input.renamedFrom?.(article);
      const hint = old ? publishRenamedMessages.msg.renamedAfterSendHint({ old, slug }) : statsMessages.msg.lostLedgerHint({ slug });
      problem(slug, "warning", statsMessages.msg.lostLedger({ slug, date: sentDate }), hint);
    }
    if (!found) {
      if (!lost) {
        problem(
          slug,
          "warning",
          statsMessages.msg.notYet({ msgid: msgid ?? "", title, date: sentDate }),
          statsMessages.msg.notYetHint()
        );
      }
      if (record) rows.push(articleStats(record));
      continue;
    }
    const url = sent.articleUrl;
    const next = mergeDays(record, found.item, {
      slug,
      account,
      sentDate,
      title,
      url,
      by: found.by,
      nowMs: input.nowMs
    });
    if (next !== record) await input.store.write(next);
    rows.push(articleStats(next));
  }
  return { rows, problems };
}

// src/stats/renamed-from.ts
import path2 from "node:path";
function renamedFrom(site) {
  let orphans;
  return async (article) => {
    const ledger = createLedger(path2.join(site.root, ".wxpress", "state"));
    orphans ??= orphanLedgers(ledger, new Set(site.articles.map((a) => a.slug)));
    const match = (await orphans).find((entry) => sameArticle(article, entry, { config: site.config }));
    return match?.slug;
  };
}

// src/stats/format-stats.ts
var pct = (r) => r === void 0 ? "\u2013" : `${(r * 100).toFixed(1)}%`;
var int = (n) => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
var dayNumber = (r) => Math.round((Date.parse(`${r.statDate}T00:00:00Z`) - Date.parse(`${r.sentDate}T00:00:00Z`)) / 864e5) + 1;
function formatStatsPretty(rows, locale = "en", unread = 0) {
  if (rows.length === 0)
    return `${t(locale, unread > 0 ? statsMessages.msg.noRowsRead({ n: unread }) : statsMessages.msg.noRows())}
`;
  const head = t(locale, statsMessages.msg.tableHead()).split("|");
  const body = rows.map(
    (r) => [
      r.slug,
      r.sentDate,
      r.statDate,
      r.read,
      r.share,
      r.zaikan,
      r.like,
      r.comments,
      r.collections,
      r.follows,
      pct(r.finishRate),
      pct(r.shareRate)
    ].map(String)
  );
  const width = (s) => [...s].reduce((w, c) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(c) ? 2 : 1), 0);
  const widths = head.map((h, i) => Math.max(width(h), ...body.map((b) => width(b[i]))));
  const pad = (c, i) => i < 3 ? c + " ".repeat(widths[i] - width(c)) : " ".repeat(widths[i] - width(c)) + c;
  const line = (cells) => cells.map(pad).join("  ").trimEnd();
  return `${[line(head), ...body.map(line)].join("\n")}
`;
}
var TOTALS_HEAD = "| \u9605\u8BFB\u4EBA\u6570 | \u5206\u4EAB\u4EBA\u6570 | \u5728\u770B | \u70B9\u8D5E | \u7559\u8A00 | \u6536\u85CF | \u9605\u8BFB\u540E\u5173\u6CE8 | \u5B8C\u8BFB\u7387 | \u5206\u4EAB\u7387 |";
var totals = (r) => {
  const counts = [r.read, r.share, r.zaikan, r.like, r.comments, r.collections, r.follows].map(int);
  return `| ${[...counts, pct(r.finishRate), pct(r.shareRate)].join(" | ")} |`;
};
function formatStatsMarkdown(rows) {
  const lines = [`| \u6587\u7AE0 | \u53D1\u9001\u65E5\u671F | \u622A\u81F3 ${TOTALS_HEAD}`, `| --- | --- | --- |${" ---: |".repeat(9)}`];
  for (const r of rows)
    lines.push(`| ${r.url ? `[${r.title}](${r.url})` : r.title} | ${r.sentDate} | ${r.statDate} ${totals(r)}`);
  return `${lines.join("\n")}
`;
}
var BARS = "\u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588";
function sparkline(values) {
  const max = Math.max(0, ...values);
  return values.map((v) => max === 0 ? BARS[0] : BARS[Math.min(7, Math.round(v / max * 7))]).join("");
}
var statsMarker = (slug) => `<!-- wxpress:stats:${slug} -->`;
function statsComment(row) {
  const title = row.url ? `[${row.title}](${row.url})` : row.title;
  const span = row.final ? `${TRACKED_DAYS} \u5929\u7EDF\u8BA1\u5DF2\u7ED3\u675F\uFF0C\u4E3A\u6700\u7EC8\u6570\u636E` : `\u7B2C ${dayNumber(row)} \u5929\uFF0C\u5171\u7EDF\u8BA1 ${TRACKED_DAYS} \u5929`;
  const trend = row.trend.map((d) => `| ${d.date} | ${int(d.newReads)} | ${int(d.read)} |`);
  return [
    statsMarker(row.slug),
    `### \u{1F4CA} \u516C\u4F17\u53F7\u6570\u636E\uFF1A${title}`,
    "",
    `\u53D1\u9001\u4E8E ${row.sentDate}\uFF0C\u6570\u636E\u622A\u81F3 ${row.statDate}\uFF08${span}\uFF09\u3002`,
    "",
    TOTALS_HEAD,
    `|${" ---: |".repeat(9)}`,
    totals(row),
    "",
    `\u6BCF\u65E5\u65B0\u589E\u9605\u8BFB\uFF1A\`${sparkline(row.trend.map((d) => d.newReads))}\``,
    "",
    `<details><summary>\u9010\u65E5\u6570\u636E\uFF08${row.trend.length} \u5929\uFF09</summary>`,
    "",
    "| \u65E5\u671F | \u65B0\u589E\u9605\u8BFB | \u7D2F\u8BA1\u9605\u8BFB |",
    "| --- | ---: | ---: |",
    ...trend,
    "",
    "</details>",
    "",
    "_\u9605\u8BFB\u4EBA\u6570\u3001\u5206\u4EAB\u4EBA\u6570\u7B49\u4E3A\u5FAE\u4FE1\u516C\u4F17\u5E73\u53F0\u7EDF\u8BA1\u7684\u7D2F\u8BA1\u4EBA\u6570\uFF08T+1\uFF09\uFF1B\u5B8C\u8BFB\u7387\u7531\u5FAE\u4FE1\u63D0\u4F9B\uFF0C\u5206\u4EAB\u7387 = \u5206\u4EAB\u4EBA\u6570 \xF7 \u9605\u8BFB\u4EBA\u6570\u3002\u7531 `wxpress stats` \u66F4\u65B0\u3002_",
    ""
  ].join("\n");
}

// src/cli/commands/run-stats.ts
async function runStats(io, flags) {
  const site = await loadSite({ root: io.cwd, config: flags.config, content: flags.content });
  const locale = flags.locale ?? site.config.locale;
  const say = (message) => io.stderr.write(`${t(locale, message)}
`);
  if (site.loadedConfig.failed) {
    say(statsMessages.msg.configErrors());
    const { file, path: configPath } = site.loadedConfig;
    if (flags.format === "json")
      io.stdout.write(
        statsUsageJson((file?.messages ?? []).map((m) => fromMessage(m, configPath ?? "(config)", locale)))
      );
    return EXIT.usage;
  }
  if (reportUsage(io, site, flags.format === "json" ? statsUsageJson : void 0, locale)) return EXIT.usage;
  const env = io.env;
  const proxy = wechatFetchOption(io);
  if (!proxy) return EXIT.usage;
  const clientFor = (account) => {
    const cfg = site.config.accounts[account];
    const appId = env[cfg?.appIdEnv ?? "WECHAT_APP_ID"];
    const appSecret = env[cfg?.appSecretEnv ?? "WECHAT_APP_SECRET"];
    if (!appId || !appSecret)
      throw new Error(
        `missing ${cfg?.appIdEnv ?? "WECHAT_APP_ID"}/${cfg?.appSecretEnv ?? "WECHAT_APP_SECRET"}`
      );
    return createWechatClient({
      baseUrl: env.WECHAT_API_BASE || "https://api.weixin.qq.com",
      appId,
      appSecret,
      ...proxy
    });
  };
  let github;
  if (flags.post) {
    if (!env.GITHUB_TOKEN || !env.GITHUB_REPOSITORY) {
      say(statsMessages.msg.postNeedsGithub());
      return EXIT.usage;
    }
    github = createGithubClient({
      baseUrl: env.GITHUB_API_URL || "https://api.github.com",
      token: env.GITHUB_TOKEN,
      repository: env.GITHUB_REPOSITORY
    });
  }
  let result;
  try {
    result = await collectStats({
      articles: site.articles,
      ledgerOf: ledgerReader(site.root),
      store: createStatsStore(site.root),
      clientFor,
      nowMs: resolveNow(flags.now),
      timezone: site.config.timezone,
      defaultAccount: site.config.defaultAccount,
      locale,
      renamedFrom: renamedFrom(site)
    });
  } catch (error) {
    io.stderr.write(`wxpress: ${error.message}
`);
    say(statsMessages.msg.credentialsHint());
    return EXIT.usage;
  }
  const { rows, problems } = result;
  if (flags.format === "json")
    io.stdout.write(`${JSON.stringify({ version: 1, articles: rows, problems, diagnostics: [] }, null, 2)}
`);
  else if (flags.format === "markdown") io.stdout.write(formatStatsMarkdown(rows));
  else {
    const unread = new Set(problems.filter((p) => p.severity === "error").map((p) => p.slug)).size;
    io.stdout.write(formatStatsPretty(rows, locale, unread));
    for (const p of problems) io.stdout.write(`${t(locale, statsMessages.msg.problemLine({ ...p }))}
`);
  }
  let failed = false;
  if (github) {
    for (const row of rows) {
      const article = site.articles.find((a) => a.slug === row.slug);
      const sha = article ? await commitAdding(site.root, article.path) : void 0;
      try {
        const pr = sha ? (await github.pullsForCommit(sha))[0] : void 0;
        if (!pr) {
          say(statsMessages.msg.noPullRequest({ slug: row.slug }));
          continue;
        }
        const bot = env.WXPRESS_BOT_LOGIN || void 0;
        const done = await upsertSticky(github, pr.number, statsMarker(row.slug), statsComment(row), bot);
        say(statsMessages.msg.commented({ slug: row.slug, action: done.action, pr: pr.number }));
        if (row.url && await fillSentLink(github, pr.number, row.slug, row.url, bot))
          say(statsMessages.msg.sentLinkFilled({ slug: row.slug, pr: pr.number }));
      } catch (error) {
        failed = true;
        io.stderr.write(`  ${row.slug}: ${error.message}
`);
      }
    }
  }
  return failed || problems.some((p) => p.severity === "error") ? EXIT.errors : EXIT.ok;
}
export {
  runStats
};
