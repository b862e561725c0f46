import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  ledgerReader
} from "./chunk-35JH7VLQ.js";
import {
  createAccountCacheStore,
  preflight
} from "./chunk-HSOUSIRX.js";
import {
  createWechatClient,
  wechatFetchOption
} from "./chunk-RA3GHFF7.js";
import "./chunk-YAPKZWJH.js";
import "./chunk-J4DWB6HD.js";
import "./chunk-7JMQT3C6.js";
import {
  PRETTY_PER_RULE,
  reportPretty
} from "./chunk-F4KFEKCB.js";
import {
  groupPushes
} from "./chunk-LIUXQTDM.js";
import {
  summarize
} from "./chunk-RBPDBETO.js";
import {
  collectDiagnostics
} from "./chunk-DAW4CLPE.js";
import "./chunk-5VEVMHFP.js";
import "./chunk-72RZ5Q3G.js";
import {
  resolveNow
} from "./chunk-2NWFFI6H.js";
import {
  EXIT,
  useColor
} from "./chunk-5BTLSYB3.js";
import "./chunk-3H6A6EEH.js";
import "./chunk-QGBYRSYB.js";
import "./chunk-DJXUAFTC.js";
import "./chunk-HD5MTZOP.js";
import "./chunk-ATHEYLYN.js";
import {
  joinItems,
  publishCliMessages,
  t
} from "./chunk-OWIXN4P4.js";
import "./chunk-W666XFH3.js";
import "./chunk-6YQ3DZCD.js";
import "./chunk-S4VC6IKX.js";
import "./chunk-RGBDA2DB.js";
import "./chunk-EP4KRDZC.js";

// src/cli/commands/run-preflight.ts
var { msg } = publishCliMessages;
async function runPreflight(io, site, flags) {
  const nowMs = resolveNow(flags.now);
  const locale = flags.locale ?? site.config.locale;
  const say = (out, message) => out.write(`${t(locale, message)}
`);
  const lateMs = site.config.schedule.maxLatenessMinutes * 6e4;
  const ledger = ledgerReader(site.root);
  const pushes = [];
  for (const push of groupPushes(site.articles, site.config)) {
    if (push.slotMs + lateMs < nowMs) continue;
    if (flags.only && !push.articles.some((a) => a.slug === flags.only)) continue;
    const views = await Promise.all(push.articles.map((a) => ledger(a.slug)));
    if (views.every((v) => v.kind === "entry" && v.state === "sent")) continue;
    const mode = flags.mode ?? push.mode;
    for (const audience of new Set(push.articles.map((a) => a.frontmatter.audience ?? "\u5168\u90E8\u7C89\u4E1D"))) {
      pushes.push({
        account: push.account,
        mode,
        audience,
        articles: push.articles.filter((a) => (a.frontmatter.audience ?? "\u5168\u90E8\u7C89\u4E1D") === audience)
      });
    }
  }
  if (pushes.length === 0) {
    say(io.stdout, msg.preflightNothing());
    return EXIT.ok;
  }
  const proxy = wechatFetchOption(io, locale);
  if (!proxy) return EXIT.usage;
  const clients = /* @__PURE__ */ new Map();
  const missing = [];
  for (const account of new Set(pushes.map((p) => p.account))) {
    const cfg = site.config.accounts[account];
    const idEnv = cfg?.appIdEnv ?? "WECHAT_APP_ID";
    const secretEnv = cfg?.appSecretEnv ?? "WECHAT_APP_SECRET";
    const appId = io.env[idEnv];
    const appSecret = io.env[secretEnv];
    if (!appId || !appSecret) {
      missing.push(msg.credentialsOf({ names: `${idEnv}/${secretEnv}`, account }));
      continue;
    }
    const baseUrl = io.env.WECHAT_API_BASE || "https://api.weixin.qq.com";
    clients.set(account, createWechatClient({ baseUrl, appId, appSecret, ...proxy }));
  }
  if (missing.length > 0) {
    say(
      io.stderr,
      msg.missingCredentials({
        list: joinItems(
          locale,
          missing.map((m) => t(locale, m))
        )
      })
    );
    say(io.stderr, msg.preflightCredentialsHint());
    return EXIT.usage;
  }
  const { accounts } = await preflight({
    pushes,
    clientFor: (a) => clients.get(a),
    cache: createAccountCacheStore(site.root),
    nowMs
  });
  const files = [...new Set(pushes.flatMap((p) => p.articles))];
  const found = collectDiagnostics(
    files.map((a) => ({ file: a.file, path: a.path })),
    locale
  ).filter((d) => d.source === "publish");
  const names = joinItems(
    locale,
    accounts.map((a) => `\`${a}\``)
  );
  say(io.stdout, msg.preflightHeader({ n: pushes.length, accounts: names }));
  if (found.length > 0)
    io.stdout.write(
      "\n" + reportPretty(found, summarize(found, files.length), {
        color: useColor(io),
        quiet: true,
        locale,
        perRule: PRETTY_PER_RULE
      })
    );
  else say(io.stdout, msg.preflightPassed());
  return found.some((d) => d.severity === "error") ? EXIT.errors : EXIT.ok;
}
export {
  runPreflight
};
