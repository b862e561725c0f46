import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  InvalidArgumentError,
  option
} from "./chunk-3H6A6EEH.js";
import {
  cliUsageMessages,
  nowProblem,
  parseNow,
  t
} from "./chunk-OWIXN4P4.js";
import {
  sharedHelp
} from "./chunk-W666XFH3.js";

// src/cli/options.ts
var { msg } = cliUsageMessages;
var PROBLEMS = /* @__PURE__ */ new WeakMap();
function checked(problem, parse) {
  const parser = (value) => {
    const reason = problem(value);
    if (reason) throw new InvalidArgumentError(t("en", reason));
    return parse(value);
  };
  PROBLEMS.set(parser, problem);
  return parser;
}
function invalidReason(option2, value) {
  if (option2.argChoices) return msg.choices({ choices: option2.argChoices.join(", ") });
  const parser = option2.parseArg;
  return parser && PROBLEMS.get(parser)?.(value);
}
function wholeNumber(message, min = 0) {
  return checked(
    (value) => Number.isInteger(Number(value)) && Number(value) >= min ? void 0 : message(value),
    Number
  );
}
var portNumber = checked((value) => {
  const n = Number(value);
  return Number.isInteger(n) && n >= 0 && n <= 65535 ? void 0 : msg.port();
}, Number);
function withSiteOptions(command) {
  return command.addOption(option("--content <dir>", sharedHelp.content)).addOption(option("--config <file>", sharedHelp.config));
}
function nowOption() {
  return option("--now <iso>", sharedHelp.now).argParser(
    checked(
      (value) => {
        const problem = nowProblem(value);
        return problem === void 0 ? void 0 : msg.now({ value, problem });
      },
      (value) => value
    )
  );
}
function resolveNow(value) {
  return value === void 0 ? Date.now() : parseNow(value, "UTC") ?? Date.now();
}
function jobsOption() {
  return option("-j, --jobs <n>", sharedHelp.jobs).argParser(
    checked((value) => {
      const n = Number(value);
      return Number.isInteger(n) && n >= 1 && n <= 64 ? void 0 : msg.wholeNumberRange({ min: 1, max: 64, value });
    }, Number)
  );
}
function formatOption(formats, fallback) {
  return option("--format <format>", sharedHelp.format).choices([...formats]).default(fallback);
}
function localeOption(help = sharedHelp.locale) {
  return option("--locale <locale>", help).choices(["en", "zh-CN"]);
}

export {
  invalidReason,
  wholeNumber,
  portNumber,
  withSiteOptions,
  nowOption,
  resolveNow,
  jobsOption,
  formatOption,
  localeOption
};
