import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  summarize
} from "./chunk-RBPDBETO.js";
import {
  fromMessage
} from "./chunk-DAW4CLPE.js";
import {
  reportMessages,
  t
} from "./chunk-OWIXN4P4.js";

// src/diagnostics/report-json.ts
function reportJson(files, diagnostics, summary) {
  const doc = {
    version: 1,
    files,
    diagnostics,
    summary: {
      files: summary.files,
      errors: summary.errors,
      warnings: summary.warnings,
      infos: summary.infos,
      fixable: summary.fixable
    }
  };
  return `${JSON.stringify(doc, null, 2)}
`;
}

// src/cli/report-usage.ts
var checkUsageJson = (diagnostics) => reportJson([], diagnostics, summarize(diagnostics, 0));
var statsUsageJson = (diagnostics) => `${JSON.stringify({ version: 1, articles: [], problems: [], diagnostics }, null, 2)}
`;
function reportUsage(io, site, json, locale = "en", ids = false) {
  const diagnostics = site.usage.messages.map((m) => fromMessage(m, "(command line)", locale));
  for (const d of diagnostics) {
    io.stderr.write(`wxpress: ${d.message}${ids ? ` [${d.ruleId}]` : ""}
`);
    if (d.hint) io.stderr.write(`${t(locale, reportMessages.msg.hint({ hint: d.hint }))}
`);
  }
  if (diagnostics.length === 0) return false;
  if (json) io.stdout.write(json(diagnostics));
  return true;
}

export {
  reportJson,
  checkUsageJson,
  statsUsageJson,
  reportUsage
};
