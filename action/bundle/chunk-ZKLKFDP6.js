import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  defineMessages,
  isMessage,
  m,
  num,
  previewMessages
} from "./chunk-2W6RZ76N.js";

// src/i18n/messages/common.ts
var commonMessages = defineMessages("common", {
  didYouMean: m(
    (p) => `Did you mean \`${p.s}\`?`,
    (p) => `\u662F\u4E0D\u662F\u60F3\u5199 \`${p.s}\`\uFF1F`
  ),
  write: m(
    (p) => `Write \`${p.text}\`.`,
    (p) => `\u6539\u4E3A \`${p.text}\`\u3002`
  ),
  useOneOf: m(
    (p) => `Use one of: ${p.list}.`,
    (p) => `\u53EF\u9009\u503C\uFF1A${p.list}\u3002`
  ),
  seeRulesDoc: m(
    () => "See docs/rules.md for the rule ids.",
    () => "\u89C4\u5219 id \u89C1 docs/rules.md\u3002"
  ),
  seeConfigDoc: m(
    () => "See the configuration reference in README.md.",
    () => "\u914D\u7F6E\u9879\u8BF4\u660E\u89C1 README.md\u3002"
  )
});

// src/i18n/messages/config.ts
var HELP_ZH = '"off" | "warn" | "error"\uFF08\u6216 "info"\uFF09\uFF0C\u6216 [\u7EA7\u522B, { \u9009\u9879 }]';
var configMessages = defineMessages("config", {
  unreadable: m(
    (p) => `Cannot read the config file: ${p.error}`,
    (p) => `\u65E0\u6CD5\u8BFB\u53D6\u914D\u7F6E\u6587\u4EF6\uFF1A${p.error}`
  ),
  unreadableHint: m(
    () => "Check the path given to --config.",
    () => "\u68C0\u67E5 --config \u7ED9\u51FA\u7684\u8DEF\u5F84\u3002"
  ),
  json: m(
    (p) => `The config is not valid JSON: ${p.error}`,
    (p) => `\u914D\u7F6E\u4E0D\u662F\u5408\u6CD5\u7684 JSON\uFF1A${p.error}`
  ),
  jsonHint: m(
    () => "Fix the JSON syntax.",
    () => "\u8BF7\u4FEE\u6B63 JSON \u8BED\u6CD5\u3002"
  ),
  load: m(
    (p) => `Cannot load the config file: ${p.error}`,
    (p) => `\u65E0\u6CD5\u52A0\u8F7D\u914D\u7F6E\u6587\u4EF6\uFF1A${p.error}`
  ),
  loadHint: m(
    () => "Make sure it runs and has `export default defineConfig({ \u2026 })`.",
    () => "\u786E\u8BA4\u5B83\u80FD\u6B63\u5E38\u8FD0\u884C\uFF0C\u5E76\u4E14\u6709 `export default defineConfig({ \u2026 })`\u3002"
  ),
  unknownKey: m(
    (p) => `Config has an unknown key \`${p.key}\``,
    (p) => `\u914D\u7F6E\u91CC\u6709\u672A\u77E5\u7684\u952E \`${p.key}\``
  ),
  invalid: m(
    (p) => `Config ${p.at ? `\`${p.at}\` ` : ""}${p.problem}${p.value ? `: ${p.value}` : ""}`,
    (p) => `\u914D\u7F6E${p.at ? ` \`${p.at}\` ` : ""}\u65E0\u6548\uFF08${p.problem}\uFF09${p.value ? `\uFF1A${p.value}` : ""}`
  ),
  timezone: m(
    (p) => `Config \`timezone\` is not an IANA time zone: ${p.zone}`,
    (p) => `\u914D\u7F6E \`timezone\` \u4E0D\u662F IANA \u65F6\u533A\uFF1A${p.zone}`
  ),
  timezoneHint: m(
    () => "Use a name such as `Asia/Shanghai` or `America/New_York`.",
    () => "\u8BF7\u5199 `Asia/Shanghai` \u6216 `America/New_York` \u8FD9\u6837\u7684\u65F6\u533A\u540D\u3002"
  ),
  ruleSettingHint: m(
    (p) => `${p.s ? `Did you mean \`"${p.s}"\`? ` : ""}Write e.g. \`"${p.id}": "off"\`, \`"warn"\` or \`["error", { \u2026 }]\`.`,
    (p) => `${p.s ? `\u662F\u4E0D\u662F\u60F3\u5199 \`"${p.s}"\`\uFF1F` : ""}\u4F8B\u5982\u5199 \`"${p.id}": "off"\`\u3001\`"warn"\` \u6216 \`["error", { \u2026 }]\`\u3002`
  ),
  lintNotMapping: m(
    (p) => `\`lint\` must map rule ids to settings: ${p.value}`,
    (p) => `\`lint\` \u5FC5\u987B\u662F\u89C4\u5219 id \u5230\u8BBE\u7F6E\u7684\u6620\u5C04\uFF1A${p.value}`
  ),
  lintNotMappingHint: m(
    (p) => `Write one \`rule-id: setting\` line per rule under \`lint:\`, e.g. \`typography/quotes: off\`; a setting is ${p.help}.`,
    () => `\u5728 \`lint:\` \u4E0B\u6BCF\u6761\u89C4\u5219\u5199\u4E00\u884C \`\u89C4\u5219 id: \u8BBE\u7F6E\`\uFF0C\u4F8B\u5982 \`typography/quotes: off\`\uFF1B\u8BBE\u7F6E\u53EF\u4EE5\u662F ${HELP_ZH}\u3002`
  ),
  lintSetting: m(
    (p) => `\`lint\` setting of \`${p.id}\` must be ${p.help}: ${p.shown}`,
    (p) => `\`lint\` \u4E2D \`${p.id}\` \u7684\u8BBE\u7F6E\u5FC5\u987B\u662F ${HELP_ZH}\uFF1A${p.shown}`
  ),
  lintSettingHint: m(
    (p) => `${p.s ? `Did you mean \`${p.s}\`? ` : ""}Write e.g. \`${p.id}: off\`, \`${p.id}: warn\` or \`${p.id}: [error, { \u2026 }]\`.`,
    (p) => `${p.s ? `\u662F\u4E0D\u662F\u60F3\u5199 \`${p.s}\`\uFF1F` : ""}\u4F8B\u5982\u5199 \`${p.id}: off\`\u3001\`${p.id}: warn\` \u6216 \`${p.id}: [error, { \u2026 }]\`\u3002`
  ),
  unknownSlug: m(
    (p) => `No article \`${p.slug}\` in ${p.dir}/`,
    (p) => `${p.dir}/ \u91CC\u6CA1\u6709\u6587\u7AE0 \`${p.slug}\``
  ),
  runPlan: m(
    () => "Run `wxpress plan` to list the articles.",
    () => "\u8FD0\u884C `wxpress plan` \u53EF\u4EE5\u5217\u51FA\u6240\u6709\u6587\u7AE0\u3002"
  ),
  missingContent: m(
    (p) => `Content folder \`${p.dir}/\` ${p.file ? "is not a folder" : "does not exist"}`,
    (p) => `\u5185\u5BB9\u6587\u4EF6\u5939 \`${p.dir}/\` ${p.file ? "\u4E0D\u662F\u6587\u4EF6\u5939" : "\u4E0D\u5B58\u5728"}`
  ),
  missingContentSuggest: m(
    (p) => `Did you mean \`${p.dir}/\`? Pass it with \`--content <dir>\`.`,
    (p) => `\u662F\u4E0D\u662F\u60F3\u5199 \`${p.dir}/\`\uFF1F\u7528 \`--content <dir>\` \u6307\u5B9A\u3002`
  ),
  missingContentHint: m(
    (p) => `Run wxpress in the site root, or point ${p.flag ? "`--content`" : "`--content` or config `content` (default `content/`)"} at the folder holding <slug>/index.md (\`wxpress init\` scaffolds a site).`,
    (p) => `\u8BF7\u5728\u7AD9\u70B9\u6839\u76EE\u5F55\u8FD0\u884C wxpress\uFF0C\u6216\u7528 ${p.flag ? "`--content`" : "`--content` \u6216\u914D\u7F6E `content`\uFF08\u9ED8\u8BA4 `content/`\uFF09"}\u6307\u5411\u5B58\u653E <slug>/index.md \u7684\u6587\u4EF6\u5939\uFF08\`wxpress init\` \u53EF\u4EE5\u751F\u6210\u7AD9\u70B9\u9AA8\u67B6\uFF09\u3002`
  )
});

// src/i18n/messages/problems-zh.ts
var PHRASES = {
  "expected text": "\u5E94\u4E3A\u6587\u672C",
  "must not be empty": "\u4E0D\u80FD\u4E3A\u7A7A",
  "is not an account of the site config": "\u4E0D\u662F\u7AD9\u70B9\u914D\u7F6E\u91CC\u7684\u8D26\u53F7",
  "must be one of draft, publish, broadcast": "\u53EA\u80FD\u662F draft\u3001publish\u3001broadcast \u4E4B\u4E00",
  "must be an http(s) URL": "\u5FC5\u987B\u662F http(s) \u7F51\u5740",
  "must be one of off, all, followers": "\u53EA\u80FD\u662F off\u3001all\u3001followers \u4E4B\u4E00",
  "expected a whole number": "\u5E94\u4E3A\u6574\u6570",
  "is invalid": "\u65E0\u6548",
  "a date without a time of day": "\u53EA\u6709\u65E5\u671F\uFF0C\u6CA1\u6709\u5177\u4F53\u65F6\u95F4",
  "not an ISO-8601 date-time": "\u4E0D\u662F ISO-8601 \u65E5\u671F\u65F6\u95F4",
  "not a real calendar date-time (check the month, day and hour)": "\u4E0D\u662F\u771F\u5B9E\u5B58\u5728\u7684\u65E5\u671F\u65F6\u95F4\uFF08\u8BF7\u68C0\u67E5\u6708\u3001\u65E5\u548C\u5C0F\u65F6\uFF09",
  "a date-time without an offset": "\u6CA1\u6709\u65F6\u533A\u504F\u79FB\u7684\u65E5\u671F\u65F6\u95F4"
};
function problemZh(english) {
  const exact = PHRASES[english];
  if (exact) return exact;
  const longer = /^is longer than (\d+) characters$/.exec(english);
  if (longer) return `\u8D85\u8FC7 ${longer[1]} \u4E2A\u5B57\u7B26`;
  return `\u4E0D\u7B26\u5408\u8981\u6C42\uFF08${english}\uFF09`;
}

// src/i18n/messages/content-field-defs.ts
var contentFieldDefs = {
  unknownKey: m(
    (p) => `Unknown front-matter key \`${p.key}\``,
    (p) => `\u672A\u77E5\u7684 front-matter \u952E \`${p.key}\``
  ),
  tagsNotField: m(
    (p) => `\`${p.key}\` is not a wxpress field: a WeChat article has no tags. Remove it; the article's column (its topic) goes in \`topic\`, e.g. \`topic: \u5DE5\u5177\`.`,
    (p) => `\`${p.key}\` \u4E0D\u662F wxpress \u7684\u5B57\u6BB5\uFF1A\u516C\u4F17\u53F7\u6587\u7AE0\u6CA1\u6709\u6807\u7B7E\u3002\u8BF7\u5220\u6389\u5B83\uFF1B\u6587\u7AE0\u6240\u5C5E\u7684\u4E13\u680F\uFF08\u8BDD\u9898\uFF09\u5199\u5728 \`topic\` \u91CC\uFF0C\u4F8B\u5982 \`topic: \u5DE5\u5177\`\u3002`
  ),
  knownKeys: m(
    (p) => `Known keys: ${p.list}.`,
    (p) => `\u53EF\u7528\u7684\u952E\uFF1A${p.list}\u3002`
  ),
  maxLength: m(
    (p) => `\`${p.key}\` has ${p.n} characters, more than ${p.max}: ${p.value}`,
    (p) => `\`${p.key}\` \u6709 ${p.n} \u4E2A\u5B57\u7B26\uFF0C\u8D85\u8FC7 ${p.max} \u4E2A\uFF1A${p.value}`
  ),
  shorten: m(
    (p) => `Shorten it to at most ${p.max} characters.`,
    (p) => `\u8BF7\u7F29\u77ED\u5230 ${p.max} \u4E2A\u5B57\u7B26\u4EE5\u5185\u3002`
  ),
  empty: m(
    (p) => `\`${p.key}\` is empty`,
    (p) => `\`${p.key}\` \u662F\u7A7A\u7684`
  ),
  invalid: m(
    (p) => `\`${p.key}\` ${p.problem}: ${p.value}`,
    (p) => `\`${p.key}\` \u7684\u503C${problemZh(p.problem)}\uFF1A${p.value}`
  ),
  accounts: m(
    (p) => `Accounts in the config: ${p.list}.`,
    (p) => `\u914D\u7F6E\u91CC\u7684\u8D26\u53F7\uFF1A${p.list}\u3002`
  ),
  missing: m(
    (p) => `Missing required front-matter key \`${p.key}\``,
    (p) => `\u7F3A\u5C11\u5FC5\u586B\u7684 front-matter \u952E \`${p.key}\``
  ),
  hintTitle: m(
    () => "Write the title shown in chat lists and the article header, e.g. `title: \u6625\u5B63\u5F00\u53D1\u8005\u5927\u4F1A\u62A5\u540D\u5F00\u542F`.",
    () => "\u5199\u4E0A\u804A\u5929\u5217\u8868\u548C\u6587\u7AE0\u9876\u90E8\u663E\u793A\u7684\u6807\u9898\uFF0C\u4F8B\u5982 `title: \u6625\u5B63\u5F00\u53D1\u8005\u5927\u4F1A\u62A5\u540D\u5F00\u542F`\u3002"
  ),
  hintTopic: m(
    () => "Name the column or category, e.g. `topic: \u6280\u672F` or `topic: \u793E\u533A\u901A\u77E5`.",
    () => "\u5199\u4E0A\u680F\u76EE\u6216\u5206\u7C7B\uFF0C\u4F8B\u5982 `topic: \u6280\u672F` \u6216 `topic: \u793E\u533A\u901A\u77E5`\u3002"
  ),
  hintAudience: m(
    () => "Use `\u5168\u90E8\u7C89\u4E1D` for all followers, or the name of a follower tag.",
    () => "\u53D1\u7ED9\u6240\u6709\u7C89\u4E1D\u5199 `\u5168\u90E8\u7C89\u4E1D`\uFF0C\u5426\u5219\u5199\u7C89\u4E1D\u6807\u7B7E\u540D\u3002"
  ),
  hintCover: m(
    () => "Put the cover image in the article folder and write its path, e.g. `cover: cover.png`.",
    () => "\u628A\u5C01\u9762\u56FE\u7247\u653E\u8FDB\u6587\u7AE0\u6587\u4EF6\u5939\u5E76\u5199\u4E0A\u8DEF\u5F84\uFF0C\u4F8B\u5982 `cover: cover.png`\u3002"
  ),
  invalidSlot: m(
    (p) => `\`slot\` is ${p.reason}: ${p.text}`,
    (p) => `\`slot\` ${problemZh(p.reason)}\uFF1A${p.text}`
  ),
  invalidSlotHint: m(
    () => "Write an ISO-8601 date-time with its offset, e.g. `slot: 2027-04-15T20:00:00+08:00`; times are never guessed.",
    () => "\u5199\u5E26\u65F6\u533A\u504F\u79FB\u7684 ISO-8601 \u65E5\u671F\u65F6\u95F4\uFF0C\u4F8B\u5982 `slot: 2027-04-15T20:00:00+08:00`\uFF1B\u65F6\u95F4\u4ECE\u4E0D\u9760\u731C\u3002"
  ),
  naiveSlot: m(
    (p) => `\`slot\` has no time-zone offset: ${p.text}; read as ${p.zone} time`,
    (p) => `\`slot\` \u6CA1\u6709\u65F6\u533A\u504F\u79FB\uFF1A${p.text}\uFF1B\u6309 ${p.zone} \u65F6\u95F4\u89E3\u8BFB`
  ),
  naiveSlotHint: m(
    () => "Add the offset so nobody has to guess, e.g. `+08:00` for China Standard Time.",
    () => "\u52A0\u4E0A\u504F\u79FB\uFF0C\u514D\u5F97\u522B\u4EBA\u731C\uFF0C\u4F8B\u5982\u5317\u4EAC\u65F6\u95F4\u5199 `+08:00`\u3002"
  ),
  nonexistentTime: m(
    (p) => `\`slot\` ${p.text} does not exist in ${p.zone} (clocks skip it); it is moved forward`,
    (p) => `\`slot\` ${p.text} \u5728 ${p.zone} \u4E0D\u5B58\u5728\uFF08\u65F6\u949F\u8DF3\u8FC7\u4E86\u8FD9\u6BB5\u65F6\u95F4\uFF09\uFF0C\u5DF2\u987A\u5EF6`
  ),
  nonexistentTimeHint: m(
    () => "Pick a time outside the daylight-saving gap, or write the offset explicitly.",
    () => "\u9009\u4E00\u4E2A\u4E0D\u5728\u590F\u4EE4\u65F6\u8DF3\u53D8\u533A\u95F4\u7684\u65F6\u95F4\uFF0C\u6216\u660E\u786E\u5199\u51FA\u504F\u79FB\u3002"
  )
};

// src/i18n/messages/yaml-errors-zh.ts
var BY_CODE = {
  TAB_AS_INDENT: "\u7F29\u8FDB\u7528\u4E86 Tab \u952E\uFF0CYAML \u53EA\u8BA4\u7A7A\u683C\u7F29\u8FDB",
  BLOCK_AS_IMPLICIT_KEY: "\u503C\u91CC\u6709\u201C\u5192\u53F7\u52A0\u7A7A\u683C\u201D\uFF08`: `\uFF09\uFF0C\u6216\u8FD9\u4E00\u884C\u6BD4\u4E0A\u4E00\u884C\u591A\u7F29\u8FDB\u4E86\uFF0CYAML \u628A\u5B83\u8BFB\u6210\u4E86\u5D4C\u5957\u7684\u952E",
  MULTILINE_IMPLICIT_KEY: "\u4E00\u4E2A\u952E\u8DE8\u4E86\u591A\u884C\uFF08\u591A\u534A\u662F\u4E0A\u4E00\u884C\u7684\u7F29\u8FDB\u6216\u5F15\u53F7\u6709\u8BEF\uFF09",
  MISSING_CHAR: (error) => /quote/i.test(error) ? "\u5F15\u53F7\u6CA1\u6709\u914D\u5BF9\uFF1A\u5F00\u5934\u6709\u5F15\u53F7\uFF0C\u7ED3\u5C3E\u5374\u6CA1\u6709" : /map values/i.test(error) ? "\u952E\u540E\u9762\u7F3A\u5C11\u5192\u53F7\u548C\u503C" : "\u7F3A\u5C11\u914D\u5BF9\u7684\u7B26\u53F7\uFF08\u5F15\u53F7\u3001\u62EC\u53F7\u6216\u5192\u53F7\uFF09",
  UNEXPECTED_TOKEN: "\u5F15\u53F7\u91CC\u7684\u503C\u540E\u9762\u8FD8\u6709\u591A\u4F59\u7684\u6587\u5B57\uFF08\u5355\u5F15\u53F7\u503C\u91CC\u7684\u5355\u5F15\u53F7\u8981\u5199\u6210\u4E24\u4E2A\uFF1A`''`\uFF09",
  BAD_SCALAR_START: (error) => {
    const char = /character (.)$/.exec(error)?.[1];
    return `\u503C\u4EE5 YAML \u7684\u4FDD\u7559\u5B57\u7B26${char ? ` \`${char}\` ` : ""}\u5F00\u5934\uFF0C\u9700\u8981\u7ED9\u6574\u4E2A\u503C\u52A0\u5F15\u53F7`;
  },
  BAD_INDENT: "\u7F29\u8FDB\u4E0D\u5BF9\uFF08\u65B9\u62EC\u53F7 `[ ]` \u6216\u82B1\u62EC\u53F7 `{ }` \u6CA1\u6709\u95ED\u5408\uFF0C\u6216\u7EED\u884C\u7F29\u8FDB\u4E0D\u591F\uFF09",
  BAD_DQ_ESCAPE: "\u53CC\u5F15\u53F7\u91CC\u7684\u53CD\u659C\u6760\u8F6C\u4E49\u65E0\u6548\uFF1A\u6539\u7528\u5355\u5F15\u53F7\uFF0C\u6216\u628A `\\` \u5199\u6210 `\\\\`",
  BLOCK_IN_FLOW: "\u65B9\u62EC\u53F7\u6216\u82B1\u62EC\u53F7\u91CC\u4E0D\u80FD\u518D\u6362\u884C\u5199\u5217\u8868\u6216\u952E\u503C",
  MULTIPLE_DOCS: "front-matter \u91CC\u51FA\u73B0\u4E86\u7B2C\u4E8C\u4E2A `---`"
};
function yamlErrorZh(code, error) {
  const entry = code ? BY_CODE[code] : void 0;
  if (entry === void 0) return error;
  return typeof entry === "string" ? entry : entry(error);
}

// src/i18n/messages/content.ts
var contentMessages = defineMessages("content", {
  unreadable: m(
    (p) => `Cannot read the file: ${p.error}`,
    (p) => `\u65E0\u6CD5\u8BFB\u53D6\u6587\u4EF6\uFF1A${p.error}`
  ),
  unreadableHint: m(
    () => "Check the file exists and is readable.",
    () => "\u8BF7\u786E\u8BA4\u6587\u4EF6\u5B58\u5728\u4E14\u6709\u8BFB\u53D6\u6743\u9650\u3002"
  ),
  encoding: m(
    (p) => `Cannot read the article: ${p.utf16 ? "the file is UTF-16 encoded" : "the file is not valid UTF-8 (GBK or another legacy encoding?)"}`,
    (p) => `\u65E0\u6CD5\u8BFB\u53D6\u6587\u7AE0\uFF1A${p.utf16 ? "\u6587\u4EF6\u662F UTF-16 \u7F16\u7801" : "\u6587\u4EF6\u4E0D\u662F\u6709\u6548\u7684 UTF-8\uFF08GBK \u6216\u5176\u4ED6\u65E7\u7F16\u7801\uFF1F\uFF09"}`
  ),
  encodingHint: m(
    () => "Save the file as UTF-8 (without changing anything else) and commit it again.",
    () => "\u628A\u6587\u4EF6\u53E6\u5B58\u4E3A UTF-8\uFF08\u4E0D\u6539\u52A8\u5176\u4ED6\u5185\u5BB9\uFF09\u540E\u91CD\u65B0\u63D0\u4EA4\u3002"
  ),
  emptyFile: m(
    () => "The article file is empty",
    () => "\u6587\u7AE0\u6587\u4EF6\u662F\u7A7A\u7684"
  ),
  emptyFileHint: m(
    () => "Start with a front-matter block (`---`, `title: \u2026`, `---`) and then the body.",
    () => "\u5148\u5199 front-matter\uFF08`---`\u3001`title: \u2026`\u3001`---`\uFF09\uFF0C\u518D\u5199\u6B63\u6587\u3002"
  ),
  tooLarge: m(
    (p) => `The article body has ${num(p.n)} characters of Markdown, more than the ${num(p.max)} wxpress reads; it is not linted or rendered`,
    (p) => `\u6B63\u6587\u6709 ${num(p.n)} \u4E2A\u5B57\u7B26\u7684 Markdown\uFF0C\u8D85\u8FC7 wxpress \u80FD\u5904\u7406\u7684 ${num(p.max)} \u4E2A\uFF0C\u4E0D\u505A\u68C0\u67E5\u548C\u6E32\u67D3`
  ),
  tooLargeHint: m(
    () => "WeChat takes fewer than 20,000 characters of visible text and less than 1 MB of HTML per article; split it into several articles.",
    () => "\u5FAE\u4FE1\u6BCF\u7BC7\u6587\u7AE0\u7684\u53EF\u89C1\u6587\u5B57\u987B\u5C11\u4E8E 20,000 \u5B57\u3001HTML \u987B\u5C0F\u4E8E 1 MB\uFF1B\u8BF7\u62C6\u6210\u51E0\u7BC7\u6587\u7AE0\u3002"
  ),
  missingBlock: m(
    () => "The article has no front-matter",
    () => "\u6587\u7AE0\u6CA1\u6709 front-matter"
  ),
  missingBlockHint: m(
    () => "Begin the file with a `---` line, the keys (title, topic, slot, audience, cover \u2026), and a closing `---` line.",
    () => "\u6587\u4EF6\u4EE5\u4E00\u884C `---` \u5F00\u5934\uFF0C\u63A5\u7740\u5199\u5404\u4E2A\u952E\uFF08title\u3001topic\u3001slot\u3001audience\u3001cover\u2026\u2026\uFF09\uFF0C\u518D\u4EE5\u4E00\u884C `---` \u7ED3\u675F\u3002"
  ),
  unclosed: m(
    () => "The front-matter block opened with `---` is never closed",
    () => "\u4EE5 `---` \u5F00\u5934\u7684 front-matter \u6CA1\u6709\u95ED\u5408"
  ),
  unclosedHint: m(
    () => "Add a line with only `---` after the last key.",
    () => "\u5728\u6700\u540E\u4E00\u4E2A\u952E\u4E4B\u540E\u52A0\u4E00\u884C `---`\u3002"
  ),
  language: m(
    (p) => `Front-matter in \`${p.lang}\` is not supported`,
    (p) => `\u4E0D\u652F\u6301 \`${p.lang}\` \u683C\u5F0F\u7684 front-matter`
  ),
  languageHint: m(
    () => "Write the front-matter in YAML (a plain `---` line).",
    () => "\u8BF7\u7528 YAML \u5199 front-matter\uFF08\u4EE5\u5355\u72EC\u4E00\u884C `---` \u5F00\u5934\uFF09\u3002"
  ),
  duplicateKey: m(
    (p) => `Front-matter is not valid YAML: \`${p.key}\` is written twice${p.first ? ` (first on line ${p.first})` : ""}`,
    (p) => `front-matter \u4E0D\u662F\u5408\u6CD5\u7684 YAML\uFF1A\`${p.key}\` \u5199\u4E86\u4E24\u6B21${p.first ? `\uFF08\u7B2C\u4E00\u6B21\u5728\u7B2C ${p.first} \u884C\uFF09` : ""}`
  ),
  duplicateKeyHint: m(
    (p) => `Remove one of the two \`${p.key}\` lines${p.first ? ` (line ${p.first} or ${p.second})` : ""}; YAML keeps only one value per key.`,
    (p) => `\u5220\u6389\u4E24\u884C \`${p.key}\` \u4E2D\u7684\u4E00\u884C${p.first ? `\uFF08\u7B2C ${p.first} \u884C\u6216\u7B2C ${p.second} \u884C\uFF09` : ""}\uFF1BYAML \u6BCF\u4E2A\u952E\u53EA\u4FDD\u7559\u4E00\u4E2A\u503C\u3002`
  ),
  yamlSyntax: m(
    (p) => `Front-matter is not valid YAML: ${p.error}`,
    (p) => `front-matter \u4E0D\u662F\u5408\u6CD5\u7684 YAML\uFF1A${yamlErrorZh(p.code, p.error)}`
  ),
  yamlSyntaxHint: m(
    () => "Check indentation and quoting; values containing `: ` or `#` need quotes.",
    () => "\u68C0\u67E5\u7F29\u8FDB\u548C\u5F15\u53F7\uFF1B\u542B\u6709 `: ` \u6216 `#` \u7684\u503C\u8981\u52A0\u5F15\u53F7\u3002"
  ),
  notMapping: m(
    () => "Front-matter must be `key: value` lines",
    () => "front-matter \u5FC5\u987B\u662F `\u952E: \u503C` \u5F62\u5F0F\u7684\u884C"
  ),
  notMappingHint: m(
    () => "Write one `key: value` per line.",
    () => "\u6BCF\u884C\u5199\u4E00\u4E2A `\u952E: \u503C`\u3002"
  ),
  emptyBody: m(
    (p) => `The article has no body${p.comments ? " (only HTML comments)" : ""}: it would be sent as an empty message`,
    (p) => `\u6587\u7AE0\u6CA1\u6709\u6B63\u6587${p.comments ? "\uFF08\u53EA\u6709 HTML \u6CE8\u91CA\uFF09" : ""}\uFF1A\u53D1\u51FA\u53BB\u4F1A\u662F\u4E00\u6761\u7A7A\u6D88\u606F`
  ),
  emptyBodyHint: m(
    () => "Write the article below the closing `---` line (or remove the folder if the article is not ready yet).",
    () => "\u5728\u7ED3\u675F\u7684 `---` \u884C\u4E0B\u9762\u5199\u6B63\u6587\uFF08\u6587\u7AE0\u8FD8\u6CA1\u51C6\u5907\u597D\u7684\u8BDD\uFF0C\u5148\u5220\u6389\u8FD9\u4E2A\u6587\u4EF6\u5939\uFF09\u3002"
  ),
  coverRemote: m(
    (p) => `\`cover\` must be a local image, not ${p.cover}`,
    (p) => `\`cover\` \u5FC5\u987B\u662F\u672C\u5730\u56FE\u7247\uFF0C\u4E0D\u80FD\u662F ${p.cover}`
  ),
  coverRemoteHint: m(
    () => "Download the image into the article folder and write its relative path, e.g. `cover: cover.jpg`.",
    () => "\u628A\u56FE\u7247\u4E0B\u8F7D\u5230\u6587\u7AE0\u6587\u4EF6\u5939\u91CC\uFF0C\u5199\u5B83\u7684\u76F8\u5BF9\u8DEF\u5F84\uFF0C\u4F8B\u5982 `cover: cover.jpg`\u3002"
  ),
  coverOutside: m(
    (p) => `\`cover\` points outside the article folder: ${p.cover}`,
    (p) => `\`cover\` \u6307\u5411\u4E86\u6587\u7AE0\u6587\u4EF6\u5939\u4E4B\u5916\uFF1A${p.cover}`
  ),
  coverOutsideHint: m(
    () => "Keep the cover inside the article folder and write a relative path such as `cover: cover.png`.",
    () => "\u628A\u5C01\u9762\u653E\u5728\u6587\u7AE0\u6587\u4EF6\u5939\u91CC\uFF0C\u5199\u76F8\u5BF9\u8DEF\u5F84\uFF0C\u4F8B\u5982 `cover: cover.png`\u3002"
  ),
  coverMissing: m(
    (p) => `Cover image not found: ${p.cover}`,
    (p) => `\u627E\u4E0D\u5230\u5C01\u9762\u56FE\u7247\uFF1A${p.cover}`
  ),
  coverMissingHint: m(
    (p) => `Add the file at ${p.path}, or fix the path (it is relative to the article folder).`,
    (p) => `\u5728 ${p.path} \u653E\u597D\u6587\u4EF6\uFF0C\u6216\u6539\u6B63\u8DEF\u5F84\uFF08\u8DEF\u5F84\u76F8\u5BF9\u4E8E\u6587\u7AE0\u6587\u4EF6\u5939\uFF09\u3002`
  ),
  coverLink: m(
    (p) => `\`cover\` links to a file outside the article folder: ${p.cover}`,
    (p) => `\`cover\` \u94FE\u63A5\u5230\u4E86\u6587\u7AE0\u6587\u4EF6\u5939\u4E4B\u5916\u7684\u6587\u4EF6\uFF1A${p.cover}`
  ),
  coverLinkHint: m(
    () => "Replace the symbolic link with a copy of the image.",
    () => "\u7528\u56FE\u7247\u7684\u526F\u672C\u66FF\u6362\u8FD9\u4E2A\u7B26\u53F7\u94FE\u63A5\u3002"
  ),
  ...contentFieldDefs
});

