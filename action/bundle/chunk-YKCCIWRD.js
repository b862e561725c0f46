import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  fromMessage,
  summarize
} from "./chunk-3ZABTLR7.js";
import {
  reportMessages,
  t
} from "./chunk-UYG5ZJ2M.js";

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
function reportUsage(io, site, json, locale = "en") {
  const diagnostics = site.usage.messages.map((m) => fromMessage(m, "(command line)", locale));
  for (const d of diagnostics) {
    io.stderr.write(`wxpress: ${d.message}
`);
    if (d.hint) io.stderr.write(`${t(locale, reportMessages.msg.hint({ hint: d.hint }))}
`);
  }
  if (diagnostics.length === 0) return false;
  if (json) io.stdout.write(json(diagnostics));
  return true;
}
var USAGE_JSON = {
  check: checkUsageJson,
  render: checkUsageJson,
  // nothing was read, so the site's time zone is not known
  stats: statsUsageJson,
  plan: (diagnostics) => `${JSON.stringify({ version: 1, timezone: null, pushes: [], unscheduled: [], diagnostics }, null, 2)}
`
};
function commandOf(argv) {
  const at = argv.findIndex((a) => !a.startsWith("-"));
  return at < 0 ? void 0 : { name: argv[at], args: argv.slice(at + 1) };
}
function wantsJson(args) {
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--") return false;
    if (args[i] === "--format=json" || args[i] === "--format" && args[i + 1] === "json") return true;
  }
  return false;
}
function optionErrorDiagnostic(code, message, command) {
  const text = message.replace(/^error:\s*/, "").trim();
  const help = `Run \`wxpress ${command} --help\` for the options.`;
  const base = {
    file: "(command line)",
    line: 1,
    column: 1,
    severity: "error",
    source: "config"
  };
  let m;
  switch (code) {
    case "commander.unknownOption": {
      m = /^unknown option '([^']*)'(?:\s*\(Did you mean ([^)?]*)\?\))?/.exec(text);
      const flag = m?.[1] ?? "";
      return {
        ...base,
        ruleId: "cli/unknown-option",
        message: `Unknown option \`${flag}\` for wxpress ${command}`,
        value: flag,
        hint: m?.[2] ? `Did you mean \`${m[2]}\`? ${help}` : help
      };
    }
    case "commander.invalidArgument": {
      m = /^option '([^']*)' argument '([\s\S]*)' is invalid\.\s*([\s\S]*)$/.exec(text);
      if (!m) return { ...base, ruleId: "cli/invalid-option", message: text, hint: help };
      const long = /--[\w-]+/.exec(m[1])?.[0] ?? m[1];
      return {
        ...base,
        ruleId: "cli/invalid-option",
        message: `Invalid value for ${long}: ${m[3] || `"${m[2]}"`}`.trim(),
        field: long,
        value: m[2],
        hint: m[3] && /allowed choices/i.test(m[3]) ? `Use one of the allowed choices. ${help}` : `Fix the value of ${long}. ${help}`
      };
    }
    case "commander.optionMissingArgument": {
      m = /^option '([^']*)' argument missing/.exec(text);
      const long = /--[\w-]+/.exec(m?.[1] ?? "")?.[0] ?? m?.[1] ?? "";
      return {
        ...base,
        ruleId: "cli/missing-option-value",
        message: `Option ${m?.[1] ?? long} needs a value`,
        field: long,
        value: long,
        hint: `Write the value after the option (\`${long} <value>\` or \`${long}=<value>\`). ${help}`
      };
    }
    case "commander.excessArguments":
    case "commander.missingArgument":
    case "commander.missingMandatoryOptionValue":
    case "commander.conflictingOption":
      return { ...base, ruleId: "cli/invalid-arguments", message: text, hint: help };
    default:
      return void 0;
  }
}
function optionErrorJson(argv, code, message) {
  const command = commandOf(argv);
  if (!command || !wantsJson(command.args)) return void 0;
  const json = USAGE_JSON[command.name];
  const diagnostic = json && optionErrorDiagnostic(code, message, command.name);
  return diagnostic ? json([diagnostic]) : void 0;
}

export {
  reportJson,
  checkUsageJson,
  statsUsageJson,
  reportUsage,
  optionErrorJson
};
