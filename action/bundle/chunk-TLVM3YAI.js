import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  problemZh
} from "./chunk-6YQ3DZCD.js";

// src/config/zod-problem.ts
var TYPES_ZH = {
  string: "\u5B57\u7B26\u4E32",
  number: "\u6570\u5B57",
  boolean: "\u5E03\u5C14\u503C\uFF08true \u6216 false\uFF09",
  object: "\u5BF9\u8C61\uFF08{ \u2026 }\uFF09",
  array: "\u5217\u8868\uFF08[ \u2026 ]\uFF09",
  int: "\u6574\u6570"
};
var listed = (values, or) => values.map((v) => JSON.stringify(v)).join(or === "\u6216" ? "\u3001" : ", ");
function zodProblem(issue) {
  const i = issue;
  if (i.code === "invalid_value" && i.values) {
    return {
      problem: `must be one of ${listed(i.values, "or")}`,
      problemZh: `\u53EA\u80FD\u662F ${listed(i.values, "\u6216")} \u4E4B\u4E00`
    };
  }
  if (i.code === "invalid_type" && i.expected) {
    return {
      problem: `must be ${/^[aeiou]/.test(i.expected) ? "an" : "a"} ${i.expected}`,
      problemZh: `\u5E94\u4E3A${TYPES_ZH[i.expected] ?? i.expected}`
    };
  }
  if ((i.code === "too_small" || i.code === "too_big") && i.origin === "number") {
    const small = i.code === "too_small";
    const bound = String(small ? i.minimum : i.maximum);
    const op = small ? i.inclusive ? "\u2265" : ">" : i.inclusive ? "\u2264" : "<";
    return { problem: `must be ${op} ${bound}`, problemZh: `\u5E94 ${op} ${bound}` };
  }
  const zh = problemZh(i.message);
  return { problem: i.message, problemZh: zh.startsWith("\u4E0D\u7B26\u5408\u8981\u6C42\uFF08") ? i.message : zh };
}

export {
  zodProblem
};
