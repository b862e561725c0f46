import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  ledgerReader
} from "./chunk-35JH7VLQ.js";
import {
  isDue
} from "./chunk-ZEMFOS2R.js";
import {
  reportUsage
} from "./chunk-57W6XWZV.js";
import {
  groupPushes
} from "./chunk-LIUXQTDM.js";
import "./chunk-RBPDBETO.js";
import "./chunk-5XBEROJ4.js";
import {
  resolveNow
} from "./chunk-KCVSRSY4.js";
import {
  EXIT
} from "./chunk-5BTLSYB3.js";
import "./chunk-6QVCNYTL.js";
import {
  loadSite
} from "./chunk-U5GOAEMT.js";
import "./chunk-QGBYRSYB.js";
import "./chunk-5NNTMSRQ.js";
import "./chunk-UHZN63ZL.js";
import "./chunk-DRJHENX6.js";
import "./chunk-OYTPAMKN.js";
import "./chunk-YDLX56YM.js";
import "./chunk-2DVWRVNC.js";
import "./chunk-JQLIWCQT.js";
import "./chunk-5FWSN2RR.js";
import "./chunk-2HE3LQZM.js";
import "./chunk-J5CJTNU7.js";
import {
  statsMessages,
  t
} from "./chunk-3JHFFKUU.js";
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
