import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  checkUsageJson,
  statsUsageJson
} from "./chunk-KH524RKI.js";
import "./chunk-RBPDBETO.js";
import "./chunk-DAW4CLPE.js";
import {
  usageLocale
} from "./chunk-H5PLKBEY.js";
import {
  invalidReason
} from "./chunk-2NWFFI6H.js";
import "./chunk-3H6A6EEH.js";
import "./chunk-DJXUAFTC.js";
import "./chunk-ATHEYLYN.js";
import {
  cliUsageMessages,
  t
} from "./chunk-OWIXN4P4.js";
import "./chunk-W666XFH3.js";
import "./chunk-6YQ3DZCD.js";
import "./chunk-S4VC6IKX.js";
import "./chunk-RGBDA2DB.js";
import "./chunk-EP4KRDZC.js";

// src/cli/usage-problem.ts
var { msg } = cliUsageMessages;
var longOf = (flags) => /--[\w-]+/.exec(flags)?.[0] ?? flags;
function suggestionsOf(text) {
  const m = /\s*\(Did you mean (one of )?([^)]*?)\?\)$/.exec(text);
  if (!m) return { head: text, suggestions: [] };
  return { head: text.slice(0, m.index), suggestions: m[1] ? m[2].split(", ") : [m[2]] };
}
var conflictPart = (part) => /^option '([^']*)'$/.exec(part)?.[1] ?? part;
function parseUsageError(code, message, command) {
  const text = message.replace(/^error:\s*/, "").trim();
  const base = { code, text };
  let m;
  switch (code) {
    case "commander.unknownOption":
    case "commander.unknownCommand": {
      const { head, suggestions } = suggestionsOf(text);
      m = /^unknown (option|command) '([\s\S]*)'$/.exec(head);
      if (!m) break;
      return m[1] === "option" ? { ...base, kind: "unknownOption", flag: m[2], suggestions } : { ...base, kind: "unknownCommand", name: m[2], suggestions };
    }
    case "commander.invalidArgument": {
      m = /^option '([^']*)' argument '([\s\S]*)' is invalid\.\s*([\s\S]*)$/.exec(text);
      if (!m) break;
      const [, flags, value, reason] = m;
      const option = command?.options.find((o) => o.flags === flags);
      const why = option && invalidReason(option, value);
      return { ...base, kind: "invalidValue", flags, option: longOf(flags), value, reason, why };
    }
    case "commander.optionMissingArgument": {
      m = /^option '([^']*)' argument missing/.exec(text);
      if (!m) break;
      return { ...base, kind: "missingValue", flags: m[1], option: longOf(m[1]) };
    }
    case "commander.excessArguments": {
      m = /^too many arguments(?: for '([^']*)')?\. Expected (\d+) arguments? but got (\d+)\.$/.exec(text);
      if (!m) break;
      const [, name = "", expected, got] = m;
      return {
        ...base,
        kind: "tooManyArguments",
        command: name,
        expected: Number(expected),
        got: Number(got)
      };
    }
    case "commander.missingArgument": {
      m = /^missing required argument '([^']*)'$/.exec(text);
      if (m) return { ...base, kind: "missingArgument", name: m[1] };
      break;
    }
    case "commander.missingMandatoryOptionValue": {
      m = /^required option '([^']*)' not specified$/.exec(text);
      if (m) return { ...base, kind: "missingOption", option: longOf(m[1]) };
      break;
    }
    case "commander.conflictingOption": {
      m = /^(.*) cannot be used with (.*)$/.exec(text);
      if (m) return { ...base, kind: "conflicting", option: conflictPart(m[1]), other: conflictPart(m[2]) };
      break;
    }
  }
  return { ...base, kind: "other" };
}
function suggestionText(suggestions, locale) {
  if (suggestions.length === 0) return "";
  return t(
    locale,
    suggestions.length === 1 ? msg.didYouMean({ s: suggestions[0] }) : msg.didYouMeanOneOf({ list: suggestions.join(", ") })
  );
}
var reasonText = (p, locale) => locale !== "en" && p.why ? t(locale, p.why) : p.reason;
function usageText(p, locale) {
  if (locale === "en") return p.text;
  switch (p.kind) {
    case "unknownOption":
      return t(locale, msg.unknownOption({ flag: p.flag })) + suggestionText(p.suggestions, locale);
    case "unknownCommand":
      return t(locale, msg.unknownCommand({ name: p.name })) + suggestionText(p.suggestions, locale);
    case "invalidValue":
      return t(
        locale,
        msg.invalidValue({ flags: p.flags, option: p.option, value: p.value, reason: reasonText(p, locale) })
      );
    case "missingValue":
      return t(locale, msg.missingValue({ flags: p.flags, option: p.option }));
    case "tooManyArguments":
      return t(locale, msg.tooManyArguments({ command: p.command, expected: p.expected, got: p.got }));
    case "missingArgument":
      return t(locale, msg.missingArgument({ name: p.name }));
    case "missingOption":
      return t(locale, msg.missingOption({ option: p.option }));
    case "conflicting":
      return t(locale, msg.conflicting({ option: p.option, other: p.other }));
    default:
      return p.text;
  }
}

