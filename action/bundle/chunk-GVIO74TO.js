import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  DEFAULT_APP_ID,
  DEFAULT_APP_SECRET,
  createEmulator
} from "./chunk-66JG2QRS.js";
import {
  checkSite
} from "./chunk-33OXHCRQ.js";
import "./chunk-YVTT2VMP.js";
import "./chunk-LIUXQTDM.js";
import "./chunk-RBPDBETO.js";
import "./chunk-DAW4CLPE.js";
import "./chunk-YH4FC4WP.js";
import "./chunk-7LBD2UEY.js";
import {
  EXIT
} from "./chunk-5BTLSYB3.js";
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
  formatLocalIso,
  parseNow
} from "./chunk-OWIXN4P4.js";
import "./chunk-W666XFH3.js";
import "./chunk-6YQ3DZCD.js";
import "./chunk-S4VC6IKX.js";
import "./chunk-RGBDA2DB.js";
import "./chunk-HQTF5GXH.js";
import "./chunk-EP4KRDZC.js";

// src/cli/commands/run-demo.ts
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
function copied(rel) {
  const parts = rel.split(/[\\/]/).filter(Boolean);
  if (parts.some((p) => p === "node_modules" || p === ".git" || p === "dist")) return false;
  return parts[0] !== ".wxpress" || parts.length === 1 || parts[1] === "cache";
}
async function runDemo(io, now, run) {
  const step = async (title, argv, cwd = io.cwd, env2 = io.env) => {
    io.stdout.write(`
\u2501\u2501 ${title}
$ wxpress ${argv.join(" ")}

`);
    return run(argv, { cwd, env: env2, stdout: io.stdout, stderr: io.stderr });
  };
  const nowMs = parseNow(now, "UTC");
  if (nowMs === void 0) {
    io.stderr.write(`wxpress: --now expects an ISO-8601 date-time, got "${now}"
`);
    return EXIT.usage;
  }
  const codes = [
    await step("1. check: front-matter, lint, render checks, schedule", ["check", `--now=${now}`, "--quiet"]),
    await step("2. render: WeChat-safe HTML into .wxpress/demo/", ["render", "--out", ".wxpress/demo"]),
    await step("3. plan: the push plan", ["plan", `--now=${now}`])
  ];
  const site = await loadSite({ root: io.cwd });
  const { plan } = await checkSite(site, { nowMs, noCache: false });
  const first = plan.pushes.find((p) => !p.blocked && p.slotMs >= nowMs);
  if (!first) {
    io.stdout.write("\nNo upcoming push to publish.\n");
    return Math.max(...codes);
  }
  const at = formatLocalIso(first.slotMs + 5 * 6e4, plan.timezone);
  const emulator = await createEmulator({ clock: at, tags: site.config.accounts[first.account]?.tags ?? [] });
  const env = {
    ...io.env,
    WECHAT_API_BASE: emulator.url,
    WECHAT_APP_ID: DEFAULT_APP_ID,
    WECHAT_APP_SECRET: DEFAULT_APP_SECRET
  };
  const copy = await mkdtemp(path.join(tmpdir(), "wxpress-demo-"));
  try {
    io.stdout.write(
      `
(the WeChat API emulator is listening on ${emulator.url}; the clock is ${at}, five minutes after the first slot)
`
    );
    codes.push(
      await step(
        "4. publish --dry-run: the calls it would make",
        ["publish", "--dry-run", `--now=${at}`],
        io.cwd,
        env
      )
    );
    await cp(io.cwd, copy, { recursive: true, filter: (src) => copied(src.slice(io.cwd.length)) });
    codes.push(
      await step(
        "5. publish into the emulator (from a temporary copy of the site)",
        ["publish", `--now=${at}`],
        copy,
        env
      )
    );
    const state = emulator.state();
    const account = Object.values(state.accounts)[0];
    io.stdout.write(
      `
The emulator now holds ${account?.images.length ?? 0} body images, ${account?.materials.length ?? 0} covers, ${account?.drafts.length ?? 0} drafts waiting for their slot and ${account?.massSends.length ?? 0} mass send.
`
    );
  } finally {
    await emulator.close();
    await rm(copy, { recursive: true, force: true });
  }
  return Math.max(...codes);
}
export {
  runDemo
};