// src/i18n/messages/schedule.ts
var ZH_WEEKDAYS = {
  Mon: "\u5468\u4E00",
  Tue: "\u5468\u4E8C",
  Wed: "\u5468\u4E09",
  Thu: "\u5468\u56DB",
  Fri: "\u5468\u4E94",
  Sat: "\u5468\u516D",
  Sun: "\u5468\u65E5"
};
var zhWhen = (when) => when.replace(/ (Mon|Tue|Wed|Thu|Fri|Sat|Sun)$/, (_, day) => ` ${ZH_WEEKDAYS[day]}`);
var zhList = (list) => list.split(", ").join("\u3001");
var scheduleMessages = defineMessages("schedule", {
  tooMany: m(
    (p) => `${p.n} articles share the slot ${p.when}; a push holds at most ${p.max}: ${p.names}`,
    (p) => `${p.n} \u7BC7\u6587\u7AE0\u5171\u7528\u65F6\u6BB5 ${zhWhen(p.when)}\uFF0C\u4E00\u6B21\u63A8\u9001\u6700\u591A ${p.max} \u7BC7\uFF1A${zhList(p.names)}`
  ),
  tooManyHint: m(
    () => "Move some articles to another slot.",
    () => "\u628A\u90E8\u5206\u6587\u7AE0\u632A\u5230\u522B\u7684\u65F6\u6BB5\u3002"
  ),
  mixedAudience: m(
    (p) => `Same slot ${p.when} as ${p.names} but a different audience (${p.mine} vs ${p.theirs})`,
    (p) => `\u4E0E ${zhList(p.names)} \u540C\u5728\u65F6\u6BB5 ${zhWhen(p.when)}\uFF0C\u4F46\u53D7\u4F17\u4E0D\u540C\uFF08${p.mine} \u4E0E ${zhList(p.theirs)}\uFF09`
  ),
  mixedAudienceHint: m(
    () => "Articles of one push go to one audience: align `audience`, or move one article to another slot.",
    () => "\u540C\u4E00\u6B21\u63A8\u9001\u7684\u6587\u7AE0\u53EA\u80FD\u53D1\u7ED9\u540C\u4E00\u53D7\u4F17\uFF1A\u7EDF\u4E00 `audience`\uFF0C\u6216\u628A\u5176\u4E2D\u4E00\u7BC7\u632A\u5230\u522B\u7684\u65F6\u6BB5\u3002"
  ),
  unknownAudience: m(
    (p) => `Audience \`${p.audience}\` is not a follower tag of account \`${p.account}\``,
    (p) => `\u53D7\u4F17 \`${p.audience}\` \u4E0D\u662F\u8D26\u53F7 \`${p.account}\` \u7684\u7C89\u4E1D\u6807\u7B7E`
  ),
  unlistedAudience: m(
    (p) => `Audience \`${p.audience}\` is not \`${p.all}\`, and account \`${p.account}\` lists no follower tags to check it against: a typo would only show when publishing`,
    (p) => `\u53D7\u4F17 \`${p.audience}\` \u4E0D\u662F \`${p.all}\`\uFF0C\u800C\u8D26\u53F7 \`${p.account}\` \u6CA1\u6709\u5728\u914D\u7F6E\u91CC\u5217\u51FA\u7C89\u4E1D\u6807\u7B7E\uFF0C\u65E0\u6CD5\u6838\u5BF9\uFF1A\u5199\u9519\u4E86\u8981\u5230\u53D1\u5E03\u65F6\u624D\u4F1A\u53D1\u73B0`
  ),
  unlistedAudienceHint: m(
    (p) => `List the account's follower tags in the config (accounts.${p.account}.tags), exactly as in the WeChat admin console.`,
    (p) => `\u5728\u914D\u7F6E\u7684 accounts.${p.account}.tags \u91CC\u5217\u51FA\u8BE5\u8D26\u53F7\u7684\u7C89\u4E1D\u6807\u7B7E\uFF08\u4E0E\u516C\u4F17\u53F7\u540E\u53F0\u7684\u5199\u6CD5\u4E00\u81F4\uFF09\u3002`
  ),
  audienceTags: m(
    (p) => `${p.s ? `Did you mean \`${p.s}\`? ` : ""}Follower tags of account \`${p.account}\`: ${p.list} (to send to every follower, write \`${p.all}\`).`,
    (p) => `${p.s ? `\u662F\u4E0D\u662F\u60F3\u5199 \`${p.s}\`\uFF1F` : ""}\u8D26\u53F7 \`${p.account}\` \u7684\u7C89\u4E1D\u6807\u7B7E\uFF1A${p.list.split(", ").join("\u3001")}\uFF08\u8981\u53D1\u7ED9\u6240\u6709\u7C89\u4E1D\uFF0C\u8BF7\u5199 \`${p.all}\`\uFF09\u3002`
  ),
  past: m(
    (p) => `Slot ${p.when} is in the past and the article was never sent`,
    (p) => `\u65F6\u6BB5 ${zhWhen(p.when)} \u5DF2\u7ECF\u8FC7\u53BB\uFF0C\u6587\u7AE0\u5374\u4ECE\u672A\u53D1\u51FA`
  ),
  pastHint: m(
    () => "Move the slot to a future time (the article will not be sent late).",
    () => "\u628A\u65F6\u6BB5\u6539\u5230\u5C06\u6765\uFF08\u6587\u7AE0\u4E0D\u4F1A\u8FDF\u53D1\uFF09\u3002"
  ),
  leadTime: m(
    (p) => `Slot ${p.when} is less than ${p.minutes} minutes away`,
    (p) => `\u65F6\u6BB5 ${zhWhen(p.when)} \u8DDD\u73B0\u5728\u4E0D\u5230 ${p.minutes} \u5206\u949F`
  ),
  leadTimeHint: m(
    () => "Leave time for review and the draft upload, or pick a later slot.",
    () => "\u7ED9\u5BA1\u7A3F\u548C\u4E0A\u4F20\u8349\u7A3F\u7559\u51FA\u65F6\u95F4\uFF0C\u6216\u9009\u4E00\u4E2A\u66F4\u665A\u7684\u65F6\u6BB5\u3002"
  ),
  farFuture: m(
    (p) => `Slot ${p.when} is more than ${p.days} days ahead`,
    (p) => `\u65F6\u6BB5 ${zhWhen(p.when)} \u5728 ${p.days} \u5929\u4E4B\u540E`
  ),
  farFutureHint: m(
    () => "Check the year of the slot.",
    () => "\u68C0\u67E5\u4E00\u4E0B\u65F6\u6BB5\u7684\u5E74\u4EFD\u3002"
  ),
  outsideWindow: m(
    (p) => `Slot ${p.when} (${p.local} local) is outside the preferred send windows ${p.windows}`,
    (p) => `\u65F6\u6BB5 ${zhWhen(p.when)}\uFF08\u672C\u5730 ${p.local}\uFF09\u4E0D\u5728\u63A8\u8350\u7684\u63A8\u9001\u7A97\u53E3 ${zhList(p.windows)} \u5185`
  ),
  outsideWindowHint: m(
    () => "Readers open \u516C\u4F17\u53F7 messages mostly in the morning and evening; move the slot into a window, or disable the rule.",
    () => "\u8BFB\u8005\u5927\u591A\u5728\u65E9\u665A\u6253\u5F00\u516C\u4F17\u53F7\u6D88\u606F\uFF1B\u628A\u65F6\u6BB5\u632A\u8FDB\u63A8\u9001\u7A97\u53E3\uFF0C\u6216\u5173\u95ED\u8FD9\u6761\u89C4\u5219\u3002"
  ),
  coverRatio: m(
    (p) => `Cover is ${p.w}\xD7${p.h} (${p.ratio}:1); as ${p.head ? "the head" : `article ${p.position}`} of its push it should be about ${p.head ? "2.35:1 (the head card is wide)" : "1:1 (non-head cards are square)"}`,
    (p) => `\u5C01\u9762\u662F ${p.w}\xD7${p.h}\uFF08${p.ratio}:1\uFF09\uFF1B\u4F5C\u4E3A\u63A8\u9001\u7684${p.head ? "\u5934\u6761" : `\u7B2C ${p.position} \u7BC7`}\uFF0C\u6BD4\u4F8B\u5E94\u63A5\u8FD1 ${p.head ? "2.35:1\uFF08\u5934\u6761\u5361\u7247\u662F\u5BBD\u56FE\uFF09" : "1:1\uFF08\u6B21\u6761\u5361\u7247\u662F\u65B9\u56FE\uFF09"}`
  ),
  coverRatioHint: m(
    () => "WeChat crops the cover; give it the right shape so nothing important is cut.",
    () => "\u5FAE\u4FE1\u4F1A\u88C1\u526A\u5C01\u9762\uFF1B\u7528\u5408\u9002\u7684\u6BD4\u4F8B\uFF0C\u514D\u5F97\u91CD\u8981\u5185\u5BB9\u88AB\u88C1\u6389\u3002"
  ),
  sameDay: m(
    (p) => `${p.n} pushes on ${p.date} (${p.zone}): also ${p.names}; a subscription account can mass-send once a day`,
    (p) => `${p.date}\uFF08${p.zone}\uFF09\u6709 ${p.n} \u6B21\u63A8\u9001\uFF0C\u53E6\u6709 ${zhList(p.names)}\uFF1B\u8BA2\u9605\u53F7\u6BCF\u5929\u53EA\u80FD\u7FA4\u53D1\u4E00\u6B21`
  ),
  sameDayHint: m(
    () => "Move one push to another day, or give the articles the same slot to send them as one message.",
    () => "\u628A\u5176\u4E2D\u4E00\u6B21\u63A8\u9001\u632A\u5230\u53E6\u4E00\u5929\uFF0C\u6216\u7ED9\u8FD9\u4E9B\u6587\u7AE0\u540C\u4E00\u4E2A\u65F6\u6BB5\uFF0C\u4F5C\u4E3A\u4E00\u6761\u6D88\u606F\u53D1\u51FA\u3002"
  ),
  monthlyLimit: m(
    (p) => `${p.n} pushes to ${p.audience} in ${p.month}; a service account (\u670D\u52A1\u53F7) reaches each follower at most 4 times a month`,
    (p) => `${p.month} \u5411 ${p.audience} \u63A8\u9001\u4E86 ${p.n} \u6B21\uFF1B\u670D\u52A1\u53F7\u6BCF\u6708\u6700\u591A\u89E6\u8FBE\u6BCF\u4F4D\u7C89\u4E1D 4 \u6B21`
  ),
  monthlyLimitHint: m(
    () => "Merge pushes or spread them over two months; followers past the limit do not receive the message.",
    () => "\u5408\u5E76\u63A8\u9001\u6216\u5206\u5230\u4E24\u4E2A\u6708\uFF1B\u8D85\u51FA\u4E0A\u9650\u7684\u7C89\u4E1D\u6536\u4E0D\u5230\u6D88\u606F\u3002"
  )
});

// src/i18n/messages/lint.ts
var CHAR_NAMES = {
  null: "\u7A7A\u5B57\u7B26",
  "vertical tab": "\u5782\u76F4\u5236\u8868\u7B26",
  "form feed": "\u6362\u9875\u7B26",
  escape: "\u8F6C\u4E49\u7B26",
  delete: "\u5220\u9664\u7B26",
  "zero-width space": "\u96F6\u5BBD\u7A7A\u683C",
  "zero-width non-joiner": "\u96F6\u5BBD\u4E0D\u8FDE\u5B57",
  "zero-width joiner": "\u96F6\u5BBD\u8FDE\u5B57",
  "line separator": "\u884C\u5206\u9694\u7B26",
  "paragraph separator": "\u6BB5\u843D\u5206\u9694\u7B26",
  "word joiner": "\u8BCD\u8FDE\u63A5\u7B26",
  "zero-width no-break space (BOM)": "\u96F6\u5BBD\u4E0D\u6362\u884C\u7A7A\u683C\uFF08BOM\uFF09",
  "control character": "\u63A7\u5236\u5B57\u7B26"
};
var FIELD_ZH = { title: "\u6807\u9898", digest: "\u6458\u8981", author: "\u4F5C\u8005", slogan: "\u7ED3\u675F\u8BED" };
var IN = {
  lint: [" in `lint:`", "\uFF08front-matter `lint:` \u4E2D\uFF09"],
  comment: [" in a disable comment", "\uFF08\u7981\u7528\u6CE8\u91CA\u4E2D\uFF09"],
  rules: [" in `rules`", "\uFF08\u914D\u7F6E `rules` \u4E2D\uFF09"],
  "": ["", ""]
};
var lintMessages = defineMessages("lint", {
  write: m(
    (p) => `Write \`${p.text}\`.`,
    (p) => `\u6539\u4E3A \`${p.text}\`\u3002`
  ),
  unknownRule: m(
    (p) => `Unknown lint rule \`${p.id}\`${IN[p.where]?.[0] ?? ""}`,
    (p) => `\u672A\u77E5\u7684\u89C4\u5219 \`${p.id}\`${IN[p.where]?.[1] ?? ""}`
  ),
  ruleCrashed: m(
    (p) => `Rule ${p.id} failed: ${p.error}`,
    (p) => `\u89C4\u5219 ${p.id} \u8FD0\u884C\u51FA\u9519\uFF1A${p.error}`
  ),
  ruleCrashedHint: m(
    () => "This is a bug in the rule; disable it in the config and report it.",
    () => "\u8FD9\u662F\u8BE5\u89C4\u5219\u7684\u7F3A\u9677\uFF1A\u8BF7\u5148\u5728\u914D\u7F6E\u4E2D\u5173\u95ED\u5B83\uFF0C\u5E76\u62A5\u544A\u95EE\u9898\u3002"
  ),
  unusedDisable: m(
    (p) => `Unused disable directive for ${p.rules || "all rules"}`,
    (p) => `\u7981\u7528\u6CE8\u91CA\u6CA1\u6709\u7528\u5904\uFF1A${p.rules || "\u6240\u6709\u89C4\u5219"}\u5728\u5B83\u8986\u76D6\u7684\u884C\u4E0A\u6CA1\u6709\u53D1\u73B0\u95EE\u9898`
  ),
  unusedDisableHint: m(
    () => "Remove the comment: nothing on the lines it covers is reported.",
    () => "\u5220\u6389\u8FD9\u6761\u6CE8\u91CA\uFF1A\u5B83\u8986\u76D6\u7684\u884C\u4E0A\u6CA1\u6709\u4EFB\u4F55\u95EE\u9898\u3002"
  ),
  phrase: m(
    (p) => `\`${p.phrase}\` should be \`${p.fixed}\``,
    (p) => `\`${p.phrase}\` \u5E94\u5199\u4F5C \`${p.fixed}\``
  ),
  spacingMissing: m(
    (p) => `Missing space between Chinese and Latin text or digits: \`${p.before}\``,
    (p) => `\u4E2D\u6587\u4E0E\u82F1\u6587\u3001\u6570\u5B57\u4E4B\u95F4\u7F3A\u5C11\u7A7A\u683C\uFF1A\`${p.before}\``
  ),
  spacingUnexpected: m(
    (p) => `Unexpected space between Chinese and Latin text or digits: \`${p.before}\``,
    (p) => `\u4E2D\u6587\u4E0E\u82F1\u6587\u3001\u6570\u5B57\u4E4B\u95F4\u591A\u4E86\u7A7A\u683C\uFF1A\`${p.before}\``
  ),
  spacingMark: m(
    (p) => `Missing space between Chinese text and \`${p.mark}\`: \`${p.before}\``,
    (p) => `\u4E2D\u6587\u4E0E \`${p.mark}\` \u4E4B\u95F4\u7F3A\u5C11\u7A7A\u683C\uFF1A\`${p.before}\``
  ),
  fullwidthAlnum: m(
    (p) => `Full-width letters or digits: \`${p.before}\``,
    (p) => `\u5168\u89D2\u5B57\u6BCD\u6216\u6570\u5B57\uFF1A\`${p.before}\``
  ),
  halfWidthPunct: m(
    (p) => `Half-width punctuation in a Chinese sentence: \`${p.before}\``,
    (p) => `\u4E2D\u6587\u53E5\u5B50\u91CC\u7528\u4E86\u534A\u89D2\u6807\u70B9\uFF1A\`${p.before}\``
  ),
  bracketsHalf: m(
    (p) => `Half-width brackets around Chinese text: \`${p.value}\``,
    (p) => `\u5305\u7740\u4E2D\u6587\u7684\u62EC\u53F7\u7528\u4E86\u534A\u89D2\uFF1A\`${p.value}\``
  ),
  bracketsUnspaced: m(
    (p) => `Half-width brackets without spaces outside: \`${p.value}\``,
    (p) => `\u534A\u89D2\u62EC\u53F7\u5916\u4FA7\u7F3A\u5C11\u7A7A\u683C\uFF1A\`${p.value}\``
  ),
  bracketsMismatched: m(
    (p) => `Mismatched brackets (one full-width, one half-width): \`${p.value}\``,
    (p) => `\u62EC\u53F7\u524D\u540E\u4E0D\u914D\u5957\uFF08\u4E00\u4E2A\u5168\u89D2\u3001\u4E00\u4E2A\u534A\u89D2\uFF09\uFF1A\`${p.value}\``
  ),
  bracketsMinority: m(
    (p) => `\`${p.value}\`: this file writes brackets around Chinese ${p.style === "full-width" ? "full-width `\uFF08\u2026\uFF09`" : "half-width with spaces ` (\u2026) `"}`,
    (p) => `\`${p.value}\`\uFF1A\u672C\u6587\u7684\u62EC\u53F7\u7EDF\u4E00\u7528${p.style === "full-width" ? "\u5168\u89D2 `\uFF08\u2026\uFF09`" : "\u5E26\u7A7A\u683C\u7684\u534A\u89D2 ` (\u2026) `"}`
  ),
  ellipsis: m(
    (p) => `\`${p.value}\` is not a Chinese ellipsis`,
    (p) => `\`${p.value}\` \u4E0D\u662F\u4E2D\u6587\u7701\u7565\u53F7`
  ),
  ellipsisTokenHint: m(
    () => "Write `\u2026\u2026`, or put the `...` in backticks if it is code.",
    () => "\u5199\u4F5C `\u2026\u2026`\uFF1B\u5982\u679C\u662F\u4EE3\u7801\uFF0C\u8BF7\u7528\u53CD\u5F15\u53F7\u62EC\u8D77 `...`\u3002"
  ),
  repeated: m(
    (p) => `Repeated punctuation \`${p.value}\``,
    (p) => `\u6807\u70B9\u91CD\u590D\uFF1A\`${p.value}\``
  ),
  spaceFullwidth: m(
    (p) => `Space next to full-width punctuation (${p.n} character${p.n > 1 ? "s" : ""})`,
    (p) => `\u5168\u89D2\u6807\u70B9\u65C1\u591A\u4E86 ${p.n} \u4E2A\u7A7A\u683C`
  ),
  removeSpace: m(
    () => "Remove the space.",
    () => "\u5220\u6389\u7A7A\u683C\u3002"
  ),
  productName: m(
    (p) => `\`${p.value}\` is spelled \`${p.right}\``,
    (p) => `\`${p.value}\` \u7684\u6B63\u786E\u5199\u6CD5\u662F \`${p.right}\``
  ),
  typo: m(
    (p) => `\`${p.wrong}\` is usually a typo for \`${p.right}\``,
    (p) => `\`${p.wrong}\` \u591A\u534A\u662F \`${p.right}\` \u7684\u9519\u522B\u5B57`
  ),
  quotesStraight: m(
    (p) => `Straight quotes around Chinese text: \`${p.value}\``,
    (p) => `\u5305\u7740\u4E2D\u6587\u7684\u5F15\u53F7\u7528\u4E86\u76F4\u5F15\u53F7\uFF1A\`${p.value}\``
  ),
  quotesMixed: m(
    (p) => `Two quote styles in one article: ${p.odd} here, ${p.other} ${p.n} time${p.n > 1 ? "s" : ""} elsewhere`,
    (p) => `\u4E00\u7BC7\u6587\u7AE0\u91CC\u6DF7\u7528\u4E86\u4E24\u79CD\u5F15\u53F7\uFF1A\u8FD9\u91CC\u7528${p.odd}\uFF0C\u522B\u5904\u7528\u4E86 ${p.n} \u6B21${p.other}`
  ),
  quotesMixedHint: m(
    (p) => `Use one style in the whole article, e.g. ${p.other} here too.`,
    (p) => `\u5168\u6587\u7EDF\u4E00\u7528\u4E00\u79CD\u5F15\u53F7\uFF0C\u6BD4\u5982\u8FD9\u91CC\u4E5F\u7528${p.other}\u3002`
  ),
  quotesUnpairable: m(
    (p) => {
      const unit = p.unit === "value" ? "value" : "paragraph";
      return p.why === "nested" ? `Ambiguous straight quotes: the straight quotes in one ${unit} look nested (a quote inside a quote), so they cannot be paired safely` : p.why === "marks" ? `Ambiguous straight quotes: a \`"\` after a digit (an inch or seconds mark?) or inside an HTML tag in one ${unit}, so the others cannot be paired safely` : `Unbalanced straight quotes: ${p.n} \`"\` in one ${unit}, so they cannot be paired`;
    },
    (p) => {
      const unit = p.unit === "value" ? "\u8FD9\u4E2A\u503C" : "\u8FD9\u4E00\u6BB5";
      return p.why === "nested" ? `\u76F4\u5F15\u53F7\u6709\u6B67\u4E49\uFF1A${unit}\u7684\u76F4\u5F15\u53F7\u50CF\u662F\u5D4C\u5957\u7684\uFF08\u5F15\u53F7\u91CC\u8FD8\u6709\u5F15\u53F7\uFF09\uFF0C\u65E0\u6CD5\u5B89\u5168\u914D\u5BF9` : p.why === "marks" ? `\u76F4\u5F15\u53F7\u6709\u6B67\u4E49\uFF1A${unit}\u6709\u6570\u5B57\u540E\u7684 \`"\`\uFF08\u82F1\u5BF8\u6216\u79D2\uFF1F\uFF09\u6216 HTML \u6807\u7B7E\u91CC\u7684\u5F15\u53F7\uFF0C\u5176\u4F59\u5F15\u53F7\u65E0\u6CD5\u5B89\u5168\u914D\u5BF9` : `\u76F4\u5F15\u53F7\u4E0D\u6210\u5BF9\uFF1A${unit}\u6709 ${p.n} \u4E2A \`"\`\uFF0C\u65E0\u6CD5\u914D\u5BF9`;
    }
  ),
  quotesHint: m(
    (p) => `Write the opening quote as \`${p.open}\` and the closing one as \`${p.close}\` by hand${p.nested ? ` (a quote inside a quote as \`${p.nested}\`)` : ""}${p.marks ? '; leave inch marks (`6.1"`) as they are' : ""}.`,
    (p) => `\u8BF7\u624B\u52A8\u628A\u524D\u5F15\u53F7\u6539\u4E3A \`${p.open}\`\u3001\u540E\u5F15\u53F7\u6539\u4E3A \`${p.close}\`${p.nested ? `\uFF08\u5F15\u53F7\u5185\u7684\u5F15\u53F7\u7528 \`${p.nested}\`\uFF09` : ""}${p.marks ? '\uFF1B\u82F1\u5BF8\u7B26\u53F7\uFF08`6.1"`\uFF09\u4FDD\u6301\u4E0D\u53D8' : ""}\u3002`
  ),
  invisible: m(
    (p) => `Invisible ${p.name} ${p.code}${p.times > 1 ? ` \xD7 ${p.times}` : ""} in the text`,
    (p) => `\u6B63\u6587\u91CC\u6709\u4E0D\u53EF\u89C1\u7684${CHAR_NAMES[p.name] ?? p.name} ${p.code}${p.times > 1 ? ` \xD7 ${p.times}` : ""}`
  ),
  invisibleMixed: m(
    (p) => `${p.n} invisible characters in the text (${p.codes})`,
    (p) => `\u6B63\u6587\u91CC\u6709 ${p.n} \u4E2A\u4E0D\u53EF\u89C1\u5B57\u7B26\uFF08${p.codes}\uFF09`
  ),
  invisibleHint: m(
    (p) => `Remove ${p.n > 1 ? "them: readers cannot see them, but they break" : "it: readers cannot see it, but it breaks"} search, copying and line wrapping (usually pasted from another app).`,
    () => "\u5220\u6389\u5B83\uFF1A\u8BFB\u8005\u770B\u4E0D\u89C1\uFF0C\u4F46\u4F1A\u5F71\u54CD\u641C\u7D22\u3001\u590D\u5236\u548C\u6362\u884C\uFF08\u591A\u534A\u662F\u4ECE\u522B\u7684\u5E94\u7528\u7C98\u8D34\u6765\u7684\uFF09\u3002"
  ),
  fixWithheld: m(
    (p) => `Not fixed automatically: the fixes would make \`${p.field}\` ${p.fixed} characters, over its limit of ${p.max}. Shorten it first, then ${p.text ? `write \`${p.text}\`` : "fix this by hand"}.`,
    (p) => {
      const name = FIELD_ZH[p.field] ?? `\`${p.field}\``;
      const then = p.text ? `\u518D\u6539\u4E3A \`${p.text}\`` : "\u518D\u624B\u52A8\u4FEE\u6539";
      return `\u81EA\u52A8\u4FEE\u6B63\u4F1A\u8BA9${name}\u8D85\u8FC7 ${p.max} \u4E2A\u5B57\u7B26\uFF08\u4FEE\u6B63\u540E ${p.fixed} \u4E2A\uFF09\uFF0C\u56E0\u6B64\u4E0D\u4F1A\u81EA\u52A8\u4FEE\u6B63\uFF1A\u8BF7\u5148\u7F29\u77ED${name}\uFF0C${then}\u3002`;
    }
  )
});

