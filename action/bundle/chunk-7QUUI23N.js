import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  ledgerReader
} from "./chunk-35JH7VLQ.js";
import {
  isDue
} from "./chunk-WECAG27E.js";
import {
  reportUsage
} from "./chunk-AFTDCRDN.js";
import {
  groupPushes
} from "./chunk-LIUXQTDM.js";
import "./chunk-RBPDBETO.js";
import "./chunk-QDD6LRRA.js";
import {
  resolveNow
} from "./chunk-6NLPBTNN.js";
import {
  EXIT
} from "./chunk-5BTLSYB3.js";
import "./chunk-3H6A6EEH.js";
import {
  loadSite
} from "./chunk-OXVVMTOT.js";
import "./chunk-QGBYRSYB.js";
import "./chunk-UJIJRWY3.js";
import "./chunk-UHZN63ZL.js";
import "./chunk-MHPB7NY6.js";
import "./chunk-OYTPAMKN.js";
import "./chunk-YDLX56YM.js";
import "./chunk-2DVWRVNC.js";
import "./chunk-JQLIWCQT.js";
import "./chunk-OCHQ7WME.js";
import "./chunk-HD5MTZOP.js";
import "./chunk-GQMM223E.js";
import {
  statsMessages,
  t
} from "./chunk-WADWI4E2.js";
import "./chunk-W666XFH3.js";
import "./chunk-S4VC6IKX.js";
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
