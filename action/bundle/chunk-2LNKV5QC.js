import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  reportMarkdown
} from "./chunk-LMMGZAUM.js";
import {
  withLedgerSnapshot
} from "./chunk-4KW6MAYG.js";
import "./chunk-VHVTHEVT.js";
import "./chunk-7JMQT3C6.js";
import {
  checkUsageJson,
  reportJson,
  reportUsage
} from "./chunk-KH524RKI.js";
import {
  PRETTY_PER_RULE,
  reportPretty
} from "./chunk-F4KFEKCB.js";
import "./chunk-VH3G5L5R.js";
import {
  checkSite
} from "./chunk-33OXHCRQ.js";
import "./chunk-YVTT2VMP.js";
import "./chunk-LIUXQTDM.js";
import "./chunk-RBPDBETO.js";
import "./chunk-DAW4CLPE.js";
import "./chunk-5VEVMHFP.js";
import "./chunk-YH4FC4WP.js";
import "./chunk-NLG6EU7L.js";
import "./chunk-7LBD2UEY.js";
import "./chunk-72RZ5Q3G.js";
import {
  resolveNow
} from "./chunk-2NWFFI6H.js";
import {
  EXIT,
  useColor
} from "./chunk-5BTLSYB3.js";
import "./chunk-3H6A6EEH.js";
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
import {
  VFile
} from "./chunk-2LHYGFIJ.js";
import "./chunk-7M4XFPZV.js";
import "./chunk-UM7H22DT.js";
import {
  buildVersion
} from "./chunk-YSZOIMHP.js";
import "./chunk-HD5MTZOP.js";
import "./chunk-ATHEYLYN.js";
import {
  reportMessages,
  t
} from "./chunk-OWIXN4P4.js";
import "./chunk-W666XFH3.js";
import "./chunk-6YQ3DZCD.js";
import "./chunk-S4VC6IKX.js";
import "./chunk-RGBDA2DB.js";
import "./chunk-EP4KRDZC.js";

// src/diagnostics/report-github.ts
var COMMAND = { error: "error", warning: "warning", info: "notice" };
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function reportGithub(diagnostics, locale = "en") {
  const rank = { error: 0, warning: 1, info: 2 };
  const sorted = [...diagnostics].sort((a, b) => rank[a.severity] - rank[b.severity]);
  return sorted.map((d) => {
    const props = [
      ["file", d.file],
      ["line", d.line],
      ["endLine", d.endLine],
      ["col", d.endLine === void 0 || d.endLine === d.line ? d.column : void 0],
      ["endColumn", d.endLine === d.line ? d.endColumn : void 0],
      ["title", `${d.ruleId} (${d.source})`]
    ];
    const list = props.filter((p) => p[1] !== void 0).map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(",");
    const body = d.hint ? `${d.message}
${t(locale, reportMessages.msg.hint({ hint: d.hint }))}` : d.message;
    return `::${COMMAND[d.severity]} ${list}::${escapeData(body)}
`;
  }).join("");
}

// src/cli/commands/run-check.ts
async function runCheck(io, slugs, flags) {
  let selection = slugs;
  if (flags.changed) {
    const { changedSlugs } = await import("./chunk-JVGQCSJL.js");
    const usage = new VFile({ path: "(command line)", cwd: io.cwd });
    const changed = await changedSlugs(io, flags.changed, flags.content, usage);
    if (changed === void 0) {
      reportUsage(io, { usage }, flags.format === "json" ? checkUsageJson : void 0, flags.locale ?? "en");
      return EXIT.usage;
    }
    selection = [.../* @__PURE__ */ new Set([...slugs, ...changed])];
    if (selection.length === 0) {
      const empty = {
        version: 1,
        files: [],
        diagnostics: [],
        summary: { files: 0, errors: 0, warnings: 0, infos: 0, fixable: 0 }
      };
      const locale2 = flags.locale ?? "en";
      io.stdout.write(
        flags.format === "json" ? `${JSON.stringify(empty)}
` : `${t(locale2, reportMessages.msg.noChanges({ ref: flags.changed }))}
`
      );
      return EXIT.ok;
    }
  }
  const fixing = flags.fix === true || flags.fixDryRun === true;
  const version = buildVersion();
  const siteOptions = {
    root: io.cwd,
    config: flags.config,
    content: flags.content,
    slugs: selection,
    cacheVersion: flags.cache ? version : void 0
  };
  const helpers = flags.cache ? { lint: true, version, jobs: flags.jobs } : void 0;
  let site = await loadSite({ ...siteOptions, helpers: fixing ? void 0 : helpers });
  const locale = flags.locale ?? site.config.locale;
  if (reportUsage(io, site, flags.format === "json" ? checkUsageJson : void 0, locale)) return EXIT.usage;
  if (fixing && !site.loadedConfig.failed) {
    const { runFix, reportUnwritable } = await import("./chunk-RHKXR7IK.js");
    const unwritable = await runFix(io, site, flags.fixDryRun === true, locale);
    site = await loadSite({ ...siteOptions, helpers });
    reportUnwritable(site, unwritable);
  }
  const result = await withLedgerSnapshot(
    io,
    locale,
    (ledgers) => checkSite(site, {
      nowMs: resolveNow(flags.now),
      version,
      noCache: !flags.cache,
      locale,
      html: false,
      ledgers
    })
  );
  reportUsage(io, site, void 0, locale);
  const { diagnostics, summary } = result;
  switch (flags.format) {
    case "json":
      io.stdout.write(reportJson(result.files, diagnostics, summary));
      break;
    case "github":
      io.stdout.write(reportGithub(diagnostics, locale));
      io.stdout.write(
        reportPretty(diagnostics, summary, { color: false, quiet: true, locale, perRule: PRETTY_PER_RULE })
      );
      break;
    case "markdown":
      io.stdout.write(reportMarkdown(diagnostics, summary, locale));
      break;
    default:
      if (site.articles.length === 0 && !site.loadedConfig.failed) {
        io.stderr.write(
          `${t(locale, reportMessages.msg.noArticles({ dir: flags.content ?? site.config.content }))}
`
        );
      }
      io.stdout.write(
        reportPretty(diagnostics, summary, {
          color: useColor(io),
          quiet: flags.quiet === true,
          locale,
          perRule: PRETTY_PER_RULE
        })
      );
  }
  if (site.loadedConfig.failed) return EXIT.usage;
  return summary.errors > 0 ? EXIT.errors : EXIT.ok;
}
export {
  runCheck
};