// src/i18n/messages/lint-rules.ts
var KIND = {
  bold: ["bold", "\u7C97\u4F53"],
  italic: ["italic", "\u659C\u4F53"],
  "bold italic": ["bold italic", "\u7C97\u659C\u4F53"]
};
var kind = (k, i) => KIND[k]?.[i] ?? k;
var WHERE = { title: "\u6807\u9898", digest: "\u6458\u8981", body: "\u6B63\u6587", slogan: "\u7ED3\u675F\u8BED" };
var lintRuleMessages = defineMessages("lintRules", {
  titleLength: m(
    (p) => `Title has ${p.n} characters; chat lists cut it after about ${p.max}`,
    (p) => `\u6807\u9898\u6709 ${p.n} \u4E2A\u5B57\u7B26\uFF0C\u804A\u5929\u5217\u8868\u91CC\u5927\u7EA6\u663E\u793A ${p.max} \u4E2A\u5C31\u4F1A\u622A\u65AD`
  ),
  titleLengthHint: m(
    (p) => `Put the key words in the first ${p.max} characters.`,
    (p) => `\u628A\u5173\u952E\u8BCD\u653E\u5728\u524D ${p.max} \u4E2A\u5B57\u7B26\u5185\u3002`
  ),
  titlePunct: m(
    (p) => `Title ${p.repeated ? "repeats punctuation" : "ends with a full stop"}: \`${p.value}\``,
    (p) => `${p.repeated ? "\u6807\u9898\u91CC\u6807\u70B9\u91CD\u590D" : "\u6807\u9898\u4EE5\u53E5\u53F7\u7ED3\u5C3E"}\uFF1A\`${p.value}\``
  ),
  titlePunctHint: m(
    () => "Keep at most one \uFF01 or \uFF1F, and no full stop at the end.",
    () => "\u6700\u591A\u4FDD\u7559\u4E00\u4E2A\uFF01\u6216\uFF1F\uFF0C\u7ED3\u5C3E\u4E0D\u7528\u53E5\u53F7\u3002"
  ),
  clickbait: m(
    (p) => `Clickbait wording in the ${p.where}: \`${p.value}\``,
    (p) => `${WHERE[p.where] ?? p.where}\u91CC\u6709\u6807\u9898\u515A\u7528\u8BED\uFF1A\`${p.value}\``
  ),
  clickbaitHint: m(
    () => "Say what the article is about; WeChat penalises \u6807\u9898\u515A.",
    () => "\u76F4\u63A5\u8BF4\u6E05\u6587\u7AE0\u8BB2\u4EC0\u4E48\uFF1B\u5FAE\u4FE1\u4F1A\u5904\u7F5A\u6807\u9898\u515A\u3002"
  ),
  absoluteTerm: m(
    (p) => `Absolute term \`${p.value}\` (restricted by the Advertising Law)`,
    (p) => `\u7EDD\u5BF9\u5316\u7528\u8BED \`${p.value}\`\uFF08\u300A\u5E7F\u544A\u6CD5\u300B\u9650\u5236\u4F7F\u7528\uFF09`
  ),
  absoluteHint: m(
    () => "Describe the concrete fact instead (\u300C\u641C\u7D22\u5FEB\u4E86 10 \u500D\u300D), or disable the rule for this file with a reason.",
    () => "\u6539\u4E3A\u9648\u8FF0\u5177\u4F53\u4E8B\u5B9E\uFF08\u5982\u300C\u641C\u7D22\u5FEB\u4E86 10 \u500D\u300D\uFF09\uFF0C\u6216\u6CE8\u660E\u7406\u7531\u540E\u4E3A\u672C\u6587\u5173\u95ED\u6B64\u89C4\u5219\u3002"
  ),
  wordCount: m(
    (p) => `${num(p.n)} \u5B57, about ${p.minutes} min to read`,
    (p) => `\u5171 ${num(p.n)} \u5B57\uFF0C\u9605\u8BFB\u7EA6\u9700 ${p.minutes} \u5206\u949F`
  ),
  wordsFew: m(
    (p) => `The body has ${p.n} \u5B57, fewer than ${p.min}`,
    (p) => `\u6B63\u6587\u53EA\u6709 ${p.n} \u5B57\uFF0C\u5C11\u4E8E ${p.min} \u5B57`
  ),
  wordsFewHint: m(
    () => "Short posts are often better as a message than an article; or lower the `min` of `length/word-count`.",
    () => "\u8FD9\u4E48\u77ED\u7684\u5185\u5BB9\u66F4\u9002\u5408\u53D1\u6D88\u606F\u800C\u4E0D\u662F\u6587\u7AE0\uFF1B\u6216\u8C03\u6574 `length/word-count` \u7684 min\u3002"
  ),
  wordsMany: m(
    (p) => `The body has ${num(p.n)} \u5B57, more than ${num(p.max)}`,
    (p) => `\u6B63\u6587\u6709 ${num(p.n)} \u5B57\uFF0C\u8D85\u8FC7 ${num(p.max)} \u5B57`
  ),
  wordsManyHint: m(
    () => "Consider splitting it into a series.",
    () => "\u53EF\u4EE5\u8003\u8651\u62C6\u6210\u7CFB\u5217\u6587\u7AE0\u3002"
  ),
  characterLimit: m(
    (p) => `The body has ${num(p.n)} characters; this site allows at most ${num(p.max)} (length/character-limit max)`,
    (p) => `\u6B63\u6587\u6709 ${num(p.n)} \u4E2A\u5B57\u7B26\uFF0C\u672C\u7AD9\u8BBE\u5B9A\u6700\u591A ${num(p.max)} \u4E2A\uFF08length/character-limit \u7684 max\uFF09`
  ),
  splitArticle: m(
    () => "Split the article.",
    () => "\u8BF7\u62C6\u5206\u6587\u7AE0\u3002"
  ),
  imageCount: m(
    (p) => `${p.n} images, more than ${p.max}`,
    (p) => `\u5171 ${p.n} \u5F20\u56FE\u7247\uFF0C\u8D85\u8FC7 ${p.max} \u5F20`
  ),
  imageCountHint: m(
    () => "Keep the images that carry the story.",
    () => "\u53EA\u4FDD\u7559\u5BF9\u5185\u5BB9\u6709\u5E2E\u52A9\u7684\u56FE\u7247\u3002"
  ),
  digestMissing: m(
    (p) => `No \`digest\`: WeChat will show the first 54 characters: ${p.preview}`,
    (p) => `\u6CA1\u6709 \`digest\`\uFF1A\u5FAE\u4FE1\u4F1A\u663E\u793A\u6B63\u6587\u524D 54 \u4E2A\u5B57\u7B26\uFF1A${p.preview}`
  ),
  digestMissingHint: m(
    () => "Add `digest:` with one sentence (\u2264 54 characters).",
    () => "\u52A0\u4E00\u884C `digest:`\uFF0C\u7528\u4E00\u53E5\u8BDD\u6982\u62EC\u5168\u6587\uFF08\u4E0D\u8D85\u8FC7 54 \u4E2A\u5B57\u7B26\uFF09\u3002"
  ),
  digestLength: m(
    (p) => `The digest has ${p.n} characters; the share card shows about ${p.max}`,
    (p) => `\u6458\u8981\u6709 ${p.n} \u4E2A\u5B57\u7B26\uFF0C\u5206\u4EAB\u5361\u7247\u4E0A\u5927\u7EA6\u53EA\u663E\u793A ${p.max} \u4E2A`
  ),
  digestLengthHint: m(
    (p) => `Say it in at most ${p.max} characters; WeChat's own limit is 120.`,
    (p) => `\u5C3D\u91CF\u63A7\u5236\u5728 ${p.max} \u4E2A\u5B57\u7B26\u5185\uFF1B\u5FAE\u4FE1\u672C\u8EAB\u7684\u4E0A\u9650\u662F 120\u3002`
  ),
  identifierEmphasis: m(
    (p) => `\`${p.source}\` is shown as ${kind(p.kind, 0)} \`${p.shown}\`: the underscores disappear`,
    (p) => `\`${p.source}\` \u4F1A\u663E\u793A\u6210${kind(p.kind, 1)}\u7684 \`${p.shown}\`\uFF0C\u4E0B\u5212\u7EBF\u4E0D\u89C1\u4E86`
  ),
  identifierEmphasisHint: m(
    (p) => `Write it as code (\`\` \`${p.source}\` \`\`), or escape the underscores (\`${p.escaped}\`).`,
    (p) => `\u5199\u6210\u4EE3\u7801\uFF08\`\` \`${p.source}\` \`\`\uFF09\uFF0C\u6216\u8F6C\u4E49\u4E0B\u5212\u7EBF\uFF08\`${p.escaped}\`\uFF09\u3002`
  ),
  intrawordEmphasis: m(
    (p) => `\`${p.marker}\` between letters or digits makes ${kind(p.kind, 0)} text, the asterisks disappear: \`${p.value}\``,
    (p) => `\u5B57\u6BCD\u6216\u6570\u5B57\u4E4B\u95F4\u7684 \`${p.marker}\` \u4F1A\u53D8\u6210${kind(p.kind, 1)}\uFF0C\u661F\u53F7\u4E0D\u89C1\u4E86\uFF1A\`${p.value}\``
  ),
  intrawordEmphasisHint: m(
    (p) => `Write the formula or identifier as code (${p.written ? `\`\` \`${p.written}\` \`\`` : "in backticks"}), or escape the asterisks (\`\\*\`).`,
    (p) => `\u628A\u516C\u5F0F\u6216\u6807\u8BC6\u7B26\u5199\u6210\u4EE3\u7801\uFF08${p.written ? `\`\` \`${p.written}\` \`\`` : "\u7528\u53CD\u5F15\u53F7\u62EC\u8D77"}\uFF09\uFF0C\u6216\u8F6C\u4E49\u661F\u53F7\uFF08\`\\*\`\uFF09\u3002`
  ),
  unparsedEmphasis: m(
    (p) => `\`${p.marker}\` is shown as literal text, not as ${kind(p.kind, 0)}: \`${p.value}\``,
    (p) => `\`${p.marker}\` \u4F1A\u539F\u6837\u663E\u793A\uFF0C\u4E0D\u4F1A\u53D8\u6210${kind(p.kind, 1)}\uFF1A\`${p.value}\``
  ),
  unparsedUnderscoreHint: m(
    (p) => `Underscores inside a word never make emphasis. If ${p.kind === "bold" ? "bold is" : p.kind === "italic" ? "italics are" : "bold italics is"} meant, write \`${p.star}\`; if they are meant literally, readers already see them: escape them (\`${p.escaped}\`) to keep this warning away.`,
    (p) => `\u8BCD\u5185\u7684\u4E0B\u5212\u7EBF\u4E0D\u4F1A\u53D8\u6210\u5F3A\u8C03\u3002\u60F3\u8981${kind(p.kind, 1)}\u5C31\u5199 \`${p.star}\`\uFF1B\u5982\u679C\u672C\u6765\u5C31\u8981\u663E\u793A\u4E0B\u5212\u7EBF\uFF0C\u8BF7\u8F6C\u4E49\uFF08\`${p.escaped}\`\uFF09\u4EE5\u6D88\u9664\u6B64\u8B66\u544A\u3002`
  ),
  unparsedAfterHint: m(
    (p) => `Markdown does not read \`${p.marker}\` here as emphasis; put a space after the closing \`${p.marker}\`, or write the text without \`${p.marker}\`.`,
    (p) => `Markdown \u4E0D\u4F1A\u628A\u8FD9\u91CC\u7684 \`${p.marker}\` \u5F53\u4F5C\u5F3A\u8C03\uFF1B\u5728\u540E\u4E00\u4E2A \`${p.marker}\` \u540E\u52A0\u7A7A\u683C\uFF0C\u6216\u53BB\u6389 \`${p.marker}\`\u3002`
  ),
  unparsedBeforeHint: m(
    (p) => `Markdown does not read \`${p.marker}\` here as emphasis; put a space before the opening \`${p.marker}\` (\`${p.spaced}\`), or write the text without \`${p.marker}\`.`,
    (p) => `Markdown \u4E0D\u4F1A\u628A\u8FD9\u91CC\u7684 \`${p.marker}\` \u5F53\u4F5C\u5F3A\u8C03\uFF1B\u5728\u524D\u4E00\u4E2A \`${p.marker}\` \u524D\u52A0\u7A7A\u683C\uFF08\`${p.spaced}\`\uFF09\uFF0C\u6216\u53BB\u6389 \`${p.marker}\`\u3002`
  )
});

// src/i18n/messages/plan.ts
var ZH_UNIT = { day: "\u5929", hour: "\u5C0F\u65F6", minute: "\u5206\u949F" };
var planMessages = defineMessages("plan", {
  relative: m(
    (p) => {
      if (p.unit === "now") return "now";
      const text = `${p.n} ${p.unit}${p.n === 1 ? "" : "s"}`;
      return p.when === "future" ? `in ${text}` : `${text} ago`;
    },
    (p) => p.unit === "now" ? "\u73B0\u5728" : `${p.n} ${ZH_UNIT[p.unit] ?? p.unit}${p.when === "future" ? "\u540E" : "\u524D"}`
  ),
  ok: m(
    () => "ok",
    () => "\u6B63\u5E38"
  ),
  blocked: m(
    () => "BLOCKED",
    () => "\u53D7\u963B"
  ),
  sent: m(
    () => "sent",
    () => "\u5DF2\u53D1\u9001"
  ),
  head: m(
    () => "head",
    () => "\u5934\u6761"
  ),
  blockedBy: m(
    (p) => `blocked by ${p.file}: ${p.message} (${p.ruleId})`,
    (p) => `\u53D7\u963B\uFF1A${p.file}\uFF1A${p.message}\uFF08${p.ruleId}\uFF09`
  ),
  /** `severity` already written in the locale; `n`: how many of the push's articles carry it. */
  finding: m(
    (p) => `${p.severity}: ${p.message} (${p.ruleId}${Number(p.n) > 1 ? `, ${p.n} articles` : ""})`,
    (p) => `${p.severity}\uFF1A${p.message}\uFF08${p.ruleId}${Number(p.n) > 1 ? `\uFF0C${p.n} \u7BC7\u6587\u7AE0` : ""}\uFF09`
  ),
  moreErrors: m(
    (p) => `\u2026 and ${p.n} more error(s); \`wxpress check\` lists them all`,
    (p) => `\u2026\u2026\u8FD8\u6709 ${p.n} \u4E2A\u9519\u8BEF\uFF1B\`wxpress check\` \u4F1A\u5168\u90E8\u5217\u51FA`
  ),
  calendarTitle: m(
    (p) => `Editorial calendar (${p.zone})`,
    (p) => `\u63A8\u9001\u65E5\u5386\uFF08${p.zone}\uFF09`
  ),
  calendarHeader: m(
    () => "| Date | Time | Audience | Mode | Articles (head first) | Status |",
    () => "| \u65E5\u671F | \u65F6\u95F4 | \u53D7\u4F17 | \u65B9\u5F0F | \u6587\u7AE0\uFF08\u5934\u6761\u5728\u524D\uFF09 | \u72B6\u6001 |"
  ),
  calendarBlocked: m(
    () => "\u26D4 blocked",
    () => "\u26D4 \u53D7\u963B"
  ),
  calendarSent: m(
    () => "\u{1F4E4} sent",
    () => "\u{1F4E4} \u5DF2\u53D1\u9001"
  ),
  unscheduled: m(
    (p) => `Unscheduled: ${p.slugs}`,
    (p) => `\u672A\u6392\u671F\uFF1A${p.slugs}`
  )
});
function relativeTime(epochMs, nowMs) {
  const diff = epochMs - nowMs;
  const abs = Math.abs(diff);
  const units = [
    [864e5, "day"],
    [36e5, "hour"],
    [6e4, "minute"]
  ];
  for (const [size, unit] of units) {
    if (abs >= size)
      return planMessages.msg.relative({
        n: Math.floor(abs / size),
        unit,
        when: diff >= 0 ? "future" : "past"
      });
  }
  return planMessages.msg.relative({ n: 0, unit: "now", when: "future" });
}

// src/i18n/messages/report.ts
var s = (n, word) => `${num(n)} ${word}${n === 1 ? "" : "s"}`;
var reportMessages = defineMessages("report", {
  hint: m(
    (p) => `hint: ${p.hint}`,
    (p) => `\u5EFA\u8BAE\uFF1A${p.hint}`
  ),
  totals: m(
    (p) => `${s(p.errors, "error")}, ${s(p.warnings, "warning")}${p.infos > 0 ? `, ${s(p.infos, "info")}` : ""} in ${s(p.files, "file")}`,
    (p) => `${num(p.files)} \u4E2A\u6587\u4EF6\uFF1A${num(p.errors)} \u4E2A\u9519\u8BEF\uFF0C${num(p.warnings)} \u4E2A\u8B66\u544A${p.infos > 0 ? `\uFF0C${num(p.infos)} \u6761\u63D0\u793A` : ""}`
  ),
  fixable: m(
    (p) => `${s(p.n, "finding")} can be fixed with \`wxpress check --fix\``,
    (p) => `\u5176\u4E2D ${num(p.n)} \u5904\u53EF\u7528 \`wxpress check --fix\` \u81EA\u52A8\u4FEE\u6B63`
  ),
  severityError: m(
    () => "error",
    () => "\u9519\u8BEF"
  ),
  severityWarning: m(
    () => "warning",
    () => "\u8B66\u544A"
  ),
  severityInfo: m(
    () => "info",
    () => "\u63D0\u793A"
  ),
  markdownHead: m(
    (p) => `**wxpress check**: ${p.errors} error(s), ${p.warnings} warning(s), ${p.infos} info(s) in ${p.files} file(s)`,
    (p) => `**wxpress \u68C0\u67E5**\uFF1A${p.files} \u4E2A\u6587\u4EF6\uFF0C${p.errors} \u4E2A\u9519\u8BEF\uFF0C${p.warnings} \u4E2A\u8B66\u544A\uFF0C${p.infos} \u6761\u63D0\u793A`
  ),
  markdownColumns: m(
    () => "| Line | Severity | Rule | Message |",
    () => "| \u4F4D\u7F6E | \u7EA7\u522B | \u89C4\u5219 | \u8BF4\u660E |"
  ),
  nothingToFix: m(
    () => "Nothing to fix.",
    () => "\u6CA1\u6709\u9700\u8981\u4FEE\u6B63\u7684\u5730\u65B9\u3002"
  ),
  fixesApplied: m(
    (p) => `Applied ${p.n} fix(es).`,
    (p) => `\u5DF2\u4FEE\u6B63 ${p.n} \u5904\u3002`
  ),
  fixesDryRun: m(
    (p) => `${p.n} fix(es) would be applied (dry run, nothing written).`,
    (p) => `\u5C06\u4FEE\u6B63 ${p.n} \u5904\uFF08\u8BD5\u8FD0\u884C\uFF0C\u672A\u5199\u5165\u6587\u4EF6\uFF09\u3002`
  ),
  noArticles: m(
    (p) => `No articles found in ${p.dir}/ (expected <slug>/index.md folders).`,
    (p) => `${p.dir}/ \u4E2D\u6CA1\u6709\u6587\u7AE0\uFF08\u5E94\u4E3A <slug>/index.md \u5F62\u5F0F\u7684\u6587\u4EF6\u5939\uFF09\u3002`
  ),
  noChanges: m(
    (p) => `No articles changed since ${p.ref}.`,
    (p) => `\u81EA ${p.ref} \u4EE5\u6765\u6CA1\u6709\u6587\u7AE0\u6539\u52A8\u3002`
  ),
  planTitle: m(
    (p) => `Push plan (${p.zone}), now ${p.now}`,
    (p) => `\u63A8\u9001\u8BA1\u5212\uFF08${p.zone}\uFF09\uFF0C\u5F53\u524D\u65F6\u95F4 ${p.now}`
  ),
  planEmpty: m(
    () => "No scheduled pushes.",
    () => "\u6CA1\u6709\u5DF2\u6392\u671F\u7684\u63A8\u9001\u3002"
  ),
  planUnscheduled: m(
    (p) => `Unscheduled (no valid slot): ${p.slugs}`,
    (p) => `\u672A\u6392\u671F\uFF08\u6CA1\u6709\u6709\u6548\u7684 slot\uFF09\uFF1A${p.slugs}`
  ),
  planTotals: m(
    (p) => `${p.pushes} push(es), ${p.blocked} blocked, ${p.unscheduled} unscheduled`,
    (p) => `\u5171 ${p.pushes} \u6B21\u63A8\u9001\uFF0C${p.blocked} \u6B21\u53D7\u963B\uFF0C${p.unscheduled} \u7BC7\u672A\u6392\u671F`
  )
});

// src/i18n/messages/render-reasons-zh.ts
var PHRASES2 = {
  "it holds a script URL": "\u5176\u4E2D\u542B\u6709\u811A\u672C\u7F51\u5740",
  "IE `expression()` runs script": "IE \u7684 `expression()` \u4F1A\u6267\u884C\u811A\u672C",
  "it binds a script to the element": "\u5B83\u628A\u811A\u672C\u7ED1\u5B9A\u5230\u5143\u7D20\u4E0A",
  "a remote image in a style is hot-linked: WeChat does not show it and it can track readers": "\u6837\u5F0F\u91CC\u7684\u8FDC\u7A0B\u56FE\u7247\u5C5E\u4E8E\u76D7\u94FE\uFF0C\u5FAE\u4FE1\u4E0D\u663E\u793A\uFF0C\u8FD8\u53EF\u80FD\u88AB\u7528\u6765\u8FFD\u8E2A\u8BFB\u8005",
  "WeChat does not show `data:` images embedded in a style": "\u5FAE\u4FE1\u4E0D\u663E\u793A\u5D4C\u5728\u6837\u5F0F\u91CC\u7684 `data:` \u56FE\u7247",
  "a style cannot load a local file in WeChat": "\u5728\u5FAE\u4FE1\u91CC\uFF0C\u6837\u5F0F\u65E0\u6CD5\u52A0\u8F7D\u672C\u5730\u6587\u4EF6",
  "drawing diagrams is turned off for this render": "\u672C\u6B21\u6E32\u67D3\u5173\u95ED\u4E86\u56FE\u8868\u7ED8\u5236",
  "not drawn during checks": "\u68C0\u67E5\u65F6\u4E0D\u7ED8\u5236",
  "no answer from mermaid": "mermaid \u6CA1\u6709\u8FD4\u56DE\u7ED3\u679C",
  "not a readable image (unknown or damaged format)": "\u4E0D\u662F\u53EF\u8BFB\u53D6\u7684\u56FE\u7247\uFF08\u683C\u5F0F\u672A\u77E5\u6216\u5DF2\u635F\u574F\uFF09",
  "a folder": "\u6587\u4EF6\u5939",
  "a named pipe (FIFO)": "\u547D\u540D\u7BA1\u9053\uFF08FIFO\uFF09",
  "a socket": "\u5957\u63A5\u5B57",
  "a device": "\u8BBE\u5907\u6587\u4EF6",
  "a symbolic link": "\u7B26\u53F7\u94FE\u63A5",
  "not a regular file": "\u975E\u666E\u901A\u6587\u4EF6"
};
var PATTERNS = [
  [/^the browser failed: (.*)$/s, (m2) => `\u6D4F\u89C8\u5668\u51FA\u9519\uFF1A${m2[1]}`],
  [
    /^no Chromium found \(looked at (.*)\); install it with `apt-get install -y chromium`$/s,
    (m2) => `\u627E\u4E0D\u5230 Chromium\uFF08\u67E5\u627E\u4E86 ${m2[1]}\uFF09\uFF1B\u8BF7\u7528 \`apt-get install -y chromium\` \u5B89\u88C5`
  ],
  [/^Chromium at (.*?) did not start: (.*)$/s, (m2) => `${m2[1]} \u5904\u7684 Chromium \u6CA1\u80FD\u542F\u52A8\uFF1A${m2[2]}`],
  [/^cannot be converted: (.*)$/s, (m2) => `\u65E0\u6CD5\u8F6C\u6362\uFF1A${m2[1]}`],
  [/^cannot be made smaller than (\d+) MB$/, (m2) => `\u65E0\u6CD5\u538B\u7F29\u5230 ${m2[1]} MB \u4EE5\u4E0B`],
  [
    /^(.*) → JPEG\/PNG ≤ 1 MB on render( \(first frame of an animation\))?$/s,
    (m2) => `${m2[1]} \u2192 JPEG/PNG \u2264 1 MB\uFF08\u5728\u6E32\u67D3\u548C\u53D1\u5E03\u65F6${m2[2] ? "\uFF0C\u53D6\u52A8\u753B\u7684\u7B2C\u4E00\u5E27" : ""}\uFF09`
  ],
  [/^(.*) \(first frame of an animation\)$/s, (m2) => `${reasonZh(m2[1])}\uFF08\u53D6\u52A8\u753B\u7684\u7B2C\u4E00\u5E27\uFF09`]
];
function reasonZh(english) {
  const exact = PHRASES2[english];
  if (exact) return exact;
  for (const [pattern, zh] of PATTERNS) {
    const match = pattern.exec(english);
    if (match) return zh(match);
  }
  return english;
}

// src/i18n/messages/render.ts
var renderMessages = defineMessages("render", {
  textTooLong: m(
    (p) => `The article has ${num(p.n)} characters of text; WeChat accepts fewer than ${num(p.max)}`,
    (p) => `\u6587\u7AE0\u6B63\u6587\u6709 ${num(p.n)} \u4E2A\u5B57\u7B26\uFF1B\u5FAE\u4FE1\u53EA\u63A5\u53D7\u5C11\u4E8E ${num(p.max)} \u4E2A\u5B57\u7B26\u7684\u6B63\u6587`
  ),
  splitArticle: m(
    () => "Split the article in two.",
    () => "\u628A\u6587\u7AE0\u62C6\u6210\u4E24\u7BC7\u3002"
  ),
  htmlTooLarge: m(
    (p) => `The rendered HTML has ${p.size}; WeChat accepts less than ${p.max}`,
    (p) => `\u6E32\u67D3\u51FA\u7684 HTML \u6709 ${p.size}\uFF1B\u5FAE\u4FE1\u53EA\u63A5\u53D7\u5C0F\u4E8E ${p.max} \u7684\u5185\u5BB9`
  ),
  htmlLong: m(
    (p) => `The rendered HTML has ${num(p.n)} characters (${p.size}); long content is slow to open and near what WeChat accepts`,
    (p) => `\u6E32\u67D3\u51FA\u7684 HTML \u6709 ${num(p.n)} \u4E2A\u5B57\u7B26\uFF08${p.size}\uFF09\uFF1B\u5185\u5BB9\u592A\u957F\u4F1A\u6253\u5F00\u5F88\u6162\uFF0C\u4E5F\u63A5\u8FD1\u5FAE\u4FE1\u7684\u4E0A\u9650`
  ),
  /** Shares in percent; `order`: the non-zero shares, biggest first (`styles,code`); see check-size. */
  sizeHint: m(
    (p) => `Of the HTML: ${sizeParts(p, "en") || "mostly text"}. A theme with fewer or shorter declarations, or fewer and shorter code blocks, makes it shorter.`,
    (p) => `HTML \u7684\u6784\u6210\uFF1A${sizeParts(p, "zh") || "\u4E3B\u8981\u662F\u6B63\u6587"}\u3002\u6362\u4E00\u4E2A\u6837\u5F0F\u58F0\u660E\u66F4\u5C11\u3001\u66F4\u77ED\u7684\u4E3B\u9898\uFF0C\u6216\u51CF\u5C11\u3001\u7F29\u77ED\u4EE3\u7801\u5757\uFF0C\u90FD\u80FD\u8BA9\u5B83\u53D8\u77ED\u3002`
  ),
  footnoteDuplicate: m(
    (p) => `Footnote \`[^${p.label}]\` is defined twice; only the first definition is shown`,
    (p) => `\u811A\u6CE8 \`[^${p.label}]\` \u5B9A\u4E49\u4E86\u4E24\u6B21\uFF1B\u53EA\u663E\u793A\u7B2C\u4E00\u4E2A\u5B9A\u4E49`
  ),
  footnoteDuplicateHint: m(
    (p) => `Delete one of the \`[^${p.label}]: \u2026\` lines, or give this one another label.`,
    (p) => `\u5220\u6389\u5176\u4E2D\u4E00\u884C \`[^${p.label}]: \u2026\`\uFF0C\u6216\u7ED9\u8FD9\u4E00\u6761\u6362\u4E2A\u6807\u7B7E\u3002`
  ),
  footnoteUndefined: m(
    (p) => `Footnote \`[^${p.label}]\` is referenced but never defined; it is shown as text`,
    (p) => `\u5F15\u7528\u4E86\u811A\u6CE8 \`[^${p.label}]\`\uFF0C\u4F46\u6CA1\u6709\u5B9A\u4E49\u5B83\uFF1B\u5B83\u4F1A\u6309\u539F\u6587\u663E\u793A`
  ),
  footnoteUndefinedHint: m(
    (p) => `Add a definition line \`[^${p.label}]: \u2026\` at the end of the article.`,
    (p) => `\u5728\u6587\u672B\u52A0\u4E00\u884C\u5B9A\u4E49 \`[^${p.label}]: \u2026\`\u3002`
  ),
  footnoteUnused: m(
    (p) => `Footnote \`[^${p.label}]\` is defined but never referenced`,
    (p) => `\u5B9A\u4E49\u4E86\u811A\u6CE8 \`[^${p.label}]\`\uFF0C\u4F46\u6B63\u6587\u6CA1\u6709\u5F15\u7528\u5B83`
  ),
  footnoteUnusedHint: m(
    () => "Reference it in the text with `[^label]`, or delete the definition.",
    () => "\u5728\u6B63\u6587\u91CC\u7528 `[^label]` \u5F15\u7528\u5B83\uFF0C\u6216\u5220\u6389\u8FD9\u6761\u5B9A\u4E49\u3002"
  ),
  emptyOutput: m(
    () => "The article renders to nothing a reader can see: it would be sent as an empty message",
    () => "\u6587\u7AE0\u6E32\u67D3\u540E\u6CA1\u6709\u4EFB\u4F55\u8BFB\u8005\u80FD\u770B\u5230\u7684\u5185\u5BB9\uFF1A\u53D1\u51FA\u53BB\u4F1A\u662F\u4E00\u6761\u7A7A\u6D88\u606F"
  ),
  emptyOutputHint: m(
    () => "Write the article text below the front-matter; `<style>`/`<script>`, link or footnote definitions, `---` and `&nbsp;` alone show nothing in WeChat.",
    () => "\u5728 front-matter \u4E0B\u9762\u5199\u6B63\u6587\uFF1B\u53EA\u6709 `<style>`/`<script>`\u3001\u94FE\u63A5\u6216\u811A\u6CE8\u5B9A\u4E49\u3001`---` \u548C `&nbsp;` \u7684\u8BDD\uFF0C\u5728\u5FAE\u4FE1\u91CC\u4EC0\u4E48\u4E5F\u663E\u793A\u4E0D\u51FA\u6765\u3002"
  ),
  tooDeep: m(
    (p) => `The article nests too deeply to render (${p.depth} levels here; at most ${p.max})`,
    (p) => `\u6587\u7AE0\u5D4C\u5957\u592A\u6DF1\uFF0C\u65E0\u6CD5\u6E32\u67D3\uFF08\u6B64\u5904 ${p.depth} \u5C42\uFF0C\u6700\u591A ${p.max} \u5C42\uFF09`
  ),
  tooDeepHint: m(
    () => "Flatten the nesting: emphasis markers, lists, quotes or HTML elements opened inside each other hundreds of times. The output shows the source as text.",
    () => "\u51CF\u5C11\u5D4C\u5957\uFF1A\u5F3A\u8C03\u6807\u8BB0\u3001\u5217\u8868\u3001\u5F15\u7528\u6216 HTML \u5143\u7D20\u5C42\u5C42\u5957\u4E86\u51E0\u767E\u5C42\u3002\u8F93\u51FA\u4F1A\u628A\u6E90\u6587\u6309\u539F\u6837\u663E\u793A\u3002"
  ),
  failed: m(
    (p) => `Rendering failed: ${p.error}`,
    (p) => `\u6E32\u67D3\u5931\u8D25\uFF1A${p.error}`
  ),
  failedHint: m(
    () => "A Markdown or theme plugin threw; run with the plugin removed to find it. The output shows the source as text.",
    () => "\u67D0\u4E2A Markdown \u6216\u4E3B\u9898\u63D2\u4EF6\u629B\u51FA\u4E86\u5F02\u5E38\uFF1B\u9010\u4E2A\u53BB\u6389\u63D2\u4EF6\u518D\u8FD0\u884C\uFF0C\u5C31\u80FD\u627E\u5230\u5B83\u3002\u8F93\u51FA\u4F1A\u628A\u6E90\u6587\u6309\u539F\u6837\u663E\u793A\u3002"
  ),
  fontAttribute: m(
    (p) => `\`<font ${p.key}="${p.value}">\` has no safe CSS equivalent and is removed`,
    (p) => `\`<font ${p.key}="${p.value}">\` \u6CA1\u6709\u5B89\u5168\u7684 CSS \u7B49\u4EF7\u5199\u6CD5\uFF0C\u5DF2\u5220\u9664`
  ),
  fontColorHint: m(
    () => 'Write the colour as `#ff0000`, `rgb(255,0,0)` or a name: `<span style="color:#c00">\u2026</span>`.',
    () => '\u989C\u8272\u5199\u6210 `#ff0000`\u3001`rgb(255,0,0)` \u6216\u989C\u8272\u540D\uFF1A`<span style="color:#c00">\u2026</span>`\u3002'
  ),
  fontSizeHint: m(
    () => 'Use a size from 1 to 7, or `<span style="font-size:18px">\u2026</span>`.',
    () => '\u5B57\u53F7\u7528 1 \u5230 7\uFF0C\u6216\u5199 `<span style="font-size:18px">\u2026</span>`\u3002'
  ),
  fontFaceHint: m(
    () => 'Name the fonts plainly (`face="\u6977\u4F53, serif"`), or leave the font to the theme.',
    () => '\u76F4\u63A5\u5199\u5B57\u4F53\u540D\uFF08`face="\u6977\u4F53, serif"`\uFF09\uFF0C\u6216\u8BA9\u4E3B\u9898\u51B3\u5B9A\u5B57\u4F53\u3002'
  ),
  h1: m(
    (p) => `Body heading \`# ${p.text}\` is a level-1 heading`,
    (p) => `\u6B63\u6587\u6807\u9898 \`# ${p.text}\` \u662F\u4E00\u7EA7\u6807\u9898`
  ),
  h1Hint: m(
    () => "The title comes from the front-matter; start body headings at `##`.",
    () => "\u6587\u7AE0\u6807\u9898\u53D6\u81EA front-matter\uFF1B\u6B63\u6587\u6807\u9898\u4ECE `##` \u5F00\u59CB\u3002"
  ),
  mermaidError: m(
    (p) => `Mermaid cannot draw this diagram: ${p.reason}`,
    (p) => `Mermaid \u753B\u4E0D\u51FA\u8FD9\u5F20\u56FE\uFF1A${p.reason}`
  ),
  mermaidErrorHint: m(
    () => "Fix the diagram source (see mermaid.js.org); until then readers see it as code.",
    () => "\u4FEE\u6B63\u56FE\u8868\u6E90\u7801\uFF08\u53C2\u89C1 mermaid.js.org\uFF09\uFF1B\u5728\u6B64\u4E4B\u524D\uFF0C\u8BFB\u8005\u770B\u5230\u7684\u662F\u4EE3\u7801\u3002"
  ),
  mermaidSkipped: m(
    (p) => `The mermaid diagram stays a code block: ${p.reason}`,
    (p) => `mermaid \u56FE\u8868\u4FDD\u6301\u4E3A\u4EE3\u7801\u5757\uFF1A${reasonZh(p.reason)}`
  ),
  mermaidSkippedHint: m(
    () => "Diagrams are drawn with Chromium (`apt-get install -y chromium`); readers see the code meanwhile.",
    () => "\u56FE\u8868\u7528 Chromium \u7ED8\u5236\uFF08`apt-get install -y chromium`\uFF09\uFF1B\u5728\u6B64\u4E4B\u524D\uFF0C\u8BFB\u8005\u770B\u5230\u7684\u662F\u4EE3\u7801\u3002"
  ),
  mathError: m(
    (p) => `The formula cannot be typeset: ${p.reason}`,
    (p) => `\u516C\u5F0F\u65E0\u6CD5\u6392\u7248\uFF1A${p.reason}`
  ),
  mathErrorHint: m(
    () => "Fix the TeX (MathJax syntax); until then readers see the formula as written.",
    () => "\u4FEE\u6B63 TeX\uFF08MathJax \u8BED\u6CD5\uFF09\uFF1B\u5728\u6B64\u4E4B\u524D\uFF0C\u8BFB\u8005\u770B\u5230\u7684\u662F\u516C\u5F0F\u539F\u6587\u3002"
  )
});
function sizeParts(p, lang) {
  const names = {
    styles: ["inline styles", "\u884C\u5185\u6837\u5F0F"],
    code: ["highlighted code", "\u9AD8\u4EAE\u4EE3\u7801"],
    svg: ["formulas and diagrams (SVG)", "\u516C\u5F0F\u548C\u56FE\u8868\uFF08SVG\uFF09"]
  };
  const i = lang === "en" ? 0 : 1;
  const parts = p.order.split(",").filter((k) => names[k]).map((k) => {
    const share = p[k];
    return lang === "en" ? `${names[k][i]} ${share} %` : `${names[k][i]}\u5360 ${share}%`;
  });
  if (p.images > 0) {
    parts.push(lang === "en" ? `${p.images} image${p.images === 1 ? "" : "s"}` : `${p.images} \u5F20\u56FE\u7247`);
  }
  return parts.join(lang === "en" ? ", " : "\uFF0C");
}

