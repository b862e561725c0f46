import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  WechatApiError,
  isRetryable,
  isTokenError
} from "./chunk-J4DWB6HD.js";
import {
  publishCliMessages,
  renderText,
  t
} from "./chunk-OWIXN4P4.js";

// src/publish/redact-url.ts
var SECRET_PARAM = /^(.*secret.*|.*token.*|.*password.*|passwd|pwd|key|api_?key|sig|signature|auth.*|credential.*)$/i;
function redactUrl(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return redactText(url);
  }
  if (parsed.username) parsed.username = "***";
  if (parsed.password) parsed.password = "***";
  for (const key of [...parsed.searchParams.keys()]) {
    if (SECRET_PARAM.test(key)) parsed.searchParams.set(key, "***");
  }
  return parsed.toString().replace(/%2A%2A%2A/g, "***");
}
function redactText(text) {
  return text.replace(/(\/\/)[^/\s:@]+(:[^/\s@]*)?@/g, "$1***@").replace(/([?&](?:[\w-]*(?:secret|token|password)[\w-]*|key|sig|signature)=)[^&\s"']+/gi, "$1***");
}

// src/publish/proxy-dispatcher.ts
function redactProxy(value) {
  try {
    const url = new URL(value);
    if (url.username || url.password) {
      url.username = "***";
      url.password = "";
    }
    return url.toString().replace(/\/$/, "");
  } catch {
    return "(not a URL)";
  }
}
function checkUrl(name, value) {
  const { msg } = publishCliMessages;
  if (!value) return void 0;
  let url;
  try {
    url = new URL(value);
  } catch {
    return msg.proxyNotUrl({ name });
  }
  return url.protocol === "http:" || url.protocol === "https:" ? void 0 : msg.proxyNotHttp({ name, protocol: url.protocol });
}
function createProxyFetch(settings) {
  const problem = checkUrl("HTTPS_PROXY", settings.httpsProxy) ?? checkUrl("HTTP_PROXY", settings.httpProxy);
  if (problem) return { ok: false, error: renderText(problem), message: problem };
  if (!settings.httpsProxy && !settings.httpProxy) return { ok: true, fetch: void 0, via: void 0 };
  const proxy = {
    httpsProxy: settings.httpsProxy ?? "",
    httpProxy: settings.httpProxy ?? "",
    noProxy: settings.noProxy ?? ""
  };
  let loaded;
  const proxied = async (input, init = {}) => {
    loaded ??= import("./chunk-V4CUTHXQ.js").then((undici2) => ({ undici: undici2, agent: new undici2.EnvHttpProxyAgent(proxy) }));
    const { undici, agent } = await loaded;
    const body = init.body instanceof FormData ? asUndiciForm(undici, init.body) : init.body;
    return undici.fetch(
      input,
      { ...init, body, dispatcher: agent }
    );
  };
  const via = redactProxy(settings.httpsProxy || settings.httpProxy);
  return { ok: true, fetch: proxied, via };
}
function asUndiciForm(undici, form) {
  const copy = new undici.FormData();
  for (const [name, value] of form.entries()) {
    if (typeof value === "string") copy.append(name, value);
    else copy.append(name, value, value.name);
  }
  return copy;
}

// src/cli/wechat-proxy.ts
var pick = (env, name) => env[name] || env[name.toLowerCase()] || void 0;
function wechatProxy(env) {
  return createProxyFetch({
    httpsProxy: pick(env, "HTTPS_PROXY"),
    httpProxy: pick(env, "HTTP_PROXY"),
    noProxy: pick(env, "NO_PROXY")
  });
}
function wechatFetchOption(io, locale = "en") {
  const proxy = wechatProxy(io.env);
  if (!proxy.ok) {
    const { msg } = publishCliMessages;
    io.stderr.write(`${t(locale, msg.proxyBad({ error: t(locale, proxy.message) }))}
`);
    return void 0;
  }
  return proxy.fetch ? { fetch: proxy.fetch } : {};
}

// src/publish/http.ts
import { setTimeout as wait } from "node:timers/promises";
var redact = redactText;
function createHttp(options) {
  const doFetch = options.fetch ?? fetch;
  const sleep = options.sleep ?? ((ms) => wait(ms));
  const retries = options.retries ?? 4;
  const timeoutMs = options.timeoutMs ?? 2e4;
  const base = options.baseUrl.replace(/\/+$/, "");
  async function call(path, opts = {}) {
    const url = new URL(base + path);
    for (const [k, v] of Object.entries(opts.query ?? {})) url.searchParams.set(k, v);
    const blindRetryOk = !opts.creating || opts.idempotent === true;
    let lost = false;
    for (let attempt = 0; ; attempt++) {
      const backoff = () => sleep(Math.min(8e3, 250 * 2 ** attempt) * (0.5 + Math.random()));
      let response;
      try {
        response = await doFetch(url, {
          method: opts.method ?? (opts.json !== void 0 || opts.form ? "POST" : "GET"),
          headers: opts.json !== void 0 ? { "Content-Type": "application/json; charset=utf-8" } : {},
          body: opts.form ?? (opts.json !== void 0 ? JSON.stringify(opts.json) : null),
          signal: AbortSignal.timeout(timeoutMs)
        });
      } catch (error) {
        const reason = redact(
          error.name === "TimeoutError" ? `no answer within ${timeoutMs} ms` : error.message
        );
        if (attempt < retries && blindRetryOk) {
          lost = true;
          await backoff();
          continue;
        }
        throw new WechatApiError(path, void 0, reason, Boolean(opts.creating));
      }
      if (response.status >= 500) {
        if (attempt < retries && blindRetryOk) {
          lost = true;
          await backoff();
          continue;
        }
        throw new WechatApiError(path, void 0, `HTTP ${response.status}`, Boolean(opts.creating));
      }
      let body;
      try {
        body = await response.json();
      } catch {
        throw new WechatApiError(
          path,
          void 0,
          `HTTP ${response.status} with a body that is not JSON`,
          Boolean(opts.creating)
        );
      }
      options.afterCall?.(path);
      const errcode = typeof body.errcode === "number" ? body.errcode : 0;
      if (errcode === 0) return body;
      if (isRetryable(errcode) && attempt < retries) {
        lost ||= errcode === -1;
        await backoff();
        continue;
      }
      const errmsg = redact(String(body.errmsg ?? ""));
      throw new WechatApiError(path, errcode, errmsg, lost && Boolean(opts.creating), body);
    }
  }
  return { call };
}

// src/publish/wechat-client.ts
function fileForm(data, mime, filename) {
  const form = new FormData();
  form.append("media", new Blob([new Uint8Array(data)], { type: mime }), filename);
  return form;
}
function createWechatClient(options) {
  const http = createHttp(options);
  const now = options.now ?? Date.now;
  let cached;
  async function token(force = false) {
    if (!force && cached && cached.expiresAt - now() > 6e4) return cached.token;
    const body = await http.call("/cgi-bin/stable_token", {
      json: {
        grant_type: "client_credential",
        appid: options.appId,
        secret: options.appSecret,
        force_refresh: false
      }
    });
    cached = { token: body.access_token, expiresAt: now() + body.expires_in * 1e3 };
    return cached.token;
  }
  async function api(path, opts = {}) {
    const withToken = async (t2) => http.call(path, { ...opts, query: { ...opts.query, access_token: t2 } });
    try {
      return await withToken(await token());
    } catch (error) {
      if (error instanceof WechatApiError && error.errcode !== void 0 && isTokenError(error.errcode)) {
        cached = void 0;
        return withToken(await token(true));
      }
      throw error;
    }
  }
  return {
    token: () => token(),
    uploadImage: (data, mime, filename) => api("/cgi-bin/media/uploadimg", { form: fileForm(data, mime, filename) }),
    addMaterial: (type, data, mime, filename) => api("/cgi-bin/material/add_material", {
      query: { type },
      form: fileForm(data, mime, filename)
    }),
    draftAdd: (articles) => api("/cgi-bin/draft/add", { json: { articles }, creating: true }),
    draftUpdate: (mediaId, index, article) => api("/cgi-bin/draft/update", { json: { media_id: mediaId, index, articles: article } }),
    draftGet: (mediaId) => api("/cgi-bin/draft/get", {
      json: { media_id: mediaId }
    }),
    draftDelete: (mediaId) => api("/cgi-bin/draft/delete", { json: { media_id: mediaId } }),
    draftBatchGet: (offset = 0, count = 20) => api("/cgi-bin/draft/batchget", { json: { offset, count, no_content: 1 } }),
    publishSubmit: (mediaId) => api("/cgi-bin/freepublish/submit", {
      json: { media_id: mediaId },
      creating: true
    }),
    publishBatchGet: (offset = 0, count = 20) => api("/cgi-bin/freepublish/batchget", {
      json: { offset, count, no_content: 1 }
    }),
    publishGet: (publishId) => api("/cgi-bin/freepublish/get", { json: { publish_id: publishId } }),
    sendAll: (mediaId, target, clientmsgid) => api("/cgi-bin/message/mass/sendall", {
      json: {
        filter: target === "all" ? { is_to_all: true } : { is_to_all: false, tag_id: target.tagId },
        mpnews: { media_id: mediaId },
        msgtype: "mpnews",
        send_ignore_reprint: 0,
        clientmsgid
      },
      creating: true,
      idempotent: true
    }),
    massGet: (msgId) => api("/cgi-bin/message/mass/get", { json: { msg_id: msgId } }),
    massPreview: (towxname, mediaId) => api("/cgi-bin/message/mass/preview", {
      json: { towxname, mpnews: { media_id: mediaId }, msgtype: "mpnews" }
    }),
    tagsGet: () => api("/cgi-bin/tags/get", { method: "GET" }),
    articleTotalDetail: (date) => api("/datacube/getarticletotaldetail", {
      json: { begin_date: date, end_date: date }
    }),
    quotaGet: (cgiPath) => api("/cgi-bin/openapi/quota/get", {
      json: { cgi_path: cgiPath }
    })
  };
}

export {
  redactUrl,
  wechatFetchOption,
  createWechatClient
};
