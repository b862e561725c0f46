import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  renderIndex,
  renderPage
} from "./chunk-SG5JV2RG.js";
import "./chunk-YLSJPKLP.js";
import {
  checkSite
} from "./chunk-33OXHCRQ.js";
import "./chunk-YVTT2VMP.js";
import "./chunk-LIUXQTDM.js";
import "./chunk-RBPDBETO.js";
import {
  collectDiagnostics
} from "./chunk-DAW4CLPE.js";
import "./chunk-YH4FC4WP.js";
import "./chunk-7LBD2UEY.js";
import "./chunk-N2467WQW.js";
import "./chunk-LVMNPJUU.js";
import {
  loadSite
} from "./chunk-S23H6RSW.js";
import "./chunk-QGBYRSYB.js";
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
import "./chunk-UM7H22DT.js";
import "./chunk-HD5MTZOP.js";
import "./chunk-ATHEYLYN.js";
import {
  t
} from "./chunk-OWIXN4P4.js";
import "./chunk-W666XFH3.js";
import "./chunk-6YQ3DZCD.js";
import {
  previewMessages
} from "./chunk-S4VC6IKX.js";
import "./chunk-RGBDA2DB.js";
import "./chunk-EP4KRDZC.js";

// src/preview/watch-content.ts
import { watch } from "node:fs";
function watchContent(dir, onChange, restartMs = 500) {
  let current;
  let closed = false;
  const start = () => {
    current = void 0;
    if (closed) return;
    try {
      const watcher = watch(dir, { recursive: true }, onChange);
      watcher.on("error", () => {
        watcher.close();
        if (current === watcher) current = void 0;
        if (!closed) setTimeout(start, restartMs).unref();
        onChange();
      });
      current = watcher;
    } catch {
    }
  };
  start();
  return {
    get current() {
      return current;
    },
    close() {
      closed = true;
      current?.close();
    }
  };
}

// src/preview/preview-server.ts
import { createServer } from "node:http";
var { msg } = previewMessages;
async function startPreview(options) {
  const clients = /* @__PURE__ */ new Set();
  const assets = /* @__PURE__ */ new Map();
  async function load() {
    const site2 = await loadSite(options);
    const locale = options.locale ?? site2.config.locale;
    const result = await checkSite(site2, {
      nowMs: options.nowMs(),
      version: options.version,
      imageData: true,
      locale
    });
    for (const r of result.renders.values())
      for (const i of [...r.images, ...r.cover ? [r.cover] : []])
        assets.set(i.file.replace("assets/", ""), { data: i.data, mime: i.mime });
    return { site: site2, result, locale };
  }
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    try {
      if (url.pathname === "/events") {
        res.writeHead(200, {
          "content-type": "text/event-stream",
          "cache-control": "no-cache",
          connection: "keep-alive"
        });
        res.write(": connected\n\n");
        clients.add(res);
        req.on("close", () => clients.delete(res));
        return;
      }
      if (url.pathname.startsWith("/assets/")) {
        const asset = assets.get(url.pathname.slice("/assets/".length));
        if (!asset) return void res.writeHead(404).end("not found");
        res.writeHead(200, { "content-type": asset.mime });
        return void res.end(asset.data);
      }
      const { site: site2, result, locale } = await load();
      const html = (body) => {
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
        res.end(body);
      };
      if (url.pathname === "/") return html(renderIndex(site2, result, locale));
      const slug = decodeURIComponent(url.pathname.replace(/^\/a\//, "").replace(/\/$/, ""));
      const article = site2.articles.find((a) => a.slug === slug);
      if (!article)
        return void res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end(t(locale, msg.noArticle({ slug })));
      const diagnostics = collectDiagnostics([{ file: article.file, path: article.path }], locale);
      return html(renderPage(article, result.renders.get(slug), diagnostics, site2.config, locale));
    } catch (error) {
      res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      res.end(t(options.locale ?? "en", msg.failed({ error: error.message })));
    }
  });
  const host = options.host ?? "127.0.0.1";
  const wanted = options.port ?? 4321;
  const port = await listenOnFreePort(server, wanted, host, wanted === 0 ? 0 : options.portTries ?? 10);
  const site = await loadSite(options);
  let timer;
  const reload = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      for (const c of clients) c.write("event: reload\ndata: changed\n\n");
    }, 80);
  };
  const watching = watchContent(site.contentDir, reload);
  return {
    url: `http://${host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host.includes(":") ? `[${host}]` : host}:${port}`,
    port,
    busyPort: port !== wanted && wanted !== 0 ? wanted : void 0,
    locale: options.locale ?? site.config.locale,
    close: () => new Promise((resolve) => {
      watching.close();
      for (const c of clients) c.end();
      server.closeAllConnections();
      server.close(() => resolve());
    })
  };
}
async function listenOnFreePort(server, port, host, tries) {
  for (let attempt = 0; ; attempt++) {
    const candidate = port === 0 ? 0 : port + attempt;
    try {
      await new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(candidate, host, () => {
          server.off("error", reject);
          resolve();
        });
      });
      return server.address().port;
    } catch (error) {
      const busy = error.code === "EADDRINUSE";
      if (!busy || attempt >= tries || candidate >= 65535) {
        if (busy) Object.assign(error, { port });
        throw error;
      }
    }
  }
}
export {
  startPreview
};