// src/i18n/messages/render-cli.ts
var renderCliMessages = defineMessages("renderCli", {
  helperFailed: m(
    (p) => `A helper thread failed: ${p.reason}`,
    (p) => `\u4E00\u4E2A\u8F85\u52A9\u7EBF\u7A0B\u51FA\u9519\uFF1A${p.reason}`
  ),
  helperFailedHint: m(
    () => "The main thread did its share: every result is complete, only slower. `--jobs 1` runs without helpers.",
    () => "\u4E3B\u7EBF\u7A0B\u63A5\u624B\u4E86\u5B83\u7684\u5DE5\u4F5C\uFF1A\u7ED3\u679C\u90FD\u662F\u5B8C\u6574\u7684\uFF0C\u53EA\u662F\u6162\u4E00\u4E9B\u3002`--jobs 1` \u53EF\u4EE5\u4E0D\u7528\u8F85\u52A9\u7EBF\u7A0B\u3002"
  ),
  renderedCount: m(
    (p) => `Rendered ${p.n} of ${p.of} article(s) into ${p.out}/`,
    (p) => `\u5DF2\u6E32\u67D3 ${p.n}/${p.of} \u7BC7\u6587\u7AE0\u5230 ${p.out}/`
  ),
  sizeLine: m(
    (p) => `${num(p.text)} characters of text, ${p.kb} KB of HTML`,
    (p) => `\u6B63\u6587 ${num(p.text)} \u4E2A\u5B57\u7B26\uFF0CHTML ${p.kb} KB`
  ),
  cannotCreate: m(
    (p) => `wxpress: cannot create ${p.out}: ${p.error}`,
    (p) => `wxpress\uFF1A\u65E0\u6CD5\u521B\u5EFA ${p.out}\uFF1A${p.error}`
  ),
  cannotWrite: m(
    (p) => `wxpress: cannot write into ${p.out}: ${p.error}`,
    (p) => `wxpress\uFF1A\u65E0\u6CD5\u5199\u5165 ${p.out}\uFF1A${p.error}`
  ),
  removedPages: m(
    (p) => `Removed ${p.n} page(s) of articles that no longer render: ${p.list}`,
    (p) => `\u5DF2\u5220\u9664 ${p.n} \u4E2A\u4E0D\u518D\u6E32\u67D3\u7684\u6587\u7AE0\u9875\u9762\uFF1A${p.list}`
  ),
  removedImages: m(
    (p) => `Removed ${p.n} stale image(s) from ${p.dir}/`,
    (p) => `\u5DF2\u4ECE ${p.dir}/ \u5220\u9664 ${p.n} \u5F20\u8FC7\u65F6\u7684\u56FE\u7247`
  ),
  overwrote: m(
    (p) => `Replaced \`${p.shown}\`, a file no earlier render wrote (it is not in ${p.out}/manifest.json)`,
    (p) => `\u8986\u76D6\u4E86 \`${p.shown}\`\uFF0C\u5B83\u4E0D\u662F\u4E4B\u524D\u7684\u6E32\u67D3\u5199\u51FA\u7684\u6587\u4EF6\uFF08\u4E0D\u5728 ${p.out}/manifest.json \u4E2D\uFF09`
  ),
  overwroteHint: m(
    (p) => `${p.slug ? `Article \`${p.slug}\` is rendered to ${p.shown}` : IMAGES_EN}; keep your own files in ${p.out}/ under other names, or render into a folder of their own. From now on the file is wxpress's: it is removed with the article.`,
    (p) => `${p.slug ? `\u6587\u7AE0 \`${p.slug}\` \u6E32\u67D3\u5230 ${p.shown}` : "wxpress \u6309\u5185\u5BB9\u54C8\u5E0C\u628A\u56FE\u7247\u5199\u5728 assets/ \u4E0B"}\uFF1B\u81EA\u5DF1\u7684\u6587\u4EF6\u8BF7\u5728 ${p.out}/ \u91CC\u6362\u4E2A\u540D\u5B57\uFF0C\u6216\u6E32\u67D3\u5230\u5355\u72EC\u7684\u6587\u4EF6\u5939\u3002\u4ECE\u73B0\u5728\u8D77\u8FD9\u4E2A\u6587\u4EF6\u5F52 wxpress \u7BA1\u7406\uFF1A\u5220\u9664\u6587\u7AE0\u65F6\u4F1A\u4E00\u5E76\u5220\u9664\u3002`
  )
});
var IMAGES_EN = "wxpress writes its images under assets/ by content hash";

// src/i18n/messages/render-html.ts
var renderHtmlMessages = defineMessages("renderHtml", {
  unsafeStyle: m(
    (p) => `\`${p.text}\` is removed from the inline style of \`<${p.tag}>\`: ${p.reason}`,
    (p) => `\u5DF2\u4ECE \`<${p.tag}>\` \u7684\u884C\u5185\u6837\u5F0F\u4E2D\u5220\u9664 \`${p.text}\`\uFF1A${reasonZh(p.reason)}`
  ),
  unsafeStyleScript: m(
    () => "Delete the declaration: WeChat never runs scripts in articles.",
    () => "\u5220\u6389\u8FD9\u6761\u58F0\u660E\uFF1A\u5FAE\u4FE1\u4ECE\u4E0D\u6267\u884C\u6587\u7AE0\u91CC\u7684\u811A\u672C\u3002"
  ),
  unsafeStyleRemote: m(
    () => "Delete the declaration; put images in the article with `![alt](file.png)`, or use an image uploaded to WeChat (`https://mmbiz.qpic.cn/\u2026`).",
    () => "\u5220\u6389\u8FD9\u6761\u58F0\u660E\uFF1B\u7528 `![alt](file.png)` \u5728\u6587\u7AE0\u91CC\u63D2\u5165\u56FE\u7247\uFF0C\u6216\u4F7F\u7528\u5DF2\u4E0A\u4F20\u5230\u5FAE\u4FE1\u7684\u56FE\u7247\uFF08`https://mmbiz.qpic.cn/\u2026`\uFF09\u3002"
  ),
  unsafeStyleData: m(
    () => "Delete the declaration; save the image as a file beside the article and put it in with `![alt](file.png)`.",
    () => "\u5220\u6389\u8FD9\u6761\u58F0\u660E\uFF1B\u628A\u56FE\u7247\u53E6\u5B58\u4E3A\u6587\u7AE0\u65C1\u8FB9\u7684\u6587\u4EF6\uFF0C\u518D\u7528 `![alt](file.png)` \u63D2\u5165\u3002"
  ),
  unsafeStyleLocal: m(
    () => "Delete the declaration; put images in the article with `![alt](file.png)`.",
    () => "\u5220\u6389\u8FD9\u6761\u58F0\u660E\uFF1B\u7528 `![alt](file.png)` \u5728\u6587\u7AE0\u91CC\u63D2\u5165\u56FE\u7247\u3002"
  ),
  unsupportedStyle: m(
    (p) => `WeChat drops \`${p.list}\` from inline styles`,
    (p) => `\u5FAE\u4FE1\u4F1A\u4ECE\u884C\u5185\u6837\u5F0F\u4E2D\u53BB\u6389 \`${p.list.split("`, `").join("`\u3001`")}\``
  ),
  unsupportedStyleHint: m(
    () => "Lay the content out without positioning, floats, transforms or animations.",
    () => "\u6392\u7248\u65F6\u4E0D\u8981\u7528\u5B9A\u4F4D\u3001\u6D6E\u52A8\u3001\u53D8\u6362\u6216\u52A8\u753B\u3002"
  ),
  javascriptUrl: m(
    (p) => `A \`javascript:\` link is never clickable and is removed: ${p.value}`,
    (p) => `\`javascript:\` \u94FE\u63A5\u6C38\u8FDC\u70B9\u4E0D\u5F00\uFF0C\u5DF2\u5220\u9664\uFF1A${p.value}`
  ),
  unsafeUrl: m(
    (p) => `A \`${p.scheme}:\` link is unsafe and is removed (its text is kept): ${p.value}`,
    (p) => `\`${p.scheme}:\` \u94FE\u63A5\u4E0D\u5B89\u5168\uFF0C\u5DF2\u5220\u9664\uFF08\u4FDD\u7559\u94FE\u63A5\u6587\u5B57\uFF09\uFF1A${p.value}`
  ),
  removeLink: m(
    () => "Remove the link.",
    () => "\u5220\u6389\u8FD9\u4E2A\u94FE\u63A5\u3002"
  ),
  unusableScheme: m(
    (p) => `A \`${p.scheme}:\` link cannot be opened from a WeChat article; it is removed (its text is kept): ${p.value}`,
    (p) => `\u5FAE\u4FE1\u6587\u7AE0\u91CC\u6253\u4E0D\u5F00 \`${p.scheme}:\` \u94FE\u63A5\uFF0C\u5DF2\u5220\u9664\uFF08\u4FDD\u7559\u94FE\u63A5\u6587\u5B57\uFF09\uFF1A${p.value}`
  ),
  unusableSchemeHint: m(
    () => "Link to an `https://` page instead, or write the address out as text.",
    () => "\u6539\u4E3A\u94FE\u63A5\u5230 `https://` \u9875\u9762\uFF0C\u6216\u628A\u5730\u5740\u76F4\u63A5\u5199\u6210\u6587\u5B57\u3002"
  ),
  noUrl: m(
    (p) => `Link \`${p.text}\` has no URL; only its text is shown`,
    (p) => `\u94FE\u63A5 \`${p.text}\` \u6CA1\u6709\u7F51\u5740\uFF1B\u53EA\u663E\u793A\u5B83\u7684\u6587\u5B57`
  ),
  noUrlHtmlHint: m(
    () => 'Put the URL in the tag (`<a href="https://\u2026">`), or remove the `<a>` tag.',
    () => '\u5728\u6807\u7B7E\u91CC\u5199\u4E0A\u7F51\u5740\uFF08`<a href="https://\u2026">`\uFF09\uFF0C\u6216\u53BB\u6389 `<a>` \u6807\u7B7E\u3002'
  ),
  noUrlHint: m(
    () => "Write the URL in the parentheses, or remove the brackets.",
    () => "\u5728\u5706\u62EC\u53F7\u91CC\u5199\u4E0A\u7F51\u5740\uFF0C\u6216\u53BB\u6389\u65B9\u62EC\u53F7\u3002"
  ),
  inPageLink: m(
    (p) => `In-page link \`${p.href}\` does not work in WeChat articles; only its text is shown`,
    (p) => `\u9875\u5185\u94FE\u63A5 \`${p.href}\` \u5728\u5FAE\u4FE1\u6587\u7AE0\u91CC\u4E0D\u8D77\u4F5C\u7528\uFF1B\u53EA\u663E\u793A\u5B83\u7684\u6587\u5B57`
  ),
  inPageLinkHint: m(
    () => "Refer to the section by its heading instead, or remove the link.",
    () => "\u6539\u4E3A\u7528\u5C0F\u6807\u9898\u6307\u660E\u662F\u54EA\u4E00\u8282\uFF0C\u6216\u5220\u6389\u94FE\u63A5\u3002"
  ),
  relativeLink: m(
    (p) => `Relative link \`${p.href}\` cannot be opened from a WeChat article; only its text is shown`,
    (p) => `\u5FAE\u4FE1\u6587\u7AE0\u91CC\u6253\u4E0D\u5F00\u76F8\u5BF9\u94FE\u63A5 \`${p.href}\`\uFF1B\u53EA\u663E\u793A\u5B83\u7684\u6587\u5B57`
  ),
  relativeLinkHint: m(
    () => "Link to the published article (`https://mp.weixin.qq.com/s/\u2026`) or to a full `https://` URL.",
    () => "\u94FE\u63A5\u5230\u5DF2\u53D1\u5E03\u7684\u6587\u7AE0\uFF08`https://mp.weixin.qq.com/s/\u2026`\uFF09\u6216\u5B8C\u6574\u7684 `https://` \u7F51\u5740\u3002"
  ),
  input: m(
    () => "`<input>` is removed: WeChat does not allow form fields in articles",
    () => "\u5DF2\u5220\u9664 `<input>`\uFF1A\u5FAE\u4FE1\u6587\u7AE0\u91CC\u4E0D\u5141\u8BB8\u8868\u5355\u63A7\u4EF6"
  ),
  removeFromMarkdown: m(
    () => "Remove it from the Markdown.",
    () => "\u628A\u5B83\u4ECE Markdown \u91CC\u5220\u6389\u3002"
  ),
  element: m(
    (p) => `\`<${p.tag}>\` is removed: WeChat does not allow it in articles`,
    (p) => `\u5DF2\u5220\u9664 \`<${p.tag}>\`\uFF1A\u5FAE\u4FE1\u6587\u7AE0\u91CC\u4E0D\u5141\u8BB8\u4F7F\u7528\u5B83`
  ),
  iframeHint: m(
    () => "Link to the page instead, or insert the video at mp.weixin.qq.com after the draft is created.",
    () => "\u6539\u4E3A\u94FE\u63A5\u5230\u8BE5\u9875\u9762\uFF0C\u6216\u5728\u8349\u7A3F\u521B\u5EFA\u540E\u5230\u516C\u4F17\u53F7\u540E\u53F0\u63D2\u5165\u89C6\u9891\u3002"
  ),
  videoHint: m(
    () => "Delete the tag, and after the draft is created insert the video at mp.weixin.qq.com (WeChat plays only videos inserted in its editor).",
    () => "\u5220\u6389\u8FD9\u4E2A\u6807\u7B7E\uFF0C\u8349\u7A3F\u521B\u5EFA\u540E\u5230\u516C\u4F17\u53F7\u540E\u53F0\u63D2\u5165\u89C6\u9891\uFF08\u5FAE\u4FE1\u53EA\u64AD\u653E\u5728\u7F16\u8F91\u5668\u91CC\u63D2\u5165\u7684\u89C6\u9891\uFF09\u3002"
  ),
  audioHint: m(
    () => "Delete the tag, and after the draft is created insert the audio at mp.weixin.qq.com (WeChat plays only audio inserted in its editor).",
    () => "\u5220\u6389\u8FD9\u4E2A\u6807\u7B7E\uFF0C\u8349\u7A3F\u521B\u5EFA\u540E\u5230\u516C\u4F17\u53F7\u540E\u53F0\u63D2\u5165\u97F3\u9891\uFF08\u5FAE\u4FE1\u53EA\u64AD\u653E\u5728\u7F16\u8F91\u5668\u91CC\u63D2\u5165\u7684\u97F3\u9891\uFF09\u3002"
  ),
  eventHandler: m(
    (p) => `Event handler \`${p.key}\` on \`<${p.tag}>\` is removed`,
    (p) => `\u5DF2\u5220\u9664 \`<${p.tag}>\` \u4E0A\u7684\u4E8B\u4EF6\u5904\u7406\u5C5E\u6027 \`${p.key}\``
  ),
  eventHandlerHint: m(
    () => "WeChat removes scripts; delete the attribute.",
    () => "\u5FAE\u4FE1\u4F1A\u53BB\u6389\u811A\u672C\uFF1B\u5220\u6389\u8FD9\u4E2A\u5C5E\u6027\u3002"
  ),
  math: m(
    () => "Inline `<math>` (MathML) is removed",
    () => "\u5DF2\u5220\u9664\u5185\u8054\u7684 `<math>`\uFF08MathML\uFF09"
  ),
  mathHint: m(
    () => "Write the formula in TeX between `$\u2026$` or `$$\u2026$$`: it is rendered as SVG.",
    () => "\u7528 TeX \u628A\u516C\u5F0F\u5199\u5728 `$\u2026$` \u6216 `$$\u2026$$` \u4E4B\u95F4\uFF1A\u5B83\u4F1A\u6E32\u67D3\u6210 SVG\u3002"
  ),
  srcset: m(
    () => "`srcset` on `<img>` is removed: WeChat shows the `src` image only",
    () => "\u5DF2\u5220\u9664 `<img>` \u4E0A\u7684 `srcset`\uFF1A\u5FAE\u4FE1\u53EA\u663E\u793A `src` \u6307\u5B9A\u7684\u56FE\u7247"
  ),
  srcsetHint: m(
    () => "Delete the attribute; `src` is the image that is uploaded.",
    () => "\u5220\u6389\u8FD9\u4E2A\u5C5E\u6027\uFF1B\u4E0A\u4F20\u7684\u662F `src` \u6307\u5B9A\u7684\u56FE\u7247\u3002"
  ),
  svgReference: m(
    (p) => `\`${p.key}\` on SVG \`<${p.tag}>\` is removed: WeChat strips ids, so an SVG cannot refer to anything`,
    (p) => `\u5DF2\u5220\u9664 SVG \`<${p.tag}>\` \u4E0A\u7684 \`${p.key}\`\uFF1A\u5FAE\u4FE1\u4F1A\u53BB\u6389 id\uFF0CSVG \u65E0\u6CD5\u5F15\u7528\u4EFB\u4F55\u4E1C\u897F`
  ),
  svgReferenceHint: m(
    () => "Draw the shape with its own fill and stroke; no references or links.",
    () => "\u56FE\u5F62\u76F4\u63A5\u5199\u81EA\u5DF1\u7684\u586B\u5145\u548C\u63CF\u8FB9\uFF1B\u4E0D\u8981\u7528\u5F15\u7528\u6216\u94FE\u63A5\u3002"
  ),
  svgElement: m(
    (p) => `\`<${p.tag}>\` is removed from an inline SVG: only shapes and text are kept (WeChat strips ids, scripts and styles)`,
    (p) => `\u5DF2\u4ECE\u5185\u8054 SVG \u4E2D\u5220\u9664 \`<${p.tag}>\`\uFF1A\u53EA\u4FDD\u7559\u56FE\u5F62\u548C\u6587\u5B57\uFF08\u5FAE\u4FE1\u4F1A\u53BB\u6389 id\u3001\u811A\u672C\u548C\u6837\u5F0F\uFF09`
  ),
  svgElementHint: m(
    () => "Keep the SVG self-contained: paths, shapes and text with their own attributes, no <use>, <defs>, <style>, <foreignObject> or <image>.",
    () => "\u8BA9 SVG \u81EA\u6210\u4E00\u4F53\uFF1A\u8DEF\u5F84\u3001\u56FE\u5F62\u548C\u6587\u5B57\u90FD\u5E26\u4E0A\u81EA\u5DF1\u7684\u5C5E\u6027\uFF0C\u4E0D\u8981\u7528 <use>\u3001<defs>\u3001<style>\u3001<foreignObject> \u6216 <image>\u3002"
  )
});

// src/i18n/messages/render-images.ts
var later = (note) => String(note).includes(" on render");
var renderImageMessages = defineMessages("renderImage", {
  httpsOnly: m(
    (p) => `Only \`https://\` images can be fetched: ${p.ref}`,
    (p) => `\u53EA\u80FD\u83B7\u53D6 \`https://\` \u56FE\u7247\uFF1A${p.ref}`
  ),
  useLocalOrHttps: m(
    () => "Copy the image into the article folder and use a relative path (`images/photo.png`), or an `https://` URL.",
    () => "\u628A\u56FE\u7247\u590D\u5236\u5230\u6587\u7AE0\u6587\u4EF6\u5939\u91CC\uFF0C\u7528\u76F8\u5BF9\u8DEF\u5F84\uFF08`images/photo.png`\uFF09\u5F15\u7528\uFF0C\u6216\u6539\u7528 `https://` \u7F51\u5740\u3002"
  ),
  remoteUnavailable: m(
    (p) => `Remote image cannot be fetched (${p.error}): ${p.ref}`,
    (p) => `\u65E0\u6CD5\u83B7\u53D6\u8FDC\u7A0B\u56FE\u7247\uFF08${p.error}\uFF09\uFF1A${p.ref}`
  ),
  remoteUnavailableHint: m(
    () => "WeChat never shows hot-linked images: download it into the article folder and reference it by path.",
    () => "\u5FAE\u4FE1\u4ECE\u4E0D\u663E\u793A\u76D7\u94FE\u56FE\u7247\uFF1A\u628A\u5B83\u4E0B\u8F7D\u5230\u6587\u7AE0\u6587\u4EF6\u5939\u91CC\uFF0C\u6309\u8DEF\u5F84\u5F15\u7528\u3002"
  ),
  dataUri: m(
    () => "Inline `data:` images cannot be uploaded",
    () => "\u5185\u8054\u7684 `data:` \u56FE\u7247\u65E0\u6CD5\u4E0A\u4F20"
  ),
  dataUriHint: m(
    () => "Save the image as a file beside the article.",
    () => "\u628A\u56FE\u7247\u53E6\u5B58\u4E3A\u6587\u7AE0\u65C1\u8FB9\u7684\u6587\u4EF6\u3002"
  ),
  dataUriPathHint: m(
    () => "Save the image as a file beside the article and reference it by a relative path.",
    () => "\u628A\u56FE\u7247\u53E6\u5B58\u4E3A\u6587\u7AE0\u65C1\u8FB9\u7684\u6587\u4EF6\uFF0C\u7528\u76F8\u5BF9\u8DEF\u5F84\u5F15\u7528\u3002"
  ),
  outside: m(
    (p) => `Image path points outside the article folder: ${p.ref}`,
    (p) => `\u56FE\u7247\u8DEF\u5F84\u6307\u5411\u4E86\u6587\u7AE0\u6587\u4EF6\u5939\u4E4B\u5916\uFF1A${p.ref}`
  ),
  outsideHint: m(
    () => "Keep images inside the article folder and use a relative path such as `images/photo.jpg`.",
    () => "\u628A\u56FE\u7247\u653E\u5728\u6587\u7AE0\u6587\u4EF6\u5939\u91CC\uFF0C\u7528\u76F8\u5BF9\u8DEF\u5F84\u5F15\u7528\uFF0C\u4F8B\u5982 `images/photo.jpg`\u3002"
  ),
  link: m(
    (p) => `Image links to a file outside the article folder: ${p.ref}`,
    (p) => `\u56FE\u7247\u94FE\u63A5\u5230\u4E86\u6587\u7AE0\u6587\u4EF6\u5939\u4E4B\u5916\u7684\u6587\u4EF6\uFF1A${p.ref}`
  ),
  linkHint: m(
    () => "Replace the symbolic link with a copy of the image.",
    () => "\u7528\u56FE\u7247\u7684\u526F\u672C\u66FF\u6362\u8FD9\u4E2A\u7B26\u53F7\u94FE\u63A5\u3002"
  ),
  notRegular: m(
    (p) => `Image is ${p.type}, not an image file: ${p.ref}`,
    (p) => `\u56FE\u7247\u8DEF\u5F84\u662F${reasonZh(p.type)}\uFF0C\u4E0D\u662F\u56FE\u7247\u6587\u4EF6\uFF1A${p.ref}`
  ),
  notRegularHint: m(
    () => "Put a JPEG or PNG file at this path.",
    () => "\u5728\u8FD9\u4E2A\u8DEF\u5F84\u653E\u4E00\u4E2A JPEG \u6216 PNG \u6587\u4EF6\u3002"
  ),
  missing: m(
    (p) => `Image not found: ${p.ref}`,
    (p) => `\u627E\u4E0D\u5230\u56FE\u7247\uFF1A${p.ref}`
  ),
  missingHint: m(
    (p) => `Add the file at ${p.source} or fix the path (relative to the article folder)${p.encoded ? `; it is written percent-encoded as \`${p.encoded}\`` : ""}.`,
    (p) => `\u5728 ${p.source} \u653E\u597D\u6587\u4EF6\uFF0C\u6216\u6539\u6B63\u8DEF\u5F84\uFF08\u8DEF\u5F84\u76F8\u5BF9\u4E8E\u6587\u7AE0\u6587\u4EF6\u5939\uFF09${p.encoded ? `\uFF1B\u5B83\u4EE5\u767E\u5206\u53F7\u7F16\u7801\u5199\u6210\u4E86 \`${p.encoded}\`` : ""}\u3002`
  ),
  unusable: m(
    (p) => `Image ${p.ref} is ${p.reason}`,
    (p) => `\u56FE\u7247 ${p.ref} ${reasonZh(p.reason)}`
  ),
  unusableHint: m(
    () => "Export it as JPEG or PNG under 1 MB.",
    () => "\u8BF7\u5BFC\u51FA\u4E3A 1 MB \u4EE5\u5185\u7684 JPEG \u6216 PNG\u3002"
  ),
  truncated: m(
    (p) => `Image ${p.ref} is incomplete: the ${p.format} file (${p.size} bytes) is cut off before its end`,
    (p) => `\u56FE\u7247 ${p.ref} \u4E0D\u5B8C\u6574\uFF1A\u8FD9\u4E2A ${p.format} \u6587\u4EF6\uFF08${p.size} \u5B57\u8282\uFF09\u5728\u7ED3\u5C3E\u4E4B\u524D\u5C31\u65AD\u4E86`
  ),
  truncatedHint: m(
    () => "The image file is incomplete (perhaps a download or copy was interrupted): export or download it again.",
    () => "\u56FE\u7247\u6587\u4EF6\u4E0D\u5B8C\u6574\uFF08\u53EF\u80FD\u4E0B\u8F7D\u6216\u590D\u5236\u4E2D\u65AD\uFF09\uFF1A\u91CD\u65B0\u5BFC\u51FA\u6216\u91CD\u65B0\u4E0B\u8F7D\u8FD9\u5F20\u56FE\u7247\u3002"
  ),
  converted: m(
    (p) => later(p.note) ? `Image ${p.ref} will be converted for WeChat: ${p.note}` : `Image ${p.ref} converted for WeChat: ${p.note || "JPEG/PNG \u2264 1 MB"}`,
    (p) => later(p.note) ? `\u56FE\u7247 ${p.ref} \u5C06\u4E3A\u5FAE\u4FE1\u8F6C\u6362\uFF1A${reasonZh(p.note)}` : `\u56FE\u7247 ${p.ref} \u5DF2\u4E3A\u5FAE\u4FE1\u8F6C\u6362\uFF1A${p.note ? reasonZh(p.note) : "JPEG/PNG \u2264 1 MB"}`
  ),
  convertedHint: m(
    () => "Commit a JPEG or PNG under 1 MB to skip the conversion.",
    () => "\u63D0\u4EA4 1 MB \u4EE5\u5185\u7684 JPEG \u6216 PNG\uFF0C\u5C31\u4E0D\u5FC5\u8F6C\u6362\u3002"
  ),
  spaceInPath: m(
    (p) => `Image path \`${p.target}\` has a space, so Markdown shows \`${p.text}\` as text`,
    (p) => `\u56FE\u7247\u8DEF\u5F84 \`${p.target}\` \u542B\u6709\u7A7A\u683C\uFF0CMarkdown \u4F1A\u628A \`${p.text}\` \u5F53\u4F5C\u666E\u901A\u6587\u5B57\u663E\u793A`
  ),
  spaceInPathHint: m(
    (p) => `Write \`${p.angle}\` or \`${p.encoded}\`${p.remote ? "" : ", or rename the file without spaces"}.`,
    (p) => `\u5199\u6210 \`${p.angle}\` \u6216 \`${p.encoded}\`${p.remote ? "" : "\uFF0C\u6216\u628A\u6587\u4EF6\u6539\u6210\u4E0D\u5E26\u7A7A\u683C\u7684\u540D\u5B57"}\u3002`
  ),
  missingAlt: m(
    (p) => `Image ${p.src || "(no src)"} has no alt text`,
    (p) => `\u56FE\u7247 ${p.src || "\uFF08\u65E0 src\uFF09"} \u6CA1\u6709\u66FF\u4EE3\u6587\u5B57`
  ),
  missingAltHint: m(
    () => "Describe the image in the brackets: `![\u4E00\u7897\u70ED\u6C64\u9762](images/noodles.jpg)`.",
    () => "\u5728\u65B9\u62EC\u53F7\u91CC\u63CF\u8FF0\u56FE\u7247\uFF1A`![\u4E00\u7897\u70ED\u6C64\u9762](images/noodles.jpg)`\u3002"
  ),
  missingSrc: m(
    () => "Image has no source; readers would see a placeholder",
    () => "\u56FE\u7247\u6CA1\u6709\u6765\u6E90\uFF1B\u8BFB\u8005\u53EA\u4F1A\u770B\u5230\u4E00\u4E2A\u5360\u4F4D\u6846"
  ),
  missingSrcHint: m(
    () => 'Give the image file: `![\u63CF\u8FF0](images/photo.jpg)` or `<img src="images/photo.jpg" alt="\u63CF\u8FF0">`.',
    () => '\u5199\u4E0A\u56FE\u7247\u6587\u4EF6\uFF1A`![\u63CF\u8FF0](images/photo.jpg)` \u6216 `<img src="images/photo.jpg" alt="\u63CF\u8FF0">`\u3002'
  ),
  windowsPath: m(
    (p) => `Image path \`${p.src}\` is an absolute Windows path; it cannot be uploaded`,
    (p) => `\u56FE\u7247\u8DEF\u5F84 \`${p.src}\` \u662F Windows \u7EDD\u5BF9\u8DEF\u5F84\uFF0C\u65E0\u6CD5\u4E0A\u4F20`
  ),
  unsupportedScheme: m(
    (p) => `\`${p.scheme}:\` images cannot be uploaded to WeChat: ${p.src}`,
    (p) => `\`${p.scheme}:\` \u56FE\u7247\u65E0\u6CD5\u4E0A\u4F20\u5230\u5FAE\u4FE1\uFF1A${p.src}`
  )
});

