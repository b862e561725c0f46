import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  Help,
  helpEntry,
  setAfterHelp
} from "./chunk-6QVCNYTL.js";
import {
  helpFrame,
  programHelp
} from "./chunk-W666XFH3.js";
import "./chunk-RGBDA2DB.js";
import "./chunk-EP4KRDZC.js";

// src/cli/cjk-wrap.ts
var WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
var ANSI = /\x1b\[[0-9;]*m/g;
function displayWidth(text) {
  let width = 0;
  for (const char of text.replace(ANSI, "")) width += WIDE.test(char) ? 2 : 1;
  return width;
}
var OPEN = "\uFF08\u201C\u2018\u300A\u300C\u300E\u3010\u3008";
var CLOSE = "\uFF0C\u3002\u3001\uFF1B\uFF1A\uFF1F\uFF01\uFF09\u201D\u2019\u300B\u300D\u300F\u3011\u3009\u2026";
var CJK = "\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF";
var PIECE = new RegExp(`\\s*[${OPEN}]*(?:[${CJK}]|[^\\s${CJK}]+)[${CLOSE}]*`, "gu");
var HAN_PIECE = new RegExp(`^[${OPEN}]*[${CJK}]`, "u");
function wrapLine(line, width) {
  const pieces = line.match(PIECE);
  if (!pieces) return [line];
  const lines = [[]];
  let used = 0;
  for (const piece of pieces) {
    const current = lines[lines.length - 1];
    if (current.length > 0 && used + displayWidth(piece) > width) {
      lines.push([piece.trimStart()]);
      used = displayWidth(piece.trimStart());
    } else {
      current.push(piece);
      used += displayWidth(piece);
    }
  }
  const [before, last] = lines.slice(-2);
  if (before && last?.length === 1 && before.length > 2 && HAN_PIECE.test(last[0])) {
    const moved = before[before.length - 1];
    if (HAN_PIECE.test(moved)) last.unshift(before.pop());
  }
  return lines.map((pieces2) => pieces2.join(""));
}
function wrapCjk(text, width) {
  return text.split("\n").flatMap((line) => line === "" || /^\s/.test(line) ? [line] : wrapLine(line, width)).join("\n");
}

// src/cli/help-zh.ts
var HEADINGS = {
  "Usage:": helpFrame.usage.zh({}),
  "Options:": helpFrame.options.zh({}),
  "Commands:": helpFrame.commands.zh({}),
  "Arguments:": helpFrame.arguments.zh({}),
  "Global Options:": helpFrame.globalOptions.zh({})
};
function zhHelpText(item) {
  const entry = helpEntry(item);
  if (entry) return entry.zh({});
  const name = "long" in item ? item.long : item.name();
  if (name === "--help" || name === "help") return programHelp.commandHelp.zh({});
  if (name === "--version") return programHelp.version.zh({});
  return void 0;
}
function annotated(text, choices, fallback) {
  const notes = [];
  if (choices) notes.push(helpFrame.choices.zh({ list: choices.map((c) => JSON.stringify(c)).join(", ") }));
  if (fallback !== void 0) notes.push(helpFrame.default.zh({ value: fallback }));
  if (notes.length === 0) return text;
  return text.endsWith("\uFF09") ? `${text.slice(0, -1)}\uFF1B${notes.join("\uFF1B")}\uFF09` : `${text}\uFF08${notes.join("\uFF1B")}\uFF09`;
}
var shownDefault = (value, description) => value === void 0 ? void 0 : description || JSON.stringify(value);
var ZhHelp = class extends Help {
  formatHelp(cmd, helper) {
    const [usage = "", ...rest] = super.formatHelp(cmd, helper).split("\n");
    return [usage.replace(`${HEADINGS["Usage:"]} `, HEADINGS["Usage:"]), ...rest].join("\n");
  }
  styleTitle(title) {
    return HEADINGS[title] ?? title;
  }
  commandDescription(cmd) {
    return zhHelpText(cmd) ?? super.commandDescription(cmd);
  }
  subcommandDescription(cmd) {
    return zhHelpText(cmd) ?? super.subcommandDescription(cmd);
  }
  optionDescription(option) {
    const showDefault = option.required || option.optional || option.isBoolean() && typeof option.defaultValue === "boolean";
    return annotated(
      zhHelpText(option) ?? option.description,
      option.argChoices,
      showDefault ? shownDefault(option.defaultValue, option.defaultValueDescription) : void 0
    );
  }
  argumentDescription(argument) {
    return annotated(
      zhHelpText(argument) ?? argument.description,
      argument.argChoices,
      shownDefault(argument.defaultValue, argument.defaultValueDescription)
    );
  }
  displayWidth(text) {
    return displayWidth(text);
  }
  boxWrap(text, width) {
    return width < this.minWidthToWrap ? text : wrapCjk(text, width);
  }
};
var helpWidth = (error) => {
  const stream = error ? process.stderr : process.stdout;
  return stream.isTTY && stream.columns || 80;
};
function zhHelp(command) {
  command.createHelp = () => Object.assign(new ZhHelp(), command.configureHelp());
  setAfterHelp(command, (entry, error) => wrapCjk(entry.zh({}), helpWidth(error)));
  for (const sub of command.commands) zhHelp(sub);
}
export {
  zhHelp,
  zhHelpText
};
