import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  reportUnknownTag
} from "./chunk-YAPKZWJH.js";
import {
  WechatApiError
} from "./chunk-J4DWB6HD.js";
import {
  writeStateFile
} from "./chunk-7JMQT3C6.js";
import {
  fieldPosition
} from "./chunk-QGBYRSYB.js";
import {
  report
} from "./chunk-ATHEYLYN.js";
import {
  publishMessages
} from "./chunk-OWIXN4P4.js";

// src/publish/preflight.ts
var { msg } = publishMessages;
var ALL_FOLLOWERS = "\u5168\u90E8\u7C89\u4E1D";
var PROBES = {
  publish: { api: "freepublish/batchget", run: (c) => c.publishBatchGet(0, 1) },
  broadcast: { api: "message/mass/get", run: (c) => c.massGet(1) }
};
async function preflight(input) {
  const accounts = [...new Set(input.pushes.map((p) => p.account))].sort();
  for (const account of accounts) {
    const pushes = input.pushes.filter((p) => p.account === account);
    const client = input.clientFor(account);
    try {
      await client.token();
    } catch (error) {
      if (!(error instanceof WechatApiError)) throw error;
      for (const a of pushes.flatMap((p) => p.articles)) {
        report(
          a.file,
          "error",
          "publish/credentials",
          "publish",
          msg.credentials({ account, code: error.errcode ?? "", errmsg: error.errmsg }),
          {
            place: fieldPosition(a, "account"),
            value: error.errcode === void 0 ? void 0 : String(error.errcode),
            hint: error.hintMessage
          }
        );
      }
      continue;
    }
    for (const mode of ["publish", "broadcast"]) {
      const using = pushes.filter((p) => p.mode === mode);
      if (using.length === 0) continue;
      const denied = await probe(client, mode);
      for (const a of denied ? using.flatMap((p) => p.articles) : []) {
        report(
          a.file,
          "error",
          "publish/mode-not-allowed",
          "publish",
          msg.modeNotAllowed({ account, mode, api: PROBES[mode].api, errmsg: denied ?? "" }),
          {
            place: fieldPosition(a, "mode"),
            value: mode,
            hint: msg.modeNotAllowedHint()
          }
        );
      }
    }
    const tagged = pushes.filter((p) => p.audience !== ALL_FOLLOWERS);
    if (tagged.length > 0) await checkTags(input, account, client, tagged);
  }
  return { accounts };
}
async function probe(client, mode) {
  try {
    await PROBES[mode].run(client);
  } catch (error) {
    if (error instanceof WechatApiError && error.errcode === 48001) return error.errmsg;
    if (!(error instanceof WechatApiError)) throw error;
  }
  return void 0;
}
async function checkTags(input, account, client, pushes) {
  const wanted = new Set(pushes.map((p) => p.audience));
  const cached = await input.cache.read(account);
  const maxAge = input.tagsMaxAgeMs ?? 36e5;
  let tags = cached?.tags?.list;
  const fresh = cached?.tags && input.nowMs - Date.parse(cached.tags.fetchedAt) < maxAge;
  if (!tags || !fresh || [...wanted].some((w) => !tags.some((t) => t.name === w))) {
    try {
      tags = (await client.tagsGet()).tags.map(({ id, name, count }) => ({ id, name, count }));
    } catch (error) {
      if (!(error instanceof WechatApiError)) throw error;
      for (const a of pushes.flatMap((p) => p.articles)) {
        report(
          a.file,
          "warning",
          "publish/unknown-tag",
          "publish",
          msg.tagsGetFailed({ code: error.errcode ?? "", errmsg: error.errmsg }),
          {
            place: fieldPosition(a, "audience"),
            value: a.frontmatter.audience,
            hint: error.hintMessage
          }
        );
      }
      return;
    }
    const at = new Date(input.nowMs).toISOString();
    await input.cache.write({
      ...cached,
      version: 1,
      account,
      updatedAt: at,
      tags: { fetchedAt: at, list: tags }
    });
  }
  const names = tags.map((t) => t.name);
  for (const push of pushes) {
    if (!names.includes(push.audience)) reportUnknownTag(push.articles, push.audience, account, names);
  }
}

// src/state/account-cache.ts
import { readFile } from "node:fs/promises";
import path from "node:path";
var accountCacheFile = (account) => `.wxpress/state/accounts/${account.replace(/[^\w.-]+/g, "_")}.json`;
function createAccountCacheStore(root) {
  return {
    async read(account) {
      try {
        const json = JSON.parse(
          await readFile(path.join(root, accountCacheFile(account)), "utf8")
        );
        return json.version === 1 && json.account === account ? json : void 0;
      } catch {
        return void 0;
      }
    },
    async write(cache) {
      await writeStateFile(
        root,
        accountCacheFile(cache.account),
        Buffer.from(`${JSON.stringify(cache, null, 2)}
`)
      );
    }
  };
}

export {
  preflight,
  createAccountCacheStore
};