// src/i18n/messages/theme.ts
var themeMessages = defineMessages("theme", {
  notFound: m(
    (p) => `Theme \`${p.id}\` not found`,
    (p) => `\u627E\u4E0D\u5230\u4E3B\u9898 \`${p.id}\``
  ),
  notFoundHint: m(
    () => "Fix `theme` in the front-matter or the config.",
    () => "\u8BF7\u6539\u6B63 front-matter \u6216\u914D\u7F6E\u91CC\u7684 `theme`\u3002"
  ),
  available: m(
    (p) => `${p.s ? `Did you mean \`${p.s}\`? ` : ""}Available themes: ${p.list}.`,
    (p) => `${p.s ? `\u662F\u4E0D\u662F\u60F3\u5199 \`${p.s}\`\uFF1F` : ""}\u53EF\u7528\u7684\u4E3B\u9898\uFF1A${p.list}\u3002`
  ),
  /** The CLI's `--theme` hint (no final full stop, as before). */
  availableFlag: m(
    (p) => `${p.s ? `Did you mean \`${p.s}\`? ` : ""}Available themes: ${p.list}`,
    (p) => `${p.s ? `\u662F\u4E0D\u662F\u60F3\u5199 \`${p.s}\`\uFF1F` : ""}\u53EF\u7528\u7684\u4E3B\u9898\uFF1A${p.list}`
  ),
  metaJson: m(
    (p) => `theme.json is not valid JSON: ${p.error}`,
    (p) => `theme.json \u4E0D\u662F\u5408\u6CD5\u7684 JSON\uFF1A${p.error}`
  ),
  metaJsonHint: m(
    () => "Fix the JSON syntax.",
    () => "\u8BF7\u6539\u6B63 JSON \u8BED\u6CD5\u3002"
  ),
  metaField: m(
    (p) => `theme.json \`${p.path}\` ${p.problem}`,
    (p) => `theme.json \u7684 \`${p.path}\` \u4E0D\u7B26\u5408\u8981\u6C42\uFF1A${p.problem}`
  ),
  seeThemesDoc: m(
    () => "See docs/themes.md.",
    () => "\u53C2\u89C1 docs/themes.md\u3002"
  ),
  fileOutside: m(
    (p) => `Theme file links to a file outside the site; it is not read: ${p.name}`,
    (p) => `\u4E3B\u9898\u6587\u4EF6\u94FE\u63A5\u5230\u4E86\u7AD9\u70B9\u4E4B\u5916\u7684\u6587\u4EF6\uFF0C\u4E0D\u4F1A\u8BFB\u53D6\uFF1A${p.name}`
  ),
  fileOutsideHint: m(
    () => "Replace the symbolic link with the file itself.",
    () => "\u7528\u6587\u4EF6\u672C\u8EAB\u66FF\u6362\u8FD9\u4E2A\u7B26\u53F7\u94FE\u63A5\u3002"
  ),
  fileNotRegular: m(
    (p) => `Theme file is ${p.type}, not a regular file; it is not read: ${p.name}`,
    (p) => `\u4E3B\u9898\u6587\u4EF6\u662F${reasonZh(p.type)}\uFF0C\u4E0D\u662F\u666E\u901A\u6587\u4EF6\uFF0C\u4E0D\u4F1A\u8BFB\u53D6\uFF1A${p.name}`
  ),
  fileNotRegularHint: m(
    () => "Put a regular file at this path.",
    () => "\u5728\u8FD9\u4E2A\u8DEF\u5F84\u653E\u4E00\u4E2A\u666E\u901A\u6587\u4EF6\u3002"
  ),
  cssSyntax: m(
    (p) => `Theme CSS does not parse: ${p.error}`,
    (p) => `\u4E3B\u9898 CSS \u65E0\u6CD5\u89E3\u6790\uFF1A${p.error}`
  ),
  cssSyntaxHint: m(
    () => "Fix the CSS syntax; until then the theme is not applied.",
    () => "\u8BF7\u6539\u6B63 CSS \u8BED\u6CD5\uFF1B\u5728\u6B64\u4E4B\u524D\u4E0D\u4F1A\u5E94\u7528\u8FD9\u4E2A\u4E3B\u9898\u3002"
  ),
  atRule: m(
    (p) => `\`@${p.name}\` cannot be inlined into WeChat and is dropped`,
    (p) => `\`@${p.name}\` \u65E0\u6CD5\u5185\u8054\u5230\u5FAE\u4FE1\u6587\u7AE0\u91CC\uFF0C\u5DF2\u4E22\u5F03`
  ),
  atRuleHint: m(
    () => "Write plain rules; WeChat keeps only inline styles.",
    () => "\u53EA\u5199\u666E\u901A\u89C4\u5219\uFF1B\u5FAE\u4FE1\u53EA\u4FDD\u7559\u884C\u5185\u6837\u5F0F\u3002"
  ),
  stateSelector: m(
    (p) => `Selector \`${p.selector}\` depends on a state WeChat never shows`,
    (p) => `\u9009\u62E9\u5668 \`${p.selector}\` \u4F9D\u8D56\u5FAE\u4FE1\u91CC\u6C38\u8FDC\u4E0D\u4F1A\u51FA\u73B0\u7684\u72B6\u6001`
  ),
  stateSelectorHint: m(
    () => "Remove the rule; hover and focus styles do not exist in the WeChat reader.",
    () => "\u5220\u6389\u8FD9\u6761\u89C4\u5219\uFF1B\u5FAE\u4FE1\u9605\u8BFB\u5668\u91CC\u6CA1\u6709\u60AC\u505C\u548C\u7126\u70B9\u6837\u5F0F\u3002"
  ),
  nesting: m(
    (p) => `Nested rules in \`${p.selector}\` are not supported`,
    (p) => `\u4E0D\u652F\u6301 \`${p.selector}\` \u91CC\u7684\u5D4C\u5957\u89C4\u5219`
  ),
  nestingHint: m(
    () => "Write flat CSS: one selector per rule, no nesting.",
    () => "\u5199\u6241\u5E73\u7684 CSS\uFF1A\u6BCF\u6761\u89C4\u5219\u4E00\u4E2A\u9009\u62E9\u5668\uFF0C\u4E0D\u8981\u5D4C\u5957\u3002"
  ),
  undefinedVariable: m(
    (p) => `\`var(${p.name})\` is not defined and has no fallback`,
    (p) => `\`var(${p.name})\` \u6CA1\u6709\u5B9A\u4E49\uFF0C\u4E5F\u6CA1\u6709\u540E\u5907\u503C`
  ),
  undefinedVariableHint: m(
    (p) => `Define \`${p.name}\` (e.g. in \`:root\` or \`.wxpress\`) or give a fallback: \`var(${p.name}, #333)\`.`,
    (p) => `\u5B9A\u4E49 \`${p.name}\`\uFF08\u4F8B\u5982\u5199\u5728 \`:root\` \u6216 \`.wxpress\` \u91CC\uFF09\uFF0C\u6216\u7ED9\u51FA\u540E\u5907\u503C\uFF1A\`var(${p.name}, #333)\`\u3002`
  ),
  /** `kind`: script | remote | data | local | unsupported (see unsafeThemeDeclaration). */
  unsafeDeclaration: m(
    (p) => `\`${p.decl}\` ${(DECL_EN[p.kind] ?? DECL_EN.unsupported)(p.reason)}; it is dropped`,
    (p) => `\`${p.decl}\` ${(DECL_ZH[p.kind] ?? DECL_ZH.unsupported)(reasonZh(p.reason))}\uFF0C\u5DF2\u4E22\u5F03`
  ),
  unsafeValueHint: m(
    () => "Remove the declaration; WeChat strips scripting from articles.",
    () => "\u5220\u6389\u8FD9\u6761\u58F0\u660E\uFF1B\u5FAE\u4FE1\u4F1A\u53BB\u6389\u6587\u7AE0\u91CC\u7684\u811A\u672C\u3002"
  ),
  remoteUrlHint: m(
    () => "Upload the image to the account's material library and use its https://mmbiz.qpic.cn/\u2026 address, or draw it with CSS.",
    () => "\u628A\u56FE\u7247\u4E0A\u4F20\u5230\u516C\u4F17\u53F7\u7D20\u6750\u5E93\uFF0C\u4F7F\u7528\u5B83\u7684 https://mmbiz.qpic.cn/\u2026 \u5730\u5740\uFF0C\u6216\u7528 CSS \u753B\u51FA\u6765\u3002"
  ),
  unsupportedPropertyHint: m(
    () => "Lay the theme out without positioning, floats, transforms or animations.",
    () => "\u4E3B\u9898\u6392\u7248\u65F6\u4E0D\u8981\u7528\u5B9A\u4F4D\u3001\u6D6E\u52A8\u3001\u53D8\u6362\u6216\u52A8\u753B\u3002"
  )
});
var DECL_EN = {
  script: (r) => `can run script (${r})`,
  remote: () => "loads an image from outside WeChat (hot-linked)",
  data: () => "embeds a `data:` image, which WeChat does not show",
  local: () => "loads a local file, which cannot work in WeChat",
  unsupported: () => "is not supported in WeChat articles"
};
var DECL_ZH = {
  script: (r) => `\u6709\u6267\u884C\u811A\u672C\u7684\u98CE\u9669\uFF08${r}\uFF09`,
  remote: () => "\u4ECE\u5FAE\u4FE1\u4E4B\u5916\u52A0\u8F7D\u56FE\u7247\uFF08\u76D7\u94FE\uFF09",
  data: () => "\u5D4C\u5165\u4E86 `data:` \u56FE\u7247\uFF0C\u5FAE\u4FE1\u4E0D\u663E\u793A",
  local: () => "\u52A0\u8F7D\u672C\u5730\u6587\u4EF6\uFF0C\u5728\u5FAE\u4FE1\u91CC\u884C\u4E0D\u901A",
  unsupported: () => "\u5728\u5FAE\u4FE1\u6587\u7AE0\u91CC\u4E0D\u53D7\u652F\u6301"
};

// src/i18n/messages/publish-phrases-zh.ts
var EXACT = {
  "it is not a regular file": "\u5B83\u4E0D\u662F\u666E\u901A\u6587\u4EF6",
  "it has no `version`": "\u5B83\u6CA1\u6709 `version`",
  "original-content check failed (\u539F\u521B\u6821\u9A8C)": "\u539F\u521B\u6821\u9A8C\u672A\u901A\u8FC7",
  "publishing failed": "\u53D1\u8868\u5931\u8D25",
  "rejected by platform review": "\u672A\u901A\u8FC7\u5E73\u53F0\u5BA1\u6838",
  "published, then deleted by the account": "\u53D1\u8868\u540E\u5DF2\u88AB\u8D26\u53F7\u5220\u9664",
  "published, then banned by the platform": "\u53D1\u8868\u540E\u5DF2\u88AB\u5E73\u53F0\u5C01\u7981",
  "unknown status": "\u672A\u77E5\u72B6\u6001",
  "it is not valid JSON (a merge conflict?)": "\u5B83\u4E0D\u662F\u6709\u6548\u7684 JSON\uFF08\u4E5F\u8BB8\u6709\u5408\u5E76\u51B2\u7A81\uFF1F\uFF09",
  "not valid JSON (a merge conflict?)": "\u4E0D\u662F\u6709\u6548\u7684 JSON\uFF08\u4E5F\u8BB8\u6709\u5408\u5E76\u51B2\u7A81\uFF1F\uFF09"
};
var PATTERNS2 = [
  [
    /^it holds git conflict markers \(line (\d+): (`.*`)\)$/,
    (line, marker) => `\u5176\u4E2D\u6709 git \u51B2\u7A81\u6807\u8BB0\uFF08\u7B2C ${line} \u884C\uFF1A${marker}\uFF09`
  ],
  [/^it is not valid JSON \((.*)\)$/s, (why2) => `\u5B83\u4E0D\u662F\u6709\u6548\u7684 JSON\uFF08${why2}\uFF09`],
  [
    /^its `version` is (.*); this wxpress reads version 1$/,
    (v) => `\u5B83\u7684 \`version\` \u662F ${v}\uFF1B\u8FD9\u4E2A\u7248\u672C\u7684 wxpress \u53EA\u8BFB\u53D6\u7248\u672C 1`
  ],
  [/^it is the ledger of (`.*`), not of (`.*`)$/, (a, b) => `\u8FD9\u662F ${a} \u7684\u53F0\u8D26\uFF0C\u4E0D\u662F ${b} \u7684`],
  [/^it cannot be read \((.*)\)$/, (why2) => `\u65E0\u6CD5\u8BFB\u53D6\uFF08${why2}\uFF09`],
  [/^cannot read it \((.*)\)$/, (why2) => `\u65E0\u6CD5\u8BFB\u53D6\uFF08${why2}\uFF09`],
  [
    /^unknown version (.*) \(this wxpress reads version 1\)$/,
    (v) => `\u672A\u77E5\u7684\u7248\u672C ${v}\uFF08\u8FD9\u4E2A\u7248\u672C\u7684 wxpress \u53EA\u8BFB\u53D6\u7248\u672C 1\uFF09`
  ],
  [/^no answer within (\d+) ms$/, (ms) => `${ms} \u6BEB\u79D2\u5185\u6CA1\u6709\u5E94\u7B54`],
  [/^HTTP (\d+) with a body that is not JSON$/, (s2) => `HTTP ${s2}\uFF0C\u4E14\u54CD\u5E94\u4F53\u4E0D\u662F JSON`],
  [/^publish_status (\d+): (.*)$/, (n, why2) => `publish_status ${n}\uFF1A${publishPhraseZh(why2)}`]
];
function publishPhraseZh(english) {
  const exact = EXACT[english];
  if (exact) return exact;
  for (const [pattern, zh] of PATTERNS2) {
    const m2 = pattern.exec(english);
    if (m2) return zh(...m2.slice(1));
  }
  return english;
}

// src/i18n/messages/stats.ts
var statsMessages = defineMessages("stats", {
  ledgerUnreadable: m(
    (p) => `the publish ledger .wxpress/state/${p.slug}.json is unreadable (${p.reason}); no statistics read`,
    (p) => `\u53D1\u5E03\u53F0\u8D26 .wxpress/state/${p.slug}.json \u65E0\u6CD5\u8BFB\u53D6\uFF08${publishPhraseZh(p.reason)}\uFF09\uFF1B\u6CA1\u6709\u8BFB\u53D6\u7EDF\u8BA1\u6570\u636E`
  ),
  ledgerUnreadableHint: m(
    () => "Repair the ledger (see `wxpress publish`), then run stats again.",
    () => "\u5148\u4FEE\u590D\u53F0\u8D26\uFF08\u53C2\u89C1 `wxpress publish`\uFF09\uFF0C\u518D\u91CD\u65B0\u8FD0\u884C stats\u3002"
  ),
  storeUnreadable: m(
    (p) => `${p.file} is unreadable: ${p.error}; it is left as it is`,
    (p) => `${p.file} \u65E0\u6CD5\u8BFB\u53D6\uFF1A${publishPhraseZh(p.error)}\uFF1B\u4FDD\u6301\u539F\u6837\uFF0C\u4E0D\u505A\u6539\u52A8`
  ),
  storeUnreadableHint: m(
    () => "Fix or remove the file (it is rebuilt from WeChat within 30 days of sending), then run stats again.",
    () => "\u4FEE\u590D\u6216\u5220\u9664\u8FD9\u4E2A\u6587\u4EF6\uFF08\u53D1\u9001\u540E 30 \u5929\u5185\u53EF\u4EE5\u4ECE\u5FAE\u4FE1\u91CD\u5EFA\uFF09\uFF0C\u518D\u91CD\u65B0\u8FD0\u884C stats\u3002"
  ),
  noSendTime: m(
    (p) => `the ledger marks \`${p.slug}\` sent but has no send time; no statistics read`,
    (p) => `\u53F0\u8D26\u8BB0\u5F55 \`${p.slug}\` \u5DF2\u53D1\u9001\uFF0C\u4F46\u6CA1\u6709\u53D1\u9001\u65F6\u95F4\uFF1B\u6CA1\u6709\u8BFB\u53D6\u7EDF\u8BA1\u6570\u636E`
  ),
  noSendTimeHint: m(
    () => "Run `wxpress publish` once: reconciliation restores the send time from WeChat.",
    () => "\u8FD0\u884C\u4E00\u6B21 `wxpress publish`\uFF1A\u5BF9\u8D26\u4F1A\u4ECE\u5FAE\u4FE1\u6062\u590D\u53D1\u9001\u65F6\u95F4\u3002"
  ),
  noMsgDataId: m(
    (p) => `the ledger marks \`${p.slug}\` sent but has no msg_data_id, which statistics are matched by`,
    (p) => `\u53F0\u8D26\u8BB0\u5F55 \`${p.slug}\` \u5DF2\u53D1\u9001\uFF0C\u4F46\u6CA1\u6709 msg_data_id\uFF0C\u800C\u7EDF\u8BA1\u6570\u636E\u8981\u9760\u5B83\u6765\u5339\u914D`
  ),
  noMsgDataIdHint: m(
    (p) => `WeChat does not give it again once its answer to the send was lost: add "msgDataId" from the WeChat web editor (\u53D1\u8868\u8BB0\u5F55) to .wxpress/state/${p.slug}.json; meanwhile stats finds the article by its URL or title.`,
    (p) => `\u7FA4\u53D1\u7684\u5E94\u7B54\u4E22\u5931\u540E\uFF0C\u5FAE\u4FE1\u4E0D\u4F1A\u518D\u7ED9\u51FA\u8FD9\u4E2A id\uFF1A\u4ECE\u5FAE\u4FE1\u7F51\u9875\u7F16\u8F91\u5668\uFF08\u53D1\u8868\u8BB0\u5F55\uFF09\u91CC\u67E5\u5230\u5B83\uFF0C\u5728 .wxpress/state/${p.slug}.json \u91CC\u52A0\u4E0A "msgDataId"\uFF1B\u5728\u6B64\u4E4B\u524D\uFF0Cstats \u6309\u7F51\u5740\u6216\u6807\u9898\u67E5\u627E\u6587\u7AE0\u3002`
  ),
  tooEarly: m(
    (p) => `sent on ${p.date}; WeChat has statistics from the next day on`,
    (p) => `${p.date} \u53D1\u9001\uFF1B\u5FAE\u4FE1\u4ECE\u7B2C\u4E8C\u5929\u8D77\u624D\u6709\u7EDF\u8BA1\u6570\u636E`
  ),
  tooEarlyHint: m(
    () => "Run stats again tomorrow.",
    () => "\u660E\u5929\u518D\u8FD0\u884C\u4E00\u6B21 stats\u3002"
  ),
  tooLate: m(
    (p) => `sent on ${p.date}, more than 30 days ago; WeChat no longer reports it and no numbers were kept`,
    (p) => `${p.date} \u53D1\u9001\uFF0C\u5DF2\u8D85\u8FC7 30 \u5929\uFF1B\u5FAE\u4FE1\u4E0D\u518D\u63D0\u4F9B\u5B83\u7684\u6570\u636E\uFF0C\u672C\u5730\u4E5F\u6CA1\u6709\u4FDD\u5B58`
  ),
  tooLateHint: m(
    () => "Statistics are kept from the first stats run within 30 days of sending.",
    () => "\u53EA\u6709\u53D1\u9001\u540E 30 \u5929\u5185\u8FD0\u884C\u8FC7 stats\uFF0C\u7EDF\u8BA1\u6570\u636E\u624D\u4F1A\u4FDD\u5B58\u4E0B\u6765\u3002"
  ),
  datacubeFailed: m(
    (p) => `datacube failed: ${p.errcode ? `errcode ${p.errcode}, ` : ""}${p.errmsg}`,
    (p) => `\u6570\u636E\u63A5\u53E3\uFF08datacube\uFF09\u8C03\u7528\u5931\u8D25\uFF1A${p.errcode ? `errcode ${p.errcode}\uFF0C` : ""}${p.errmsg}`
  ),
  lostLedger: m(
    (p) => `\`${p.slug}\` has no publish ledger, but WeChat has it as sent on ${p.date}; statistics were read`,
    (p) => `\`${p.slug}\` \u6CA1\u6709\u53D1\u5E03\u53F0\u8D26\uFF0C\u4F46\u5FAE\u4FE1\u8BB0\u5F55\u5B83\u5DF2\u4E8E ${p.date} \u53D1\u9001\uFF1B\u5DF2\u8BFB\u53D6\u7EDF\u8BA1\u6570\u636E`
  ),
  lostLedgerHint: m(
    (p) => `Restore .wxpress/state/${p.slug}.json (\`wxpress state pull\`, or run \`wxpress publish\`: reconciliation rebuilds it) so that it is never sent again.`,
    (p) => `\u6062\u590D .wxpress/state/${p.slug}.json\uFF08\`wxpress state pull\`\uFF0C\u6216\u8FD0\u884C \`wxpress publish\`\uFF1A\u5BF9\u8D26\u4F1A\u91CD\u5EFA\u5B83\uFF09\uFF0C\u4EE5\u514D\u518D\u6B21\u53D1\u9001\u3002`
  ),
  notYet: m(
    (p) => `no statistics for ${p.msgid ? `msgid ${p.msgid}` : `\u300C${p.title}\u300D`} on ${p.date} yet`,
    (p) => `${p.date} \u8FD8\u6CA1\u6709 ${p.msgid ? `msgid ${p.msgid}` : `\u300C${p.title}\u300D`} \u7684\u7EDF\u8BA1\u6570\u636E`
  ),
  notYetHint: m(
    () => "WeChat reports an article from the day after sending, for 30 days; check again later.",
    () => "\u5FAE\u4FE1\u4ECE\u53D1\u9001\u540E\u7B2C\u4E8C\u5929\u8D77\u63D0\u4F9B\u6587\u7AE0\u6570\u636E\uFF0C\u6301\u7EED 30 \u5929\uFF1B\u8BF7\u7A0D\u540E\u518D\u67E5\u3002"
  ),
  noRows: m(
    () => "No statistics yet (nothing sent before today).",
    () => "\u8FD8\u6CA1\u6709\u7EDF\u8BA1\u6570\u636E\uFF08\u4ECA\u5929\u4E4B\u524D\u6CA1\u6709\u53D1\u9001\u8FC7\u6587\u7AE0\uFF09\u3002"
  ),
  /** The terminal table's head, `|`-separated (widths follow the text). */
  tableHead: m(
    () => "article|sent|until|reads|shares|likes|\u5728\u770B|comments|saved|follows|\u5B8C\u8BFB\u7387|\u5206\u4EAB\u7387",
    () => "\u6587\u7AE0|\u53D1\u9001|\u622A\u81F3|\u9605\u8BFB|\u5206\u4EAB|\u70B9\u8D5E|\u5728\u770B|\u7559\u8A00|\u6536\u85CF|\u5173\u6CE8|\u5B8C\u8BFB\u7387|\u5206\u4EAB\u7387"
  ),
  /** One problem under the table: `severity` is `error`, `warning` or `info` (shown without a label). */
  problemLine: m(
    (p) => `  ${p.severity === "info" ? "" : `${p.severity}: `}${p.slug}: ${p.message} (${p.hint})`,
    (p) => `  ${SEVERITY_ZH[p.severity] ?? "\u63D0\u793A\uFF1A"}${p.slug}\uFF1A${p.message}\uFF08${p.hint}\uFF09`
  ),
  configErrors: m(
    () => "wxpress: the config has errors; run `wxpress check` for details.",
    () => "wxpress\uFF1A\u914D\u7F6E\u6709\u9519\u8BEF\uFF1B\u8FD0\u884C `wxpress check` \u67E5\u770B\u8BE6\u60C5\u3002"
  ),
  credentialsHint: m(
    () => "hint: set the WeChat credentials as environment variables.",
    () => "\u5EFA\u8BAE\uFF1A\u628A\u5FAE\u4FE1\u7684\u51ED\u636E\u8BBE\u4E3A\u73AF\u5883\u53D8\u91CF\u3002"
  ),
  postNeedsGithub: m(
    () => "wxpress: --post needs GITHUB_TOKEN and GITHUB_REPOSITORY (owner/name).",
    () => "wxpress\uFF1A--post \u9700\u8981 GITHUB_TOKEN \u548C GITHUB_REPOSITORY\uFF08owner/name\uFF09\u3002"
  ),
  noPullRequest: m(
    (p) => `  ${p.slug}: no pull request found for the commit that added it; not posted`,
    (p) => `  ${p.slug}\uFF1A\u627E\u4E0D\u5230\u6DFB\u52A0\u5B83\u7684\u63D0\u4EA4\u6240\u5C5E\u7684\u62C9\u53D6\u8BF7\u6C42\uFF1B\u672A\u53D1\u8868\u8BC4\u8BBA`
  ),
  commented: m(
    (p) => `  ${p.slug}: comment ${p.action} on #${p.pr}`,
    (p) => `  ${p.slug}\uFF1A#${p.pr} \u4E0A\u7684\u8BC4\u8BBA${ACTION_ZH[p.action] ?? p.action}`
  )
});
var SEVERITY_ZH = { error: "\u9519\u8BEF\uFF1A", warning: "\u8B66\u544A\uFF1A", info: "\u63D0\u793A\uFF1A" };
var ACTION_ZH = {
  created: "\u5DF2\u521B\u5EFA",
  updated: "\u5DF2\u66F4\u65B0",
  unchanged: "\u6CA1\u6709\u53D8\u5316",
  skipped: "\u5DF2\u8DF3\u8FC7"
};

// src/i18n/messages/cli-misc.ts
var cliMiscMessages = defineMessages("cliMisc", {
  changedFailed: m(
    (p) => `Cannot list changes since ${p.ref}: ${p.why}`,
    (p) => `\u65E0\u6CD5\u5217\u51FA\u81EA ${p.ref} \u4EE5\u6765\u7684\u6539\u52A8\uFF1A${p.why === NOT_REPO ? "\u8FD9\u4E2A\u6587\u4EF6\u5939\u4E0D\u5728 git \u4ED3\u5E93\u91CC" : p.why}`
  ),
  changedRefHint: m(
    (p) => `\`${p.ref}\` is not in this clone: fetch the base ref first (actions/checkout with fetch-depth: 0), or check its spelling.`,
    (p) => `\u8FD9\u4E2A\u514B\u9686\u91CC\u6CA1\u6709 \`${p.ref}\`\uFF1A\u5148\u83B7\u53D6\u57FA\u51C6\u5F15\u7528\uFF08actions/checkout \u8BBE\u7F6E fetch-depth: 0\uFF09\uFF0C\u6216\u68C0\u67E5\u62FC\u5199\u3002`
  ),
  changedRepoHint: m(
    () => "This folder is not a git repository: run wxpress inside the site's repository, or drop `--changed` to check every article.",
    () => "\u8FD9\u4E2A\u6587\u4EF6\u5939\u4E0D\u662F git \u4ED3\u5E93\uFF1A\u8BF7\u5728\u7AD9\u70B9\u4ED3\u5E93\u91CC\u8FD0\u884C wxpress\uFF0C\u6216\u53BB\u6389 `--changed` \u68C0\u67E5\u5168\u90E8\u6587\u7AE0\u3002"
  ),
  fixed: m(
    (p) => `fixed ${p.place} ${p.ruleId}: ${p.before} \u2192 ${p.after}`,
    (p) => `\u5DF2\u4FEE\u6B63 ${p.place} ${p.ruleId}\uFF1A${p.before} \u2192 ${p.after}`
  ),
  coverNotRegular: m(
    (p) => `\`cover\` is ${p.type}, not an image file: ${p.cover}`,
    (p) => `\`cover\` \u662F${reasonZh(p.type)}\uFF0C\u4E0D\u662F\u56FE\u7247\u6587\u4EF6\uFF1A${p.cover}`
  ),
  coverNotRegularHint: m(
    () => "Put a JPEG or PNG file at this path.",
    () => "\u5728\u8FD9\u4E2A\u8DEF\u5F84\u653E\u4E00\u4E2A JPEG \u6216 PNG \u6587\u4EF6\u3002"
  ),
  articleLink: m(
    (p) => `The article is a symbolic link to a file outside the site; it is not read: ${p.path}`,
    (p) => `\u6587\u7AE0\u662F\u6307\u5411\u7AD9\u70B9\u4E4B\u5916\u6587\u4EF6\u7684\u7B26\u53F7\u94FE\u63A5\uFF0C\u4E0D\u4F1A\u8BFB\u53D6\uFF1A${p.path}`
  ),
  articleLinkHint: m(
    () => "Replace the link with the Markdown file itself.",
    () => "\u7528 Markdown \u6587\u4EF6\u672C\u8EAB\u66FF\u6362\u8FD9\u4E2A\u94FE\u63A5\u3002"
  ),
  articleNotRegular: m(
    (p) => `The article is ${p.type}, not a regular file; it is not read: ${p.path}`,
    (p) => `\u6587\u7AE0\u662F${reasonZh(p.type)}\uFF0C\u4E0D\u662F\u666E\u901A\u6587\u4EF6\uFF0C\u4E0D\u4F1A\u8BFB\u53D6\uFF1A${p.path}`
  ),
  articleNotRegularHint: m(
    () => "Put a Markdown file at this path.",
    () => "\u5728\u8FD9\u4E2A\u8DEF\u5F84\u653E\u4E00\u4E2A Markdown \u6587\u4EF6\u3002"
  ),
  pluginOutside: m(
    (p) => `Plugin path leaves the site folder: ${p.ref}`,
    (p) => `\u63D2\u4EF6\u8DEF\u5F84\u8DF3\u51FA\u4E86\u7AD9\u70B9\u6587\u4EF6\u5939\uFF1A${p.ref}`
  ),
  pluginOutsideHint: m(
    () => "Keep site plugins in `plugins/` and write the path relative to the site root.",
    () => "\u628A\u7AD9\u70B9\u63D2\u4EF6\u653E\u5728 `plugins/` \u91CC\uFF0C\u8DEF\u5F84\u5199\u6210\u76F8\u5BF9\u4E8E\u7AD9\u70B9\u6839\u76EE\u5F55\u7684\u5F62\u5F0F\u3002"
  ),
  pluginMissing: m(
    (p) => `Plugin file not found: ${p.ref}`,
    (p) => `\u627E\u4E0D\u5230\u63D2\u4EF6\u6587\u4EF6\uFF1A${p.ref}`
  ),
  pluginMissingHint: m(
    () => "Write the path relative to the site root, e.g. `./plugins/remark-callouts.mjs`.",
    () => "\u8DEF\u5F84\u76F8\u5BF9\u4E8E\u7AD9\u70B9\u6839\u76EE\u5F55\uFF0C\u4F8B\u5982 `./plugins/remark-callouts.mjs`\u3002"
  ),
  pluginBroken: m(
    (p) => `Plugin ${p.ref} cannot be loaded: ${p.error}`,
    (p) => `\u65E0\u6CD5\u52A0\u8F7D\u63D2\u4EF6 ${p.ref}\uFF1A${p.error}`
  ),
  pluginBrokenHint: m(
    () => "Run it with node to see the error.",
    () => "\u7528 node \u8FD0\u884C\u5B83\uFF0C\u5C31\u80FD\u770B\u5230\u9519\u8BEF\u3002"
  ),
  pluginNoExport: m(
    (p) => `Plugin ${p.ref} exports no plugin function`,
    (p) => `\u63D2\u4EF6 ${p.ref} \u6CA1\u6709\u5BFC\u51FA\u63D2\u4EF6\u51FD\u6570`
  ),
  pluginNoExportHint: m(
    () => "Export the plugin as the default export: `export default function remarkX(options) { \u2026 }`.",
    () => "\u628A\u63D2\u4EF6\u4F5C\u4E3A\u9ED8\u8BA4\u5BFC\u51FA\uFF1A`export default function remarkX(options) { \u2026 }`\u3002"
  )
});
var NOT_REPO = "this folder is not in a git repository";

