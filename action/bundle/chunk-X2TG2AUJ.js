import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  ledgerReader
} from "./chunk-35JH7VLQ.js";
import {
  reportUsage
} from "./chunk-GZE4NBHD.js";
import {
  groupPushes
} from "./chunk-LIUXQTDM.js";
import "./chunk-RBPDBETO.js";
import "./chunk-TBO7ABC2.js";
import {
  resolveNow
} from "./chunk-4DUXNHGS.js";
import {
  EXIT
} from "./chunk-5BTLSYB3.js";
import "./chunk-6QVCNYTL.js";
import {
  loadSite
} from "./chunk-A5P6TIM4.js";
import "./chunk-QGBYRSYB.js";
import "./chunk-66XE5YWX.js";
import "./chunk-UHZN63ZL.js";
import "./chunk-PHMCYJEA.js";
import "./chunk-OYTPAMKN.js";
import "./chunk-YDLX56YM.js";
import "./chunk-2DVWRVNC.js";
import "./chunk-ADCGF4S7.js";
import "./chunk-3AAIYNWU.js";
import "./chunk-2HE3LQZM.js";
import "./chunk-54ZJNHTM.js";
import {
  stateMessages,
  statsMessages,
  t
} from "./chunk-ET4HVTHE.js";
import "./chunk-OZN5AX7B.js";
import "./chunk-PK2X7JIC.js";
import "./chunk-RGBDA2DB.js";
import "./chunk-EP4KRDZC.js";

// src/state/is-due.ts
var MISSED_ALERT_MS = 24 * 36e5;
async function isDue(input) {
  const reasons = [];
  for (const push of input.pushes) {
    const slugs = push.articles.map((a) => a.slug);
    const views = await Promise.all(slugs.map(async (slug) => [slug, await input.ledgerOf(slug)]));
    const label = `${new Date(push.slotMs).toISOString()} ${slugs.join(" + ")}`;
    const unreadable = views.find(([, v]) => v.kind === "unreadable");
    if (unreadable) {
      reasons.push(stateMessages.msg.dueUnreadable({ label, slug: unreadable[0] }));
      continue;
    }
    const entries = views.map(([, v]) => v.kind === "entry" ? v : void 0);
    if (entries.every((e) => e?.state === "sent")) continue;
    const late = input.nowMs - push.slotMs;
    if (entries.some((e) => e?.state === "sending")) reasons.push(stateMessages.msg.dueInterrupted({ label }));
    else if (late >= 0 && late <= input.maxLatenessMs) reasons.push(stateMessages.msg.dueNow({ label }));
    else if (late > input.maxLatenessMs && late <= input.maxLatenessMs + MISSED_ALERT_MS) {
      reasons.push(stateMessages.msg.dueMissed({ label }));
    } else if (late < 0) {
      const unprepared = views.filter(
        ([, v]) => v.kind === "missing" || v.kind === "entry" && !v.draftMediaId
      );
      if (unprepared.length > 0)
        reasons.push(stateMessages.msg.dueDraft({ label, slugs: unprepared.map(([s]) => s).join(", ") }));
    }
  }
  return { due: reasons.length > 0, reasons };
}

// src/cli/commands/run-due.ts
async function runDue(io, flags) {
  const site = await loadSite({ root: io.cwd, config: flags.config, content: flags.content });
  const locale = flags.locale ?? site.config.locale;
  if (site.loadedConfig.failed) {
    io.stderr.write(`${t(locale, statsMessages.msg.configErrors())}
`);
    return EXIT.usage;
  }
  if (reportUsage(io, site, void 0, locale)) return EXIT.usage;
  const { due, reasons } = await isDue({
    pushes: groupPushes(site.articles, site.config),
    ledgerOf: ledgerReader(site.root),
    nowMs: resolveNow(flags.now),
    maxLatenessMs: site.config.schedule.maxLatenessMinutes * 6e4
  });
  for (const reason of reasons) io.stderr.write(`${t(locale, reason)}
`);
  io.stdout.write(`${due}
`);
  return EXIT.ok;
}
export {
  runDue
};