// src/cli/usage-json.ts
var { msg: msg2 } = cliUsageMessages;
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
function optionErrorDiagnostic(p, command, locale = "en") {
  const help = t(locale, msg2.optionsHelp({ command }));
  const base = {
    file: "(command line)",
    line: 1,
    column: 1,
    severity: "error",
    source: "config"
  };
  switch (p.code) {
    case "commander.unknownOption": {
      const flag = p.kind === "unknownOption" ? p.flag : "";
      const s = p.kind === "unknownOption" ? p.suggestions : [];
      return {
        ...base,
        ruleId: "cli/unknown-option",
        message: t(locale, msg2.unknownOptionOf({ flag, command })),
        value: flag,
        // several suggestions read as `--a`, `--b`
        hint: s.length > 0 ? t(locale, msg2.didYouMeanHint({ s: s.join("`, `"), help })) : help
      };
    }
    case "commander.invalidArgument": {
      if (p.kind !== "invalidValue")
        return { ...base, ruleId: "cli/invalid-option", message: usageText(p, locale), hint: help };
      const reason = reasonText(p, locale) || `"${p.value}"`;
      const choices = /allowed choices/i.test(p.reason);
      return {
        ...base,
        ruleId: "cli/invalid-option",
        message: t(locale, msg2.invalidValueOf({ option: p.option, value: p.value, reason })).trim(),
        field: p.option,
        value: p.value,
        hint: t(
          locale,
          choices ? msg2.useChoicesHint({ help }) : msg2.fixValueHint({ option: p.option, help })
        )
      };
    }
    case "commander.optionMissingArgument": {
      const flags = p.kind === "missingValue" ? p.flags : "";
      const option = p.kind === "missingValue" ? p.option : "";
      return {
        ...base,
        ruleId: "cli/missing-option-value",
        message: t(locale, msg2.needsValue({ flags, option })),
        field: option,
        value: option,
        hint: t(locale, msg2.needsValueHint({ option, help }))
      };
    }
    case "commander.excessArguments":
    case "commander.missingArgument":
    case "commander.missingMandatoryOptionValue":
    case "commander.conflictingOption":
      return { ...base, ruleId: "cli/invalid-arguments", message: usageText(p, locale), hint: help };
    default:
      return void 0;
  }
}
function optionErrorJson(argv, p, locale = "en") {
  const command = commandOf(argv);
  if (!command || !wantsJson(command.args)) return void 0;
  const json = USAGE_JSON[command.name];
  const diagnostic = json && optionErrorDiagnostic(p, command.name, locale);
  return diagnostic ? json([diagnostic]) : void 0;
}

// src/cli/usage-error.ts
var { msg: msg3 } = cliUsageMessages;
async function reportUsageError(io, argv, error, failed) {
  const locale = await usageLocale(argv, io.cwd);
  const problem = parseUsageError(error.code, error.message, failed.command);
  io.stderr.write(
    `${locale === "en" ? error.message : t(locale, msg3.error({ text: usageText(problem, locale) }))}
`
  );
  if (failed.help)
    io.stderr.write(
      `${t(locale, failed.help === "program" ? msg3.helpLineProgram() : msg3.helpLine({ command: failed.help }))}
`
    );
  const json = optionErrorJson(argv, problem, locale);
  if (json) io.stdout.write(json);
}
export {
  reportUsageError
};