// src/i18n/messages/cli-usage.ts
var listZh = (list) => list.split(", ").join("\u3001");
function nowProblemZh(problem) {
  const offset = /impossible UTC offset `([^`]*)` \(real offsets run from (\S+) to (\S+),/.exec(problem);
  if (offset)
    return `\u7684 UTC \u504F\u79FB \`${offset[1]}\` \u4E0D\u5B58\u5728\uFF08\u5B9E\u9645\u504F\u79FB\u5728 ${offset[2]} \u5230 ${offset[3]} \u4E4B\u95F4\uFF0C\u5206\u949F\u5C0F\u4E8E 60\uFF09`;
  if (problem === "a date without a time of day") return "\u53EA\u6709\u65E5\u671F\uFF0C\u6CA1\u6709\u65F6\u95F4";
  if (problem === "a date-time without an offset") return "\u7F3A\u5C11\u65F6\u533A\u504F\u79FB";
  return problemZh(problem);
}
var cliUsageMessages = defineMessages("cliUsage", {
  error: m(
    (p) => `error: ${p.text}`,
    (p) => `\u9519\u8BEF\uFF1A${p.text}`
  ),
  unknownOption: m(
    (p) => `unknown option '${p.flag}'`,
    (p) => `\u672A\u77E5\u9009\u9879 ${p.flag}`
  ),
  unknownCommand: m(
    (p) => `unknown command '${p.name}'`,
    (p) => `\u672A\u77E5\u547D\u4EE4 ${p.name}`
  ),
  didYouMean: m(
    (p) => `
(Did you mean ${p.s}?)`,
    (p) => `\uFF08\u4F60\u662F\u4E0D\u662F\u60F3\u7528 ${p.s}\uFF1F\uFF09`
  ),
  didYouMeanOneOf: m(
    (p) => `
(Did you mean one of ${p.list}?)`,
    (p) => `\uFF08\u4F60\u662F\u4E0D\u662F\u60F3\u7528 ${listZh(p.list)} \u4E2D\u7684\u4E00\u4E2A\uFF1F\uFF09`
  ),
  invalidValue: m(
    (p) => `option '${p.flags}' argument '${p.value}' is invalid. ${p.reason}`,
    (p) => `${p.option} \u7684\u503C "${p.value}" \u65E0\u6548\uFF1A${p.reason}`
  ),
  missingValue: m(
    (p) => `option '${p.flags}' argument missing`,
    (p) => `\u9009\u9879 ${p.option} \u7F3A\u5C11\u503C`
  ),
  tooManyArguments: m(
    (p) => `too many arguments for '${p.command}'. Expected ${p.expected} arguments but got ${p.got}.`,
    (p) => `wxpress ${p.command} \u7684\u53C2\u6570\u8FC7\u591A\uFF1A\u6700\u591A ${p.expected} \u4E2A\uFF0C\u5B9E\u9645\u6709 ${p.got} \u4E2A`
  ),
  missingArgument: m(
    (p) => `missing required argument '${p.name}'`,
    (p) => `\u7F3A\u5C11\u5FC5\u9700\u7684\u53C2\u6570 ${p.name}`
  ),
  missingOption: m(
    (p) => `required option '${p.option}' not specified`,
    (p) => `\u7F3A\u5C11\u5FC5\u9700\u7684\u9009\u9879 ${p.option}`
  ),
  conflicting: m(
    (p) => `option '${p.option}' cannot be used with option '${p.other}'`,
    (p) => `${p.option} \u4E0D\u80FD\u4E0E ${p.other} \u540C\u65F6\u4F7F\u7528`
  ),
  helpLine: m(
    (p) => `(run \`wxpress ${p.command} --help\` for usage)`,
    (p) => `\uFF08\u8FD0\u884C wxpress ${p.command} --help \u67E5\u770B\u7528\u6CD5\uFF09`
  ),
  helpLineProgram: m(
    () => "(run `wxpress --help` or `wxpress <command> --help` for usage)",
    () => "\uFF08\u8FD0\u884C wxpress --help \u6216 wxpress <\u547D\u4EE4> --help \u67E5\u770B\u7528\u6CD5\uFF09"
  ),
  // reasons an option value is invalid (`options.ts`, commands' own parsers, `.choices()`)
  choices: m(
    (p) => `Allowed choices are ${p.choices}.`,
    (p) => `\u5E94\u4E3A ${listZh(p.choices)} \u4E4B\u4E00`
  ),
  wholeNumberRange: m(
    (p) => `expected a whole number from ${p.min} to ${p.max} (got "${p.value}")`,
    (p) => `\u5E94\u4E3A ${p.min} \u5230 ${p.max} \u4E4B\u95F4\u7684\u6574\u6570`
  ),
  wholeNumber: m(
    (p) => `expected a whole number (got "${p.value}")`,
    () => "\u5E94\u4E3A\u4E0D\u5C0F\u4E8E 0 \u7684\u6574\u6570"
  ),
  positiveNumber: m(
    () => "expected a positive whole number",
    () => "\u5E94\u4E3A\u6B63\u6574\u6570"
  ),
  milliseconds: m(
    () => "expected a whole number of milliseconds",
    () => "\u5E94\u4E3A\u6574\u6570\u6BEB\u79D2\u6570"
  ),
  port: m(
    () => "expected a port number 0\u201365535",
    () => "\u5E94\u4E3A 0\u201365535 \u4E4B\u95F4\u7684\u7AEF\u53E3\u53F7"
  ),
  now: m(
    (p) => `expected an ISO-8601 date-time with offset, e.g. 2027-04-15T08:00:00+08:00; "${p.value}" is ${p.problem}`,
    (p) => `\u5E94\u4E3A\u5E26\u65F6\u533A\u504F\u79FB\u7684 ISO-8601 \u65E5\u671F\u65F6\u95F4\uFF0C\u4F8B\u5982 2027-04-15T08:00:00+08:00\uFF1B"${p.value}" ${nowProblemZh(p.problem)}`
  ),
  // the `--format json` diagnostics (cli/unknown-option, cli/invalid-option, cli/missing-option-value)
  optionsHelp: m(
    (p) => `Run \`wxpress ${p.command} --help\` for the options.`,
    (p) => `\u8FD0\u884C \`wxpress ${p.command} --help\` \u67E5\u770B\u53EF\u7528\u7684\u9009\u9879\u3002`
  ),
  unknownOptionOf: m(
    (p) => `Unknown option \`${p.flag}\` for wxpress ${p.command}`,
    (p) => `wxpress ${p.command} \u6CA1\u6709\u9009\u9879 \`${p.flag}\``
  ),
  didYouMeanHint: m(
    (p) => `Did you mean \`${p.s}\`? ${p.help}`,
    (p) => `\u662F\u4E0D\u662F\u60F3\u5199 \`${p.s}\`\uFF1F${p.help}`
  ),
  invalidValueOf: m(
    (p) => `Invalid value for ${p.option}: ${p.reason}`,
    (p) => `${p.option} \u7684\u503C "${p.value}" \u65E0\u6548\uFF1A${p.reason}`
  ),
  useChoicesHint: m(
    (p) => `Use one of the allowed choices. ${p.help}`,
    (p) => `\u8BF7\u4F7F\u7528\u5141\u8BB8\u7684\u53D6\u503C\u4E4B\u4E00\u3002${p.help}`
  ),
  fixValueHint: m(
    (p) => `Fix the value of ${p.option}. ${p.help}`,
    (p) => `\u8BF7\u4FEE\u6539 ${p.option} \u7684\u503C\u3002${p.help}`
  ),
  needsValue: m(
    (p) => `Option ${p.flags} needs a value`,
    (p) => `\u9009\u9879 ${p.option} \u7F3A\u5C11\u503C`
  ),
  needsValueHint: m(
    (p) => `Write the value after the option (\`${p.option} <value>\` or \`${p.option}=<value>\`). ${p.help}`,
    (p) => `\u628A\u503C\u5199\u5728\u9009\u9879\u540E\u9762\uFF08\`${p.option} <value>\` \u6216 \`${p.option}=<value>\`\uFF09\u3002${p.help}`
  )
});

// src/i18n/messages/pr-check.ts
var prCheckMessages = defineMessages("prCheck", {
  moreFindings: m(
    (p) => `${p.n} more findings: see the wxpress check run`,
    (p) => `\u8FD8\u6709 ${p.n} \u6761\u68C0\u67E5\u7ED3\u679C\uFF1A\u89C1 wxpress \u68C0\u67E5\u8FD0\u884C\uFF08check run\uFF09`
  ),
  scopeConfig: m(
    (p) => `the config changed (${p.file})`,
    (p) => `\u914D\u7F6E\u6709\u6539\u52A8\uFF08${p.file}\uFF09`
  ),
  scopePlugin: m(
    (p) => `a site plugin changed (${p.file})`,
    (p) => `\u7AD9\u70B9\u63D2\u4EF6\u6709\u6539\u52A8\uFF08${p.file}\uFF09`
  ),
  scopeTheme: m(
    (p) => `a theme changed (${p.file})`,
    (p) => `\u4E3B\u9898\u6709\u6539\u52A8\uFF08${p.file}\uFF09`
  ),
  /** `reasons`: up to three reasons already written in the locale, `;`-joined by the caller. */
  scopeAll: m(
    (p) => `Every article is checked: ${p.reasons}${p.more > 0 ? `; and ${p.more} more` : ""}.`,
    (p) => `\u68C0\u67E5\u5168\u90E8\u6587\u7AE0\uFF1A${p.reasons}${p.more > 0 ? `\uFF1B\u53E6\u6709 ${p.more} \u5904` : ""}\u3002`
  ),
  done: m(
    (p) => `pr-check: ${p.articles} article(s), ${p.errors} error(s), ${p.warnings} warning(s); artifact in ${p.artifact}/`,
    (p) => `pr-check\uFF1A${p.articles} \u7BC7\u6587\u7AE0\uFF0C${p.errors} \u4E2A\u9519\u8BEF\uFF0C${p.warnings} \u4E2A\u8B66\u544A\uFF1B\u4EA7\u7269\u5728 ${p.artifact}/`
  ),
  omitted: m(
    (p) => `pr-check: not in the report (folder names must be letters, digits, . _ -): ${p.names}`,
    (p) => `pr-check\uFF1A\u672A\u5199\u5165\u62A5\u544A\uFF08\u6587\u4EF6\u5939\u540D\u53EA\u80FD\u5305\u542B\u5B57\u6BCD\u3001\u6570\u5B57\u548C . _ -\uFF09\uFF1A${p.names}`
  ),
  headMissing: m(
    (p) => `pr-check: the head commit ${p.sha} is not in this clone; findings keep the lines of the checked-out commit (check out with fetch-depth: 0)`,
    (p) => `pr-check\uFF1A\u8FD9\u4E2A\u514B\u9686\u91CC\u6CA1\u6709\u5934\u63D0\u4EA4 ${p.sha}\uFF1B\u68C0\u67E5\u7ED3\u679C\u7684\u884C\u53F7\u6309\u68C0\u51FA\u7684\u63D0\u4EA4\u8BA1\uFF08\u68C0\u51FA\u65F6\u8BBE fetch-depth: 0\uFF09`
  ),
  screenshotsSkipped: m(
    (p) => `\u65E0\u6CD5\u622A\u56FE / screenshots skipped: ${p.reason}`,
    (p) => `\u65E0\u6CD5\u622A\u56FE\uFF1A${reasonZh(p.reason)}`
  ),
  screenshotsOff: m(
    () => "turned off (--no-screenshots)",
    () => "\u5DF2\u5173\u95ED\uFF08--no-screenshots\uFF09"
  ),
  diffFailed: m(
    (p) => `Cannot list the changes of this pull request since ${p.base}: ${p.error}`,
    (p) => `\u65E0\u6CD5\u5217\u51FA\u8FD9\u4E2A\u62C9\u53D6\u8BF7\u6C42\u81EA ${p.base} \u4EE5\u6765\u7684\u6539\u52A8\uFF1A${p.error}`
  ),
  diffFailedHint: m(
    () => "Check out with history (actions/checkout with fetch-depth: 0) so that the base branch is in the clone.",
    () => "\u68C0\u51FA\u65F6\u5E26\u4E0A\u5386\u53F2\uFF08actions/checkout \u8BBE\u7F6E fetch-depth: 0\uFF09\uFF0C\u8BA9\u57FA\u51C6\u5206\u652F\u4E5F\u5728\u514B\u9686\u91CC\u3002"
  ),
  artifactLink: m(
    (p) => `The artifact folder ${p.dir} is a symbolic link; pr-check does not write through it`,
    (p) => `\u4EA7\u7269\u6587\u4EF6\u5939 ${p.dir} \u662F\u7B26\u53F7\u94FE\u63A5\uFF1Bpr-check \u4E0D\u4F1A\u901A\u8FC7\u5B83\u5199\u5165`
  ),
  artifactLinkHint: m(
    () => "Remove the link, or pass another folder with --artifact <dir>.",
    () => "\u5220\u6389\u8FD9\u4E2A\u94FE\u63A5\uFF0C\u6216\u7528 --artifact <dir> \u6307\u5B9A\u53E6\u4E00\u4E2A\u6587\u4EF6\u5939\u3002"
  ),
  summaryCounted: m(
    (p) => `${p.articles} article(s) checked: ${p.errors} error(s), ${p.warnings} warning(s), ${p.infos} info(s).`,
    (p) => `\u5DF2\u68C0\u67E5 ${p.articles} \u7BC7\u6587\u7AE0\uFF1A${p.errors} \u4E2A\u9519\u8BEF\uFF0C${p.warnings} \u4E2A\u8B66\u544A\uFF0C${p.infos} \u6761\u63D0\u793A\u3002`
  ),
  summaryScreenshots: m(
    (p) => `Screenshots skipped: ${p.reason}`,
    (p) => `\u672A\u622A\u56FE\uFF1A${reasonZh(p.reason)}`
  ),
  summaryColumns: m(
    () => "| | article | file | changed |",
    () => "| | \u6587\u7AE0 | \u6587\u4EF6 | \u6709\u6539\u52A8 |"
  ),
  summaryYes: m(
    () => "yes",
    () => "\u662F"
  ),
  noHead: m(
    (p) => `Cannot read HEAD: ${p.error}`,
    (p) => `\u65E0\u6CD5\u8BFB\u53D6 HEAD\uFF1A${p.error}`
  ),
  noHeadHint: m(
    () => "Run pr-check inside the site's git repository.",
    () => "\u8BF7\u5728\u7AD9\u70B9\u7684 git \u4ED3\u5E93\u91CC\u8FD0\u884C pr-check\u3002"
  ),
  noBase: m(
    (p) => `Cannot find the base ${p.base}: ${p.error}`,
    (p) => `\u627E\u4E0D\u5230\u57FA\u51C6 ${p.base}\uFF1A${p.error}`
  ),
  noBaseHint: m(
    () => "Fetch the base branch first, or check its spelling.",
    () => "\u5148\u83B7\u53D6\u57FA\u51C6\u5206\u652F\uFF0C\u6216\u68C0\u67E5\u62FC\u5199\u3002"
  ),
  noEvent: m(
    () => "pr-check needs a pull request: no --base and no GITHUB_EVENT_PATH",
    () => "pr-check \u9700\u8981\u4E00\u4E2A\u62C9\u53D6\u8BF7\u6C42\uFF1A\u65E2\u6CA1\u6709 --base\uFF0C\u4E5F\u6CA1\u6709 GITHUB_EVENT_PATH"
  ),
  noEventHint: m(
    () => "In a `pull_request` workflow GitHub sets GITHUB_EVENT_PATH; locally pass --base <ref> (e.g. --base main).",
    () => "\u5728 `pull_request` \u5DE5\u4F5C\u6D41\u91CC\uFF0CGitHub \u4F1A\u8BBE\u7F6E GITHUB_EVENT_PATH\uFF1B\u5728\u672C\u5730\u8BF7\u4F20 --base <ref>\uFF08\u4F8B\u5982 --base main\uFF09\u3002"
  ),
  eventUnreadable: m(
    (p) => `Cannot read the event file: ${p.error}`,
    (p) => `\u65E0\u6CD5\u8BFB\u53D6\u4E8B\u4EF6\u6587\u4EF6\uFF1A${p.error}`
  ),
  eventUnreadableHint: m(
    () => "Run pr-check in a `pull_request` workflow, or pass --base <ref>.",
    () => "\u8BF7\u5728 `pull_request` \u5DE5\u4F5C\u6D41\u91CC\u8FD0\u884C pr-check\uFF0C\u6216\u4F20\u5165 --base <ref>\u3002"
  ),
  eventUnusable: m(
    (p) => `Cannot use ${p.path}: ${p.reason}`,
    (p) => `\u65E0\u6CD5\u4F7F\u7528 ${p.path}\uFF1A${p.reason}`
  ),
  eventUnusableHint: m(
    () => "Run pr-check on `pull_request` events, or pass --base <ref>.",
    () => "\u8BF7\u5728 `pull_request` \u4E8B\u4EF6\u4E0A\u8FD0\u884C pr-check\uFF0C\u6216\u4F20\u5165 --base <ref>\u3002"
  )
});

// src/i18n/messages/init.ts
var initMessages = defineMessages("init", {
  /** `what`: created | updated | kept | noExample. */
  fileLine: m(
    (p) => `  ${(EN[p.what] ?? p.what).padEnd(14)} ${p.file}`,
    (p) => `  ${(ZH[p.what] ?? "\u5DF2\u5904\u7406").padEnd(6, "\u3000")} ${p.file}`
  ),
  writtenBefore: m(
    (p) => `(written before: ${p.dir})`,
    (p) => `\uFF08\u4E4B\u524D\u5DF2\u5199\u8FC7\uFF1A${p.dir}\uFF09`
  ),
  hasArticles: m(
    () => "(content/ already has articles)",
    () => "\uFF08content/ \u91CC\u5DF2\u6709\u6587\u7AE0\uFF09"
  ),
  written: m(
    (p) => `${p.n} file(s) written in ${p.folder}/.`,
    (p) => `\u5DF2\u5728 ${p.folder}/ \u5199\u5165 ${p.n} \u4E2A\u6587\u4EF6\u3002`
  ),
  noTarball: m(
    (p) => `wxpress init: --from ${p.from}: no such file (give a .tgz made by npm pack, or a git URL)`,
    (p) => `wxpress init\uFF1A--from ${p.from}\uFF1A\u6587\u4EF6\u4E0D\u5B58\u5728\uFF08\u8BF7\u7ED9\u51FA npm pack \u751F\u6210\u7684 .tgz\uFF0C\u6216 git \u7F51\u5740\uFF09`
  ),
  badPackage: m(
    (p) => `wxpress init: ${p.reason}; fix it, or add "wxpress": "${p.spec}" to it yourself`,
    (p) => `wxpress init\uFF1A${p.reason}\uFF1B\u8BF7\u4FEE\u6B63\u5B83\uFF0C\u6216\u81EA\u5DF1\u5728\u5176\u4E2D\u52A0\u4E0A "wxpress": "${p.spec}"`
  )
});
var EN = {
  created: "created",
  updated: "updated",
  kept: "exists, kept",
  noExample: "no example"
};
var ZH = {
  created: "\u5DF2\u521B\u5EFA",
  updated: "\u5DF2\u66F4\u65B0",
  kept: "\u5DF2\u5B58\u5728\uFF0C\u4FDD\u7559",
  noExample: "\u4E0D\u5199\u793A\u4F8B"
};

// src/i18n/messages/state.ts
var stateMessages = defineMessages("state", {
  dueUnreadable: m(
    (p) => `${p.label}: the ledger of ${p.slug} is unreadable; publish blocks it and says why`,
    (p) => `${p.label}\uFF1A${p.slug} \u7684\u53F0\u8D26\u65E0\u6CD5\u8BFB\u53D6\uFF1Bpublish \u4F1A\u963B\u6B62\u8FD9\u6B21\u63A8\u9001\u5E76\u8BF4\u660E\u539F\u56E0`
  ),
  dueInterrupted: m(
    (p) => `${p.label}: a send was interrupted; publish reconciles it`,
    (p) => `${p.label}\uFF1A\u6709\u4E00\u6B21\u53D1\u9001\u4E2D\u65AD\u4E86\uFF1Bpublish \u4F1A\u5BF9\u8D26\u5904\u7406`
  ),
  dueNow: m(
    (p) => `${p.label}: due now`,
    (p) => `${p.label}\uFF1A\u73B0\u5728\u8BE5\u63A8\u9001\u4E86`
  ),
  dueMissed: m(
    (p) => `${p.label}: missed; publish reports it`,
    (p) => `${p.label}\uFF1A\u5DF2\u9519\u8FC7\uFF1Bpublish \u4F1A\u62A5\u544A`
  ),
  dueDraft: m(
    (p) => `${p.label}: ${p.slugs} needs a draft prepared`,
    (p) => `${p.label}\uFF1A${p.slugs} \u9700\u8981\u5148\u51C6\u5907\u8349\u7A3F`
  ),
  notGit: m(
    () => "wxpress: not inside a git repository; `wxpress state` needs one (the state branch lives in it).",
    () => "wxpress\uFF1A\u4E0D\u5728 git \u4ED3\u5E93\u91CC\uFF1B`wxpress state` \u9700\u8981\u4ED3\u5E93\uFF08\u72B6\u6001\u5206\u652F\u5C31\u5728\u4ED3\u5E93\u91CC\uFF09\u3002"
  ),
  badBranch: m(
    (p) => `wxpress: \`${p.branch}\` is not a valid branch name.`,
    (p) => `wxpress\uFF1A\`${p.branch}\` \u4E0D\u662F\u5408\u6CD5\u7684\u5206\u652F\u540D\u3002`
  ),
  failed: m(
    (p) => `wxpress: state ${p.command}: ${p.error}`,
    (p) => `wxpress\uFF1Astate ${p.command} \u5931\u8D25\uFF1A${p.error}`
  ),
  pullRefusedHint: m(
    (p) => `hint: a newer local ledger holds what WeChat knows and must not be lost: run \`wxpress state push\` to put it
on \`${p.branch}\`, or, if the local copy is wrong, move it away and pull again.`,
    (p) => `\u5EFA\u8BAE\uFF1A\u672C\u5730\u8F83\u65B0\u7684\u53F0\u8D26\u8BB0\u5F55\u7740\u5FAE\u4FE1\u90A3\u8FB9\u7684\u72B6\u6001\uFF0C\u4E0D\u80FD\u4E22\uFF1A\u8FD0\u884C \`wxpress state push\` \u628A\u5B83\u63A8\u5230 \`${p.branch}\`\uFF1B\u5982\u679C\u672C\u5730\u8FD9\u4EFD\u662F\u9519\u7684\uFF0C\u5148\u628A\u5B83\u79FB\u8D70\u518D\u91CD\u65B0 pull\u3002`
  ),
  pushConflictHint: m(
    (p) => `hint: compare the two copies (git show ${p.remote}/${p.branch}:<file>), keep the one matching
WeChat (its ids and timestamps), give it the later updatedAt, and push again.`,
    (p) => `\u5EFA\u8BAE\uFF1A\u6BD4\u8F83\u4E24\u4EFD\u526F\u672C\uFF08git show ${p.remote}/${p.branch}:<file>\uFF09\uFF0C\u4FDD\u7559\u4E0E\u5FAE\u4FE1\u4E00\u81F4\u7684\u90A3\u4EFD\uFF08\u770B id \u548C\u65F6\u95F4\u6233\uFF09\uFF0C\u628A\u5B83\u7684 updatedAt \u6539\u6210\u8F83\u665A\u7684\u65F6\u95F4\uFF0C\u518D\u91CD\u65B0 push\u3002`
  ),
  pushAgainHint: m(
    () => "hint: the ledger is still in .wxpress/state of this run; run `wxpress state push` again.",
    () => "\u5EFA\u8BAE\uFF1A\u53F0\u8D26\u8FD8\u5728\u672C\u6B21\u8FD0\u884C\u7684 .wxpress/state \u91CC\uFF1B\u518D\u8FD0\u884C\u4E00\u6B21 `wxpress state push`\u3002"
  )
});

// src/i18n/messages/state-transport.ts
var stateTransportMessages = defineMessages("stateTransport", {
  noBranch: m(
    (p) => `No branch \`${p.branch}\` on ${p.remote} yet: nothing to pull (\`wxpress state push\` creates it).`,
    (p) => `${p.remote} \u4E0A\u8FD8\u6CA1\u6709\u5206\u652F \`${p.branch}\`\uFF1A\u6CA1\u6709\u53EF\u62C9\u53D6\u7684\u5185\u5BB9\uFF08\`wxpress state push\` \u4F1A\u521B\u5EFA\u5B83\uFF09\u3002`
  ),
  /** `why`: new | updated | older (the local copy was older). */
  written: m(
    (p) => `  ${p.file} (${p.why === "older" ? "the local copy was older" : p.why})`,
    (p) => `  ${p.file}\uFF08${p.why === "new" ? "\u65B0\u6587\u4EF6" : p.why === "updated" ? "\u5DF2\u66F4\u65B0" : "\u672C\u5730\u526F\u672C\u8F83\u65E7"}\uFF09`
  ),
  localNewer: m(
    () => "the local copy is newer than the state branch (not pushed yet)",
    () => "\u672C\u5730\u526F\u672C\u6BD4\u72B6\u6001\u5206\u652F\u4E0A\u7684\u65B0\uFF08\u8FD8\u6CA1\u6709\u63A8\u9001\uFF09"
  ),
  pullRefused: m(
    (p) => `${p.n} local state file(s) differ from \`${p.branch}\`; nothing was written`,
    (p) => `${p.n} \u4E2A\u672C\u5730\u72B6\u6001\u6587\u4EF6\u4E0E \`${p.branch}\` \u4E0D\u4E00\u81F4\uFF1B\u6CA1\u6709\u5199\u5165\u4EFB\u4F55\u6587\u4EF6`
  ),
  pulled: m(
    (p) => `Pulled ${p.n} state file(s) from ${p.remote}/${p.branch} (${p.commit}).`,
    (p) => `\u5DF2\u4ECE ${p.remote}/${p.branch}\uFF08${p.commit}\uFF09\u62C9\u53D6 ${p.n} \u4E2A\u72B6\u6001\u6587\u4EF6\u3002`
  ),
  nothingToPush: m(
    () => "No state files in .wxpress/state or .wxpress/stats: nothing to push.",
    () => ".wxpress/state \u548C .wxpress/stats \u91CC\u6CA1\u6709\u72B6\u6001\u6587\u4EF6\uFF1A\u6CA1\u6709\u53EF\u63A8\u9001\u7684\u5185\u5BB9\u3002"
  ),
  pushConflicts: m(
    (p) => `${p.n} state file(s) conflict with \`${p.branch}\`; nothing was pushed`,
    (p) => `${p.n} \u4E2A\u72B6\u6001\u6587\u4EF6\u4E0E \`${p.branch}\` \u51B2\u7A81\uFF1B\u6CA1\u6709\u63A8\u9001\u4EFB\u4F55\u5185\u5BB9`
  ),
  keptRemote: m(
    (p) => `  ${p.file}: the branch copy is newer; kept it`,
    (p) => `  ${p.file}\uFF1A\u5206\u652F\u4E0A\u7684\u526F\u672C\u8F83\u65B0\uFF0C\u5DF2\u4FDD\u7559`
  ),
  alreadyHeld: m(
    (p) => `${p.remote}/${p.branch} already holds this state (${p.commit}).`,
    (p) => `${p.remote}/${p.branch} \u4E0A\u5DF2\u7ECF\u662F\u8FD9\u4EFD\u72B6\u6001\uFF08${p.commit}\uFF09\u3002`
  ),
  pushed: m(
    (p) => `Pushed ${p.n} state file(s) to ${p.remote}/${p.branch} (${p.commit}).`,
    (p) => `\u5DF2\u63A8\u9001 ${p.n} \u4E2A\u72B6\u6001\u6587\u4EF6\u5230 ${p.remote}/${p.branch}\uFF08${p.commit}\uFF09\u3002`
  ),
  rejected: m(
    (p) => `Push ${p.attempt}/${p.attempts} rejected (${p.error}); fetching ${p.branch} again in ${p.wait} s.`,
    (p) => `\u7B2C ${p.attempt}/${p.attempts} \u6B21\u63A8\u9001\u88AB\u62D2\u7EDD\uFF08${p.error}\uFF09\uFF1B${p.wait} \u79D2\u540E\u91CD\u65B0\u83B7\u53D6 ${p.branch}\u3002`
  ),
  didNotLand: m(
    (p) => `the state did not land on ${p.remote}/${p.branch} after ${p.attempts} attempts: ${p.error}`,
    (p) => `\u5C1D\u8BD5 ${p.attempts} \u6B21\u540E\uFF0C\u72B6\u6001\u4ECD\u6CA1\u6709\u63A8\u9001\u5230 ${p.remote}/${p.branch}\uFF1A${p.error}`
  )
});
function stateReasonZh(reason) {
  const fixed = {
    "the local copy is not valid JSON": "\u672C\u5730\u526F\u672C\u4E0D\u662F\u5408\u6CD5\u7684 JSON",
    "the state branch copy is not valid JSON": "\u72B6\u6001\u5206\u652F\u4E0A\u7684\u526F\u672C\u4E0D\u662F\u5408\u6CD5\u7684 JSON",
    "a copy has no updatedAt/timestamps": "\u6709\u4E00\u4EFD\u526F\u672C\u6CA1\u6709 updatedAt \u6216\u65F6\u95F4\u6233",
    "the copies differ": "\u4E24\u4EFD\u526F\u672C\u4E0D\u4E00\u81F4",
    "the local copy is newer than the state branch (not pushed yet)": "\u672C\u5730\u526F\u672C\u6BD4\u72B6\u6001\u5206\u652F\u4E0A\u7684\u65B0\uFF08\u8FD8\u6CA1\u6709\u63A8\u9001\uFF09"
  };
  if (fixed[reason]) return fixed[reason];
  const both = /^both copies were written at (\S+) but differ$/.exec(reason);
  if (both) return `\u4E24\u4EFD\u526F\u672C\u90FD\u5199\u4E8E ${both[1]}\uFF0C\u4F46\u5185\u5BB9\u4E0D\u540C`;
  const read = /^cannot read (\S+): (.*)$/s.exec(reason);
  if (read) return `\u65E0\u6CD5\u8BFB\u53D6 ${read[1]}\uFF1A${read[2]}`;
  const fetch = /^cannot fetch (\S+) from (\S+): (.*)$/s.exec(reason);
  if (fetch) return `\u65E0\u6CD5\u4ECE ${fetch[2]} \u83B7\u53D6 ${fetch[1]}\uFF1A${fetch[3]}`;
  const unreadable = /^fetched (\S+) but cannot read it: (.*)$/s.exec(reason);
  if (unreadable) return `\u5DF2\u83B7\u53D6 ${unreadable[1]}\uFF0C\u4F46\u65E0\u6CD5\u8BFB\u53D6\uFF1A${unreadable[2]}`;
  return reason;
}

