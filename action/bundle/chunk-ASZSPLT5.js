import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  ledgerReader
} from "./chunk-35JH7VLQ.js";
import {
  isDue
} from "./chunk-FCWJPTSM.js";
import {
  reportUsage
} from "./chunk-JDC7IIAE.js";
import {
  groupPushes
} from "./chunk-LIUXQTDM.js";
import "./chunk-RBPDBETO.js";
import "./chunk-6QHQCZN7.js";
import {
  resolveNow
} from "./chunk-PTZD4CIR.js";
import {
  EXIT
} from "./chunk-5BTLSYB3.js";
import "./chunk-6QVCNYTL.js";
import {
  loadSite
} from "./chunk-YM5IRUX5.js";
import "./chunk-QGBYRSYB.js";
import "./chunk-2Y2JL7V3.js";
import "./chunk-UHZN63ZL.js";
import "./chunk-73BVYIKW.js";
import "./chunk-OYTPAMKN.js";
import "./chunk-YDLX56YM.js";
import "./chunk-2DVWRVNC.js";
import "./chunk-JQLIWCQT.js";
import "./chunk-GKTGANYJ.js";
import "./chunk-2HE3LQZM.js";
import "./chunk-Q6SWAHCR.js";
import {
  statsMessages,
  t
} from "./chunk-LJW2MYIL.js";
import "./chunk-W666XFH3.js";
import "./chunk-PK2X7JIC.js";
import "./chunk-RGBDA2DB.js";
import "./chunk-EP4KRDZC.js";

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
    maxLatenessMs: site.config.schedule.maxLatenessMinutes * 6e4,
    timezone: site.config.timezone,
    locale
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
