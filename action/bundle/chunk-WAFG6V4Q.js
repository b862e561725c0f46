import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  ledgerReader
} from "./chunk-35JH7VLQ.js";
import {
  isDue
} from "./chunk-AYZDGIXZ.js";
import {
  reportUsage
} from "./chunk-TZVJVA2A.js";
import {
  groupPushes
} from "./chunk-LIUXQTDM.js";
import "./chunk-RBPDBETO.js";
import "./chunk-ZEG6Z4YL.js";
import {
  resolveNow
} from "./chunk-V3C4F4X7.js";
import {
  EXIT
} from "./chunk-5BTLSYB3.js";
import "./chunk-6QVCNYTL.js";
import {
  loadSite
} from "./chunk-6IRABOZZ.js";
import "./chunk-QGBYRSYB.js";
import "./chunk-O3ZODFAT.js";
import "./chunk-UHZN63ZL.js";
import "./chunk-OPFOHHDL.js";
import "./chunk-OYTPAMKN.js";
import "./chunk-YDLX56YM.js";
import "./chunk-2DVWRVNC.js";
import "./chunk-JQLIWCQT.js";
import "./chunk-PEA4DY5D.js";
import "./chunk-2HE3LQZM.js";
import "./chunk-HXRLG5P4.js";
import {
  statsMessages,
  t
} from "./chunk-LGQ3JMAU.js";
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