// src/i18n/messages/publish.ts
var UNKNOWN_EN = "a mass send was interrupted and its outcome is unknown; WeChat can only be asked by sending again, which is too late now";
var UNKNOWN_ZH = "\u4E00\u6B21\u7FA4\u53D1\u88AB\u4E2D\u65AD\uFF0C\u7ED3\u679C\u4E0D\u660E\uFF1B\u53EA\u6709\u518D\u53D1\u4E00\u6B21\u624D\u80FD\u5411\u5FAE\u4FE1\u786E\u8BA4\uFF0C\u800C\u73B0\u5728\u5DF2\u7ECF\u592A\u665A\u4E86";
var errcode = (code, zh) => code === "" ? "" : zh ? `errcode ${code}\uFF0C` : `errcode ${code}, `;
var publishMessages = defineMessages("publish", {
  ledgerUnreadable: m(
    (p) => `The publish ledger ${p.file} is unreadable: ${p.problem}. Its push is blocked so that it is never sent twice`,
    (p) => `\u53D1\u5E03\u53F0\u8D26 ${p.file} \u65E0\u6CD5\u8BFB\u53D6\uFF1A${publishPhraseZh(p.problem)}\u3002\u4E3A\u4E86\u7EDD\u4E0D\u91CD\u590D\u53D1\u9001\uFF0C\u5B83\u6240\u5728\u7684\u63A8\u9001\u5DF2\u88AB\u963B\u6B62`
  ),
  /** Why a push is blocked (the log line and the alert issue). */
  ledgerUnreadableReason: m(
    (p) => `The publish ledger ${p.file} is unreadable: ${p.problem}`,
    (p) => `\u53D1\u5E03\u53F0\u8D26 ${p.file} \u65E0\u6CD5\u8BFB\u53D6\uFF1A${publishPhraseZh(p.problem)}`
  ),
  ledgerUnreadableHint: m(
    (p) => `Restore ${p.file} from the wxpress-state branch history with git (\`git log -p origin/wxpress-state -- ${p.file}\`); never delete it unless you are sure the article was not sent.`,
    (p) => `\u7528 git \u4ECE wxpress-state \u5206\u652F\u7684\u5386\u53F2\u91CC\u6062\u590D ${p.file}\uFF08\`git log -p origin/wxpress-state -- ${p.file}\`\uFF09\uFF1B\u9664\u975E\u786E\u5B9A\u6587\u7AE0\u6CA1\u6709\u53D1\u51FA\uFF0C\u5426\u5219\u4E0D\u8981\u5220\u9664\u5B83\u3002`
  ),
  credentials: m(
    (p) => `The credentials of account \`${p.account}\` do not work: ${errcode(p.code, false)}${p.errmsg}`,
    (p) => `\u8D26\u53F7 \`${p.account}\` \u7684\u51ED\u636E\u65E0\u6548\uFF1A${errcode(p.code, true)}${publishPhraseZh(p.errmsg)}`
  ),
  modeNotAllowed: m(
    (p) => `Account \`${p.account}\` may not ${p.mode === "publish" ? "publish (freepublish)" : "mass-send (sendall)"}: ${p.api} answered errcode 48001, ${p.errmsg}`,
    (p) => `\u8D26\u53F7 \`${p.account}\` \u6CA1\u6709${p.mode === "publish" ? "\u53D1\u8868\uFF08freepublish\uFF09" : "\u7FA4\u53D1\uFF08sendall\uFF09"}\u6743\u9650\uFF1A${p.api} \u8FD4\u56DE errcode 48001\uFF0C${p.errmsg}`
  ),
  modeNotAllowedHint: m(
    () => "WeChat allows this mode only for verified (\u8BA4\u8BC1) accounts since 2025-07; use mode: draft and send from the \u516C\u4F17\u5E73\u53F0 web console, or verify the account.",
    () => "\u81EA 2025 \u5E74 7 \u6708\u8D77\uFF0C\u5FAE\u4FE1\u53EA\u5141\u8BB8\u8BA4\u8BC1\u8D26\u53F7\u4F7F\u7528\u8FD9\u79CD\u6A21\u5F0F\uFF1B\u6539\u7528 mode: draft \u5E76\u5728\u516C\u4F17\u5E73\u53F0\u7F51\u9875\u7AEF\u53D1\u9001\uFF0C\u6216\u8005\u8BA4\u8BC1\u8D26\u53F7\u3002"
  ),
  tagsGetFailed: m(
    (p) => `Cannot check the follower tag: tags/get failed: ${p.code} ${p.errmsg}`.trim(),
    (p) => `\u65E0\u6CD5\u68C0\u67E5\u7C89\u4E1D\u6807\u7B7E\uFF1Atags/get \u8C03\u7528\u5931\u8D25\uFF1A${`${p.code} ${publishPhraseZh(p.errmsg)}`.trim()}`
  ),
  unknownTag: m(
    (p) => `Follower tag \u300C${p.tag}\u300D does not exist on account \`${p.account}\``,
    (p) => `\u8D26\u53F7 \`${p.account}\` \u4E0A\u6CA1\u6709\u7C89\u4E1D\u6807\u7B7E\u300C${p.tag}\u300D`
  ),
  /** `near`: the closest tag name or ''; `tags`: the account's tags, each in 「」, or ''. */
  unknownTagHint: m(
    (p) => `${p.near ? `Did you mean \u300C${p.near}\u300D? ` : ""}Tags on the account: ${p.tags || "none"}. Create it in \u516C\u4F17\u5E73\u53F0 \u2192 \u7528\u6237\u7BA1\u7406 \u2192 \u6807\u7B7E, or use \u5168\u90E8\u7C89\u4E1D.`,
    (p) => `${p.near ? `\u662F\u4E0D\u662F\u60F3\u5199\u300C${p.near}\u300D\uFF1F` : ""}\u8D26\u53F7\u4E0A\u7684\u6807\u7B7E\uFF1A${p.tags || "\u65E0"}\u3002\u5728 \u516C\u4F17\u5E73\u53F0 \u2192 \u7528\u6237\u7BA1\u7406 \u2192 \u6807\u7B7E \u91CC\u521B\u5EFA\u5B83\uFF0C\u6216\u6539\u7528 \u5168\u90E8\u7C89\u4E1D\u3002`
  ),
  readBackFailed: m(
    (p) => `Could not read draft ${p.mediaId} back to check what WeChat kept of \`${p.slug}\`: ${p.errmsg}`,
    (p) => `\u65E0\u6CD5\u8BFB\u56DE\u8349\u7A3F ${p.mediaId}\uFF0C\u6CA1\u80FD\u6838\u5BF9\u5FAE\u4FE1\u4FDD\u7559\u4E86 \`${p.slug}\` \u7684\u54EA\u4E9B\u5185\u5BB9\uFF1A${publishPhraseZh(p.errmsg)}`
  ),
  readBackFailedHint: m(
    () => "The draft was saved; open it in the WeChat editor to check it.",
    () => "\u8349\u7A3F\u5DF2\u7ECF\u4FDD\u5B58\uFF1B\u5728\u5FAE\u4FE1\u7F16\u8F91\u5668\u91CC\u6253\u5F00\u5B83\u68C0\u67E5\u3002"
  ),
  /** Each part a list like `<style> ×1, <script> ×2`, or ''. */
  stripped: m(
    (p) => `WeChat removed from \`${p.slug}\`: ${[
      p.elements && `elements ${p.elements}`,
      p.attributes && `attributes ${p.attributes}`,
      p.styles && `style declarations ${p.styles}`
    ].filter(Boolean).join("; ")}`,
    (p) => `\u5FAE\u4FE1\u4ECE \`${p.slug}\` \u4E2D\u5220\u6389\u4E86\uFF1A${[
      p.elements && `\u5143\u7D20 ${p.elements}`,
      p.attributes && `\u5C5E\u6027 ${p.attributes}`,
      p.styles && `\u6837\u5F0F\u58F0\u660E ${p.styles}`
    ].filter(Boolean).join("\uFF1B")}`
  ),
  strippedHint: m(
    () => "Readers will not see them: WeChat drops ids, <style>, scripts and images outside its CDN. Change the theme or plugin that writes them.",
    () => "\u8BFB\u8005\u770B\u4E0D\u5230\u8FD9\u4E9B\u5185\u5BB9\uFF1A\u5FAE\u4FE1\u4F1A\u5220\u6389 id\u3001<style>\u3001\u811A\u672C\u548C\u4E0D\u5728\u5176 CDN \u4E0A\u7684\u56FE\u7247\u3002\u4FEE\u6539\u751F\u6210\u5B83\u4EEC\u7684\u4E3B\u9898\u6216\u63D2\u4EF6\u3002"
  ),
  wechatFailed: m(
    (p) => `${p.path} failed: ${errcode(p.code, false)}${p.errmsg}`,
    (p) => `${p.path} \u8C03\u7528\u5931\u8D25\uFF1A${errcode(p.code, true)}${publishPhraseZh(p.errmsg)}`
  ),
  uploadFailed: m(
    (p) => `Uploading the image \`${p.image}\` failed (${p.path}): ${errcode(p.code, false)}${p.errmsg}`,
    (p) => `\u4E0A\u4F20\u56FE\u7247 \`${p.image}\` \u5931\u8D25\uFF08${p.path}\uFF09\uFF1A${errcode(p.code, true)}${publishPhraseZh(p.errmsg)}`
  ),
  /** A push whose mass send was interrupted and cannot be confirmed any more (the diagnostic). */
  unconfirmed: m(
    (p) => `Push of ${p.slot}: ${UNKNOWN_EN}`,
    (p) => `${p.slot} \u7684\u63A8\u9001\uFF1A${UNKNOWN_ZH}`
  ),
  /** The same, without the slot (the alert issue names it). */
  unconfirmedReason: m(
    () => UNKNOWN_EN,
    () => UNKNOWN_ZH
  ),
  unconfirmedHint: m(
    () => "Look in \u516C\u4F17\u5E73\u53F0 \u2192 \u5185\u5BB9\u4E0E\u4E92\u52A8 \u2192 \u53D1\u8868\u8BB0\u5F55 / \u7FA4\u53D1\u8BB0\u5F55; record what you find in the ledger before the next run.",
    () => "\u5230 \u516C\u4F17\u5E73\u53F0 \u2192 \u5185\u5BB9\u4E0E\u4E92\u52A8 \u2192 \u53D1\u8868\u8BB0\u5F55 / \u7FA4\u53D1\u8BB0\u5F55 \u91CC\u67E5\u770B\uFF1B\u5728\u4E0B\u6B21\u8FD0\u884C\u4E4B\u524D\u628A\u67E5\u5230\u7684\u7ED3\u679C\u8BB0\u8FDB\u53F0\u8D26\u3002"
  ),
  internal: m(
    (p) => `Publishing this push failed unexpectedly: ${p.message}`,
    (p) => `\u53D1\u5E03\u8FD9\u6B21\u63A8\u9001\u65F6\u53D1\u751F\u610F\u5916\u9519\u8BEF\uFF1A${p.message}`
  ),
  internalHint: m(
    () => "This is a bug in wxpress or an unexpected state; the other pushes went on. Please report it.",
    () => "\u8FD9\u662F wxpress \u7684\u7F3A\u9677\u6216\u610F\u6599\u4E4B\u5916\u7684\u72B6\u6001\uFF1B\u5176\u4ED6\u63A8\u9001\u7167\u5E38\u8FDB\u884C\u3002\u8BF7\u62A5\u544A\u8FD9\u4E2A\u95EE\u9898\u3002"
  ),
  missed: m(
    (p) => `Push of ${p.slot} was missed (more than ${p.minutes} minutes late); it is never sent late`,
    (p) => `${p.slot} \u7684\u63A8\u9001\u5DF2\u9519\u8FC7\uFF08\u8FDF\u4E86 ${p.minutes} \u5206\u949F\u4EE5\u4E0A\uFF09\uFF1B\u8FC7\u65F6\u7684\u63A8\u9001\u7EDD\u4E0D\u8865\u53D1`
  ),
  missedHint: m(
    () => "Give the article a new slot and merge again.",
    () => "\u7ED9\u6587\u7AE0\u8BBE\u4E00\u4E2A\u65B0\u7684 slot\uFF0C\u518D\u5408\u5E76\u4E00\u6B21\u3002"
  ),
  immutable: m(
    (p) => `\`${p.slug}\` was edited after it was sent; WeChat keeps the sent version`,
    (p) => `\`${p.slug}\` \u5728\u53D1\u9001\u540E\u53C8\u88AB\u4FEE\u6539\u8FC7\uFF1B\u5FAE\u4FE1\u4E0A\u4FDD\u7559\u7684\u662F\u5DF2\u53D1\u9001\u7684\u7248\u672C`
  ),
  immutableHint: m(
    () => "Published articles cannot be replaced through the API; fix typos in the WeChat editor, or send a correction.",
    () => "\u5DF2\u53D1\u8868\u7684\u6587\u7AE0\u65E0\u6CD5\u901A\u8FC7\u63A5\u53E3\u66FF\u6362\uFF1B\u5728\u5FAE\u4FE1\u7F16\u8F91\u5668\u91CC\u6539\u6B63\u9519\u5B57\uFF0C\u6216\u8005\u53E6\u53D1\u4E00\u7BC7\u66F4\u6B63\u3002"
  ),
  /** `msgDataId`, `url`: 1 when that id is missing, else 0. */
  ledgerIncomplete: m(
    (p) => `The ledger says \`${p.slug}\` was sent but has no ${[p.msgDataId ? "msg_data_id" : "", p.url ? "article URL" : ""].filter(Boolean).join(" and ")}; \`wxpress stats\` cannot find its numbers by id`,
    (p) => `\u53F0\u8D26\u8BB0\u5F55 \`${p.slug}\` \u5DF2\u53D1\u9001\uFF0C\u4F46\u6CA1\u6709${p.msgDataId ? ` msg_data_id${p.url ? " \u548C" : ""}` : ""}${p.url ? "\u6587\u7AE0\u7F51\u5740" : ""}\uFF1B\`wxpress stats\` \u65E0\u6CD5\u6309 id \u627E\u5230\u5B83\u7684\u6570\u636E`
  ),
  ledgerIncompleteHint: m(
    () => "Add the ids from the WeChat web editor (\u53D1\u8868\u8BB0\u5F55) to the ledger, or let stats match the article by title and date.",
    () => "\u4ECE\u5FAE\u4FE1\u7F51\u9875\u7F16\u8F91\u5668\uFF08\u53D1\u8868\u8BB0\u5F55\uFF09\u91CC\u67E5\u5230\u8FD9\u4E9B id \u5E76\u52A0\u8FDB\u53F0\u8D26\uFF0C\u6216\u8005\u8BA9 stats \u6309\u6807\u9898\u548C\u65E5\u671F\u5339\u914D\u6587\u7AE0\u3002"
  )
});

// src/i18n/messages/publish-errcodes.ts
var ERRCODE_HINTS_EN = {
  [-1]: "WeChat reported a system error; it was retried. Run publish again later.",
  40001: "The AppSecret is wrong or the token was replaced elsewhere; check WECHAT_APP_SECRET and that no other tool refreshes tokens with force_refresh.",
  40005: "Only JPEG and PNG body images are accepted; the renderer converts others (check image/converted).",
  40007: "The media id is unknown: the cover must be a permanent material of this account, and a draft that was already published or deleted cannot be used.",
  40009: "The image is too large (body images must be under 1 MB).",
  40013: "The AppID is invalid; check WECHAT_APP_ID.",
  40125: "The AppSecret is invalid; reset it in \u516C\u4F17\u5E73\u53F0 \u2192 \u5F00\u53D1 \u2192 \u57FA\u672C\u914D\u7F6E and update WECHAT_APP_SECRET.",
  40164: "Add the runner\u2019s egress IP (in the message) to \u516C\u4F17\u5E73\u53F0 \u2192 \u5F00\u53D1 \u2192 \u57FA\u672C\u914D\u7F6E \u2192 IP \u767D\u540D\u5355, or publish from a runner with a fixed IP.",
  41001: "No access token was sent (a bug in the client).",
  42001: "The access token expired and could not be refreshed.",
  45002: "The article HTML is too long for WeChat (under 20,000 characters); split the article.",
  45003: "The title is too long for WeChat.",
  45004: "The digest is too long for WeChat.",
  45008: "A push may hold at most 8 articles.",
  45009: "The daily API quota is used up; wait until tomorrow or reset it (clear_quota, 10 times a month).",
  45011: "WeChat rate-limited the call; it was retried with backoff.",
  45028: "No mass-send quota left today (a subscription account sends once a day; a service account reaches each follower 4 times a month).",
  45065: "The same clientmsgid was sent in the last 24 hours: the push was already sent.",
  45067: "The clientmsgid is too long (64 bytes at most).",
  45110: "The author is too long for WeChat (16 characters at most).",
  45159: "The follower tag does not exist on this account; check `audience` against `wxpress plan` and the account\u2019s tags.",
  48001: "This account is not authorised for the API (publishing and mass-sending need a verified account).",
  53503: "The draft failed WeChat\u2019s publish check; open it in the web editor to see why.",
  53505: "Open the draft in the web editor and save it once, then publish again."
};
var ZH2 = {
  [-1]: "\u5FAE\u4FE1\u62A5\u544A\u7CFB\u7EDF\u7E41\u5FD9\uFF0C\u5DF2\u7ECF\u91CD\u8BD5\u8FC7\uFF1B\u8BF7\u7A0D\u540E\u518D\u8FD0\u884C\u4E00\u6B21 publish\u3002",
  40001: "AppSecret \u4E0D\u5BF9\uFF0C\u6216\u8005 access token \u5DF2\u5728\u522B\u5904\u88AB\u5237\u65B0\uFF1B\u68C0\u67E5 WECHAT_APP_SECRET\uFF0C\u5E76\u786E\u8BA4\u6CA1\u6709\u5176\u4ED6\u5DE5\u5177\u7528 force_refresh \u5237\u65B0 token\u3002",
  40005: "\u6B63\u6587\u56FE\u7247\u53EA\u63A5\u53D7 JPEG \u548C PNG\uFF1B\u5176\u4ED6\u683C\u5F0F\u7531\u6E32\u67D3\u5668\u8F6C\u6362\uFF08\u53C2\u89C1 image/converted\uFF09\u3002",
  40007: "media_id \u65E0\u6548\uFF1A\u5C01\u9762\u5FC5\u987B\u662F\u672C\u8D26\u53F7\u7684\u6C38\u4E45\u7D20\u6750\uFF0C\u5DF2\u53D1\u8868\u6216\u5DF2\u5220\u9664\u7684\u8349\u7A3F\u4E5F\u4E0D\u80FD\u518D\u7528\u3002",
  40009: "\u56FE\u7247\u592A\u5927\uFF08\u6B63\u6587\u56FE\u7247\u5FC5\u987B\u5C0F\u4E8E 1 MB\uFF09\u3002",
  40013: "AppID \u65E0\u6548\uFF1B\u68C0\u67E5 WECHAT_APP_ID\u3002",
  40125: "AppSecret \u65E0\u6548\uFF1B\u5728 \u516C\u4F17\u5E73\u53F0 \u2192 \u5F00\u53D1 \u2192 \u57FA\u672C\u914D\u7F6E \u91CC\u91CD\u7F6E\u5B83\uFF0C\u5E76\u66F4\u65B0 WECHAT_APP_SECRET\u3002",
  40164: "\u628A\u8FD0\u884C\u73AF\u5883\u7684\u51FA\u53E3 IP\uFF08\u89C1\u62A5\u9519\u4FE1\u606F\uFF09\u52A0\u5230 \u516C\u4F17\u5E73\u53F0 \u2192 \u5F00\u53D1 \u2192 \u57FA\u672C\u914D\u7F6E \u2192 IP \u767D\u540D\u5355\uFF0C\u6216\u6539\u7528\u56FA\u5B9A IP \u7684\u8FD0\u884C\u73AF\u5883\u53D1\u5E03\u3002",
  41001: "\u8BF7\u6C42\u6CA1\u6709\u5E26 access token\uFF08\u5BA2\u6237\u7AEF\u7684\u7F3A\u9677\uFF09\u3002",
  42001: "access token \u5DF2\u8FC7\u671F\uFF0C\u4E14\u65E0\u6CD5\u5237\u65B0\u3002",
  45002: "\u6587\u7AE0 HTML \u8D85\u51FA\u5FAE\u4FE1\u7684\u957F\u5EA6\u4E0A\u9650\uFF08\u987B\u5C11\u4E8E 20,000 \u4E2A\u5B57\u7B26\uFF09\uFF1B\u628A\u6587\u7AE0\u62C6\u5F00\u3002",
  45003: "\u6807\u9898\u8D85\u51FA\u5FAE\u4FE1\u7684\u957F\u5EA6\u4E0A\u9650\u3002",
  45004: "\u6458\u8981\u8D85\u51FA\u5FAE\u4FE1\u7684\u957F\u5EA6\u4E0A\u9650\u3002",
  45008: "\u4E00\u6B21\u63A8\u9001\u6700\u591A 8 \u7BC7\u6587\u7AE0\u3002",
  45009: "\u5F53\u5929\u7684\u63A5\u53E3\u8C03\u7528\u989D\u5EA6\u5DF2\u7528\u5B8C\uFF1B\u7B49\u5230\u660E\u5929\uFF0C\u6216\u91CD\u7F6E\u989D\u5EA6\uFF08clear_quota\uFF0C\u6BCF\u6708 10 \u6B21\uFF09\u3002",
  45011: "\u8C03\u7528\u88AB\u5FAE\u4FE1\u9650\u6D41\uFF1B\u5DF2\u6309\u9000\u907F\u7B56\u7565\u91CD\u8BD5\u3002",
  45028: "\u4ECA\u5929\u5DF2\u6CA1\u6709\u7FA4\u53D1\u989D\u5EA6\uFF08\u8BA2\u9605\u53F7\u6BCF\u5929\u53EF\u7FA4\u53D1 1 \u6B21\uFF1B\u670D\u52A1\u53F7\u6BCF\u6708\u53EF\u89E6\u8FBE\u6BCF\u4F4D\u7C89\u4E1D 4 \u6B21\uFF09\u3002",
  45065: "\u540C\u4E00\u4E2A clientmsgid \u5728 24 \u5C0F\u65F6\u5185\u5DF2\u7ECF\u53D1\u9001\u8FC7\uFF1A\u8FD9\u6B21\u63A8\u9001\u5DF2\u7ECF\u53D1\u51FA\u3002",
  45067: "clientmsgid \u592A\u957F\uFF08\u6700\u591A 64 \u5B57\u8282\uFF09\u3002",
  45110: "\u4F5C\u8005\u540D\u8D85\u51FA\u5FAE\u4FE1\u7684\u957F\u5EA6\u4E0A\u9650\uFF08\u6700\u591A 16 \u4E2A\u5B57\u7B26\uFF09\u3002",
  45159: "\u672C\u8D26\u53F7\u6CA1\u6709\u8FD9\u4E2A\u7C89\u4E1D\u6807\u7B7E\uFF1B\u5BF9\u7167 `wxpress plan` \u548C\u8D26\u53F7\u7684\u6807\u7B7E\u68C0\u67E5 `audience`\u3002",
  48001: "\u672C\u8D26\u53F7\u6CA1\u6709\u8FD9\u4E2A\u63A5\u53E3\u7684\u6743\u9650\uFF08\u53D1\u8868\u548C\u7FA4\u53D1\u9700\u8981\u8BA4\u8BC1\u8D26\u53F7\uFF09\u3002",
  53503: "\u8349\u7A3F\u6CA1\u6709\u901A\u8FC7\u5FAE\u4FE1\u7684\u53D1\u8868\u68C0\u67E5\uFF1B\u5728\u7F51\u9875\u7F16\u8F91\u5668\u91CC\u6253\u5F00\u5B83\u67E5\u770B\u539F\u56E0\u3002",
  53505: "\u5728\u7F51\u9875\u7F16\u8F91\u5668\u91CC\u6253\u5F00\u8349\u7A3F\u5E76\u4FDD\u5B58\u4E00\u6B21\uFF0C\u518D\u91CD\u65B0\u53D1\u5E03\u3002"
};
var publishErrcodeMessages = defineMessages("publishErrcode", {
  /** What to do about `code` (a generic pointer for codes without a hint of their own). */
  hint: m(
    (p) => ERRCODE_HINTS_EN[p.code] ?? "See WeChat\u2019s global return codes for this errcode.",
    (p) => ZH2[p.code] ?? "\u8BF7\u67E5\u9605\u5FAE\u4FE1\u7684\u5168\u5C40\u8FD4\u56DE\u7801\u8BF4\u660E\u3002"
  ),
  unreachable: m(
    () => "WeChat could not be reached; check WECHAT_API_BASE and the network, then run publish again (it resumes safely).",
    () => "\u65E0\u6CD5\u8FDE\u63A5\u5FAE\u4FE1\uFF1B\u68C0\u67E5 WECHAT_API_BASE \u548C\u7F51\u7EDC\uFF0C\u518D\u8FD0\u884C\u4E00\u6B21 publish\uFF08\u5B83\u4F1A\u5B89\u5168\u5730\u63A5\u7740\u4E0A\u6B21\u7EE7\u7EED\uFF09\u3002"
  )
});

// src/i18n/messages/publish-steps.ts
var MODE_ZH = { draft: "\u8349\u7A3F", publish: "\u53D1\u8868", broadcast: "\u7FA4\u53D1" };
var STATUS_ZH = {
  sent: "\u5DF2\u53D1\u9001",
  drafted: "\u5DF2\u5B58\u8349\u7A3F",
  unchanged: "\u6CA1\u6709\u53D8\u5316",
  pending: "\u5F85\u786E\u8BA4",
  failed: "\u5931\u8D25"
};
var publishStepMessages = defineMessages("publishStep", {
  foundDraft: m(
    (p) => `found draft ${p.mediaId} from an interrupted run`,
    (p) => `\u627E\u5230\u4E0A\u6B21\u4E2D\u65AD\u65F6\u7559\u4E0B\u7684\u8349\u7A3F ${p.mediaId}`
  ),
  draftUpdated: m(
    (p) => `draft ${p.updated ? "updated" : "up to date"} (media_id ${p.mediaId})`,
    (p) => `\u8349\u7A3F${p.updated ? "\u5DF2\u66F4\u65B0" : "\u5DF2\u662F\u6700\u65B0"}\uFF08media_id ${p.mediaId}\uFF09`
  ),
  draftDeleted: m(
    () => "draft was deleted in WeChat; creating it again",
    () => "\u8349\u7A3F\u5DF2\u5728\u5FAE\u4FE1\u91CC\u88AB\u5220\u9664\uFF1B\u91CD\u65B0\u521B\u5EFA"
  ),
  drafted: m(
    (p) => p.dryRun ? "would save the draft (draft/add)" : `drafted (media_id ${p.mediaId})`,
    (p) => p.dryRun ? "\u5C06\u5B58\u8349\u7A3F\uFF08draft/add\uFF09" : `\u5DF2\u5B58\u8349\u7A3F\uFF08media_id ${p.mediaId}\uFF09`
  ),
  preview: m(
    (p) => `${p.dryRun ? "would send a preview" : "preview sent"} to ${p.who}`,
    (p) => `${p.dryRun ? "\u5C06\u5411" : "\u5DF2\u5411"} ${p.who} \u53D1\u9001\u9884\u89C8`
  ),
  uploaded: m(
    (p) => `${p.dryRun ? "would upload" : "uploaded"} ${p.n} image${p.n === 1 ? "" : "s"}`,
    (p) => `${p.dryRun ? "\u5C06\u4E0A\u4F20" : "\u5DF2\u4E0A\u4F20"} ${p.n} \u5F20\u56FE\u7247`
  ),
  alreadySent: m(
    () => "already sent",
    () => "\u5DF2\u7ECF\u53D1\u9001\u8FC7"
  ),
  modeDraft: m(
    () => "mode draft: send it from the WeChat editor",
    () => "\u8349\u7A3F\u6A21\u5F0F\uFF1A\u8BF7\u5728\u5FAE\u4FE1\u7F16\u8F91\u5668\u91CC\u53D1\u9001"
  ),
  submitted: m(
    (p) => `${p.dryRun ? "would submit" : "submitted"} (freepublish/submit)`,
    (p) => `${p.dryRun ? "\u5C06\u63D0\u4EA4\u53D1\u8868" : "\u5DF2\u63D0\u4EA4\u53D1\u8868"}\uFF08freepublish/submit\uFF09`
  ),
  wouldSend: m(
    () => "would send (message/mass/sendall)",
    () => "\u5C06\u7FA4\u53D1\uFF08message/mass/sendall\uFF09"
  ),
  sent: m(
    (p) => `sent (msg_id ${p.msgId})`,
    (p) => `\u5DF2\u7FA4\u53D1\uFF08msg_id ${p.msgId}\uFF09`
  ),
  noAnswer: m(
    () => "no answer from WeChat; the next run reconciles before retrying",
    () => "\u5FAE\u4FE1\u6CA1\u6709\u5E94\u7B54\uFF1B\u4E0B\u6B21\u8FD0\u884C\u4F1A\u5148\u5BF9\u8D26\u518D\u91CD\u8BD5"
  ),
  published: m(
    (p) => `published (article_id ${p.articleId})`,
    (p) => `\u5DF2\u53D1\u8868\uFF08article_id ${p.articleId}\uFF09`
  ),
  confirmedPublished: m(
    (p) => `confirmed published (article_id ${p.articleId})`,
    (p) => `\u786E\u8BA4\u5DF2\u53D1\u8868\uFF08article_id ${p.articleId}\uFF09`
  ),
  resuming: m(
    (p) => `resuming publish_id ${p.publishId}`,
    (p) => `\u7EE7\u7EED\u8DDF\u8FDB publish_id ${p.publishId}`
  ),
  confirmedSent: m(
    (p) => `confirmed sent (msg_id ${p.msgId})`,
    (p) => `\u786E\u8BA4\u5DF2\u7FA4\u53D1\uFF08msg_id ${p.msgId}\uFF09`
  ),
  stillPublishing: m(
    () => "still publishing; the next run checks again",
    () => "\u4ECD\u5728\u53D1\u8868\u4E2D\uFF1B\u4E0B\u6B21\u8FD0\u884C\u65F6\u518D\u67E5"
  ),
  outcomeUnknown: m(
    () => "outcome unknown, not sent again",
    () => "\u7ED3\u679C\u4E0D\u660E\uFF0C\u4E0D\u518D\u91CD\u53D1"
  ),
  resumed: m(
    (p) => `sent (msg_id ${p.msgId}, resumed)`,
    (p) => `\u5DF2\u7FA4\u53D1\uFF08msg_id ${p.msgId}\uFF0C\u7EED\u53D1\uFF09`
  ),
  /** The steps of a push, or its status when it took none; `failed`: 1 when it failed. */
  stepsLine: m(
    (p) => `  \u2192 ${p.steps || p.status}${p.failed ? " \u2014 FAILED" : ""}`,
    (p) => `  \u2192 ${p.steps ? `${p.steps}${p.failed ? "\u2014\u2014\u5931\u8D25" : ""}` : STATUS_ZH[p.status] ?? p.status}`
  ),
  /** `label`: the slot and the articles of a push (`2027-04-15 20:00 one + two`). */
  pushFailed: m(
    (p) => `${p.label}: FAILED (${p.message})`,
    (p) => `${p.label}\uFF1A\u5931\u8D25\uFF08${p.message}\uFF09`
  ),
  pushBlocked: m(
    (p) => `${p.label}: BLOCKED by ${p.n} error(s), not sent${p.first ? ` \u2014 ${p.first}` : ""}`,
    (p) => `${p.label}\uFF1A\u88AB ${p.n} \u4E2A\u9519\u8BEF\u963B\u6B62\uFF0C\u672A\u53D1\u9001${p.first ? `\u2014\u2014${p.first}` : ""}`
  ),
  pushAlreadySent: m(
    (p) => `${p.label}: already sent${p.edited ? " (edited since: not re-sent)" : ""}`,
    (p) => `${p.label}\uFF1A\u5DF2\u7ECF\u53D1\u9001\u8FC7${p.edited ? "\uFF08\u4E4B\u540E\u6709\u4FEE\u6539\uFF1A\u4E0D\u91CD\u53D1\uFF09" : ""}`
  ),
  pushNoToken: m(
    (p) => `${p.label}: not attempted \u2014 account \`${p.account}\` could not get a token (${p.errmsg})`,
    (p) => `${p.label}\uFF1A\u6CA1\u6709\u5C1D\u8BD5\u2014\u2014\u8D26\u53F7 \`${p.account}\` \u62FF\u4E0D\u5230 access token\uFF08${p.errmsg}\uFF09`
  ),
  pushDraftReady: m(
    (p) => `${p.label}: draft ready (mode draft)`,
    (p) => `${p.label}\uFF1A\u8349\u7A3F\u5DF2\u5C31\u7EEA\uFF08\u8349\u7A3F\u6A21\u5F0F\uFF09`
  ),
  pushMissed: m(
    (p) => `${p.label}: missed, not sent`,
    (p) => `${p.label}\uFF1A\u5DF2\u9519\u8FC7\uFF0C\u672A\u53D1\u9001`
  ),
  pushDue: m(
    (p) => `${p.label}: due, ${p.mode}`,
    (p) => `${p.label}\uFF1A\u5DF2\u5230\u65F6\u95F4\uFF0C${MODE_ZH[p.mode] ?? p.mode}`
  ),
  /** Past the lateness window with an interrupted send: only looked up, never sent now. */
  pushLookingUp: m(
    (p) => `${p.label}: past the lateness window, looking up the interrupted send`,
    (p) => `${p.label}\uFF1A\u5DF2\u8FC7\u5141\u8BB8\u7684\u5EF6\u8FDF\uFF0C\u67E5\u8BE2\u4E0A\u6B21\u4E2D\u65AD\u7684\u53D1\u9001`
  ),
  pushPreparing: m(
    (p) => `${p.label}: preparing the draft`,
    (p) => `${p.label}\uFF1A\u51C6\u5907\u8349\u7A3F`
  )
});

