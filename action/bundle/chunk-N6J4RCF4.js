import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);

// src/browser/launch-browser.ts
import { accessSync, constants } from "node:fs";
import { chromium } from "playwright-core";
var CHROMIUM_CANDIDATES = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/snap/bin/chromium"
];
var isBrowserEndpoint = (value) => /^(?:wss?|https?):\/\//i.test(value);
function findChromium(explicit) {
  if (explicit && isBrowserEndpoint(explicit)) return explicit;
  const candidates = explicit ? [explicit] : CHROMIUM_CANDIDATES;
  for (const path of candidates) {
    try {
      accessSync(path, constants.X_OK);
      return path;
    } catch {
    }
  }
  return void 0;
}
var CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
  "--font-render-hinting=none"
];
async function launchBrowser(options = {}) {
  if (options.executablePath && isBrowserEndpoint(options.executablePath))
    return connectBrowser(options.executablePath);
  const executablePath = findChromium(options.executablePath);
  if (!executablePath) {
    const looked = options.executablePath ?? CHROMIUM_CANDIDATES.join(", ");
    return {
      ok: false,
      reason: `no Chromium found (looked at ${looked}); install it with \`apt-get install -y chromium\``
    };
  }
  try {
    const browser = await chromium.launch({
      executablePath,
      args: CHROMIUM_ARGS,
      timeout: 3e4
    });
    return opened(browser, executablePath);
  } catch (error) {
    return { ok: false, reason: `Chromium at ${executablePath} did not start: ${firstLine(error)}` };
  }
}
async function connectBrowser(endpoint) {
  try {
    const devtools = /^https?:|\/devtools\//i.test(endpoint);
    const browser = devtools ? await chromium.connectOverCDP(endpoint, { timeout: 3e4 }) : await chromium.connect(endpoint, { timeout: 3e4 });
    return opened(browser, endpoint);
  } catch (error) {
    return { ok: false, reason: `the browser at ${endpoint} did not answer: ${firstLine(error)}` };
  }
}
function opened(browser, executablePath) {
  return {
    ok: true,
    value: {
      browser,
      executablePath,
      async close() {
        await browser.close().catch(() => void 0);
      }
    }
  };
}
var firstLine = (error) => String(error?.message ?? error).split("\n")[0];

export {
  CHROMIUM_CANDIDATES,
  isBrowserEndpoint,
  findChromium,
  CHROMIUM_ARGS,
  launchBrowser
};