// src/i18n/messages/publish-cli.ts
function joinItems(locale, items, kind2 = "list") {
  return items.join(locale === "en" ? ", " : kind2 === "list" ? "\u3001" : "\uFF0C");
}
var publishCliMessages = defineMessages("publishCli", {
  configErrors: m(
    () => "wxpress: the config has errors; run `wxpress check` for details.",
    () => "wxpress\uFF1A\u914D\u7F6E\u6709\u9519\u8BEF\uFF1B\u8FD0\u884C `wxpress check` \u67E5\u770B\u8BE6\u60C5\u3002"
  ),
  noArticle: m(
    (p) => `wxpress: no article \`${p.slug}\``,
    (p) => `wxpress\uFF1A\u6CA1\u6709\u6587\u7AE0 \`${p.slug}\``
  ),
  apiBaseNotUrl: m(
    (p) => `wxpress: WECHAT_API_BASE is not a URL: "${p.url}"`,
    (p) => `wxpress\uFF1AWECHAT_API_BASE \u4E0D\u662F\u7F51\u5740\uFF1A"${p.url}"`
  ),
  apiBaseNotHttp: m(
    (p) => `wxpress: WECHAT_API_BASE must be an http(s) URL, not ${p.protocol} ("${p.url}")`,
    (p) => `wxpress\uFF1AWECHAT_API_BASE \u5FC5\u987B\u662F http(s) \u7F51\u5740\uFF0C\u800C\u4E0D\u662F ${p.protocol}\uFF08"${p.url}"\uFF09`
  ),
  apiBaseCredentials: m(
    (p) => `wxpress: WECHAT_API_BASE must not carry credentials ("${p.url}")`,
    (p) => `wxpress\uFF1AWECHAT_API_BASE \u91CC\u4E0D\u80FD\u5E26\u51ED\u636E\uFF08"${p.url}"\uFF09`
  ),
  apiBaseHint: m(
    () => "hint: set WECHAT_API_BASE to the API's base URL, e.g. https://api.weixin.qq.com",
    () => "\u5EFA\u8BAE\uFF1A\u628A WECHAT_API_BASE \u8BBE\u4E3A\u63A5\u53E3\u7684\u57FA\u7840\u7F51\u5740\uFF0C\u4F8B\u5982 https://api.weixin.qq.com"
  ),
  /** `list`: `credentialsOf` items joined by `joinItems`. */
  missingCredentials: m(
    (p) => `wxpress: missing credentials: ${p.list}`,
    (p) => `wxpress\uFF1A\u7F3A\u5C11\u51ED\u636E\uFF1A${p.list}`
  ),
  credentialsOf: m(
    (p) => `${p.names} for account \`${p.account}\``,
    (p) => `\u8D26\u53F7 \`${p.account}\` \u7684 ${p.names}`
  ),
  credentialsHint: m(
    () => "hint: set them as environment variables (GitHub secrets), or use --dry-run.",
    () => "\u5EFA\u8BAE\uFF1A\u628A\u5B83\u4EEC\u8BBE\u4E3A\u73AF\u5883\u53D8\u91CF\uFF08GitHub secrets\uFF09\uFF0C\u6216\u4F7F\u7528 --dry-run\u3002"
  ),
  preflightCredentialsHint: m(
    () => "hint: set them as environment variables (GitHub secrets).",
    () => "\u5EFA\u8BAE\uFF1A\u628A\u5B83\u4EEC\u8BBE\u4E3A\u73AF\u5883\u53D8\u91CF\uFF08GitHub secrets\uFF09\u3002"
  ),
  /** `pid` '' when the holder is unknown. */
  lockBusy: m(
    (p) => `wxpress: another publish is running (${p.pid === "" ? "unknown holder" : `pid ${p.pid} on ${p.host}, since ${p.since}`}) for account \`${p.account}\`; nothing was done.`,
    (p) => `wxpress\uFF1A\u8D26\u53F7 \`${p.account}\` \u7684\u53E6\u4E00\u6B21\u53D1\u5E03\u6B63\u5728\u8FD0\u884C\uFF08${p.pid === "" ? "\u6301\u6709\u8005\u4E0D\u660E" : `${p.host} \u4E0A\u7684 pid ${p.pid}\uFF0C\u59CB\u4E8E ${p.since}`}\uFF09\uFF1B\u4EC0\u4E48\u4E5F\u6CA1\u505A\u3002`
  ),
  lockHint: m(
    () => "hint: wait for it to finish; a lock of a killed run is taken over automatically.",
    () => "\u5EFA\u8BAE\uFF1A\u7B49\u5B83\u7ED3\u675F\uFF1B\u88AB\u5F3A\u884C\u7EC8\u6B62\u7684\u8FD0\u884C\u7559\u4E0B\u7684\u9501\u4F1A\u81EA\u52A8\u63A5\u7BA1\u3002"
  ),
  tookOver: m(
    (p) => `wxpress: took over a stale publish lock of account \`${p.account}\` (pid ${p.pid}, since ${p.since})`,
    (p) => `wxpress\uFF1A\u63A5\u7BA1\u4E86\u8D26\u53F7 \`${p.account}\` \u7684\u4E00\u4E2A\u8FC7\u671F\u53D1\u5E03\u9501\uFF08pid ${p.pid}\uFF0C\u59CB\u4E8E ${p.since}\uFF09`
  ),
  wouldCall: m(
    (p) => `    would call ${p.call}`,
    (p) => `    \u5C06\u8C03\u7528 ${p.call}`
  ),
  dryRunNoAlerts: m(
    () => "wxpress: a dry run posts no alerts on GitHub.",
    () => "wxpress\uFF1A\u8BD5\u8FD0\u884C\u4E0D\u4F1A\u5728 GitHub \u4E0A\u53D1\u544A\u8B66\u3002"
  ),
  dryRunBanner: m(
    () => "Dry run: no WeChat API call is made and the publish ledger is not written (only the render cache).",
    () => "\u8BD5\u8FD0\u884C\uFF1A\u4E0D\u8C03\u7528\u5FAE\u4FE1\u63A5\u53E3\uFF0C\u4E5F\u4E0D\u5199\u53D1\u5E03\u53F0\u8D26\uFF08\u53EA\u5199\u6E32\u67D3\u7F13\u5B58\uFF09\u3002"
  ),
  /** `via`: the redacted API base, or '' in a dry run. */
  header: m(
    (p) => `Publishing as of ${p.now}${p.via ? ` via ${p.via}` : ""}`,
    (p) => `\u6309 ${p.now} \u7684\u65F6\u95F4\u53D1\u5E03${p.via ? `\uFF0C\u7ECF\u7531 ${p.via}` : ""}`
  ),
  dryRunTotals: m(
    (p) => `Dry run: ${p.would} push(es) would be sent, ${p.drafted} drafted, ${p.failed} failed, ${p.missed} missed, ${p.blocked} blocked`,
    (p) => `\u8BD5\u8FD0\u884C\uFF1A\u5C06\u53D1\u9001 ${p.would} \u6B21\u63A8\u9001\uFF0C\u5B58\u8349\u7A3F ${p.drafted} \u6B21\uFF0C\u5931\u8D25 ${p.failed} \u6B21\uFF0C\u9519\u8FC7 ${p.missed} \u6B21\uFF0C\u88AB\u963B\u6B62 ${p.blocked} \u6B21`
  ),
  /** `sent`: by this run; `confirmed`: found sent by an earlier run or attempt (shown when > 0). */
  totals: m(
    (p) => `${p.sent} sent, ${p.confirmed ? `${p.confirmed} confirmed sent earlier, ` : ""}${p.drafted} drafted, ${p.failed} failed, ${p.missed} missed, ${p.blocked} blocked`,
    (p) => `\u5DF2\u53D1\u9001 ${p.sent} \u6B21\uFF0C${p.confirmed ? `\u786E\u8BA4\u6B64\u524D\u5DF2\u53D1\u51FA ${p.confirmed} \u6B21\uFF0C` : ""}\u5B58\u8349\u7A3F ${p.drafted} \u6B21\uFF0C\u5931\u8D25 ${p.failed} \u6B21\uFF0C\u9519\u8FC7 ${p.missed} \u6B21\uFF0C\u88AB\u963B\u6B62 ${p.blocked} \u6B21`
  ),
  proxyNotUrl: m(
    (p) => `${p.name} is not a URL (expected e.g. http://proxy.example.com:3128)`,
    (p) => `${p.name} \u4E0D\u662F\u7F51\u5740\uFF08\u5E94\u5F62\u5982 http://proxy.example.com:3128\uFF09`
  ),
  proxyNotHttp: m(
    (p) => `${p.name} must be an http:// or https:// URL, got ${p.protocol}`,
    (p) => `${p.name} \u5FC5\u987B\u662F http:// \u6216 https:// \u7F51\u5740\uFF0C\u800C\u4E0D\u662F ${p.protocol}`
  ),
  /** After a bad proxy setting: `wxpress: <proxyNotUrl or proxyNotHttp>`, then this hint. */
  proxyBad: m(
    (p) => `wxpress: ${p.error}
hint: set it to the proxy with the whitelisted egress IP, or unset it.`,
    (p) => `wxpress\uFF1A${p.error}
\u5EFA\u8BAE\uFF1A\u628A\u5B83\u8BBE\u4E3A\u51FA\u53E3 IP \u5728\u767D\u540D\u5355\u91CC\u7684\u4EE3\u7406\uFF0C\u6216\u8005\u53D6\u6D88\u8FD9\u4E2A\u8BBE\u7F6E\u3002`
  ),
  preflightNothing: m(
    () => "Preflight: no push to come; nothing to check.",
    () => "\u9884\u68C0\uFF1A\u6CA1\u6709\u5F85\u53D1\u7684\u63A8\u9001\uFF1B\u65E0\u9700\u68C0\u67E5\u3002"
  ),
  /** `accounts`: the account names, each in backticks, joined by `joinItems`. */
  preflightHeader: m(
    (p) => `Preflight of ${p.n} push(es) on ${p.accounts}: credentials, mode, follower tags`,
    (p) => `\u9884\u68C0 ${p.accounts} \u4E0A\u7684 ${p.n} \u6B21\u63A8\u9001\uFF1A\u51ED\u636E\u3001\u6A21\u5F0F\u3001\u7C89\u4E1D\u6807\u7B7E`
  ),
  preflightPassed: m(
    () => "Preflight passed.",
    () => "\u9884\u68C0\u901A\u8FC7\u3002"
  )
});

// src/i18n/messages/publish-renamed.ts
var WHY_EN = {
  content: "the same content",
  title: "the same title",
  slot: "the same slot on the same account"
};
var WHY_ZH = { content: "\u5185\u5BB9\u76F8\u540C", title: "\u6807\u9898\u76F8\u540C", slot: "\u63A8\u9001\u65F6\u95F4\u548C\u8D26\u53F7\u76F8\u540C" };
var STATE_EN = {
  sent: "was sent",
  sending: "was being sent (outcome unconfirmed)",
  failed: "had a send attempted"
};
var STATE_ZH = {
  sent: "\u53D1\u9001",
  sending: "\u53D1\u9001\uFF08\u7ED3\u679C\u672A\u786E\u8BA4\uFF09",
  failed: "\u5C1D\u8BD5\u53D1\u9001"
};
var why = (p, zh) => (zh ? WHY_ZH : WHY_EN)[p] ?? p;
var state = (p, zh) => (zh ? STATE_ZH : STATE_EN)[p] ?? (zh ? "\u5C1D\u8BD5\u53D1\u9001" : "had a send attempted");
var publishRenamedMessages = defineMessages("publishRenamed", {
  /** `why`: content | title | slot; `state`: the old ledger's state. */
  renamedAfterSend: m(
    (p) => `This article has no publish ledger, but \`${p.old}\`, whose folder no longer exists, ${state(p.state, false)} at ${p.when} (${p.file}, state ${p.state}) and has ${why(p.why, false)}: was the folder renamed after sending? Its push is blocked so that it is never sent twice`,
    (p) => `\u8FD9\u7BC7\u6587\u7AE0\u6CA1\u6709\u53D1\u5E03\u53F0\u8D26\uFF0C\u4F46\u6587\u4EF6\u5939\u5DF2\u4E0D\u5B58\u5728\u7684 \`${p.old}\` \u5DF2\u4E8E ${p.when} ${state(p.state, true)}\uFF08${p.file}\uFF0C\u72B6\u6001 ${p.state}\uFF09\uFF0C\u4E14${why(p.why, true)}\uFF1A\u662F\u4E0D\u662F\u53D1\u9001\u4E4B\u540E\u6539\u4E86\u6587\u4EF6\u5939\u540D\uFF1F\u4E3A\u4E86\u7EDD\u4E0D\u91CD\u590D\u53D1\u9001\uFF0C\u5B83\u6240\u5728\u7684\u63A8\u9001\u5DF2\u88AB\u963B\u6B62`
  ),
  renamedAfterSendHint: m(
    (p) => `If \`${p.old}\` was renamed to \`${p.slug}\`: rename the folder back to \`${p.old}\`, or move its ledger on the wxpress-state branch: \`git switch wxpress-state && git mv .wxpress/state/${p.old}.json .wxpress/state/${p.slug}.json\`, change \`"slug": "${p.old}"\` to \`"slug": "${p.slug}"\` in that file, commit and push. Only if it really is another article that must go out: \`git rm .wxpress/state/${p.old}.json\` on that branch.`,
    (p) => `\u5982\u679C \`${p.old}\` \u6539\u540D\u6210\u4E86 \`${p.slug}\`\uFF1A\u628A\u6587\u4EF6\u5939\u6539\u56DE \`${p.old}\`\uFF0C\u6216\u8005\u5728 wxpress-state \u5206\u652F\u4E0A\u79FB\u52A8\u5B83\u7684\u53F0\u8D26\uFF1A\`git switch wxpress-state && git mv .wxpress/state/${p.old}.json .wxpress/state/${p.slug}.json\`\uFF0C\u628A\u6587\u4EF6\u91CC\u7684 \`"slug": "${p.old}"\` \u6539\u6210 \`"slug": "${p.slug}"\`\uFF0C\u63D0\u4EA4\u5E76\u63A8\u9001\u3002\u53EA\u6709\u786E\u5B9E\u662F\u53E6\u4E00\u7BC7\u9700\u8981\u53D1\u9001\u7684\u6587\u7AE0\u65F6\uFF0C\u624D\u5728\u8BE5\u5206\u652F\u4E0A\u5220\u9664\u65E7\u53F0\u8D26\uFF1A\`git rm .wxpress/state/${p.old}.json\`\u3002`
  ),
  /** pr-check: `why` is title | slot; `slot` the old article's local slot. */
  slugChanged: m(
    (p) => `This article looks like \`${p.old}\`, which this pull request deletes (${why(p.why, false)}), and whose slot ${p.slot} has passed: the publish ledger is kept per folder name and does not follow a rename, so if \`${p.old}\` was sent, publishing \`${p.slug}\` will be blocked (publish/renamed-after-send)`,
    (p) => `\u8FD9\u7BC7\u6587\u7AE0\u770B\u8D77\u6765\u5C31\u662F\u672C PR \u5220\u9664\u7684 \`${p.old}\`\uFF08${why(p.why, true)}\uFF09\uFF0C\u800C\u5B83\u7684\u63A8\u9001\u65F6\u95F4 ${p.slot} \u5DF2\u7ECF\u8FC7\u53BB\uFF1A\u53D1\u5E03\u53F0\u8D26\u6309\u6587\u4EF6\u5939\u540D\u8BB0\u5F55\uFF0C\u4E0D\u4F1A\u968F\u6539\u540D\u8F6C\u79FB\uFF1B\u5982\u679C \`${p.old}\` \u5DF2\u7ECF\u53D1\u51FA\uFF0C\u53D1\u5E03 \`${p.slug}\` \u65F6\u4F1A\u88AB\u963B\u6B62\uFF08publish/renamed-after-send\uFF09`
  ),
  slugChangedHint: m(
    (p) => `Keep the folder name \`${p.old}\`; or, after merging, move its ledger on the wxpress-state branch (\`git mv .wxpress/state/${p.old}.json .wxpress/state/${p.slug}.json\` and change its \`"slug"\` to \`"${p.slug}"\`).`,
    (p) => `\u4FDD\u7559\u6587\u4EF6\u5939\u540D \`${p.old}\`\uFF1B\u6216\u8005\u5408\u5E76\u4E4B\u540E\u5728 wxpress-state \u5206\u652F\u4E0A\u79FB\u52A8\u5B83\u7684\u53F0\u8D26\uFF08\`git mv .wxpress/state/${p.old}.json .wxpress/state/${p.slug}.json\`\uFF0C\u5E76\u628A\u5176\u4E2D\u7684 \`"slug"\` \u6539\u6210 \`"${p.slug}"\`\uFF09\u3002`
  )
});

// src/i18n/messages/alerts-cli.ts
var ACTION_ZH2 = {
  created: "\u5DF2\u53D1\u8868",
  updated: "\u5DF2\u66F4\u65B0",
  unchanged: "\u6CA1\u6709\u53D8\u5316",
  skipped: "\u5DF2\u8DF3\u8FC7"
};
var KIND_ZH = { sent: "\u201C\u5DF2\u53D1\u9001\u201D", prepared: "\u201C\u5DF2\u51C6\u5907\u201D" };
var alertsCliMessages = defineMessages("alertsCli", {
  needGithub: m(
    () => "wxpress: alerts need GITHUB_TOKEN and GITHUB_REPOSITORY (owner/name); none posted.",
    () => "wxpress\uFF1A\u544A\u8B66\u9700\u8981 GITHUB_TOKEN \u548C GITHUB_REPOSITORY\uFF08owner/name\uFF09\uFF1B\u6CA1\u6709\u53D1\u4EFB\u4F55\u544A\u8B66\u3002"
  ),
  /** `forbidden`: 1 when GitHub answered 403/404 (the token lacks a permission). */
  notPosted: m(
    (p) => `wxpress: alerts not posted (what was published is unaffected): ${p.what}${p.forbidden ? " \u2014 the token needs issues: write / pull-requests: write" : ""}`,
    (p) => `wxpress\uFF1A\u544A\u8B66\u6CA1\u6709\u53D1\u51FA\uFF08\u5DF2\u53D1\u5E03\u7684\u5185\u5BB9\u4E0D\u53D7\u5F71\u54CD\uFF09\uFF1A${p.what}${p.forbidden ? "\u2014\u2014\u4EE4\u724C\u9700\u8981 issues: write / pull-requests: write \u6743\u9650" : ""}`
  ),
  preflightFailed: m(
    (p) => `wxpress: preflight failed: ${p.error}`,
    (p) => `wxpress\uFF1A\u9884\u68C0\u5931\u8D25\uFF1A${p.error}`
  ),
  /** `n`: the findings, 0 when it passed; `rules`: `; <rule id>` for each. */
  preflightVerdict: m(
    (p) => `  preflight: ${p.slug}: ${p.n ? `${p.n} finding(s)` : "passed"}${p.rules}`,
    (p) => `  \u9884\u68C0\uFF1A${p.slug}\uFF1A${p.n ? `${p.n} \u4E2A\u95EE\u9898` : "\u901A\u8FC7"}${p.rules}`
  ),
  line: m(
    (p) => `  alert: ${p.line}`,
    (p) => `  \u544A\u8B66\uFF1A${p.line}`
  ),
  issueOpened: m(
    (p) => `issue #${p.n} opened: ${p.title}`,
    (p) => `\u5DF2\u521B\u5EFA issue #${p.n}\uFF1A${p.title}`
  ),
  /** `reopened`: 1 when the issue was closed. */
  issueUpdated: m(
    (p) => `issue #${p.n} ${p.reopened ? "reopened" : "updated"}: ${p.title}`,
    (p) => `${p.reopened ? "\u5DF2\u91CD\u65B0\u6253\u5F00" : "\u5DF2\u66F4\u65B0"} issue #${p.n}\uFF1A${p.title}`
  ),
  issueUnchanged: m(
    (p) => `issue #${p.n} unchanged`,
    (p) => `issue #${p.n} \u6CA1\u6709\u53D8\u5316`
  ),
  issueClosed: m(
    (p) => `issue #${p.n} closed`,
    (p) => `\u5DF2\u5173\u95ED issue #${p.n}`
  ),
  /** `kind`: `sent` or `prepared` (the comment). */
  noPull: m(
    (p) => `${p.slug}: no pull request found for the commit that added it; "${p.kind}" not posted`,
    (p) => `${p.slug}\uFF1A\u627E\u4E0D\u5230\u6DFB\u52A0\u5B83\u7684\u63D0\u4EA4\u6240\u5C5E\u7684\u62C9\u53D6\u8BF7\u6C42\uFF1B\u6CA1\u6709\u53D1\u8868${KIND_ZH[p.kind] ?? p.kind}\u8BC4\u8BBA`
  ),
  sentAlready: m(
    (p) => `${p.slug}: "sent" already on #${p.pr}`,
    (p) => `${p.slug}\uFF1A#${p.pr} \u4E0A\u5DF2\u6709\u201C\u5DF2\u53D1\u9001\u201D\u8BC4\u8BBA`
  ),
  sentPosted: m(
    (p) => `${p.slug}: "sent" posted on #${p.pr}`,
    (p) => `${p.slug}\uFF1A\u5DF2\u5728 #${p.pr} \u4E0A\u53D1\u8868\u201C\u5DF2\u53D1\u9001\u201D\u8BC4\u8BBA`
  ),
  prepared: m(
    (p) => `${p.slug}: "prepared" ${p.action} on #${p.pr}`,
    (p) => `${p.slug}\uFF1A#${p.pr} \u4E0A\u7684\u201C\u5DF2\u51C6\u5907\u201D\u8BC4\u8BBA${ACTION_ZH2[p.action] ?? p.action}`
  )
});

// src/i18n/messages/pr-report.ts
var STEPS = {
  readPull: ["read the pull request", "\u8BFB\u53D6\u62C9\u53D6\u8BF7\u6C42"],
  checkRun: ["create the check run", "\u521B\u5EFA\u68C0\u67E5\u8FD0\u884C"],
  previews: ["publish the preview images", "\u53D1\u5E03\u9884\u89C8\u56FE"],
  suggestions: ["post the suggestions review", "\u53D1\u8868\u4FEE\u6539\u5EFA\u8BAE\u8BC4\u5BA1"],
  comment: ["write the sticky comment", "\u5199\u7F6E\u9876\u8BC4\u8BBA"]
};
var step = (key, zh) => STEPS[key]?.[zh ? 1 : 0] ?? key;
var ACTION_ZH3 = {
  created: "\u5DF2\u521B\u5EFA",
  updated: "\u5DF2\u66F4\u65B0",
  unchanged: "\u6CA1\u6709\u53D8\u5316",
  skipped: "\u5DF2\u8DF3\u8FC7"
};
var action = (a) => ACTION_ZH3[a] ?? a;
var prReportMessages = defineMessages("prReport", {
  noToken: m(
    () => "GITHUB_TOKEN is not set (give the job `secrets.GITHUB_TOKEN`).",
    () => "\u6CA1\u6709\u8BBE\u7F6E GITHUB_TOKEN\uFF08\u8BF7\u628A `secrets.GITHUB_TOKEN` \u4EA4\u7ED9\u8FD9\u4E2A\u4F5C\u4E1A\uFF09\u3002"
  ),
  badRepository: m(
    () => "GITHUB_REPOSITORY must be owner/name.",
    () => "GITHUB_REPOSITORY \u5FC5\u987B\u662F owner/name \u7684\u5F62\u5F0F\u3002"
  ),
  skipped: m(
    (p) => `skipped ${p.note}`,
    (p) => `\u5DF2\u8DF3\u8FC7 ${p.note}`
  ),
  eventTooLarge: m(
    (p) => `${p.file} is too large for an event`,
    (p) => `${p.file} \u592A\u5927\uFF0C\u4E0D\u50CF\u662F\u4E8B\u4EF6\u6587\u4EF6`
  ),
  eventNoHead: m(
    (p) => `${p.file}: workflow_run has no head_sha`,
    (p) => `${p.file}\uFF1Aworkflow_run \u91CC\u6CA1\u6709 head_sha`
  ),
  eventUnreadable: m(
    (p) => `cannot read the event ${p.file}: ${p.error}`,
    (p) => `\u65E0\u6CD5\u8BFB\u53D6\u4E8B\u4EF6\u6587\u4EF6 ${p.file}\uFF1A${p.error}`
  ),
  noPull: m(
    () => "the artifact names no pull request (pr-check ran outside one); nothing to report.",
    () => "\u4EA7\u7269\u6CA1\u6709\u6307\u660E\u62C9\u53D6\u8BF7\u6C42\uFF08pr-check \u4E0D\u662F\u5728\u62C9\u53D6\u8BF7\u6C42\u91CC\u8FD0\u884C\u7684\uFF09\uFF1B\u6CA1\u6709\u53EF\u62A5\u544A\u7684\u5185\u5BB9\u3002"
  ),
  noPullNumber: m(
    () => "the artifact names no pull request (pr.number is null); nothing to report on.",
    () => "\u4EA7\u7269\u6CA1\u6709\u6307\u660E\u62C9\u53D6\u8BF7\u6C42\uFF08pr.number \u4E3A null\uFF09\uFF1B\u6CA1\u6709\u53EF\u62A5\u544A\u7684\u5185\u5BB9\u3002"
  ),
  wrongPull: m(
    (p) => `the artifact names pull request #${p.n}, but the workflow run belongs to #${p.pulls}; not reporting.`,
    (p) => `\u4EA7\u7269\u6307\u660E\u7684\u662F\u62C9\u53D6\u8BF7\u6C42 #${p.n}\uFF0C\u4F46\u5DE5\u4F5C\u6D41\u8FD0\u884C\u5C5E\u4E8E #${p.pulls}\uFF1B\u4E0D\u4E88\u62A5\u544A\u3002`
  ),
  wrongSha: m(
    (p) => `the artifact is for ${p.artifact} but the workflow run is for ${p.run}; not reporting.`,
    (p) => `\u4EA7\u7269\u5BF9\u5E94 ${p.artifact}\uFF0C\u4F46\u5DE5\u4F5C\u6D41\u8FD0\u884C\u5BF9\u5E94 ${p.run}\uFF1B\u4E0D\u4E88\u62A5\u544A\u3002`
  ),
  moved: m(
    (p) => `pull request #${p.n} is now at ${p.head}, past the artifact's ${p.artifact}: nothing reported; the check of ${p.head} reports when it finishes.`,
    (p) => `\u62C9\u53D6\u8BF7\u6C42 #${p.n} \u5DF2\u7ECF\u66F4\u65B0\u5230 ${p.head}\uFF0C\u4E0D\u518D\u662F\u4EA7\u7269\u5BF9\u5E94\u7684 ${p.artifact}\uFF1A\u672C\u6B21\u4E0D\u62A5\u544A\uFF0C${p.head} \u7684\u68C0\u67E5\u5B8C\u6210\u540E\u4F1A\u62A5\u544A\u3002`
  ),
  failed: m(
    (p) => `${step(p.step, false)} failed: ${p.error}`,
    (p) => `${step(p.step, true)}\u5931\u8D25\uFF1A${p.error}`
  ),
  refused: m(
    (p) => `GitHub refused to ${step(p.step, false)} (HTTP 403: ${p.github}): this job needs \`pull-requests: write\` and \`checks: write\` (and \`contents: write\` for the preview images); a fork PR's token is read-only, so run pr-report from a \`workflow_run\` workflow.`,
    (p) => `GitHub \u62D2\u7EDD${step(p.step, true)}\uFF08HTTP 403\uFF1A${p.github}\uFF09\uFF1A\u8FD9\u4E2A\u4F5C\u4E1A\u9700\u8981 \`pull-requests: write\` \u548C \`checks: write\`\uFF08\u53D1\u5E03\u9884\u89C8\u56FE\u8FD8\u9700\u8981 \`contents: write\`\uFF09\uFF1B\u6765\u81EA fork \u7684\u62C9\u53D6\u8BF7\u6C42\u7684\u4EE4\u724C\u662F\u53EA\u8BFB\u7684\uFF0C\u6240\u4EE5\u8BF7\u5728 \`workflow_run\` \u5DE5\u4F5C\u6D41\u91CC\u8FD0\u884C pr-report\u3002`
  ),
  rejected: m(
    (p) => `GitHub rejected the token while trying to ${step(p.step, false)} (HTTP 401): check GITHUB_TOKEN.`,
    (p) => `\u5C1D\u8BD5${step(p.step, true)}\u65F6 GitHub \u62D2\u7EDD\u4E86\u4EE4\u724C\uFF08HTTP 401\uFF09\uFF1A\u68C0\u67E5 GITHUB_TOKEN\u3002`
  ),
  couldNot: m(
    (p) => `could not ${step(p.step, false)}: ${p.error}`,
    (p) => `\u65E0\u6CD5${step(p.step, true)}\uFF1A${p.error}`
  ),
  checkRun: m(
    (p) => `check run ${p.action} (${p.n} annotation${p.n === 1 ? "" : "s"}, ${p.requests} request${p.requests === 1 ? "" : "s"}): ${p.url}`,
    (p) => `\u68C0\u67E5\u8FD0\u884C${action(p.action)}\uFF08${p.n} \u6761\u6807\u6CE8\uFF0C${p.requests} \u6B21\u8BF7\u6C42\uFF09\uFF1A${p.url}`
  ),
  previews: m(
    (p) => `preview images ${p.action} on ${p.branch} (${p.n} files)`,
    (p) => `${p.branch} \u4E0A\u7684\u9884\u89C8\u56FE${action(p.action)}\uFF08${p.n} \u4E2A\u6587\u4EF6\uFF09`
  ),
  warning: m(
    (p) => `warning: ${p.text}`,
    (p) => `\u8B66\u544A\uFF1A${p.text}`
  ),
  suggestions: m(
    (p) => `suggestions: ${p.posted} posted, ${p.there} already there` + (p.left > 0 ? `, ${p.left} more not posted (at most ${p.max} per commit; \`check --fix\` fixes all)` : ""),
    (p) => `\u4FEE\u6539\u5EFA\u8BAE\uFF1A\u53D1\u8868 ${p.posted} \u6761\uFF0C\u5DF2\u6709 ${p.there} \u6761` + (p.left > 0 ? `\uFF0C\u53E6\u6709 ${p.left} \u6761\u6CA1\u6709\u53D1\u8868\uFF08\u6BCF\u4E2A\u63D0\u4EA4\u6700\u591A ${p.max} \u6761\uFF1B\`check --fix\` \u53EF\u5168\u90E8\u4FEE\u6B63\uFF09` : "")
  ),
  comment: m(
    (p) => `comment ${p.action} (${p.n} characters): ${p.url}`,
    (p) => `\u8BC4\u8BBA${action(p.action)}\uFF08${p.n} \u4E2A\u5B57\u7B26\uFF09\uFF1A${p.url}`
  )
});

// src/i18n/catalogue.ts
var AREAS = [
  commonMessages,
  configMessages,
  contentMessages,
  lintMessages,
  lintRuleMessages,
  reportMessages,
  planMessages,
  scheduleMessages,
  renderMessages,
  renderCliMessages,
  renderHtmlMessages,
  renderImageMessages,
  themeMessages,
  statsMessages,
  stateMessages,
  stateTransportMessages,
  cliMiscMessages,
  cliUsageMessages,
  prCheckMessages,
  previewMessages,
  initMessages,
  publishMessages,
  publishErrcodeMessages,
  publishStepMessages,
  publishCliMessages,
  publishRenamedMessages,
  alertsCliMessages,
  prReportMessages
];
var CATALOGUE = new Map(AREAS.flatMap((a) => Object.entries(a.entries)));
var messageIds = () => [...CATALOGUE.keys()];
function renderText(text, locale = "en", fallback) {
  if (!isMessage(text)) return text;
  const entry = CATALOGUE.get(text.id);
  if (!entry) return fallback ?? text.id;
  return locale === "zh-CN" ? entry.zh(text.params) : entry.en(text.params);
}
var t = (locale, message) => renderText(message, locale);

export {
  commonMessages,
  configMessages,
  contentMessages,
  scheduleMessages,
  lintMessages,
  lintRuleMessages,
  planMessages,
  relativeTime,
  reportMessages,
  renderMessages,
  renderCliMessages,
  renderHtmlMessages,
  renderImageMessages,
  themeMessages,
  statsMessages,
  cliMiscMessages,
  NOT_REPO,
  cliUsageMessages,
  prCheckMessages,
  initMessages,
  stateMessages,
  stateTransportMessages,
  stateReasonZh,
  publishMessages,
  publishErrcodeMessages,
  publishStepMessages,
  joinItems,
  publishCliMessages,
  publishRenamedMessages,
  alertsCliMessages,
  prReportMessages,
  messageIds,
  renderText,
  t
};
