import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  cliHelpAreas
} from "./chunk-W666XFH3.js";
import {
  problemZh
} from "./chunk-6YQ3DZCD.js";
import {
  previewMessages
} from "./chunk-S4VC6IKX.js";
import {
  defineMessages,
  isMessage,
  m,
  num,
  zhList
} from "./chunk-RGBDA2DB.js";

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
    (p) => `\u53EF\u9009\u503C\uFF1A${zhList(p.list)}\u3002`
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
  looseJson: m(
    () => "The config has a trailing comma, which is not JSON: wxpress reads it, editors and other JSON tools do not",
    () => "\u914D\u7F6E\u91CC\u591A\u4E86\u7ED3\u5C3E\u7684\u9017\u53F7\uFF0C\u8FD9\u4E0D\u662F\u5408\u6CD5\u7684 JSON\uFF1Awxpress \u80FD\u8BFB\uFF0C\u7F16\u8F91\u5668\u548C\u5176\u4ED6 JSON \u5DE5\u5177\u4F1A\u62A5\u9519"
  ),
  looseJsonHint: m(
    () => "Remove the comma before the `}` or `]`.",
    () => "\u5220\u6389 `}` \u6216 `]` \u524D\u9762\u591A\u4F59\u7684\u9017\u53F7\u3002"
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
    (p) => `\u914D\u7F6E${p.at ? ` \`${p.at}\` ` : ""}\u65E0\u6548\uFF08${p.problemZh ?? p.problem}\uFF09${p.value ? `\uFF1A${p.value}` : ""}`
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
  unknownSlugMisnamed: m(
    (p) => `No article \`${p.slug}\` in ${p.dir}/: its file ${p.file} is not read, an article file is named \`index.md\``,
    (p) => `${p.dir}/ \u91CC\u6CA1\u6709\u6587\u7AE0 \`${p.slug}\`\uFF1A\u5B83\u7684\u6587\u4EF6 ${p.file} \u4E0D\u4F1A\u88AB\u8BFB\u53D6\uFF0C\u6587\u7AE0\u6587\u4EF6\u5FC5\u987B\u547D\u540D\u4E3A \`index.md\``
  ),
  indexName: m(
    (p) => `${p.file} is not read: an article file is named \`index.md\` (in lowercase), not \`${p.name}\``,
    (p) => `${p.file} \u4E0D\u4F1A\u88AB\u8BFB\u53D6\uFF1A\u6587\u7AE0\u6587\u4EF6\u5E94\u547D\u540D\u4E3A \`index.md\`\uFF08\u5C0F\u5199\uFF09\uFF0C\u800C\u4E0D\u662F \`${p.name}\``
  ),
  indexNameHint: m(
    (p) => `Rename it: \`git mv ${p.file} ${p.to}\`. A case-insensitive disk (macOS, Windows) reads it as it is, CI and publish do not.`,
    (p) => `\u628A\u5B83\u6539\u540D\uFF1A\`git mv ${p.file} ${p.to}\`\u3002\u4E0D\u533A\u5206\u5927\u5C0F\u5199\u7684\u78C1\u76D8\uFF08macOS\u3001Windows\uFF09\u4E0A\u80FD\u7167\u6837\u8BFB\u5230\u5B83\uFF0CCI \u548C\u53D1\u5E03\u5374\u8BFB\u4E0D\u5230\u3002`
  ),
  runPlan: m(
    () => "Run `wxpress plan` to list the articles.",
    () => "\u8FD0\u884C `wxpress plan` \u53EF\u4EE5\u5217\u51FA\u6240\u6709\u6587\u7AE0\u3002"
  ),
  contentOutside: m(
    (p) => `The content folder ${p.dir} is outside the site: wxpress reads articles only inside it`,
    (p) => `\u5185\u5BB9\u6587\u4EF6\u5939 ${p.dir} \u5728\u7AD9\u70B9\u4E4B\u5916\uFF1Awxpress \u53EA\u8BFB\u53D6\u7AD9\u70B9\u91CC\u7684\u6587\u7AE0`
  ),
  contentOutsideHint: m(
    () => "Run wxpress in the site that holds this folder, or move the articles into this site\u2019s content/.",
    () => "\u5230\u5305\u542B\u8FD9\u4E2A\u6587\u4EF6\u5939\u7684\u7AD9\u70B9\u91CC\u8FD0\u884C wxpress\uFF0C\u6216\u8005\u628A\u6587\u7AE0\u79FB\u5230\u672C\u7AD9\u70B9\u7684 content/ \u91CC\u3002"
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
    (p) => `\u8BF7\u5728\u7AD9\u70B9\u6839\u76EE\u5F55\u8FD0\u884C wxpress\uFF0C\u6216\u7528 ${p.flag ? "`--content`" : "`--content` \u6216\u914D\u7F6E `content`\uFF08\u9ED8\u8BA4 `content/`\uFF09"} \u6307\u5411\u5B58\u653E <slug>/index.md \u7684\u6587\u4EF6\u5939\uFF08\`wxpress init\` \u53EF\u4EE5\u751F\u6210\u7AD9\u70B9\u9AA8\u67B6\uFF09\u3002`
  )
});

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
  draftIgnored: m(
    (p) => `\`${p.key}: ${p.value}\`: wxpress has no \`draft\` key and would send this article at its \`slot\` all the same; it is blocked until the line is gone`,
    (p) => `\`${p.key}: ${p.value}\`\uFF1Awxpress \u4E0D\u8BA4 \`draft\`\uFF0C\u6709 \`slot\` \u7684\u6587\u7AE0\u7167\u6837\u4F1A\u6309\u65F6\u53D1\u51FA\uFF1B\u5220\u6389\u8FD9\u4E00\u884C\u4E4B\u524D\uFF0C\u8FD9\u7BC7\u6587\u7AE0\u4E0D\u4F1A\u53D1\u9001`
  ),
  draftIgnoredHint: m(
    (p) => `Not to be sent: remove \`slot\` (an article without one is never sent). To have it only saved to WeChat's draft box at its slot: write \`mode: draft\`. Then delete the \`${p.key}:\` line.`,
    (p) => `\u4E0D\u60F3\u53D1\u5E03\u5C31\u5220\u6389 \`slot\`\uFF08\u6CA1\u6709 slot \u7684\u6587\u7AE0\u4E0D\u4F1A\u53D1\u51FA\uFF09\uFF1B\u60F3\u5230\u65F6\u53EA\u5B58\u8FDB\u516C\u4F17\u53F7\u8349\u7A3F\u7BB1\uFF0C\u5C31\u6539\u7528 \`mode: draft\`\u3002\u7136\u540E\u5220\u6389 \`${p.key}:\` \u8FD9\u4E00\u884C\u3002`
  ),
  draftUnused: m(
    (p) => `\`${p.key}: ${p.value}\` is not used: wxpress has no \`draft\` key; an article with a \`slot\` is sent at it`,
    (p) => `\`${p.key}: ${p.value}\` \u4E0D\u8D77\u4F5C\u7528\uFF1Awxpress \u4E0D\u8BA4 \`draft\`\uFF0C\u6709 \`slot\` \u7684\u6587\u7AE0\u5230\u65F6\u5C31\u4F1A\u53D1\u51FA`
  ),
  draftUnusedHint: m(
    (p) => `Delete the \`${p.key}:\` line. To keep an article from being sent, remove its \`slot\`; to only save it to WeChat's draft box, write \`mode: draft\`.`,
    (p) => `\u5220\u6389 \`${p.key}:\` \u8FD9\u4E00\u884C\u3002\u4E0D\u60F3\u53D1\u5E03\u5C31\u5220\u6389 \`slot\`\uFF1B\u53EA\u60F3\u5B58\u8FDB\u516C\u4F17\u53F7\u8349\u7A3F\u7BB1\u5C31\u7528 \`mode: draft\`\u3002`
  ),
  knownKeys: m(
    (p) => `Known keys: ${p.list}.`,
    (p) => `\u53EF\u7528\u7684\u952E\uFF1A${zhList(p.list)}\u3002`
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
  lineBreak: m(
    (p) => `\`${p.key}\` has a line break; WeChat shows it on one line and would send the break with it: ${p.value}`,
    (p) => `\`${p.key}\` \u91CC\u6709\u6362\u884C\uFF1A\u5FAE\u4FE1\u53EA\u663E\u793A\u4E00\u884C\uFF0C\u6362\u884C\u5374\u4F1A\u539F\u6837\u53D1\u51FA\u53BB\uFF1A${p.value}`
  ),
  lineBreakHint: m(
    (p) => `Write \`${p.key}\` on one line, right after \`${p.key}:\` (not as a \`|\` or \`>\` block).`,
    (p) => `\u628A \`${p.key}\` \u5199\u6210\u4E00\u884C\uFF0C\u7D27\u8DDF\u5728 \`${p.key}:\` \u540E\u9762\uFF08\u4E0D\u8981\u7528 \`|\` \u6216 \`>\` \u5757\uFF09\u3002`
  ),
  controlChar: m(
    (p) => `\`${p.key}\` holds the invisible control character ${p.code}, which would be sent to WeChat as it is: ${p.value}`,
    (p) => `\`${p.key}\` \u91CC\u6709\u4E0D\u53EF\u89C1\u7684\u63A7\u5236\u5B57\u7B26 ${p.code}\uFF0C\u4F1A\u539F\u6837\u53D1\u7ED9\u5FAE\u4FE1\uFF1A${p.value}`
  ),
  controlCharHint: m(
    (p) => `Type \`${p.key}\` again without it (such characters come with copy-paste, or from a \`\\0\` or \`\\e\` escape in double quotes).`,
    (p) => `\u53BB\u6389\u8FD9\u4E2A\u5B57\u7B26\uFF0C\u91CD\u65B0\u8F93\u5165 \`${p.key}\`\uFF08\u8FD9\u7C7B\u5B57\u7B26\u591A\u534A\u662F\u590D\u5236\u7C98\u8D34\u5E26\u8FDB\u6765\u7684\uFF0C\u6216\u6765\u81EA\u53CC\u5F15\u53F7\u91CC\u7684 \`\\0\`\u3001\`\\e\` \u8F6C\u4E49\uFF09\u3002`
  ),
  accounts: m(
    (p) => `Accounts in the config: ${p.list}.`,
    (p) => `\u914D\u7F6E\u91CC\u7684\u8D26\u53F7\uFF1A${zhList(p.list)}\u3002`
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
  hintSlot: m(
    () => "Write when to publish, e.g. `slot: 2027-04-15T20:00:00+08:00`; to leave the article unscheduled, remove the line.",
    () => "\u5199\u4E0A\u53D1\u5E03\u65F6\u95F4\uFF0C\u4F8B\u5982 `slot: 2027-04-15T20:00:00+08:00`\uFF1B\u6682\u4E0D\u6392\u671F\u5C31\u5220\u6389\u8FD9\u4E00\u884C\u3002"
  ),
  hintSourceUrl: m(
    () => "Write the full address of the original, e.g. `source_url: https://example.com/post`, or remove the line.",
    () => "\u5199\u539F\u6587\u7684\u5B8C\u6574\u7F51\u5740\uFF0C\u4F8B\u5982 `source_url: https://example.com/post`\uFF0C\u6216\u5220\u6389\u8FD9\u4E00\u884C\u3002"
  ),
  hintOrder: m(
    () => "Write a whole number: 1 for the head article, 2 for the next \u2026",
    () => "\u5199\u4E00\u4E2A\u6574\u6570\uFF1A\u5934\u6761\u5199 1\uFF0C\u7B2C\u4E8C\u7BC7\u5199 2\uFF0C\u4F9D\u6B64\u7C7B\u63A8\u3002"
  ),
  hintText: m(
    (p) => `Write \`${p.key}\` as one line of text, or remove the line.`,
    (p) => `\u628A \`${p.key}\` \u5199\u6210\u4E00\u884C\u6587\u5B57\uFF0C\u6216\u5220\u6389\u8FD9\u4E00\u884C\u3002`
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
  INDENTED_KEY: (error) => {
    const [key, parent] = [...error.matchAll(/`([^`]+)`/g)].map((m2) => m2[1]);
    return key && parent ? `\u8FD9\u4E00\u884C\u6BD4\u4E0A\u4E00\u884C\u591A\u7F29\u8FDB\u4E86\uFF0CYAML \u628A \`${key}\` \u8BFB\u6210\u4E86 \`${parent}\` \u7684\u503C\u7684\u4E00\u90E8\u5206` : "\u8FD9\u4E00\u884C\u6BD4\u4E0A\u4E00\u884C\u591A\u7F29\u8FDB\u4E86\uFF0CYAML \u628A\u5B83\u8BFB\u6210\u4E86\u4E0A\u4E00\u4E2A\u503C\u7684\u4E00\u90E8\u5206";
  },
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
  MULTIPLE_DOCS: "front-matter \u91CC\u51FA\u73B0\u4E86\u7B2C\u4E8C\u4E2A `---`",
  TOO_DEEP: "\u65B9\u62EC\u53F7\u3001\u82B1\u62EC\u53F7\u6216\u7F29\u8FDB\u5D4C\u5957\u4E86\u6210\u5343\u4E0A\u4E07\u5C42",
  ALIAS_COUNT: "\u522B\u540D\uFF08`*name`\uFF09\u5C55\u5F00\u51FA\u7684\u503C\u592A\u591A"
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
  unwritable: m(
    (p) => `Cannot write the fixes to ${p.file} (${p.code}); it is left as it was`,
    (p) => `\u65E0\u6CD5\u628A\u4FEE\u6B63\u5199\u5165 ${p.file}\uFF08${p.code}\uFF09\uFF0C\u6587\u4EF6\u4FDD\u6301\u539F\u6837`
  ),
  unwritableHint: m(
    (p) => `Check that you may write ${p.file} (its permissions and owner) and that the disk is not full, then run \`check --fix\` again.`,
    (p) => `\u8BF7\u786E\u8BA4\u4F60\u6709\u6743\u5199\u5165 ${p.file}\uFF08\u68C0\u67E5\u6587\u4EF6\u6743\u9650\u548C\u6240\u6709\u8005\uFF09\u4E14\u78C1\u76D8\u672A\u6EE1\uFF0C\u7136\u540E\u91CD\u65B0\u8FD0\u884C \`check --fix\`\u3002`
  ),
  folderTooLong: m(
    (p) => `The folder name of ${p.folder} is ${p.bytes} bytes in UTF-8 (at most ${p.max}): the files wxpress names after it (the ledger .wxpress/state/<name>.json and the temporary file it is written through, render's <name>.html) would pass the 255-byte limit of a file name`,
    (p) => `${p.folder} \u7684\u6587\u4EF6\u5939\u540D\u6309 UTF-8 \u6709 ${p.bytes} \u5B57\u8282\uFF08\u6700\u591A ${p.max} \u5B57\u8282\uFF09\uFF1A\u4EE5\u5B83\u547D\u540D\u7684\u6587\u4EF6\uFF08\u53D1\u5E03\u53F0\u8D26 .wxpress/state/<\u6587\u4EF6\u5939\u540D>.json \u53CA\u5199\u5165\u5B83\u65F6\u7684\u4E34\u65F6\u6587\u4EF6\u3001render \u8F93\u51FA\u7684 <\u6587\u4EF6\u5939\u540D>.html\uFF09\u4F1A\u8D85\u8FC7\u6587\u4EF6\u540D 255 \u5B57\u8282\u7684\u4E0A\u9650`
  ),
  folderTooLongHint: m(
    (p) => `Shorten the folder name to at most ${p.max} bytes (${p.chars} Chinese characters).`,
    (p) => `\u7F29\u77ED\u6587\u4EF6\u5939\u540D\uFF1A\u6700\u591A ${p.max} \u5B57\u8282\uFF08${p.chars} \u4E2A\u6C49\u5B57\uFF09\u3002`
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
  tooComplex: m(
    (p) => `This paragraph has ${num(p.n)} emphasis and link marks (\`*\`, \`_\`, \`~\`, \`[\`, \`]\`), more than wxpress can parse in reasonable time; the article is not linted or rendered`,
    (p) => `\u8FD9\u4E00\u6BB5\u6709 ${num(p.n)} \u4E2A\u5F3A\u8C03\u548C\u94FE\u63A5\u7B26\u53F7\uFF08\`*\`\u3001\`_\`\u3001\`~\`\u3001\`[\`\u3001\`]\`\uFF09\uFF0C\u591A\u5230 wxpress \u65E0\u6CD5\u5728\u5408\u7406\u65F6\u95F4\u5185\u89E3\u6790\uFF0C\u672C\u6587\u4E0D\u505A\u68C0\u67E5\u548C\u6E32\u67D3`
  ),
  tooComplexHint: m(
    () => "Put generated or pasted text in a fenced code block (```), or split it into shorter paragraphs.",
    () => "\u628A\u751F\u6210\u6216\u7C98\u8D34\u6765\u7684\u6587\u5B57\u653E\u8FDB\u4EE3\u7801\u5757\uFF08```\uFF09\uFF0C\u6216\u62C6\u6210\u8F83\u77ED\u7684\u6BB5\u843D\u3002"
  ),
  tooManySetext: m(
    (p) => `The article has ${num(p.n)} headings underlined with \`===\` or \`---\` (setext headings), more than wxpress can parse in reasonable time; the article is not linted or rendered`,
    (p) => `\u6587\u7AE0\u6709 ${num(p.n)} \u4E2A\u7528 \`===\` \u6216 \`---\` \u4E0B\u5212\u7EBF\u5199\u7684\u6807\u9898\uFF08setext \u6807\u9898\uFF09\uFF0C\u591A\u5230 wxpress \u65E0\u6CD5\u5728\u5408\u7406\u65F6\u95F4\u5185\u89E3\u6790\uFF0C\u672C\u6587\u4E0D\u505A\u68C0\u67E5\u548C\u6E32\u67D3`
  ),
  tooManySetextHint: m(
    () => "Write headings with `#` (`## \u5C0F\u6807\u9898`); a line of `---` under text makes that text a heading.",
    () => "\u6807\u9898\u8BF7\u7528 `#` \u5199\uFF08`## \u5C0F\u6807\u9898`\uFF09\uFF1B\u6587\u5B57\u4E0B\u4E00\u884C\u7684 `---` \u4F1A\u628A\u8FD9\u884C\u6587\u5B57\u53D8\u6210\u6807\u9898\u3002"
  ),
  tooManyLines: m(
    (p) => `The article has ${num(p.n)} lines of text (code blocks not counted), more than the ${num(p.max)} wxpress reads; it is not linted or rendered`,
    (p) => `\u6587\u7AE0\u6709 ${num(p.n)} \u884C\u6587\u5B57\uFF08\u4E0D\u7B97\u4EE3\u7801\u5757\uFF09\uFF0C\u8D85\u8FC7 wxpress \u80FD\u5904\u7406\u7684 ${num(p.max)} \u884C\uFF0C\u4E0D\u505A\u68C0\u67E5\u548C\u6E32\u67D3`
  ),
  tooManyLinesHint: m(
    () => "WeChat takes fewer than 20,000 characters of visible text per article; split it into several articles, or put data in a table image or a linked file.",
    () => "\u5FAE\u4FE1\u6BCF\u7BC7\u6587\u7AE0\u7684\u53EF\u89C1\u6587\u5B57\u987B\u5C11\u4E8E 20,000 \u5B57\uFF1B\u8BF7\u62C6\u6210\u51E0\u7BC7\u6587\u7AE0\uFF0C\u6216\u628A\u6570\u636E\u505A\u6210\u56FE\u7247\u3001\u653E\u5230\u94FE\u63A5\u7684\u6587\u4EF6\u91CC\u3002"
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
    (p) => `Remove one of the two \`${p.key}\` lines${p.first ? ` (line ${p.first} or ${p.second})` : ""}; YAML keeps only one value per key: until then the later one${p.first ? ` (line ${p.second})` : ""} is checked and used.`,
    (p) => `\u5220\u6389\u4E24\u884C \`${p.key}\` \u4E2D\u7684\u4E00\u884C${p.first ? `\uFF08\u7B2C ${p.first} \u884C\u6216\u7B2C ${p.second} \u884C\uFF09` : ""}\uFF1BYAML \u6BCF\u4E2A\u952E\u53EA\u80FD\u6709\u4E00\u4E2A\u503C\uFF0C\u5220\u6389\u4E4B\u524D\u6309\u540E\u4E00\u884C${p.first ? `\uFF08\u7B2C ${p.second} \u884C\uFF09` : ""}\u7684\u503C\u68C0\u67E5\u548C\u4F7F\u7528\u3002`
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

// src/i18n/messages/content-yaml.ts
var contentYamlMessages = defineMessages("content", {
  /** `key`: the top-level key of the value, or '' when the quote is not in one. */
  unclosedQuote: m(
    (p) => `Front-matter is not valid YAML: the \`${p.quote}\` quote opened here${p.key ? ` (\`${p.key}\`)` : ""} is never closed`,
    (p) => `front-matter \u4E0D\u662F\u5408\u6CD5\u7684 YAML\uFF1A${p.key ? `\`${p.key}\` \u7684\u503C\u5F00\u5934\u7684` : "\u8FD9\u91CC\u7684"} \`${p.quote}\` \u6CA1\u6709\u914D\u5BF9\u7684\u5F15\u53F7`
  ),
  /** `key`: the top-level key of the value, or '' when the bracket is not in one. */
  unclosedFlow: m(
    (p) => `Front-matter is not valid YAML: the \`${p.open}\` opened here${p.key ? ` (\`${p.key}\`)` : ""} has no matching \`${p.close}\``,
    (p) => `front-matter \u4E0D\u662F\u5408\u6CD5\u7684 YAML\uFF1A${p.key ? `\`${p.key}\` \u7684\u503C\u5F00\u5934\u7684` : "\u8FD9\u91CC\u7684"} \`${p.open}\` \u6CA1\u6709\u914D\u5BF9\u7684 \`${p.close}\``
  ),
  unclosedQuoteHint: m(
    (p) => `The \`${p.quote}\` on line ${p.line} is never closed, so YAML reads the rest of the front-matter as part of this value: end the value with \`${p.quote}\`, or remove the \`${p.quote}\`.`,
    (p) => `\u7B2C ${p.line} \u884C\u7684 \`${p.quote}\` \u6CA1\u6709\u914D\u5BF9\u7684\u5F15\u53F7\uFF0CYAML \u4F1A\u628A\u540E\u9762\u6574\u6BB5 front-matter \u90FD\u5F53\u6210\u8FD9\u4E2A\u503C\uFF1A\u5728\u8FD9\u4E2A\u503C\u7684\u672B\u5C3E\u8865\u4E0A \`${p.quote}\`\uFF0C\u6216\u8005\u53BB\u6389\u5F00\u5934\u7684 \`${p.quote}\`\u3002`
  ),
  unclosedFlowHint: m(
    (p) => `The \`${p.open}\` on line ${p.line} is never closed: end the value with \`${p.close}\`, or remove the \`${p.open}\` (one value needs no brackets).`,
    (p) => `\u7B2C ${p.line} \u884C\u7684 \`${p.open}\` \u6CA1\u6709\u914D\u5BF9\u7684 \`${p.close}\`\uFF1A\u5728\u8FD9\u4E2A\u503C\u7684\u672B\u5C3E\u8865\u4E0A \`${p.close}\`\uFF0C\u6216\u8005\u53BB\u6389 \`${p.open}\`\uFF08\u53EA\u6709\u4E00\u4E2A\u503C\u65F6\u4E0D\u9700\u8981\u62EC\u53F7\uFF09\u3002`
  ),
  /** `what`: `colon` (a full-width colon after the key) or `space` (an unusual space after the colon). */
  wideColon: m(
    (p) => p.what === "colon" ? `\`${p.key}\` is followed by a full-width colon \`\uFF1A\`: YAML reads the line as text, not as a key` : `The space after \`${p.key}:\` is ${p.code}, not an ordinary space: YAML does not read the line as a key`,
    (p) => p.what === "colon" ? `\`${p.key}\` \u540E\u9762\u662F\u5168\u89D2\u5192\u53F7\u300C\uFF1A\u300D\uFF1AYAML \u4F1A\u628A\u8FD9\u4E00\u884C\u5F53\u6210\u666E\u901A\u6587\u5B57\uFF0C\u800C\u4E0D\u662F\u952E` : `\`${p.key}:\` \u540E\u9762\u7684\u7A7A\u683C\u662F ${p.code}\uFF0C\u4E0D\u662F\u666E\u901A\u7A7A\u683C\uFF1AYAML \u4E0D\u4F1A\u628A\u8FD9\u4E00\u884C\u5F53\u6210\u952E`
  ),
  wideColonHint: m(
    (p) => `On line ${p.line}, write a half-width colon and an ordinary space: \`${p.key}: \u2026\` (a Chinese input method types \`\uFF1A\`).`,
    (p) => `\u628A\u7B2C ${p.line} \u884C\u5199\u6210\u534A\u89D2\u5192\u53F7\u52A0\u666E\u901A\u7A7A\u683C\uFF1A\`${p.key}: \u2026\`\uFF08\u4E2D\u6587\u8F93\u5165\u6CD5\u6253\u51FA\u7684\u662F\u5168\u89D2\u300C\uFF1A\u300D\uFF09\u3002`
  ),
  indentedKeyHint: m(
    (p) => `Remove the spaces at the start of line ${p.line}, so its key starts in the same column as the keys above it.`,
    (p) => `\u5220\u6389\u7B2C ${p.line} \u884C\u5F00\u5934\u591A\u51FA\u7684\u7A7A\u683C\uFF0C\u8BA9\u8FD9\u4E2A\u952E\u548C\u4E0A\u9762\u7684\u952E\u5DE6\u5BF9\u9F50\u3002`
  ),
  tabIndentHint: m(
    (p) => `Replace the Tab at the start of line ${p.line} with spaces (two spaces per level of indentation).`,
    (p) => `\u628A\u7B2C ${p.line} \u884C\u5F00\u5934\u7684 Tab \u6362\u6210\u7A7A\u683C\uFF08\u6BCF\u4E00\u5C42\u7F29\u8FDB\u7528\u4E24\u4E2A\u7A7A\u683C\uFF09\u3002`
  )
});

// src/i18n/messages/duration.ts
function durationZh(minutes) {
  const h = Math.floor(minutes / 60);
  const m2 = Math.round(minutes % 60);
  if (h === 0) return `${m2} \u5206\u949F`;
  return `${h} \u5C0F\u65F6${m2 ? ` ${m2} \u5206\u949F` : ""}`;
}
function durationEn(minutes) {
  const h = Math.floor(minutes / 60);
  const m2 = Math.round(minutes % 60);
  if (h === 0) return `${m2} minute${m2 === 1 ? "" : "s"}`;
  if (m2 === 0) return `${h} hour${h === 1 ? "" : "s"}`;
  return `${h} h ${m2} min`;
}

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
var scheduleMessages = defineMessages("schedule", {
  tooMany: m(
    (p) => `${p.n} articles share the slot ${p.when}; a push holds at most ${p.max}: ${p.names}`,
    (p) => `${p.n} \u7BC7\u6587\u7AE0\u5171\u7528\u63A8\u9001\u65F6\u95F4 ${zhWhen(p.when)}\uFF0C\u4E00\u6B21\u63A8\u9001\u6700\u591A ${p.max} \u7BC7\uFF1A${zhList(p.names)}`
  ),
  tooManyHint: m(
    () => "Move some articles to another slot.",
    () => "\u628A\u90E8\u5206\u6587\u7AE0\u632A\u5230\u522B\u7684\u63A8\u9001\u65F6\u95F4\u3002"
  ),
  mixedAudience: m(
    (p) => `Same slot ${p.when} as ${p.names} but a different audience (${p.mine} vs ${p.theirs})`,
    (p) => `\u4E0E ${zhList(p.names)} \u7684\u63A8\u9001\u65F6\u95F4\u540C\u4E3A ${zhWhen(p.when)}\uFF0C\u4F46\u53D7\u4F17\u4E0D\u540C\uFF08${p.mine} \u4E0E ${zhList(p.theirs)}\uFF09`
  ),
  mixedAudienceHint: m(
    () => "Articles of one push go to one audience: align `audience`, or move one article to another slot.",
    () => "\u540C\u4E00\u6B21\u63A8\u9001\u7684\u6587\u7AE0\u53EA\u80FD\u53D1\u7ED9\u540C\u4E00\u53D7\u4F17\uFF1A\u7EDF\u4E00 `audience`\uFF0C\u6216\u628A\u5176\u4E2D\u4E00\u7BC7\u632A\u5230\u522B\u7684\u63A8\u9001\u65F6\u95F4\u3002"
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
    (p) => `${p.s ? `\u662F\u4E0D\u662F\u60F3\u5199 \`${p.s}\`\uFF1F` : ""}\u8D26\u53F7 \`${p.account}\` \u7684\u7C89\u4E1D\u6807\u7B7E\uFF1A${zhList(p.list)}\uFF08\u8981\u53D1\u7ED9\u6240\u6709\u7C89\u4E1D\uFF0C\u8BF7\u5199 \`${p.all}\`\uFF09\u3002`
  ),
  past: m(
    (p) => `Slot ${p.when} passed more than ${durationEn(p.minutes)} ago and the article was never sent`,
    (p) => `\u63A8\u9001\u65F6\u95F4 ${zhWhen(p.when)} \u5DF2\u8FC7\u53BB\u8D85\u8FC7 ${durationZh(p.minutes)}\uFF0C\u6587\u7AE0\u5374\u4ECE\u672A\u53D1\u51FA`
  ),
  pastHint: m(
    (p) => `Move the slot to a future time: publish sends a push at most ${durationEn(p.minutes)} late (schedule.maxLatenessMinutes).`,
    (p) => `\u628A\u63A8\u9001\u65F6\u95F4\u6539\u5230\u5C06\u6765\uFF1A\u53D1\u5E03\u6700\u591A\u8FDF\u53D1 ${durationZh(p.minutes)}\uFF08schedule.maxLatenessMinutes\uFF09\uFF0C\u5DF2\u7ECF\u8FC7\u4E86\u8FD9\u4E2A\u65F6\u9650\u3002`
  ),
  /** `late`: minutes since the slot; `until`: the last time publish still sends it. */
  late: m(
    (p) => `Slot ${p.when} passed ${durationEn(p.late)} ago and the article is not sent yet: the next publish run sends it late (until ${p.until})`,
    (p) => `\u63A8\u9001\u65F6\u95F4 ${zhWhen(p.when)} \u5DF2\u8FC7\u53BB ${durationZh(p.late)}\uFF0C\u6587\u7AE0\u8FD8\u6CA1\u6709\u53D1\u51FA\uFF1A\u4E0B\u4E00\u6B21\u53D1\u5E03\u8FD0\u884C\u4ECD\u4F1A\u8865\u53D1\uFF08\u6700\u665A\u5230 ${zhWhen(p.until)}\uFF09`
  ),
  lateHint: m(
    (p) => `Nothing to do if a publish run comes before ${p.until} (schedule.maxLatenessMinutes: ${p.minutes}); to send it at another time, move the slot.`,
    (p) => `\u53EA\u8981 ${zhWhen(p.until)} \u4E4B\u524D\u6709\u4E00\u6B21\u53D1\u5E03\u8FD0\u884C\uFF0C\u5C31\u4EC0\u4E48\u4E5F\u4E0D\u7528\u505A\uFF08schedule.maxLatenessMinutes\uFF1A${p.minutes}\uFF09\uFF1B\u60F3\u6362\u4E2A\u65F6\u95F4\u53D1\uFF0C\u5C31\u4FEE\u6539\u63A8\u9001\u65F6\u95F4\u3002`
  ),
  leadTime: m(
    (p) => `Slot ${p.when} is less than ${p.minutes} minutes away`,
    (p) => `\u63A8\u9001\u65F6\u95F4 ${zhWhen(p.when)} \u8DDD\u73B0\u5728\u4E0D\u5230 ${p.minutes} \u5206\u949F`
  ),
  leadTimeHint: m(
    () => "Leave time for review and the draft upload, or pick a later slot.",
    () => "\u7ED9\u5BA1\u7A3F\u548C\u4E0A\u4F20\u8349\u7A3F\u7559\u51FA\u65F6\u95F4\uFF0C\u6216\u9009\u4E00\u4E2A\u66F4\u665A\u7684\u63A8\u9001\u65F6\u95F4\u3002"
  ),
  farFuture: m(
    (p) => `Slot ${p.when} is more than ${p.days} days ahead`,
    (p) => `\u63A8\u9001\u65F6\u95F4 ${zhWhen(p.when)} \u5728 ${p.days} \u5929\u4E4B\u540E`
  ),
  farFutureHint: m(
    () => "Check the year of the slot.",
    () => "\u68C0\u67E5\u4E00\u4E0B\u63A8\u9001\u65F6\u95F4\u7684\u5E74\u4EFD\u3002"
  ),
  digestHidden: m(
    (p) => `The push of ${p.when} holds ${p.n} articles: WeChat shows no digest in a multi-article push, so this one will not show`,
    (p) => `${zhWhen(p.when)} \u7684\u63A8\u9001\u6709 ${p.n} \u7BC7\u6587\u7AE0\uFF1A\u591A\u56FE\u6587\u63A8\u9001\u4E0D\u663E\u793A\u6458\u8981\uFF0C\u8FD9\u91CC\u7684 digest \u4E0D\u4F1A\u51FA\u73B0`
  ),
  digestHiddenHint: m(
    () => "Readers see only the titles and covers; give the article its own slot if the digest matters.",
    () => "\u8BFB\u8005\u53EA\u4F1A\u770B\u5230\u6807\u9898\u548C\u5C01\u9762\uFF1B\u5982\u679C\u6458\u8981\u5F88\u91CD\u8981\uFF0C\u7ED9\u8FD9\u7BC7\u6587\u7AE0\u5355\u72EC\u5B89\u6392\u4E00\u4E2A\u63A8\u9001\u65F6\u95F4\u3002"
  ),
  outsideWindow: m(
    (p) => `Slot ${p.when} is outside the preferred send windows ${p.windows}`,
    (p) => `\u63A8\u9001\u65F6\u95F4 ${zhWhen(p.when)} \u4E0D\u5728\u63A8\u8350\u7684\u63A8\u9001\u7A97\u53E3 ${zhList(p.windows)} \u5185`
  ),
  outsideWindowHint: m(
    () => "Readers open \u516C\u4F17\u53F7 messages mostly in the morning and evening; move the slot into a window, or disable the rule.",
    () => "\u8BFB\u8005\u5927\u591A\u5728\u65E9\u665A\u6253\u5F00\u516C\u4F17\u53F7\u6D88\u606F\uFF1B\u628A\u63A8\u9001\u65F6\u95F4\u632A\u8FDB\u63A8\u9001\u7A97\u53E3\uFF0C\u6216\u5173\u95ED\u8FD9\u6761\u89C4\u5219\u3002"
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
    () => "\u628A\u5176\u4E2D\u4E00\u6B21\u63A8\u9001\u632A\u5230\u53E6\u4E00\u5929\uFF0C\u6216\u7ED9\u8FD9\u4E9B\u6587\u7AE0\u540C\u4E00\u4E2A\u63A8\u9001\u65F6\u95F4\uFF0C\u4F5C\u4E3A\u4E00\u6761\u6D88\u606F\u53D1\u51FA\u3002"
  ),
  /** `all`: how many of the `n` went to all followers (they reach a tag's members too); `nth`: this push's place. */
  monthlyLimit: m(
    (p) => `${p.nth ? `Push ${p.nth} of ` : ""}${p.n} pushes reaching ${p.audience} in ${p.month}${p.all ? ` (${p.all} of them to all followers)` : ""}; a service account (\u670D\u52A1\u53F7) reaches each follower at most 4 times a month`,
    (p) => `${p.month} \u5171\u6709 ${p.n} \u6B21\u63A8\u9001\u89E6\u8FBE ${p.audience}${p.all ? `\uFF08\u5176\u4E2D ${p.all} \u6B21\u53D1\u7ED9\u5168\u90E8\u7C89\u4E1D\uFF09` : ""}${p.nth ? `\uFF0C\u8FD9\u662F\u7B2C ${p.nth} \u6B21` : ""}\uFF1B\u670D\u52A1\u53F7\u6BCF\u6708\u6700\u591A\u89E6\u8FBE\u6BCF\u4F4D\u7C89\u4E1D 4 \u6B21`
  ),
  monthlyLimitHint: m(
    () => "Merge pushes or spread them over two months: WeChat refuses a mass send past the limit (errcode 45028). \u53D1\u8868 (mode publish) reaches no follower and has no such limit.",
    () => "\u5408\u5E76\u63A8\u9001\u6216\u5206\u5230\u4E24\u4E2A\u6708\uFF1A\u8D85\u8FC7\u4E0A\u9650\u7684\u7FA4\u53D1\u4F1A\u88AB\u5FAE\u4FE1\u62D2\u7EDD\uFF08errcode 45028\uFF09\u3002\u53D1\u8868\uFF08mode: publish\uFF09\u4E0D\u63A8\u9001\u7ED9\u7C89\u4E1D\uFF0C\u6CA1\u6709\u8FD9\u4E2A\u9650\u5236\u3002"
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
  spacingUnit: m(
    (p) => `Unexpected space between a number and its unit sign: \`${p.before}\``,
    (p) => `\u6570\u5B57\u4E0E\u5355\u4F4D\u7B26\u53F7\u4E4B\u95F4\u591A\u4E86\u7A7A\u683C\uFF1A\`${p.before}\``
  ),
  fullwidthAlnum: m(
    (p) => `Full-width letters or digits: \`${p.before}\``,
    (p) => `\u5168\u89D2\u5B57\u6BCD\u6216\u6570\u5B57\uFF1A\`${p.before}\``
  ),
  halfWidthPunct: m(
    (p) => `Half-width punctuation in a Chinese sentence: \`${p.before}\``,
    (p) => `\u4E2D\u6587\u53E5\u5B50\u91CC\u7528\u4E86\u534A\u89D2\u6807\u70B9\uFF1A\`${p.before}\``
  ),
  twinMark: m(
    (p) => `A half-width mark next to the same full-width one: \`${p.before}\``,
    (p) => `\u534A\u89D2\u6807\u70B9\u548C\u5168\u89D2\u6807\u70B9\u91CD\u590D\u4E86\uFF1A\`${p.before}\``
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
    (p) => `Space next to full-width punctuation (${p.n} character${p.n > 1 ? "s" : ""}): \`${p.text}\``,
    (p) => `\u5168\u89D2\u6807\u70B9\u65C1\u591A\u4E86 ${p.n} \u4E2A\u7A7A\u683C\uFF1A\`${p.text}\``
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
  /** `field`: the front-matter key the characters are in; absent in the body. */
  invisible: m(
    (p) => `Invisible ${p.name} ${p.code}${p.times > 1 ? ` \xD7 ${p.times}` : ""} in ${p.field ? `\`${p.field}\`` : "the text"}`,
    (p) => `${p.field ? `\`${p.field}\` \u91CC` : "\u6B63\u6587\u91CC"}\u6709\u4E0D\u53EF\u89C1\u7684${CHAR_NAMES[p.name] ?? p.name} ${p.code}${p.times > 1 ? ` \xD7 ${p.times}` : ""}`
  ),
  invisibleMixed: m(
    (p) => `${p.n} invisible characters in ${p.field ? `\`${p.field}\`` : "the text"} (${p.codes})`,
    (p) => `${p.field ? `\`${p.field}\` \u91CC` : "\u6B63\u6587\u91CC"}\u6709 ${p.n} \u4E2A\u4E0D\u53EF\u89C1\u5B57\u7B26\uFF08${p.codes}\uFF09`
  ),
  invisibleHint: m(
    (p) => `Remove ${p.n > 1 ? "them: readers cannot see them, but they break" : "it: readers cannot see it, but it breaks"} search, copying and line wrapping (usually pasted from another app).`,
    () => "\u5220\u6389\u5B83\uFF1A\u8BFB\u8005\u770B\u4E0D\u89C1\uFF0C\u4F46\u4F1A\u5F71\u54CD\u641C\u7D22\u3001\u590D\u5236\u548C\u6362\u884C\uFF08\u591A\u534A\u662F\u4ECE\u522B\u7684\u5E94\u7528\u7C98\u8D34\u6765\u7684\uFF09\u3002"
  ),
  fixWithheld: m(
    (p) => `Not fixed automatically: the fixes would make \`${p.field}\` ${p.fixed} characters, over its limit of ${p.max}. Shorten it first, then ${p.text ? `write \`${p.text}\`` : "fix this by hand"}.`,
    (p) => {
      const zh = FIELD_ZH[p.field];
      const name = zh ?? ` \`${p.field}\` `;
      const then = p.text ? `\u518D\u6539\u4E3A \`${p.text}\`` : "\u518D\u624B\u52A8\u4FEE\u6539";
      return `\u81EA\u52A8\u4FEE\u6B63\u4F1A\u8BA9${name}\u8D85\u8FC7 ${p.max} \u4E2A\u5B57\u7B26\uFF08\u4FEE\u6B63\u540E ${p.fixed} \u4E2A\uFF09\uFF0C\u56E0\u6B64\u4E0D\u4F1A\u81EA\u52A8\u4FEE\u6B63\uFF1A\u8BF7\u5148\u7F29\u77ED${name.trimEnd()}\uFF0C${then}\u3002`;
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
    (p) => p.rule === "title/absolute-terms" ? `State a fact that can be checked instead (\`\u7EED\u822A 12 \u5C0F\u65F6\`); if the article advertises nothing, write \`lint: { ${p.rule}: off }\` in its front-matter.` : `When promoting a product, state a fact that can be checked instead (\`\u7EED\u822A 12 \u5C0F\u65F6\`); in a story, interview or technical text that advertises nothing, put \`<!-- wxpress-disable-next-line ${p.rule} -- \u4E0D\u662F\u5E7F\u544A -->\` above the line, or \`lint: { ${p.rule}: off }\` in the front-matter for the whole article.`,
    (p) => p.rule === "title/absolute-terms" ? `\u6539\u4E3A\u53EF\u4EE5\u8BC1\u5B9E\u7684\u5177\u4F53\u4E8B\u5B9E\uFF08\u5982 \`\u7EED\u822A 12 \u5C0F\u65F6\`\uFF09\uFF1B\u5982\u679C\u8FD9\u7BC7\u6587\u7AE0\u5E76\u4E0D\u5728\u505A\u5E7F\u544A\uFF0C\u5728 front-matter \u91CC\u5199 \`lint: { ${p.rule}: off }\`\u3002` : `\u5982\u679C\u662F\u5728\u5BA3\u4F20\u4EA7\u54C1\uFF0C\u6539\u4E3A\u53EF\u4EE5\u8BC1\u5B9E\u7684\u5177\u4F53\u4E8B\u5B9E\uFF08\u5982 \`\u7EED\u822A 12 \u5C0F\u65F6\`\uFF09\uFF1B\u5982\u679C\u662F\u65B0\u95FB\u3001\u8BBF\u8C08\u6216\u6280\u672F\u6587\u7AE0\uFF0C\u5E76\u4E0D\u5728\u505A\u5E7F\u544A\uFF0C\u5728\u8FD9\u4E00\u884C\u4E0A\u9762\u52A0 \`<!-- wxpress-disable-next-line ${p.rule} -- \u4E0D\u662F\u5E7F\u544A -->\`\uFF0C\u6216\u5728 front-matter \u91CC\u5199 \`lint: { ${p.rule}: off }\` \u5173\u95ED\u6574\u7BC7\u3002`
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
  digestBlank: m(
    (p) => `\`digest\` is left blank, so WeChat will show the first 54 characters: ${p.preview}`,
    (p) => `\`digest\` \u662F\u7A7A\u7684\uFF0C\u5FAE\u4FE1\u4F1A\u663E\u793A\u6B63\u6587\u524D 54 \u4E2A\u5B57\u7B26\uFF1A${p.preview}`
  ),
  digestBlankHint: m(
    () => "Remove the line, or write one sentence (\u2264 54 characters) that sums up the article.",
    () => "\u5220\u6389\u8FD9\u4E00\u884C\uFF0C\u6216\u5199\u4E00\u53E5\u8BDD\u6982\u62EC\u5168\u6587\uFF08\u4E0D\u8D85\u8FC7 54 \u4E2A\u5B57\u7B26\uFF09\u3002"
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
  ),
  twoMarks: m(
    () => "Keep only the mark you mean (`\uFF0C` or `\u3002`).",
    () => "\u53EA\u4FDD\u7559\u60F3\u7528\u7684\u90A3\u4E00\u4E2A\u6807\u70B9\uFF08`\uFF0C` \u6216 `\u3002`\uFF09\u3002"
  ),
  singleDash: m(
    () => "A Chinese dash is two em dashes (`\u2014\u2014`), not one (`\u2014`)",
    () => "\u4E2D\u6587\u7834\u6298\u53F7\u8981\u5199\u4E24\u4E2A `\u2014`\uFF08`\u2014\u2014`\uFF09\uFF0C\u4E0D\u662F\u4E00\u4E2A\uFF08`\u2014`\uFF09"
  ),
  /** A half-width period between two Chinese characters: a sentence's end, or a foreign name's 间隔号. */
  dotBetweenHan: m(
    (p) => `Half-width period between Chinese characters: \`${p.before}\``,
    (p) => `\u4E2D\u6587\u4E4B\u95F4\u7684\u534A\u89D2\u53E5\u70B9\uFF1A\`${p.before}\``
  ),
  dotBetweenHanHint: m(
    (p) => `Write \`${p.stop}\` where the sentence ends, or \`${p.dot}\` (the \u95F4\u9694\u53F7) in a foreign name such as \u72C4\u5170\xB7\u6258\u9A6C\u65AF; not fixed automatically.`,
    (p) => `\u53E5\u5B50\u5728\u8FD9\u91CC\u7ED3\u675F\u5C31\u6539\u4E3A \`${p.stop}\`\uFF1B\u5916\u56FD\u4EBA\u540D\uFF08\u5982 \u72C4\u5170\xB7\u6258\u9A6C\u65AF\uFF09\u7528\u95F4\u9694\u53F7\uFF0C\u6539\u4E3A \`${p.dot}\`\u3002\u4E0D\u4F1A\u81EA\u52A8\u4FEE\u6B63\u3002`
  ),
  /** A full-width `，` or `。` inside a number (`1，028.6`, `7。0836`). */
  markInNumber: m(
    (p) => `Full-width \`${p.mark}\` inside a number`,
    (p) => `\u6570\u5B57\u91CC\u7528\u4E86\u5168\u89D2\u7684 \`${p.mark}\``
  ),
  /** Chinese touching a link whose text starts or ends with Latin (`写的[Git 工作流](…)`). */
  linkSpacing: m(
    (p) => `Missing space between Chinese and a link's Latin text: readers see \`${p.seen}\``,
    (p) => `\u4E2D\u6587\u4E0E\u94FE\u63A5\u91CC\u7684\u82F1\u6587\u3001\u6570\u5B57\u4E4B\u95F4\u7F3A\u5C11\u7A7A\u683C\uFF1A\u8BFB\u8005\u770B\u5230\u7684\u662F \`${p.seen}\``
  ),
  linkSpacingHint: m(
    (p) => `Put the space outside the link: \`${p.write}\`.`,
    (p) => `\u5728\u94FE\u63A5\u5916\u9762\u52A0\u7A7A\u683C\uFF1A\`${p.write}\`\u3002`
  ),
  hyphenDash: m(
    (p) => `A Chinese dash is two em dashes (\`\u2014\u2014\`), not hyphens (\`${p.value}\`)`,
    (p) => `\u4E2D\u6587\u7834\u6298\u53F7\u8981\u5199\u4E24\u4E2A \`\u2014\`\uFF08\`\u2014\u2014\`\uFF09\uFF0C\u4E0D\u662F\u8FDE\u5B57\u7B26\uFF08\`${p.value}\`\uFF09`
  )
});

// src/i18n/messages/lint-dates.ts
var lintDateMessages = defineMessages("lintDates", {
  noSuchDay: m(
    (p) => `\`${p.date}\` does not exist: month ${p.month} has ${p.days} days`,
    (p) => `\`${p.date}\` \u4E0D\u5B58\u5728\uFF1A${p.month} \u6708\u53EA\u6709 ${p.days} \u5929`
  ),
  noSuchDayHint: m(
    () => "Check the date against the calendar of the event.",
    () => "\u5BF9\u7167\u6D3B\u52A8\u65E5\u7A0B\u6838\u5BF9\u65E5\u671F\u3002"
  ),
  /** `actual`: 0 Sunday … 6 Saturday; `guessed` 1: the year is the slot's (the text wrote none). */
  wrongWeekday: m(
    (p) => `\`${p.date}\`${Number(p.guessed) ? ` in ${p.year} (the year of the slot)` : ""} is a ${EN_DAYS[p.actual]}, not a ${EN_DAYS[p.written]}`,
    (p) => `\`${p.date}\` ${Number(p.guessed) ? `\u5728 ${p.year} \u5E74\uFF08\u53D1\u9001\u65F6\u95F4\u6240\u5728\u7684\u5E74\u4EFD\uFF09` : ""}\u662F${ZH_DAYS[p.actual]}\uFF0C\u4E0D\u662F${ZH_DAYS[p.written]}`
  ),
  wrongWeekdayHint: m(
    (p) => `Correct the weekday (${EN_DAYS[p.actual]}) or the date.`,
    (p) => `\u628A\u661F\u671F\u6539\u6210${ZH_DAYS[p.actual]}\uFF0C\u6216\u8005\u6539\u6B63\u65E5\u671F\u3002`
  )
});
var EN_DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
var ZH_DAYS = ["\u5468\u65E5", "\u5468\u4E00", "\u5468\u4E8C", "\u5468\u4E09", "\u5468\u56DB", "\u5468\u4E94", "\u5468\u516D"];

// src/i18n/messages/lint-structure.ts
var LEVEL_ZH = ["", "\u4E00", "\u4E8C", "\u4E09", "\u56DB", "\u4E94", "\u516D"];
var lintStructureMessages = defineMessages("lintStructure", {
  softBreak: m(
    (p) => `The line break at the end of line ${p.line} disappears in WeChat: \`${p.tail}\` runs into \`${p.head}\``,
    (p) => `\u7B2C ${p.line} \u884C\u672B\u5C3E\u7684\u6362\u884C\u5728\u5FAE\u4FE1\u91CC\u4F1A\u6D88\u5931\uFF0C\`${p.tail}\` \u4F1A\u548C\u4E0B\u4E00\u884C\u7684 \`${p.head}\` \u8FDE\u5728\u4E00\u8D77`
  ),
  softBreakHint: m(
    () => "For a line break end the line with `\\` (`check --fix` adds it); for a new paragraph leave an empty line.",
    () => "\u8981\u6362\u884C\u8BF7\u5728\u884C\u5C3E\u52A0 `\\`\uFF08`check --fix` \u4F1A\u81EA\u52A8\u52A0\u4E0A\uFF09\uFF0C\u8981\u5206\u6BB5\u8BF7\u7A7A\u4E00\u884C\u3002"
  ),
  highlight: m(
    (p) => `\`${p.text}\` is a highlight of Typora or \u8BED\u96C0, not Markdown: WeChat shows the equals signs`,
    (p) => `\`${p.text}\` \u662F Typora\u3001\u8BED\u96C0\u7B49\u7F16\u8F91\u5668\u7684\u9AD8\u4EAE\u5199\u6CD5\uFF0C\u4E0D\u662F Markdown\uFF1A\u5FAE\u4FE1\u91CC\u4F1A\u539F\u6837\u663E\u793A\u7B49\u53F7`
  ),
  highlightHint: m(
    () => "Use bold (`**\u2026**`) for what matters.",
    () => "\u8981\u7A81\u51FA\u7684\u5185\u5BB9\u6539\u7528\u52A0\u7C97\uFF08`**\u2026**`\uFF09\u3002"
  ),
  indentedProse: m(
    (p) => `The paragraph on line ${p.line} starts with a tab or four spaces and shows as a code block: \`${p.head}\u2026\``,
    (p) => `\u7B2C ${p.line} \u884C\u7684\u6BB5\u843D\u4EE5\u5236\u8868\u7B26\u6216\u56DB\u4E2A\u7A7A\u683C\u5F00\u5934\uFF0C\u4F1A\u663E\u793A\u6210\u4EE3\u7801\u5757\uFF1A\`${p.head}\u2026\``
  ),
  indentedProseHint: m(
    (p) => p.full ? "Open the paragraph with two ideographic spaces (`\u3000\u3000`) like the others instead of a tab or four spaces; for real code use a ``` fence." : "Remove the indentation at the start of the lines (the theme spaces paragraphs); for real code use a ``` fence.",
    (p) => p.full ? "\u50CF\u5176\u4ED6\u6BB5\u843D\u4E00\u6837\u7528\u4E24\u4E2A\u5168\u89D2\u7A7A\u683C\uFF08`\u3000\u3000`\uFF09\u4EE3\u66FF\u5236\u8868\u7B26\u6216\u56DB\u4E2A\u7A7A\u683C\u7F29\u8FDB\uFF1B\u5982\u679C\u771F\u662F\u4EE3\u7801\uFF0C\u8BF7\u7528 ``` \u56F4\u8D77\u6765\u3002" : "\u5220\u53BB\u884C\u9996\u7684\u7F29\u8FDB\uFF08\u6BB5\u843D\u95F4\u8DDD\u7531\u4E3B\u9898\u8D1F\u8D23\uFF09\uFF1B\u5982\u679C\u771F\u662F\u4EE3\u7801\uFF0C\u8BF7\u7528 ``` \u56F4\u8D77\u6765\u3002"
  ),
  headingSkip: m(
    (p) => `Heading jumps from level ${p.from} to level ${p.to}`,
    (p) => `\u6807\u9898\u4ECE${LEVEL_ZH[p.from] ?? p.from}\u7EA7\u8DF3\u5230\u4E86${LEVEL_ZH[p.to] ?? p.to}\u7EA7`
  ),
  headingSkipHint: m(
    (p) => `Use \`${p.level}\` here, one level below the heading before it.`,
    (p) => `\u8FD9\u91CC\u7528 \`${p.level}\`\uFF0C\u6BD4\u4E0A\u4E00\u4E2A\u6807\u9898\u4F4E\u4E00\u7EA7\u3002`
  ),
  headingColon: m(
    (p) => `Heading ends with a colon: \`${p.heading}\``,
    (p) => `\u6807\u9898\u672B\u5C3E\u6709\u5192\u53F7\uFF1A\`${p.heading}\``
  ),
  headingColonHint: m(
    (p) => `Leave the colon out: \`${p.fixed}\`.`,
    (p) => `\u6807\u9898\u672B\u5C3E\u4E0D\u7528\u5192\u53F7\uFF0C\u6539\u4E3A \`${p.fixed}\`\u3002`
  )
});

// node_modules/luxon/build/es6/luxon.mjs
var LuxonError = class extends Error {
};
var InvalidDateTimeError = class extends LuxonError {
  constructor(reason) {
    super(`Invalid DateTime: ${reason.toMessage()}`);
  }
};
var InvalidIntervalError = class extends LuxonError {
  constructor(reason) {
    super(`Invalid Interval: ${reason.toMessage()}`);
  }
};
var InvalidDurationError = class extends LuxonError {
  constructor(reason) {
    super(`Invalid Duration: ${reason.toMessage()}`);
  }
};
var ConflictingSpecificationError = class extends LuxonError {
};
var InvalidUnitError = class extends LuxonError {
  constructor(unit) {
    super(`Invalid unit ${unit}`);
  }
};
var InvalidArgumentError = class extends LuxonError {
};
var ZoneIsAbstractError = class extends LuxonError {
  constructor() {
    super("Zone is an abstract class");
  }
};
var n = "numeric";
var s = "short";
var l = "long";
var DATE_SHORT = {
  year: n,
  month: n,
  day: n
};
var DATE_MED = {
  year: n,
  month: s,
  day: n
};
var DATE_MED_WITH_WEEKDAY = {
  year: n,
  month: s,
  day: n,
  weekday: s
};
var DATE_FULL = {
  year: n,
  month: l,
  day: n
};
var DATE_HUGE = {
  year: n,
  month: l,
  day: n,
  weekday: l
};
var TIME_SIMPLE = {
  hour: n,
  minute: n
};
var TIME_WITH_SECONDS = {
  hour: n,
  minute: n,
  second: n
};
var TIME_WITH_SHORT_OFFSET = {
  hour: n,
  minute: n,
  second: n,
  timeZoneName: s
};
var TIME_WITH_LONG_OFFSET = {
  hour: n,
  minute: n,
  second: n,
  timeZoneName: l
};
var TIME_24_SIMPLE = {
  hour: n,
  minute: n,
  hourCycle: "h23"
};
var TIME_24_WITH_SECONDS = {
  hour: n,
  minute: n,
  second: n,
  hourCycle: "h23"
};
var TIME_24_WITH_SHORT_OFFSET = {
  hour: n,
  minute: n,
  second: n,
  hourCycle: "h23",
  timeZoneName: s
};
var TIME_24_WITH_LONG_OFFSET = {
  hour: n,
  minute: n,
  second: n,
  hourCycle: "h23",
  timeZoneName: l
};
var DATETIME_SHORT = {
  year: n,
  month: n,
  day: n,
  hour: n,
  minute: n
};
var DATETIME_SHORT_WITH_SECONDS = {
  year: n,
  month: n,
  day: n,
  hour: n,
  minute: n,
  second: n
};
var DATETIME_MED = {
  year: n,
  month: s,
  day: n,
  hour: n,
  minute: n
};
var DATETIME_MED_WITH_SECONDS = {
  year: n,
  month: s,
  day: n,
  hour: n,
  minute: n,
  second: n
};
var DATETIME_MED_WITH_WEEKDAY = {
  year: n,
  month: s,
  day: n,
  weekday: s,
  hour: n,
  minute: n
};
var DATETIME_FULL = {
  year: n,
  month: l,
  day: n,
  hour: n,
  minute: n,
  timeZoneName: s
};
var DATETIME_FULL_WITH_SECONDS = {
  year: n,
  month: l,
  day: n,
  hour: n,
  minute: n,
  second: n,
  timeZoneName: s
};
var DATETIME_HUGE = {
  year: n,
  month: l,
  day: n,
  weekday: l,
  hour: n,
  minute: n,
  timeZoneName: l
};
var DATETIME_HUGE_WITH_SECONDS = {
  year: n,
  month: l,
  day: n,
  weekday: l,
  hour: n,
  minute: n,
  second: n,
  timeZoneName: l
};
var Zone = class {
  /**
   * The type of zone
   * @abstract
   * @type {string}
   */
  get type() {
    throw new ZoneIsAbstractError();
  }
  /**
   * The name of this zone.
   * @abstract
   * @type {string}
   */
  get name() {
    throw new ZoneIsAbstractError();
  }
  /**
   * The IANA name of this zone.
   * Defaults to `name` if not overwritten by a subclass.
   * @abstract
   * @type {string}
   */
  get ianaName() {
    return this.name;
  }
  /**
   * Returns whether the offset is known to be fixed for the whole year.
   * @abstract
   * @type {boolean}
   */
  get isUniversal() {
    throw new ZoneIsAbstractError();
  }
  /**
   * Returns the offset's common name (such as EST) at the specified timestamp
   * @abstract
   * @param {number} ts - Epoch milliseconds for which to get the name
   * @param {Object} opts - Options to affect the format
   * @param {string} opts.format - What style of offset to return. Accepts 'long' or 'short'.
   * @param {string} opts.locale - What locale to return the offset name in.
   * @return {string}
   */
  offsetName(ts, opts) {
    throw new ZoneIsAbstractError();
  }
  /**
   * Returns the offset's value as a string
   * @abstract
   * @param {number} ts - Epoch milliseconds for which to get the offset
   * @param {string} format - What style of offset to return.
   *                          Accepts 'narrow', 'short', or 'techie'. Returning '+6', '+06:00', or '+0600' respectively
   * @return {string}
   */
  formatOffset(ts, format) {
    throw new ZoneIsAbstractError();
  }
  /**
   * Return the offset in minutes for this zone at the specified timestamp.
   * @abstract
   * @param {number} ts - Epoch milliseconds for which to compute the offset
   * @return {number}
   */
  offset(ts) {
    throw new ZoneIsAbstractError();
  }
  /**
   * Return whether this Zone is equal to another zone
   * @abstract
   * @param {Zone} otherZone - the zone to compare
   * @return {boolean}
   */
  equals(otherZone) {
    throw new ZoneIsAbstractError();
  }
  /**
   * Return whether this Zone is valid.
   * @abstract
   * @type {boolean}
   */
  get isValid() {
    throw new ZoneIsAbstractError();
  }
};
var singleton$1 = null;
var SystemZone = class _SystemZone extends Zone {
  /**
   * Get a singleton instance of the local zone
   * @return {SystemZone}
   */
  static get instance() {
    if (singleton$1 === null) {
      singleton$1 = new _SystemZone();
    }
    return singleton$1;
  }
  /** @override **/
  get type() {
    return "system";
  }
  /** @override **/
  get name() {
    return new Intl.DateTimeFormat().resolvedOptions().timeZone;
  }
  /** @override **/
  get isUniversal() {
    return false;
  }
  /** @override **/
  offsetName(ts, { format, locale: locale2 }) {
    return parseZoneInfo(ts, format, locale2);
  }
  /** @override **/
  formatOffset(ts, format) {
    return formatOffset(this.offset(ts), format);
  }
  /** @override **/
  offset(ts) {
    return -new Date(ts).getTimezoneOffset();
  }
  /** @override **/
  equals(otherZone) {
    return otherZone.type === "system";
  }
  /** @override **/
  get isValid() {
    return true;
  }
};
var dtfCache = /* @__PURE__ */ new Map();
function makeDTF(zoneName) {
  let dtf = dtfCache.get(zoneName);
  if (dtf === void 0) {
    dtf = new Intl.DateTimeFormat("en-US", {
      hour12: false,
      timeZone: zoneName,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      era: "short"
    });
    dtfCache.set(zoneName, dtf);
  }
  return dtf;
}
var typeToPos = {
  year: 0,
  month: 1,
  day: 2,
  era: 3,
  hour: 4,
  minute: 5,
  second: 6
};
function hackyOffset(dtf, date) {
  const formatted = dtf.format(date).replace(/\u200E/g, ""), parsed = /(\d+)\/(\d+)\/(\d+) (AD|BC),? (\d+):(\d+):(\d+)/.exec(formatted), [, fMonth, fDay, fYear, fadOrBc, fHour, fMinute, fSecond] = parsed;
  return [fYear, fMonth, fDay, fadOrBc, fHour, fMinute, fSecond];
}
function partsOffset(dtf, date) {
  const formatted = dtf.formatToParts(date);
  const filled = [];
  for (let i = 0; i < formatted.length; i++) {
    const { type, value } = formatted[i];
    const pos = typeToPos[type];
    if (type === "era") {
      filled[pos] = value;
    } else if (!isUndefined(pos)) {
      filled[pos] = parseInt(value, 10);
    }
  }
  return filled;
}
var ianaZoneCache = /* @__PURE__ */ new Map();
var IANAZone = class _IANAZone extends Zone {
  /**
   * @param {string} name - Zone name
   * @return {IANAZone}
   */
  static create(name) {
    let zone = ianaZoneCache.get(name);
    if (zone === void 0) {
      ianaZoneCache.set(name, zone = new _IANAZone(name));
    }
    return zone;
  }
  /**
   * Reset local caches. Should only be necessary in testing scenarios.
   * @return {void}
   */
  static resetCache() {
    ianaZoneCache.clear();
    dtfCache.clear();
  }
  /**
   * Returns whether the provided string is a valid specifier. This only checks the string's format, not that the specifier identifies a known zone; see isValidZone for that.
   * @param {string} s - The string to check validity on
   * @example IANAZone.isValidSpecifier("America/New_York") //=> true
   * @example IANAZone.isValidSpecifier("Sport~~blorp") //=> false
   * @deprecated For backward compatibility, this forwards to isValidZone, better use `isValidZone()` directly instead.
   * @return {boolean}
   */
  static isValidSpecifier(s3) {
    return this.isValidZone(s3);
  }
  /**
   * Returns whether the provided string identifies a real zone
   * @param {string} zone - The string to check
   * @example IANAZone.isValidZone("America/New_York") //=> true
   * @example IANAZone.isValidZone("Fantasia/Castle") //=> false
   * @example IANAZone.isValidZone("Sport~~blorp") //=> false
   * @return {boolean}
   */
  static isValidZone(zone) {
    if (!zone) {
      return false;
    }
    try {
      new Intl.DateTimeFormat("en-US", { timeZone: zone }).format();
      return true;
    } catch (e) {
      return false;
    }
  }
  constructor(name) {
    super();
    this.zoneName = name;
    this.valid = _IANAZone.isValidZone(name);
  }
  /**
   * The type of zone. `iana` for all instances of `IANAZone`.
   * @override
   * @type {string}
   */
  get type() {
    return "iana";
  }
  /**
   * The name of this zone (i.e. the IANA zone name).
   * @override
   * @type {string}
   */
  get name() {
    return this.zoneName;
  }
  /**
   * Returns whether the offset is known to be fixed for the whole year:
   * Always returns false for all IANA zones.
   * @override
   * @type {boolean}
   */
  get isUniversal() {
    return false;
  }
  /**
   * Returns the offset's common name (such as EST) at the specified timestamp
   * @override
   * @param {number} ts - Epoch milliseconds for which to get the name
   * @param {Object} opts - Options to affect the format
   * @param {string} opts.format - What style of offset to return. Accepts 'long' or 'short'.
   * @param {string} opts.locale - What locale to return the offset name in.
   * @return {string}
   */
  offsetName(ts, { format, locale: locale2 }) {
    return parseZoneInfo(ts, format, locale2, this.name);
  }
  /**
   * Returns the offset's value as a string
   * @override
   * @param {number} ts - Epoch milliseconds for which to get the offset
   * @param {string} format - What style of offset to return.
   *                          Accepts 'narrow', 'short', or 'techie'. Returning '+6', '+06:00', or '+0600' respectively
   * @return {string}
   */
  formatOffset(ts, format) {
    return formatOffset(this.offset(ts), format);
  }
  /**
   * Return the offset in minutes for this zone at the specified timestamp.
   * @override
   * @param {number} ts - Epoch milliseconds for which to compute the offset
   * @return {number}
   */
  offset(ts) {
    if (!this.valid) return NaN;
    const date = new Date(ts);
    if (isNaN(date)) return NaN;
    const dtf = makeDTF(this.name);
    let [year, month, day, adOrBc, hour, minute, second] = dtf.formatToParts ? partsOffset(dtf, date) : hackyOffset(dtf, date);
    if (adOrBc === "BC") {
      year = -Math.abs(year) + 1;
    }
    const adjustedHour = hour === 24 ? 0 : hour;
    const asUTC = objToLocalTS({
      year,
      month,
      day,
      hour: adjustedHour,
      minute,
      second,
      millisecond: 0
    });
    let asTS = +date;
    const over = asTS % 1e3;
    asTS -= over >= 0 ? over : 1e3 + over;
    return (asUTC - asTS) / (60 * 1e3);
  }
  /**
   * Return whether this Zone is equal to another zone
   * @override
   * @param {Zone} otherZone - the zone to compare
   * @return {boolean}
   */
  equals(otherZone) {
    return otherZone.type === "iana" && otherZone.name === this.name;
  }
  /**
   * Return whether this Zone is valid.
   * @override
   * @type {boolean}
   */
  get isValid() {
    return this.valid;
  }
};
var intlLFCache = {};
function getCachedLF(locString, opts = {}) {
  const key = JSON.stringify([locString, opts]);
  let dtf = intlLFCache[key];
  if (!dtf) {
    dtf = new Intl.ListFormat(locString, opts);
    intlLFCache[key] = dtf;
  }
  return dtf;
}
var intlDTCache = /* @__PURE__ */ new Map();
function getCachedDTF(locString, opts = {}) {
  const key = JSON.stringify([locString, opts]);
  let dtf = intlDTCache.get(key);
  if (dtf === void 0) {
    dtf = new Intl.DateTimeFormat(locString, opts);
    intlDTCache.set(key, dtf);
  }
  return dtf;
}
var intlNumCache = /* @__PURE__ */ new Map();
function getCachedINF(locString, opts = {}) {
  const key = JSON.stringify([locString, opts]);
  let inf = intlNumCache.get(key);
  if (inf === void 0) {
    inf = new Intl.NumberFormat(locString, opts);
    intlNumCache.set(key, inf);
  }
  return inf;
}
var intlRelCache = /* @__PURE__ */ new Map();
function getCachedRTF(locString, opts = {}) {
  const { base, ...cacheKeyOpts } = opts;
  const key = JSON.stringify([locString, cacheKeyOpts]);
  let inf = intlRelCache.get(key);
  if (inf === void 0) {
    inf = new Intl.RelativeTimeFormat(locString, opts);
    intlRelCache.set(key, inf);
  }
  return inf;
}
var sysLocaleCache = null;
function systemLocale() {
  if (sysLocaleCache) {
    return sysLocaleCache;
  } else {
    sysLocaleCache = new Intl.DateTimeFormat().resolvedOptions().locale;
    return sysLocaleCache;
  }
}
var intlResolvedOptionsCache = /* @__PURE__ */ new Map();
function getCachedIntResolvedOptions(locString) {
  let opts = intlResolvedOptionsCache.get(locString);
  if (opts === void 0) {
    opts = new Intl.DateTimeFormat(locString).resolvedOptions();
    intlResolvedOptionsCache.set(locString, opts);
  }
  return opts;
}
var weekInfoCache = /* @__PURE__ */ new Map();
function getCachedWeekInfo(locString) {
  let data = weekInfoCache.get(locString);
  if (!data) {
    const locale2 = new Intl.Locale(locString);
    data = "getWeekInfo" in locale2 ? locale2.getWeekInfo() : locale2.weekInfo;
    if (!("minimalDays" in data)) {
      data = { ...fallbackWeekSettings, ...data };
    }
    weekInfoCache.set(locString, data);
  }
  return data;
}
function parseLocaleString(localeStr) {
  const xIndex = localeStr.indexOf("-x-");
  if (xIndex !== -1) {
    localeStr = localeStr.substring(0, xIndex);
  }
  const uIndex = localeStr.indexOf("-u-");
  if (uIndex === -1) {
    return [localeStr];
  } else {
    let options;
    let selectedStr;
    try {
      options = getCachedDTF(localeStr).resolvedOptions();
      selectedStr = localeStr;
    } catch (e) {
      const smaller = localeStr.substring(0, uIndex);
      options = getCachedDTF(smaller).resolvedOptions();
      selectedStr = smaller;
    }
    const { numberingSystem, calendar } = options;
    return [selectedStr, numberingSystem, calendar];
  }
}
function intlConfigString(localeStr, numberingSystem, outputCalendar) {
  if (outputCalendar || numberingSystem) {
    if (!localeStr.includes("-u-")) {
      localeStr += "-u";
    }
    if (outputCalendar) {
      localeStr += `-ca-${outputCalendar}`;
    }
    if (numberingSystem) {
      localeStr += `-nu-${numberingSystem}`;
    }
    return localeStr;
  } else {
    return localeStr;
  }
}
function mapMonths(f) {
  const ms = [];
  for (let i = 1; i <= 12; i++) {
    const dt = DateTime.utc(2009, i, 1);
    ms.push(f(dt));
  }
  return ms;
}
function mapWeekdays(f) {
  const ms = [];
  for (let i = 1; i <= 7; i++) {
    const dt = DateTime.utc(2016, 11, 13 + i);
    ms.push(f(dt));
  }
  return ms;
}
function listStuff(loc, length, englishFn, intlFn) {
  const mode = loc.listingMode();
  if (mode === "error") {
    return null;
  } else if (mode === "en") {
    return englishFn(length);
  } else {
    return intlFn(length);
  }
}
function supportsFastNumbers(loc) {
  if (loc.numberingSystem && loc.numberingSystem !== "latn") {
    return false;
  } else {
    return loc.numberingSystem === "latn" || !loc.locale || loc.locale.startsWith("en") || getCachedIntResolvedOptions(loc.locale).numberingSystem === "latn";
  }
}
var PolyNumberFormatter = class {
  constructor(intl, forceSimple, opts) {
    this.padTo = opts.padTo || 0;
    this.floor = opts.floor || false;
    const { padTo, floor, ...otherOpts } = opts;
    if (!forceSimple || Object.keys(otherOpts).length > 0) {
      const intlOpts = { useGrouping: false, ...opts };
      if (opts.padTo > 0) intlOpts.minimumIntegerDigits = opts.padTo;
      this.inf = getCachedINF(intl, intlOpts);
    }
  }
  format(i) {
    if (this.inf) {
      const fixed = this.floor ? Math.floor(i) : i;
      return this.inf.format(fixed);
    } else {
      const fixed = this.floor ? Math.floor(i) : roundTo(i, 3);
      return padStart(fixed, this.padTo);
    }
  }
};
var PolyDateFormatter = class {
  constructor(dt, intl, opts) {
    this.opts = opts;
    this.originalZone = void 0;
    let z = void 0;
    if (this.opts.timeZone) {
      this.dt = dt;
    } else if (dt.zone.type === "fixed") {
      const gmtOffset = -1 * (dt.offset / 60);
      const offsetZ = gmtOffset >= 0 ? `Etc/GMT+${gmtOffset}` : `Etc/GMT${gmtOffset}`;
      if (dt.offset !== 0 && IANAZone.create(offsetZ).valid) {
        z = offsetZ;
        this.dt = dt;
      } else {
        z = "UTC";
        this.dt = dt.offset === 0 ? dt : dt.setZone("UTC").plus({ minutes: dt.offset });
        this.originalZone = dt.zone;
      }
    } else if (dt.zone.type === "system") {
      this.dt = dt;
    } else if (dt.zone.type === "iana") {
      this.dt = dt;
      z = dt.zone.name;
    } else {
      z = "UTC";
      this.dt = dt.setZone("UTC").plus({ minutes: dt.offset });
      this.originalZone = dt.zone;
    }
    const intlOpts = { ...this.opts };
    intlOpts.timeZone = intlOpts.timeZone || z;
    this.dtf = getCachedDTF(intl, intlOpts);
  }
  format() {
    if (this.originalZone) {
      return this.formatToParts().map(({ value }) => value).join("");
    }
    return this.dtf.format(this.dt.toJSDate());
  }
  formatToParts() {
    const parts = this.dtf.formatToParts(this.dt.toJSDate());
    if (this.originalZone) {
      return parts.map((part) => {
        if (part.type === "timeZoneName") {
          const offsetName = this.originalZone.offsetName(this.dt.ts, {
            locale: this.dt.locale,
            format: this.opts.timeZoneName
          });
          return {
            ...part,
            value: offsetName
          };
        } else {
          return part;
        }
      });
    }
    return parts;
  }
  resolvedOptions() {
    return this.dtf.resolvedOptions();
  }
};
var PolyRelFormatter = class {
  constructor(intl, isEnglish, opts) {
    this.opts = { style: "long", ...opts };
    if (!isEnglish && hasRelative()) {
      this.rtf = getCachedRTF(intl, opts);
    }
  }
  format(count, unit) {
    if (this.rtf) {
      return this.rtf.format(count, unit);
    } else {
      return formatRelativeTime(unit, count, this.opts.numeric, this.opts.style !== "long");
    }
  }
  formatToParts(count, unit) {
    if (this.rtf) {
      return this.rtf.formatToParts(count, unit);
    } else {
      return [];
    }
  }
};
var fallbackWeekSettings = {
  firstDay: 1,
  minimalDays: 4,
  weekend: [6, 7]
};
var Locale = class _Locale {
  static fromOpts(opts) {
    return _Locale.create(
      opts.locale,
      opts.numberingSystem,
      opts.outputCalendar,
      opts.weekSettings,
      opts.defaultToEN
    );
  }
  static create(locale2, numberingSystem, outputCalendar, weekSettings, defaultToEN = false) {
    const specifiedLocale = locale2 || Settings.defaultLocale;
    const localeR = specifiedLocale || (defaultToEN ? "en-US" : systemLocale());
    const numberingSystemR = numberingSystem || Settings.defaultNumberingSystem;
    const outputCalendarR = outputCalendar || Settings.defaultOutputCalendar;
    const weekSettingsR = validateWeekSettings(weekSettings) || Settings.defaultWeekSettings;
    return new _Locale(localeR, numberingSystemR, outputCalendarR, weekSettingsR, specifiedLocale);
  }
  static resetCache() {
    sysLocaleCache = null;
    intlDTCache.clear();
    intlNumCache.clear();
    intlRelCache.clear();
    intlResolvedOptionsCache.clear();
    weekInfoCache.clear();
  }
  static fromObject({ locale: locale2, numberingSystem, outputCalendar, weekSettings } = {}) {
    return _Locale.create(locale2, numberingSystem, outputCalendar, weekSettings);
  }
  constructor(locale2, numbering, outputCalendar, weekSettings, specifiedLocale) {
    const [parsedLocale, parsedNumberingSystem, parsedOutputCalendar] = parseLocaleString(locale2);
    this.locale = parsedLocale;
    this.numberingSystem = numbering || parsedNumberingSystem || null;
    this.outputCalendar = outputCalendar || parsedOutputCalendar || null;
    this.weekSettings = weekSettings;
    this.intl = intlConfigString(this.locale, this.numberingSystem, this.outputCalendar);
    this.weekdaysCache = { format: {}, standalone: {} };
    this.monthsCache = { format: {}, standalone: {} };
    this.meridiemCache = null;
    this.eraCache = {};
    this.specifiedLocale = specifiedLocale;
    this.fastNumbersCached = null;
  }
  get fastNumbers() {
    if (this.fastNumbersCached == null) {
      this.fastNumbersCached = supportsFastNumbers(this);
    }
    return this.fastNumbersCached;
  }
  listingMode() {
    const isActuallyEn = this.isEnglish();
    const hasNoWeirdness = (this.numberingSystem === null || this.numberingSystem === "latn") && (this.outputCalendar === null || this.outputCalendar === "gregory");
    return isActuallyEn && hasNoWeirdness ? "en" : "intl";
  }
  clone(alts) {
    if (!alts || Object.getOwnPropertyNames(alts).length === 0) {
      return this;
    } else {
      return _Locale.create(
        alts.locale || this.specifiedLocale,
        alts.numberingSystem || this.numberingSystem,
        alts.outputCalendar || this.outputCalendar,
        validateWeekSettings(alts.weekSettings) || this.weekSettings,
        alts.defaultToEN || false
      );
    }
  }
  redefaultToEN(alts = {}) {
    return this.clone({ ...alts, defaultToEN: true });
  }
  redefaultToSystem(alts = {}) {
    return this.clone({ ...alts, defaultToEN: false });
  }
  months(length, format = false) {
    return listStuff(this, length, months, () => {
      const monthSpecialCase = this.intl === "ja" || this.intl.startsWith("ja-");
      format &= !monthSpecialCase;
      const intl = format ? { month: length, day: "numeric" } : { month: length }, formatStr = format ? "format" : "standalone";
      if (!this.monthsCache[formatStr][length]) {
        const mapper = !monthSpecialCase ? (dt) => this.extract(dt, intl, "month") : (dt) => this.dtFormatter(dt, intl).format();
        this.monthsCache[formatStr][length] = mapMonths(mapper);
      }
      return this.monthsCache[formatStr][length];
    });
  }
  weekdays(length, format = false) {
    return listStuff(this, length, weekdays, () => {
      const intl = format ? { weekday: length, year: "numeric", month: "long", day: "numeric" } : { weekday: length }, formatStr = format ? "format" : "standalone";
      if (!this.weekdaysCache[formatStr][length]) {
        this.weekdaysCache[formatStr][length] = mapWeekdays(
          (dt) => this.extract(dt, intl, "weekday")
        );
      }
      return this.weekdaysCache[formatStr][length];
    });
  }
  meridiems() {
    return listStuff(
      this,
      void 0,
      () => meridiems,
      () => {
        if (!this.meridiemCache) {
          const intl = { hour: "numeric", hourCycle: "h12" };
          this.meridiemCache = [DateTime.utc(2016, 11, 13, 9), DateTime.utc(2016, 11, 13, 19)].map(
            (dt) => this.extract(dt, intl, "dayperiod")
          );
        }
        return this.meridiemCache;
      }
    );
  }
  eras(length) {
    return listStuff(this, length, eras, () => {
      const intl = { era: length };
      if (!this.eraCache[length]) {
        this.eraCache[length] = [DateTime.utc(-40, 1, 1), DateTime.utc(2017, 1, 1)].map(
          (dt) => this.extract(dt, intl, "era")
        );
      }
      return this.eraCache[length];
    });
  }
  extract(dt, intlOpts, field) {
    const df = this.dtFormatter(dt, intlOpts), results = df.formatToParts(), matching = results.find((m2) => m2.type.toLowerCase() === field);
    return matching ? matching.value : null;
  }
  numberFormatter(opts = {}) {
    return new PolyNumberFormatter(this.intl, opts.forceSimple || this.fastNumbers, opts);
  }
  dtFormatter(dt, intlOpts = {}) {
    return new PolyDateFormatter(dt, this.intl, intlOpts);
  }
  relFormatter(opts = {}) {
    return new PolyRelFormatter(this.intl, this.isEnglish(), opts);
  }
  listFormatter(opts = {}) {
    return getCachedLF(this.intl, opts);
  }
  isEnglish() {
    return this.locale === "en" || this.locale.toLowerCase() === "en-us" || getCachedIntResolvedOptions(this.intl).locale.startsWith("en-us");
  }
  getWeekSettings() {
    if (this.weekSettings) {
      return this.weekSettings;
    } else if (!hasLocaleWeekInfo()) {
      return fallbackWeekSettings;
    } else {
      return getCachedWeekInfo(this.locale);
    }
  }
  getStartOfWeek() {
    return this.getWeekSettings().firstDay;
  }
  getMinDaysInFirstWeek() {
    return this.getWeekSettings().minimalDays;
  }
  getWeekendDays() {
    return this.getWeekSettings().weekend;
  }
  equals(other) {
    return this.locale === other.locale && this.numberingSystem === other.numberingSystem && this.outputCalendar === other.outputCalendar;
  }
  toString() {
    return `Locale(${this.locale}, ${this.numberingSystem}, ${this.outputCalendar})`;
  }
};
var singleton = null;
var FixedOffsetZone = class _FixedOffsetZone extends Zone {
  /**
   * Get a singleton instance of UTC
   * @return {FixedOffsetZone}
   */
  static get utcInstance() {
    if (singleton === null) {
      singleton = new _FixedOffsetZone(0);
    }
    return singleton;
  }
  /**
   * Get an instance with a specified offset
   * @param {number} offset - The offset in minutes
   * @return {FixedOffsetZone}
   */
  static instance(offset2) {
    return offset2 === 0 ? _FixedOffsetZone.utcInstance : new _FixedOffsetZone(offset2);
  }
  /**
   * Get an instance of FixedOffsetZone from a UTC offset string, like "UTC+6"
   * @param {string} s - The offset string to parse
   * @example FixedOffsetZone.parseSpecifier("UTC+6")
   * @example FixedOffsetZone.parseSpecifier("UTC+06")
   * @example FixedOffsetZone.parseSpecifier("UTC-6:00")
   * @return {FixedOffsetZone}
   */
  static parseSpecifier(s3) {
    if (s3) {
      const r = s3.match(/^utc(?:([+-]\d{1,2})(?::(\d{2}))?)?$/i);
      if (r) {
        return new _FixedOffsetZone(signedOffset(r[1], r[2]));
      }
    }
    return null;
  }
  constructor(offset2) {
    super();
    this.fixed = offset2;
  }
  /**
   * The type of zone. `fixed` for all instances of `FixedOffsetZone`.
   * @override
   * @type {string}
   */
  get type() {
    return "fixed";
  }
  /**
   * The name of this zone.
   * All fixed zones' names always start with "UTC" (plus optional offset)
   * @override
   * @type {string}
   */
  get name() {
    return this.fixed === 0 ? "UTC" : `UTC${formatOffset(this.fixed, "narrow")}`;
  }
  /**
   * The IANA name of this zone, i.e. `Etc/UTC` or `Etc/GMT+/-nn`
   *
   * @override
   * @type {string}
   */
  get ianaName() {
    if (this.fixed === 0) {
      return "Etc/UTC";
    } else {
      return `Etc/GMT${formatOffset(-this.fixed, "narrow")}`;
    }
  }
  /**
   * Returns the offset's common name at the specified timestamp.
   *
   * For fixed offset zones this equals to the zone name.
   * @override
   */
  offsetName() {
    return this.name;
  }
  /**
   * Returns the offset's value as a string
   * @override
   * @param {number} ts - Epoch milliseconds for which to get the offset
   * @param {string} format - What style of offset to return.
   *                          Accepts 'narrow', 'short', or 'techie'. Returning '+6', '+06:00', or '+0600' respectively
   * @return {string}
   */
  formatOffset(ts, format) {
    return formatOffset(this.fixed, format);
  }
  /**
   * Returns whether the offset is known to be fixed for the whole year:
   * Always returns true for all fixed offset zones.
   * @override
   * @type {boolean}
   */
  get isUniversal() {
    return true;
  }
  /**
   * Return the offset in minutes for this zone at the specified timestamp.
   *
   * For fixed offset zones, this is constant and does not depend on a timestamp.
   * @override
   * @return {number}
   */
  offset() {
    return this.fixed;
  }
  /**
   * Return whether this Zone is equal to another zone (i.e. also fixed and same offset)
   * @override
   * @param {Zone} otherZone - the zone to compare
   * @return {boolean}
   */
  equals(otherZone) {
    return otherZone.type === "fixed" && otherZone.fixed === this.fixed;
  }
  /**
   * Return whether this Zone is valid:
   * All fixed offset zones are valid.
   * @override
   * @type {boolean}
   */
  get isValid() {
    return true;
  }
};
var InvalidZone = class extends Zone {
  constructor(zoneName) {
    super();
    this.zoneName = zoneName;
  }
  /** @override **/
  get type() {
    return "invalid";
  }
  /** @override **/
  get name() {
    return this.zoneName;
  }
  /** @override **/
  get isUniversal() {
    return false;
  }
  /** @override **/
  offsetName() {
    return null;
  }
  /** @override **/
  formatOffset() {
    return "";
  }
  /** @override **/
  offset() {
    return NaN;
  }
  /** @override **/
  equals() {
    return false;
  }
  /** @override **/
  get isValid() {
    return false;
  }
};
function normalizeZone(input, defaultZone2) {
  if (isUndefined(input) || input === null) {
    return defaultZone2;
  } else if (input instanceof Zone) {
    return input;
  } else if (isString(input)) {
    const lowered = input.toLowerCase();
    if (lowered === "default") return defaultZone2;
    else if (lowered === "local" || lowered === "system") return SystemZone.instance;
    else if (lowered === "utc" || lowered === "gmt") return FixedOffsetZone.utcInstance;
    else return FixedOffsetZone.parseSpecifier(lowered) || IANAZone.create(input);
  } else if (isNumber(input)) {
    return FixedOffsetZone.instance(input);
  } else if (typeof input === "object" && "offset" in input && typeof input.offset === "function") {
    return input;
  } else {
    return new InvalidZone(input);
  }
}
var numberingSystems = {
  arab: "[\u0660-\u0669]",
  arabext: "[\u06F0-\u06F9]",
  bali: "[\u1B50-\u1B59]",
  beng: "[\u09E6-\u09EF]",
  deva: "[\u0966-\u096F]",
  fullwide: "[\uFF10-\uFF19]",
  gujr: "[\u0AE6-\u0AEF]",
  hanidec: "[\u3007|\u4E00|\u4E8C|\u4E09|\u56DB|\u4E94|\u516D|\u4E03|\u516B|\u4E5D]",
  khmr: "[\u17E0-\u17E9]",
  knda: "[\u0CE6-\u0CEF]",
  laoo: "[\u0ED0-\u0ED9]",
  limb: "[\u1946-\u194F]",
  mlym: "[\u0D66-\u0D6F]",
  mong: "[\u1810-\u1819]",
  mymr: "[\u1040-\u1049]",
  orya: "[\u0B66-\u0B6F]",
  tamldec: "[\u0BE6-\u0BEF]",
  telu: "[\u0C66-\u0C6F]",
  thai: "[\u0E50-\u0E59]",
  tibt: "[\u0F20-\u0F29]",
  latn: "\\d"
};
var numberingSystemsUTF16 = {
  arab: [1632, 1641],
  arabext: [1776, 1785],
  bali: [6992, 7001],
  beng: [2534, 2543],
  deva: [2406, 2415],
  fullwide: [65296, 65303],
  gujr: [2790, 2799],
  khmr: [6112, 6121],
  knda: [3302, 3311],
  laoo: [3792, 3801],
  limb: [6470, 6479],
  mlym: [3430, 3439],
  mong: [6160, 6169],
  mymr: [4160, 4169],
  orya: [2918, 2927],
  tamldec: [3046, 3055],
  telu: [3174, 3183],
  thai: [3664, 3673],
  tibt: [3872, 3881]
};
var hanidecChars = numberingSystems.hanidec.replace(/[\[|\]]/g, "").split("");
function parseDigits(str) {
  let value = parseInt(str, 10);
  if (isNaN(value)) {
    value = "";
    for (let i = 0; i < str.length; i++) {
      const code = str.charCodeAt(i);
      if (str[i].search(numberingSystems.hanidec) !== -1) {
        value += hanidecChars.indexOf(str[i]);
      } else {
        for (const key in numberingSystemsUTF16) {
          const [min, max] = numberingSystemsUTF16[key];
          if (code >= min && code <= max) {
            value += code - min;
          }
        }
      }
    }
    return parseInt(value, 10);
  } else {
    return value;
  }
}
var digitRegexCache = /* @__PURE__ */ new Map();
function resetDigitRegexCache() {
  digitRegexCache.clear();
}
function digitRegex({ numberingSystem }, append = "") {
  const ns = numberingSystem || "latn";
  let appendCache = digitRegexCache.get(ns);
  if (appendCache === void 0) {
    appendCache = /* @__PURE__ */ new Map();
    digitRegexCache.set(ns, appendCache);
  }
  let regex = appendCache.get(append);
  if (regex === void 0) {
    regex = new RegExp(`${numberingSystems[ns]}${append}`);
    appendCache.set(append, regex);
  }
  return regex;
}
var now = () => Date.now();
var defaultZone = "system";
var defaultLocale = null;
var defaultNumberingSystem = null;
var defaultOutputCalendar = null;
var twoDigitCutoffYear = 60;
var throwOnInvalid;
var defaultWeekSettings = null;
var Settings = class {
  /**
   * Get the callback for returning the current timestamp.
   * @type {function}
   */
  static get now() {
    return now;
  }
  /**
   * Set the callback for returning the current timestamp.
   * The function should return a number, which will be interpreted as an Epoch millisecond count
   * @type {function}
   * @example Settings.now = () => Date.now() + 3000 // pretend it is 3 seconds in the future
   * @example Settings.now = () => 0 // always pretend it's Jan 1, 1970 at midnight in UTC time
   */
  static set now(n2) {
    now = n2;
  }
  /**
   * Set the default time zone to create DateTimes in. Does not affect existing instances.
   * Use the value "system" to reset this value to the system's time zone.
   * @type {string}
   */
  static set defaultZone(zone) {
    defaultZone = zone;
  }
  /**
   * Get the default time zone object currently used to create DateTimes. Does not affect existing instances.
   * The default value is the system's time zone (the one set on the machine that runs this code).
   * @type {Zone}
   */
  static get defaultZone() {
    return normalizeZone(defaultZone, SystemZone.instance);
  }
  /**
   * Get the default locale to create DateTimes with. Does not affect existing instances.
   * @type {string}
   */
  static get defaultLocale() {
    return defaultLocale;
  }
  /**
   * Set the default locale to create DateTimes with. Does not affect existing instances.
   * @type {string}
   */
  static set defaultLocale(locale2) {
    defaultLocale = locale2;
  }
  /**
   * Get the default numbering system to create DateTimes with. Does not affect existing instances.
   * @type {string}
   */
  static get defaultNumberingSystem() {
    return defaultNumberingSystem;
  }
  /**
   * Set the default numbering system to create DateTimes with. Does not affect existing instances.
   * @type {string}
   */
  static set defaultNumberingSystem(numberingSystem) {
    defaultNumberingSystem = numberingSystem;
  }
  /**
   * Get the default output calendar to create DateTimes with. Does not affect existing instances.
   * @type {string}
   */
  static get defaultOutputCalendar() {
    return defaultOutputCalendar;
  }
  /**
   * Set the default output calendar to create DateTimes with. Does not affect existing instances.
   * @type {string}
   */
  static set defaultOutputCalendar(outputCalendar) {
    defaultOutputCalendar = outputCalendar;
  }
  /**
   * @typedef {Object} WeekSettings
   * @property {number} firstDay
   * @property {number} minimalDays
   * @property {number[]} weekend
   */
  /**
   * @return {WeekSettings|null}
   */
  static get defaultWeekSettings() {
    return defaultWeekSettings;
  }
  /**
   * Allows overriding the default locale week settings, i.e. the start of the week, the weekend and
   * how many days are required in the first week of a year.
   * Does not affect existing instances.
   *
   * @param {WeekSettings|null} weekSettings
   */
  static set defaultWeekSettings(weekSettings) {
    defaultWeekSettings = validateWeekSettings(weekSettings);
  }
  /**
   * Get the cutoff year for whether a 2-digit year string is interpreted in the current or previous century. Numbers higher than the cutoff will be considered to mean 19xx and numbers lower or equal to the cutoff will be considered 20xx.
   * @type {number}
   */
  static get twoDigitCutoffYear() {
    return twoDigitCutoffYear;
  }
  /**
   * Set the cutoff year for whether a 2-digit year string is interpreted in the current or previous century. Numbers higher than the cutoff will be considered to mean 19xx and numbers lower or equal to the cutoff will be considered 20xx.
   * @type {number}
   * @example Settings.twoDigitCutoffYear = 0 // all 'yy' are interpreted as 20th century
   * @example Settings.twoDigitCutoffYear = 99 // all 'yy' are interpreted as 21st century
   * @example Settings.twoDigitCutoffYear = 50 // '49' -> 2049; '50' -> 1950
   * @example Settings.twoDigitCutoffYear = 1950 // interpreted as 50
   * @example Settings.twoDigitCutoffYear = 2050 // ALSO interpreted as 50
   */
  static set twoDigitCutoffYear(cutoffYear) {
    twoDigitCutoffYear = cutoffYear % 100;
  }
  /**
   * Get whether Luxon will throw when it encounters invalid DateTimes, Durations, or Intervals
   * @type {boolean}
   */
  static get throwOnInvalid() {
    return throwOnInvalid;
  }
  /**
   * Set whether Luxon will throw when it encounters invalid DateTimes, Durations, or Intervals
   * @type {boolean}
   */
  static set throwOnInvalid(t2) {
    throwOnInvalid = t2;
  }
  /**
   * Reset Luxon's global caches. Should only be necessary in testing scenarios.
   * @return {void}
   */
  static resetCaches() {
    Locale.resetCache();
    IANAZone.resetCache();
    DateTime.resetCache();
    resetDigitRegexCache();
  }
};
var Invalid = class {
  constructor(reason, explanation) {
    this.reason = reason;
    this.explanation = explanation;
  }
  toMessage() {
    if (this.explanation) {
      return `${this.reason}: ${this.explanation}`;
    } else {
      return this.reason;
    }
  }
};
var nonLeapLadder = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
var leapLadder = [0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335];
function unitOutOfRange(unit, value) {
  return new Invalid(
    "unit out of range",
    `you specified ${value} (of type ${typeof value}) as a ${unit}, which is invalid`
  );
}
function dayOfWeek(year, month, day) {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (year < 100 && year >= 0) {
    d.setUTCFullYear(d.getUTCFullYear() - 1900);
  }
  const js = d.getUTCDay();
  return js === 0 ? 7 : js;
}
function computeOrdinal(year, month, day) {
  return day + (isLeapYear(year) ? leapLadder : nonLeapLadder)[month - 1];
}
function uncomputeOrdinal(year, ordinal) {
  const table = isLeapYear(year) ? leapLadder : nonLeapLadder, month0 = table.findIndex((i) => i < ordinal), day = ordinal - table[month0];
  return { month: month0 + 1, day };
}
function isoWeekdayToLocal(isoWeekday, startOfWeek) {
  return (isoWeekday - startOfWeek + 7) % 7 + 1;
}
function gregorianToWeek(gregObj, minDaysInFirstWeek = 4, startOfWeek = 1) {
  const { year, month, day } = gregObj, ordinal = computeOrdinal(year, month, day), weekday = isoWeekdayToLocal(dayOfWeek(year, month, day), startOfWeek);
  let weekNumber = Math.floor((ordinal - weekday + 14 - minDaysInFirstWeek) / 7), weekYear;
  if (weekNumber < 1) {
    weekYear = year - 1;
    weekNumber = weeksInWeekYear(weekYear, minDaysInFirstWeek, startOfWeek);
  } else if (weekNumber > weeksInWeekYear(year, minDaysInFirstWeek, startOfWeek)) {
    weekYear = year + 1;
    weekNumber = 1;
  } else {
    weekYear = year;
  }
  return { weekYear, weekNumber, weekday, ...timeObject(gregObj) };
}
function weekToGregorian(weekData, minDaysInFirstWeek = 4, startOfWeek = 1) {
  const { weekYear, weekNumber, weekday } = weekData, weekdayOfJan4 = isoWeekdayToLocal(dayOfWeek(weekYear, 1, minDaysInFirstWeek), startOfWeek), yearInDays = daysInYear(weekYear);
  let ordinal = weekNumber * 7 + weekday - weekdayOfJan4 - 7 + minDaysInFirstWeek, year;
  if (ordinal < 1) {
    year = weekYear - 1;
    ordinal += daysInYear(year);
  } else if (ordinal > yearInDays) {
    year = weekYear + 1;
    ordinal -= daysInYear(weekYear);
  } else {
    year = weekYear;
  }
  const { month, day } = uncomputeOrdinal(year, ordinal);
  return { year, month, day, ...timeObject(weekData) };
}
function gregorianToOrdinal(gregData) {
  const { year, month, day } = gregData;
  const ordinal = computeOrdinal(year, month, day);
  return { year, ordinal, ...timeObject(gregData) };
}
function ordinalToGregorian(ordinalData) {
  const { year, ordinal } = ordinalData;
  const { month, day } = uncomputeOrdinal(year, ordinal);
  return { year, month, day, ...timeObject(ordinalData) };
}
function usesLocalWeekValues(obj, loc) {
  const hasLocaleWeekData = !isUndefined(obj.localWeekday) || !isUndefined(obj.localWeekNumber) || !isUndefined(obj.localWeekYear);
  if (hasLocaleWeekData) {
    const hasIsoWeekData = !isUndefined(obj.weekday) || !isUndefined(obj.weekNumber) || !isUndefined(obj.weekYear);
    if (hasIsoWeekData) {
      throw new ConflictingSpecificationError(
        "Cannot mix locale-based week fields with ISO-based week fields"
      );
    }
    if (!isUndefined(obj.localWeekday)) obj.weekday = obj.localWeekday;
    if (!isUndefined(obj.localWeekNumber)) obj.weekNumber = obj.localWeekNumber;
    if (!isUndefined(obj.localWeekYear)) obj.weekYear = obj.localWeekYear;
    delete obj.localWeekday;
    delete obj.localWeekNumber;
    delete obj.localWeekYear;
    return {
      minDaysInFirstWeek: loc.getMinDaysInFirstWeek(),
      startOfWeek: loc.getStartOfWeek()
    };
  } else {
    return { minDaysInFirstWeek: 4, startOfWeek: 1 };
  }
}
function hasInvalidWeekData(obj, minDaysInFirstWeek = 4, startOfWeek = 1) {
  const validYear = isInteger(obj.weekYear), validWeek = integerBetween(
    obj.weekNumber,
    1,
    weeksInWeekYear(obj.weekYear, minDaysInFirstWeek, startOfWeek)
  ), validWeekday = integerBetween(obj.weekday, 1, 7);
  if (!validYear) {
    return unitOutOfRange("weekYear", obj.weekYear);
  } else if (!validWeek) {
    return unitOutOfRange("week", obj.weekNumber);
  } else if (!validWeekday) {
    return unitOutOfRange("weekday", obj.weekday);
  } else return false;
}
function hasInvalidOrdinalData(obj) {
  const validYear = isInteger(obj.year), validOrdinal = integerBetween(obj.ordinal, 1, daysInYear(obj.year));
  if (!validYear) {
    return unitOutOfRange("year", obj.year);
  } else if (!validOrdinal) {
    return unitOutOfRange("ordinal", obj.ordinal);
  } else return false;
}
function hasInvalidGregorianData(obj) {
  const validYear = isInteger(obj.year), validMonth = integerBetween(obj.month, 1, 12), validDay = integerBetween(obj.day, 1, daysInMonth(obj.year, obj.month));
  if (!validYear) {
    return unitOutOfRange("year", obj.year);
  } else if (!validMonth) {
    return unitOutOfRange("month", obj.month);
  } else if (!validDay) {
    return unitOutOfRange("day", obj.day);
  } else return false;
}
function hasInvalidTimeData(obj) {
  const { hour, minute, second, millisecond } = obj;
  const validHour = integerBetween(hour, 0, 23) || hour === 24 && minute === 0 && second === 0 && millisecond === 0, validMinute = integerBetween(minute, 0, 59), validSecond = integerBetween(second, 0, 59), validMillisecond = integerBetween(millisecond, 0, 999);
  if (!validHour) {
    return unitOutOfRange("hour", hour);
  } else if (!validMinute) {
    return unitOutOfRange("minute", minute);
  } else if (!validSecond) {
    return unitOutOfRange("second", second);
  } else if (!validMillisecond) {
    return unitOutOfRange("millisecond", millisecond);
  } else return false;
}
function isUndefined(o) {
  return typeof o === "undefined";
}
function isNumber(o) {
  return typeof o === "number";
}
function isInteger(o) {
  return typeof o === "number" && o % 1 === 0;
}
function isString(o) {
  return typeof o === "string";
}
function isDate(o) {
  return Object.prototype.toString.call(o) === "[object Date]";
}
function hasRelative() {
  try {
    return typeof Intl !== "undefined" && !!Intl.RelativeTimeFormat;
  } catch (e) {
    return false;
  }
}
function hasLocaleWeekInfo() {
  try {
    return typeof Intl !== "undefined" && !!Intl.Locale && ("weekInfo" in Intl.Locale.prototype || "getWeekInfo" in Intl.Locale.prototype);
  } catch (e) {
    return false;
  }
}
function maybeArray(thing) {
  return Array.isArray(thing) ? thing : [thing];
}
function bestBy(arr, by, compare) {
  if (arr.length === 0) {
    return void 0;
  }
  return arr.reduce((best, next) => {
    const pair = [by(next), next];
    if (!best) {
      return pair;
    } else if (compare(best[0], pair[0]) === best[0]) {
      return best;
    } else {
      return pair;
    }
  }, null)[1];
}
function pick(obj, keys) {
  return keys.reduce((a, k) => {
    a[k] = obj[k];
    return a;
  }, {});
}
function hasOwnProperty(obj, prop) {
  return Object.prototype.hasOwnProperty.call(obj, prop);
}
function validateWeekSettings(settings) {
  if (settings == null) {
    return null;
  } else if (typeof settings !== "object") {
    throw new InvalidArgumentError("Week settings must be an object");
  } else {
    if (!integerBetween(settings.firstDay, 1, 7) || !integerBetween(settings.minimalDays, 1, 7) || !Array.isArray(settings.weekend) || settings.weekend.some((v) => !integerBetween(v, 1, 7))) {
      throw new InvalidArgumentError("Invalid week settings");
    }
    return {
      firstDay: settings.firstDay,
      minimalDays: settings.minimalDays,
      weekend: Array.from(settings.weekend)
    };
  }
}
function integerBetween(thing, bottom, top) {
  return isInteger(thing) && thing >= bottom && thing <= top;
}
function floorMod(x, n2) {
  return x - n2 * Math.floor(x / n2);
}
function padStart(input, n2 = 2) {
  const isNeg = input < 0;
  let padded;
  if (isNeg) {
    padded = "-" + ("" + -input).padStart(n2, "0");
  } else {
    padded = ("" + input).padStart(n2, "0");
  }
  return padded;
}
function parseInteger(string) {
  if (isUndefined(string) || string === null || string === "") {
    return void 0;
  } else {
    return parseInt(string, 10);
  }
}
function parseFloating(string) {
  if (isUndefined(string) || string === null || string === "") {
    return void 0;
  } else {
    return parseFloat(string);
  }
}
function parseMillis(fraction) {
  if (isUndefined(fraction) || fraction === null || fraction === "") {
    return void 0;
  } else {
    const f = parseFloat("0." + fraction) * 1e3;
    return Math.floor(f);
  }
}
function roundTo(number, digits, rounding = "round") {
  const factor = 10 ** digits;
  switch (rounding) {
    case "expand":
      return number > 0 ? Math.ceil(number * factor) / factor : Math.floor(number * factor) / factor;
    case "trunc":
      return Math.trunc(number * factor) / factor;
    case "round":
      return Math.round(number * factor) / factor;
    case "floor":
      return Math.floor(number * factor) / factor;
    case "ceil":
      return Math.ceil(number * factor) / factor;
    default:
      throw new RangeError(`Value rounding ${rounding} is out of range`);
  }
}
function isLeapYear(year) {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}
function daysInYear(year) {
  return isLeapYear(year) ? 366 : 365;
}
function daysInMonth(year, month) {
  const modMonth = floorMod(month - 1, 12) + 1, modYear = year + (month - modMonth) / 12;
  if (modMonth === 2) {
    return isLeapYear(modYear) ? 29 : 28;
  } else {
    return [31, null, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][modMonth - 1];
  }
}
function objToLocalTS(obj) {
  let d = Date.UTC(
    obj.year,
    obj.month - 1,
    obj.day,
    obj.hour,
    obj.minute,
    obj.second,
    obj.millisecond
  );
  if (obj.year < 100 && obj.year >= 0) {
    d = new Date(d);
    d.setUTCFullYear(obj.year, obj.month - 1, obj.day);
  }
  return +d;
}
function firstWeekOffset(year, minDaysInFirstWeek, startOfWeek) {
  const fwdlw = isoWeekdayToLocal(dayOfWeek(year, 1, minDaysInFirstWeek), startOfWeek);
  return -fwdlw + minDaysInFirstWeek - 1;
}
function weeksInWeekYear(weekYear, minDaysInFirstWeek = 4, startOfWeek = 1) {
  const weekOffset = firstWeekOffset(weekYear, minDaysInFirstWeek, startOfWeek);
  const weekOffsetNext = firstWeekOffset(weekYear + 1, minDaysInFirstWeek, startOfWeek);
  return (daysInYear(weekYear) - weekOffset + weekOffsetNext) / 7;
}
function untruncateYear(year) {
  if (year > 99) {
    return year;
  } else return year > Settings.twoDigitCutoffYear ? 1900 + year : 2e3 + year;
}
function parseZoneInfo(ts, offsetFormat, locale2, timeZone = null) {
  const date = new Date(ts), intlOpts = {
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit"
  };
  if (timeZone) {
    intlOpts.timeZone = timeZone;
  }
  const modified = { timeZoneName: offsetFormat, ...intlOpts };
  const parsed = new Intl.DateTimeFormat(locale2, modified).formatToParts(date).find((m2) => m2.type.toLowerCase() === "timezonename");
  return parsed ? parsed.value : null;
}
function signedOffset(offHourStr, offMinuteStr) {
  let offHour = parseInt(offHourStr, 10);
  if (Number.isNaN(offHour)) {
    offHour = 0;
  }
  const offMin = parseInt(offMinuteStr, 10) || 0, offMinSigned = offHour < 0 || Object.is(offHour, -0) ? -offMin : offMin;
  return offHour * 60 + offMinSigned;
}
function asNumber(value) {
  const numericValue = Number(value);
  if (typeof value === "boolean" || value === "" || !Number.isFinite(numericValue))
    throw new InvalidArgumentError(`Invalid unit value ${value}`);
  return numericValue;
}
function normalizeObject(obj, normalizer) {
  const normalized = {};
  for (const u in obj) {
    if (hasOwnProperty(obj, u)) {
      const v = obj[u];
      if (v === void 0 || v === null) continue;
      normalized[normalizer(u)] = asNumber(v);
    }
  }
  return normalized;
}
function formatOffset(offset2, format) {
  const hours = Math.trunc(Math.abs(offset2 / 60)), minutes = Math.trunc(Math.abs(offset2 % 60)), sign = offset2 >= 0 ? "+" : "-";
  switch (format) {
    case "short":
      return `${sign}${padStart(hours, 2)}:${padStart(minutes, 2)}`;
    case "narrow":
      return `${sign}${hours}${minutes > 0 ? `:${minutes}` : ""}`;
    case "techie":
      return `${sign}${padStart(hours, 2)}${padStart(minutes, 2)}`;
    default:
      throw new RangeError(`Value format ${format} is out of range for property format`);
  }
}
function timeObject(obj) {
  return pick(obj, ["hour", "minute", "second", "millisecond"]);
}
var monthsLong = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December"
];
var monthsShort = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec"
];
var monthsNarrow = ["J", "F", "M", "A", "M", "J", "J", "A", "S", "O", "N", "D"];
function months(length) {
  switch (length) {
    case "narrow":
      return [...monthsNarrow];
    case "short":
      return [...monthsShort];
    case "long":
      return [...monthsLong];
    case "numeric":
      return ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"];
    case "2-digit":
      return ["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12"];
    default:
      return null;
  }
}
var weekdaysLong = [
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
  "Sunday"
];
var weekdaysShort = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
var weekdaysNarrow = ["M", "T", "W", "T", "F", "S", "S"];
function weekdays(length) {
  switch (length) {
    case "narrow":
      return [...weekdaysNarrow];
    case "short":
      return [...weekdaysShort];
    case "long":
      return [...weekdaysLong];
    case "numeric":
      return ["1", "2", "3", "4", "5", "6", "7"];
    default:
      return null;
  }
}
var meridiems = ["AM", "PM"];
var erasLong = ["Before Christ", "Anno Domini"];
var erasShort = ["BC", "AD"];
var erasNarrow = ["B", "A"];
function eras(length) {
  switch (length) {
    case "narrow":
      return [...erasNarrow];
    case "short":
      return [...erasShort];
    case "long":
      return [...erasLong];
    default:
      return null;
  }
}
function meridiemForDateTime(dt) {
  return meridiems[dt.hour < 12 ? 0 : 1];
}
function weekdayForDateTime(dt, length) {
  return weekdays(length)[dt.weekday - 1];
}
function monthForDateTime(dt, length) {
  return months(length)[dt.month - 1];
}
function eraForDateTime(dt, length) {
  return eras(length)[dt.year < 0 ? 0 : 1];
}
function formatRelativeTime(unit, count, numeric = "always", narrow = false) {
  const units = {
    years: ["year", "yr."],
    quarters: ["quarter", "qtr."],
    months: ["month", "mo."],
    weeks: ["week", "wk."],
    days: ["day", "day", "days"],
    hours: ["hour", "hr."],
    minutes: ["minute", "min."],
    seconds: ["second", "sec."]
  };
  const lastable = ["hours", "minutes", "seconds"].indexOf(unit) === -1;
  if (numeric === "auto" && lastable) {
    const isDay = unit === "days";
    switch (count) {
      case 1:
        return isDay ? "tomorrow" : `next ${units[unit][0]}`;
      case -1:
        return isDay ? "yesterday" : `last ${units[unit][0]}`;
      case 0:
        return isDay ? "today" : `this ${units[unit][0]}`;
    }
  }
  const isInPast = Object.is(count, -0) || count < 0, fmtValue = Math.abs(count), singular = fmtValue === 1, lilUnits = units[unit], fmtUnit = narrow ? singular ? lilUnits[1] : lilUnits[2] || lilUnits[1] : singular ? units[unit][0] : unit;
  return isInPast ? `${fmtValue} ${fmtUnit} ago` : `in ${fmtValue} ${fmtUnit}`;
}
function stringifyTokens(splits, tokenToString) {
  let s3 = "";
  for (const token of splits) {
    if (token.literal) {
      s3 += token.val;
    } else {
      s3 += tokenToString(token.val);
    }
  }
  return s3;
}
var macroTokenToFormatOpts = {
  D: DATE_SHORT,
  DD: DATE_MED,
  DDD: DATE_FULL,
  DDDD: DATE_HUGE,
  t: TIME_SIMPLE,
  tt: TIME_WITH_SECONDS,
  ttt: TIME_WITH_SHORT_OFFSET,
  tttt: TIME_WITH_LONG_OFFSET,
  T: TIME_24_SIMPLE,
  TT: TIME_24_WITH_SECONDS,
  TTT: TIME_24_WITH_SHORT_OFFSET,
  TTTT: TIME_24_WITH_LONG_OFFSET,
  f: DATETIME_SHORT,
  ff: DATETIME_MED,
  fff: DATETIME_FULL,
  ffff: DATETIME_HUGE,
  F: DATETIME_SHORT_WITH_SECONDS,
  FF: DATETIME_MED_WITH_SECONDS,
  FFF: DATETIME_FULL_WITH_SECONDS,
  FFFF: DATETIME_HUGE_WITH_SECONDS
};
var Formatter = class _Formatter {
  static create(locale2, opts = {}) {
    return new _Formatter(locale2, opts);
  }
  static parseFormat(fmt) {
    let current = null, currentFull = "", bracketed = false;
    const splits = [];
    for (let i = 0; i < fmt.length; i++) {
      const c = fmt.charAt(i);
      if (c === "'") {
        if (currentFull.length > 0 || bracketed) {
          splits.push({
            literal: bracketed || /^\s+$/.test(currentFull),
            val: currentFull === "" ? "'" : currentFull
          });
        }
        current = null;
        currentFull = "";
        bracketed = !bracketed;
      } else if (bracketed) {
        currentFull += c;
      } else if (c === current) {
        currentFull += c;
      } else {
        if (currentFull.length > 0) {
          splits.push({ literal: /^\s+$/.test(currentFull), val: currentFull });
        }
        currentFull = c;
        current = c;
      }
    }
    if (currentFull.length > 0) {
      splits.push({ literal: bracketed || /^\s+$/.test(currentFull), val: currentFull });
    }
    return splits;
  }
  static macroTokenToFormatOpts(token) {
    return macroTokenToFormatOpts[token];
  }
  constructor(locale2, formatOpts) {
    this.opts = formatOpts;
    this.loc = locale2;
    this.systemLoc = null;
  }
  formatWithSystemDefault(dt, opts) {
    if (this.systemLoc === null) {
      this.systemLoc = this.loc.redefaultToSystem();
    }
    const df = this.systemLoc.dtFormatter(dt, { ...this.opts, ...opts });
    return df.format();
  }
  dtFormatter(dt, opts = {}) {
    return this.loc.dtFormatter(dt, { ...this.opts, ...opts });
  }
  formatDateTime(dt, opts) {
    return this.dtFormatter(dt, opts).format();
  }
  formatDateTimeParts(dt, opts) {
    return this.dtFormatter(dt, opts).formatToParts();
  }
  formatInterval(interval, opts) {
    const df = this.dtFormatter(interval.start, opts);
    return df.dtf.formatRange(interval.start.toJSDate(), interval.end.toJSDate());
  }
  resolvedOptions(dt, opts) {
    return this.dtFormatter(dt, opts).resolvedOptions();
  }
  num(n2, p = 0, signDisplay = void 0) {
    if (this.opts.forceSimple) {
      return padStart(n2, p);
    }
    const opts = { ...this.opts };
    if (p > 0) {
      opts.padTo = p;
    }
    if (signDisplay) {
      opts.signDisplay = signDisplay;
    }
    return this.loc.numberFormatter(opts).format(n2);
  }
  formatDateTimeFromString(dt, fmt) {
    const knownEnglish = this.loc.listingMode() === "en", useDateTimeFormatter = this.loc.outputCalendar && this.loc.outputCalendar !== "gregory", string = (opts, extract) => this.loc.extract(dt, opts, extract), formatOffset2 = (opts) => {
      if (dt.isOffsetFixed && dt.offset === 0 && opts.allowZ) {
        return "Z";
      }
      return dt.isValid ? dt.zone.formatOffset(dt.ts, opts.format) : "";
    }, meridiem = () => knownEnglish ? meridiemForDateTime(dt) : string({ hour: "numeric", hourCycle: "h12" }, "dayperiod"), month = (length, standalone) => knownEnglish ? monthForDateTime(dt, length) : string(standalone ? { month: length } : { month: length, day: "numeric" }, "month"), weekday = (length, standalone) => knownEnglish ? weekdayForDateTime(dt, length) : string(
      standalone ? { weekday: length } : { weekday: length, month: "long", day: "numeric" },
      "weekday"
    ), maybeMacro = (token) => {
      const formatOpts = _Formatter.macroTokenToFormatOpts(token);
      if (formatOpts) {
        return this.formatWithSystemDefault(dt, formatOpts);
      } else {
        return token;
      }
    }, era = (length) => knownEnglish ? eraForDateTime(dt, length) : string({ era: length }, "era"), tokenToString = (token) => {
      switch (token) {
        // ms
        case "S":
          return this.num(dt.millisecond);
        case "u":
        // falls through
        case "SSS":
          return this.num(dt.millisecond, 3);
        // seconds
        case "s":
          return this.num(dt.second);
        case "ss":
          return this.num(dt.second, 2);
        // fractional seconds
        case "uu":
          return this.num(Math.floor(dt.millisecond / 10), 2);
        case "uuu":
          return this.num(Math.floor(dt.millisecond / 100));
        // minutes
        case "m":
          return this.num(dt.minute);
        case "mm":
          return this.num(dt.minute, 2);
        // hours
        case "h":
          return this.num(dt.hour % 12 === 0 ? 12 : dt.hour % 12);
        case "hh":
          return this.num(dt.hour % 12 === 0 ? 12 : dt.hour % 12, 2);
        case "H":
          return this.num(dt.hour);
        case "HH":
          return this.num(dt.hour, 2);
        // offset
        case "Z":
          return formatOffset2({ format: "narrow", allowZ: this.opts.allowZ });
        case "ZZ":
          return formatOffset2({ format: "short", allowZ: this.opts.allowZ });
        case "ZZZ":
          return formatOffset2({ format: "techie", allowZ: this.opts.allowZ });
        case "ZZZZ":
          return dt.zone.offsetName(dt.ts, { format: "short", locale: this.loc.locale });
        case "ZZZZZ":
          return dt.zone.offsetName(dt.ts, { format: "long", locale: this.loc.locale });
        // zone
        case "z":
          return dt.zoneName;
        // meridiems
        case "a":
          return meridiem();
        // dates
        case "d":
          return useDateTimeFormatter ? string({ day: "numeric" }, "day") : this.num(dt.day);
        case "dd":
          return useDateTimeFormatter ? string({ day: "2-digit" }, "day") : this.num(dt.day, 2);
        // weekdays - standalone
        case "c":
          return this.num(dt.weekday);
        case "ccc":
          return weekday("short", true);
        case "cccc":
          return weekday("long", true);
        case "ccccc":
          return weekday("narrow", true);
        // weekdays - format
        case "E":
          return this.num(dt.weekday);
        case "EEE":
          return weekday("short", false);
        case "EEEE":
          return weekday("long", false);
        case "EEEEE":
          return weekday("narrow", false);
        // months - standalone
        case "L":
          return useDateTimeFormatter ? string({ month: "numeric", day: "numeric" }, "month") : this.num(dt.month);
        case "LL":
          return useDateTimeFormatter ? string({ month: "2-digit", day: "numeric" }, "month") : this.num(dt.month, 2);
        case "LLL":
          return month("short", true);
        case "LLLL":
          return month("long", true);
        case "LLLLL":
          return month("narrow", true);
        // months - format
        case "M":
          return useDateTimeFormatter ? string({ month: "numeric" }, "month") : this.num(dt.month);
        case "MM":
          return useDateTimeFormatter ? string({ month: "2-digit" }, "month") : this.num(dt.month, 2);
        case "MMM":
          return month("short", false);
        case "MMMM":
          return month("long", false);
        case "MMMMM":
          return month("narrow", false);
        // years
        case "y":
          return useDateTimeFormatter ? string({ year: "numeric" }, "year") : this.num(dt.year);
        case "yy":
          return useDateTimeFormatter ? string({ year: "2-digit" }, "year") : this.num(dt.year.toString().slice(-2), 2);
        case "yyyy":
          return useDateTimeFormatter ? string({ year: "numeric" }, "year") : this.num(dt.year, 4);
        case "yyyyyy":
          return useDateTimeFormatter ? string({ year: "numeric" }, "year") : this.num(dt.year, 6);
        // eras
        case "G":
          return era("short");
        case "GG":
          return era("long");
        case "GGGGG":
          return era("narrow");
        case "kk":
          return this.num(dt.weekYear.toString().slice(-2), 2);
        case "kkkk":
          return this.num(dt.weekYear, 4);
        case "W":
          return this.num(dt.weekNumber);
        case "WW":
          return this.num(dt.weekNumber, 2);
        case "n":
          return this.num(dt.localWeekNumber);
        case "nn":
          return this.num(dt.localWeekNumber, 2);
        case "ii":
          return this.num(dt.localWeekYear.toString().slice(-2), 2);
        case "iiii":
          return this.num(dt.localWeekYear, 4);
        case "o":
          return this.num(dt.ordinal);
        case "ooo":
          return this.num(dt.ordinal, 3);
        case "q":
          return this.num(dt.quarter);
        case "qq":
          return this.num(dt.quarter, 2);
        case "X":
          return this.num(Math.floor(dt.ts / 1e3));
        case "x":
          return this.num(dt.ts);
        default:
          return maybeMacro(token);
      }
    };
    return stringifyTokens(_Formatter.parseFormat(fmt), tokenToString);
  }
  formatDurationFromString(dur, fmt) {
    const invertLargest = this.opts.signMode === "negativeLargestOnly" ? -1 : 1;
    const tokenToField = (token) => {
      switch (token[0]) {
        case "S":
          return "milliseconds";
        case "s":
          return "seconds";
        case "m":
          return "minutes";
        case "h":
          return "hours";
        case "d":
          return "days";
        case "w":
          return "weeks";
        case "M":
          return "months";
        case "y":
          return "years";
        default:
          return null;
      }
    }, tokenToString = (lildur, info) => (token) => {
      const mapped = tokenToField(token);
      if (mapped) {
        const inversionFactor = info.isNegativeDuration && mapped !== info.largestUnit ? invertLargest : 1;
        let signDisplay;
        if (this.opts.signMode === "negativeLargestOnly" && mapped !== info.largestUnit) {
          signDisplay = "never";
        } else if (this.opts.signMode === "all") {
          signDisplay = "always";
        } else {
          signDisplay = "auto";
        }
        return this.num(lildur.get(mapped) * inversionFactor, token.length, signDisplay);
      } else {
        return token;
      }
    }, tokens = _Formatter.parseFormat(fmt), realTokens = tokens.reduce(
      (found, { literal, val }) => literal ? found : found.concat(val),
      []
    ), collapsed = dur.shiftTo(...realTokens.map(tokenToField).filter((t2) => t2)), durationInfo = {
      isNegativeDuration: collapsed < 0,
      // this relies on "collapsed" being based on "shiftTo", which builds up the object
      // in order
      largestUnit: Object.keys(collapsed.values)[0]
    };
    return stringifyTokens(tokens, tokenToString(collapsed, durationInfo));
  }
};
var ianaRegex = /[A-Za-z_+-]{1,256}(?::?\/[A-Za-z0-9_+-]{1,256}(?:\/[A-Za-z0-9_+-]{1,256})?)?/;
function combineRegexes(...regexes) {
  const full = regexes.reduce((f, r) => f + r.source, "");
  return RegExp(`^${full}$`);
}
function combineExtractors(...extractors) {
  return (m2) => extractors.reduce(
    ([mergedVals, mergedZone, cursor], ex) => {
      const [val, zone, next] = ex(m2, cursor);
      return [{ ...mergedVals, ...val }, zone || mergedZone, next];
    },
    [{}, null, 1]
  ).slice(0, 2);
}
function parse(s3, ...patterns) {
  if (s3 == null) {
    return [null, null];
  }
  for (const [regex, extractor] of patterns) {
    const m2 = regex.exec(s3);
    if (m2) {
      return extractor(m2);
    }
  }
  return [null, null];
}
function simpleParse(...keys) {
  return (match2, cursor) => {
    const ret = {};
    let i;
    for (i = 0; i < keys.length; i++) {
      ret[keys[i]] = parseInteger(match2[cursor + i]);
    }
    return [ret, null, cursor + i];
  };
}
var offsetRegex = /(?:([Zz])|([+-]\d\d)(?::?(\d\d))?)/;
var isoExtendedZone = `(?:${offsetRegex.source}?(?:\\[(${ianaRegex.source})\\])?)?`;
var isoTimeBaseRegex = /(\d\d)(?::?(\d\d)(?::?(\d\d)(?:[.,](\d{1,30}))?)?)?/;
var isoTimeRegex = RegExp(`${isoTimeBaseRegex.source}${isoExtendedZone}`);
var isoTimeExtensionRegex = RegExp(`(?:[Tt]${isoTimeRegex.source})?`);
var isoYmdRegex = /([+-]\d{6}|\d{4})(?:-?(\d\d)(?:-?(\d\d))?)?/;
var isoWeekRegex = /(\d{4})-?W(\d\d)(?:-?(\d))?/;
var isoOrdinalRegex = /(\d{4})-?(\d{3})/;
var extractISOWeekData = simpleParse("weekYear", "weekNumber", "weekDay");
var extractISOOrdinalData = simpleParse("year", "ordinal");
var sqlYmdRegex = /(\d{4})-(\d\d)-(\d\d)/;
var sqlTimeRegex = RegExp(
  `${isoTimeBaseRegex.source} ?(?:${offsetRegex.source}|(${ianaRegex.source}))?`
);
var sqlTimeExtensionRegex = RegExp(`(?: ${sqlTimeRegex.source})?`);
function int(match2, pos, fallback) {
  const m2 = match2[pos];
  return isUndefined(m2) ? fallback : parseInteger(m2);
}
function extractISOYmd(match2, cursor) {
  const item = {
    year: int(match2, cursor),
    month: int(match2, cursor + 1, 1),
    day: int(match2, cursor + 2, 1)
  };
  return [item, null, cursor + 3];
}
function extractISOTime(match2, cursor) {
  const item = {
    hours: int(match2, cursor, 0),
    minutes: int(match2, cursor + 1, 0),
    seconds: int(match2, cursor + 2, 0),
    milliseconds: parseMillis(match2[cursor + 3])
  };
  return [item, null, cursor + 4];
}
function extractISOOffset(match2, cursor) {
  const local = !match2[cursor] && !match2[cursor + 1], fullOffset = signedOffset(match2[cursor + 1], match2[cursor + 2]), zone = local ? null : FixedOffsetZone.instance(fullOffset);
  return [{}, zone, cursor + 3];
}
function extractIANAZone(match2, cursor) {
  const zone = match2[cursor] ? IANAZone.create(match2[cursor]) : null;
  return [{}, zone, cursor + 1];
}
var isoTimeOnly = RegExp(`^T?${isoTimeBaseRegex.source}$`);
var isoDuration = /^-?P(?:(?:(-?\d{1,20}(?:\.\d{1,20})?)Y)?(?:(-?\d{1,20}(?:\.\d{1,20})?)M)?(?:(-?\d{1,20}(?:\.\d{1,20})?)W)?(?:(-?\d{1,20}(?:\.\d{1,20})?)D)?(?:T(?:(-?\d{1,20}(?:\.\d{1,20})?)H)?(?:(-?\d{1,20}(?:\.\d{1,20})?)M)?(?:(-?\d{1,20})(?:[.,](-?\d{1,20}))?S)?)?)$/;
function extractISODuration(match2) {
  const [s3, yearStr, monthStr, weekStr, dayStr, hourStr, minuteStr, secondStr, millisecondsStr] = match2;
  const hasNegativePrefix = s3[0] === "-";
  const negativeSeconds = secondStr && secondStr[0] === "-";
  const maybeNegate = (num2, force = false) => num2 !== void 0 && (force || num2 && hasNegativePrefix) ? -num2 : num2;
  return [
    {
      years: maybeNegate(parseFloating(yearStr)),
      months: maybeNegate(parseFloating(monthStr)),
      weeks: maybeNegate(parseFloating(weekStr)),
      days: maybeNegate(parseFloating(dayStr)),
      hours: maybeNegate(parseFloating(hourStr)),
      minutes: maybeNegate(parseFloating(minuteStr)),
      seconds: maybeNegate(parseFloating(secondStr), secondStr === "-0"),
      milliseconds: maybeNegate(parseMillis(millisecondsStr), negativeSeconds)
    }
  ];
}
var obsOffsets = {
  GMT: 0,
  EDT: -4 * 60,
  EST: -5 * 60,
  CDT: -5 * 60,
  CST: -6 * 60,
  MDT: -6 * 60,
  MST: -7 * 60,
  PDT: -7 * 60,
  PST: -8 * 60
};
function fromStrings(weekdayStr, yearStr, monthStr, dayStr, hourStr, minuteStr, secondStr) {
  const result = {
    year: yearStr.length === 2 ? untruncateYear(parseInteger(yearStr)) : parseInteger(yearStr),
    month: monthsShort.indexOf(monthStr) + 1,
    day: parseInteger(dayStr),
    hour: parseInteger(hourStr),
    minute: parseInteger(minuteStr)
  };
  if (secondStr) result.second = parseInteger(secondStr);
  if (weekdayStr) {
    result.weekday = weekdayStr.length > 3 ? weekdaysLong.indexOf(weekdayStr) + 1 : weekdaysShort.indexOf(weekdayStr) + 1;
  }
  return result;
}
var rfc2822 = /^(?:(Mon|Tue|Wed|Thu|Fri|Sat|Sun),\s)?(\d{1,2})\s(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s(\d{2,4})\s(\d\d):(\d\d)(?::(\d\d))?\s(?:(UT|GMT|[ECMP][SD]T)|([Zz])|(?:([+-]\d\d)(\d\d)))$/;
function extractRFC2822(match2) {
  const [
    ,
    weekdayStr,
    dayStr,
    monthStr,
    yearStr,
    hourStr,
    minuteStr,
    secondStr,
    obsOffset,
    milOffset,
    offHourStr,
    offMinuteStr
  ] = match2, result = fromStrings(weekdayStr, yearStr, monthStr, dayStr, hourStr, minuteStr, secondStr);
  let offset2;
  if (obsOffset) {
    offset2 = obsOffsets[obsOffset];
  } else if (milOffset) {
    offset2 = 0;
  } else {
    offset2 = signedOffset(offHourStr, offMinuteStr);
  }
  return [result, new FixedOffsetZone(offset2)];
}
function preprocessRFC2822(s3) {
  return s3.replace(/\([^()]*\)|[\n\t]/g, " ").replace(/(\s\s+)/g, " ").trim();
}
var rfc1123 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d\d) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d\d):(\d\d):(\d\d) GMT$/;
var rfc850 = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\d\d)-(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-(\d\d) (\d\d):(\d\d):(\d\d) GMT$/;
var ascii = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ( \d|\d\d) (\d\d):(\d\d):(\d\d) (\d{4})$/;
function extractRFC1123Or850(match2) {
  const [, weekdayStr, dayStr, monthStr, yearStr, hourStr, minuteStr, secondStr] = match2, result = fromStrings(weekdayStr, yearStr, monthStr, dayStr, hourStr, minuteStr, secondStr);
  return [result, FixedOffsetZone.utcInstance];
}
function extractASCII(match2) {
  const [, weekdayStr, monthStr, dayStr, hourStr, minuteStr, secondStr, yearStr] = match2, result = fromStrings(weekdayStr, yearStr, monthStr, dayStr, hourStr, minuteStr, secondStr);
  return [result, FixedOffsetZone.utcInstance];
}
var isoYmdWithTimeExtensionRegex = combineRegexes(isoYmdRegex, isoTimeExtensionRegex);
var isoWeekWithTimeExtensionRegex = combineRegexes(isoWeekRegex, isoTimeExtensionRegex);
var isoOrdinalWithTimeExtensionRegex = combineRegexes(isoOrdinalRegex, isoTimeExtensionRegex);
var isoTimeCombinedRegex = combineRegexes(isoTimeRegex);
var extractISOYmdTimeAndOffset = combineExtractors(
  extractISOYmd,
  extractISOTime,
  extractISOOffset,
  extractIANAZone
);
var extractISOWeekTimeAndOffset = combineExtractors(
  extractISOWeekData,
  extractISOTime,
  extractISOOffset,
  extractIANAZone
);
var extractISOOrdinalDateAndTime = combineExtractors(
  extractISOOrdinalData,
  extractISOTime,
  extractISOOffset,
  extractIANAZone
);
var extractISOTimeAndOffset = combineExtractors(
  extractISOTime,
  extractISOOffset,
  extractIANAZone
);
function parseISODate(s3) {
  return parse(
    s3,
    [isoYmdWithTimeExtensionRegex, extractISOYmdTimeAndOffset],
    [isoWeekWithTimeExtensionRegex, extractISOWeekTimeAndOffset],
    [isoOrdinalWithTimeExtensionRegex, extractISOOrdinalDateAndTime],
    [isoTimeCombinedRegex, extractISOTimeAndOffset]
  );
}
function parseRFC2822Date(s3) {
  return parse(preprocessRFC2822(s3), [rfc2822, extractRFC2822]);
}
function parseHTTPDate(s3) {
  return parse(
    s3,
    [rfc1123, extractRFC1123Or850],
    [rfc850, extractRFC1123Or850],
    [ascii, extractASCII]
  );
}
function parseISODuration(s3) {
  return parse(s3, [isoDuration, extractISODuration]);
}
var extractISOTimeOnly = combineExtractors(extractISOTime);
function parseISOTimeOnly(s3) {
  return parse(s3, [isoTimeOnly, extractISOTimeOnly]);
}
var sqlYmdWithTimeExtensionRegex = combineRegexes(sqlYmdRegex, sqlTimeExtensionRegex);
var sqlTimeCombinedRegex = combineRegexes(sqlTimeRegex);
var extractISOTimeOffsetAndIANAZone = combineExtractors(
  extractISOTime,
  extractISOOffset,
  extractIANAZone
);
function parseSQL(s3) {
  return parse(
    s3,
    [sqlYmdWithTimeExtensionRegex, extractISOYmdTimeAndOffset],
    [sqlTimeCombinedRegex, extractISOTimeOffsetAndIANAZone]
  );
}
var INVALID$2 = "Invalid Duration";
var lowOrderMatrix = {
  weeks: {
    days: 7,
    hours: 7 * 24,
    minutes: 7 * 24 * 60,
    seconds: 7 * 24 * 60 * 60,
    milliseconds: 7 * 24 * 60 * 60 * 1e3
  },
  days: {
    hours: 24,
    minutes: 24 * 60,
    seconds: 24 * 60 * 60,
    milliseconds: 24 * 60 * 60 * 1e3
  },
  hours: { minutes: 60, seconds: 60 * 60, milliseconds: 60 * 60 * 1e3 },
  minutes: { seconds: 60, milliseconds: 60 * 1e3 },
  seconds: { milliseconds: 1e3 }
};
var casualMatrix = {
  years: {
    quarters: 4,
    months: 12,
    weeks: 52,
    days: 365,
    hours: 365 * 24,
    minutes: 365 * 24 * 60,
    seconds: 365 * 24 * 60 * 60,
    milliseconds: 365 * 24 * 60 * 60 * 1e3
  },
  quarters: {
    months: 3,
    weeks: 13,
    days: 91,
    hours: 91 * 24,
    minutes: 91 * 24 * 60,
    seconds: 91 * 24 * 60 * 60,
    milliseconds: 91 * 24 * 60 * 60 * 1e3
  },
  months: {
    weeks: 4,
    days: 30,
    hours: 30 * 24,
    minutes: 30 * 24 * 60,
    seconds: 30 * 24 * 60 * 60,
    milliseconds: 30 * 24 * 60 * 60 * 1e3
  },
  ...lowOrderMatrix
};
var daysInYearAccurate = 146097 / 400;
var daysInMonthAccurate = 146097 / 4800;
var accurateMatrix = {
  years: {
    quarters: 4,
    months: 12,
    weeks: daysInYearAccurate / 7,
    days: daysInYearAccurate,
    hours: daysInYearAccurate * 24,
    minutes: daysInYearAccurate * 24 * 60,
    seconds: daysInYearAccurate * 24 * 60 * 60,
    milliseconds: daysInYearAccurate * 24 * 60 * 60 * 1e3
  },
  quarters: {
    months: 3,
    weeks: daysInYearAccurate / 28,
    days: daysInYearAccurate / 4,
    hours: daysInYearAccurate * 24 / 4,
    minutes: daysInYearAccurate * 24 * 60 / 4,
    seconds: daysInYearAccurate * 24 * 60 * 60 / 4,
    milliseconds: daysInYearAccurate * 24 * 60 * 60 * 1e3 / 4
  },
  months: {
    weeks: daysInMonthAccurate / 7,
    days: daysInMonthAccurate,
    hours: daysInMonthAccurate * 24,
    minutes: daysInMonthAccurate * 24 * 60,
    seconds: daysInMonthAccurate * 24 * 60 * 60,
    milliseconds: daysInMonthAccurate * 24 * 60 * 60 * 1e3
  },
  ...lowOrderMatrix
};
var orderedUnits$1 = [
  "years",
  "quarters",
  "months",
  "weeks",
  "days",
  "hours",
  "minutes",
  "seconds",
  "milliseconds"
];
var reverseUnits = orderedUnits$1.slice(0).reverse();
function clone$1(dur, alts, clear = false) {
  const conf = {
    values: clear ? alts.values : { ...dur.values, ...alts.values || {} },
    loc: dur.loc.clone(alts.loc),
    conversionAccuracy: alts.conversionAccuracy || dur.conversionAccuracy,
    matrix: alts.matrix || dur.matrix
  };
  return new Duration(conf);
}
function durationToMillis(matrix, vals) {
  let sum = vals.milliseconds ?? 0;
  for (const unit of reverseUnits.slice(1)) {
    if (vals[unit]) {
      sum += vals[unit] * matrix[unit]["milliseconds"];
    }
  }
  return sum;
}
function normalizeValues(matrix, vals) {
  const factor = durationToMillis(matrix, vals) < 0 ? -1 : 1;
  orderedUnits$1.reduceRight((previous, current) => {
    if (!isUndefined(vals[current])) {
      if (previous) {
        const previousVal = vals[previous] * factor;
        const conv = matrix[current][previous];
        const rollUp = Math.floor(previousVal / conv);
        vals[current] += rollUp * factor;
        vals[previous] -= rollUp * conv * factor;
      }
      return current;
    } else {
      return previous;
    }
  }, null);
  orderedUnits$1.reduce((previous, current) => {
    if (!isUndefined(vals[current])) {
      if (previous) {
        const fraction = vals[previous] % 1;
        vals[previous] -= fraction;
        vals[current] += fraction * matrix[previous][current];
      }
      return current;
    } else {
      return previous;
    }
  }, null);
}
function removeZeroes(vals) {
  const newVals = {};
  for (const [key, value] of Object.entries(vals)) {
    if (value !== 0) {
      newVals[key] = value;
    }
  }
  return newVals;
}
var Duration = class _Duration {
  /**
   * @private
   */
  constructor(config) {
    const accurate = config.conversionAccuracy === "longterm" || false;
    let matrix = accurate ? accurateMatrix : casualMatrix;
    if (config.matrix) {
      matrix = config.matrix;
    }
    this.values = config.values;
    this.loc = config.loc || Locale.create();
    this.conversionAccuracy = accurate ? "longterm" : "casual";
    this.invalid = config.invalid || null;
    this.matrix = matrix;
    this.isLuxonDuration = true;
  }
  /**
   * Create Duration from a number of milliseconds.
   * @param {number} count of milliseconds
   * @param {Object} opts - options for parsing
   * @param {string} [opts.locale='en-US'] - the locale to use
   * @param {string} opts.numberingSystem - the numbering system to use
   * @param {string} [opts.conversionAccuracy='casual'] - the conversion system to use
   * @return {Duration}
   */
  static fromMillis(count, opts) {
    return _Duration.fromObject({ milliseconds: count }, opts);
  }
  /**
   * Create a Duration from a JavaScript object with keys like 'years' and 'hours'.
   * If this object is empty then a zero milliseconds duration is returned.
   * @param {Object} obj - the object to create the DateTime from
   * @param {number} obj.years
   * @param {number} obj.quarters
   * @param {number} obj.months
   * @param {number} obj.weeks
   * @param {number} obj.days
   * @param {number} obj.hours
   * @param {number} obj.minutes
   * @param {number} obj.seconds
   * @param {number} obj.milliseconds
   * @param {Object} [opts=[]] - options for creating this Duration
   * @param {string} [opts.locale='en-US'] - the locale to use
   * @param {string} opts.numberingSystem - the numbering system to use
   * @param {string} [opts.conversionAccuracy='casual'] - the preset conversion system to use
   * @param {string} [opts.matrix=Object] - the custom conversion system to use
   * @return {Duration}
   */
  static fromObject(obj, opts = {}) {
    if (obj == null || typeof obj !== "object") {
      throw new InvalidArgumentError(
        `Duration.fromObject: argument expected to be an object, got ${obj === null ? "null" : typeof obj}`
      );
    }
    return new _Duration({
      values: normalizeObject(obj, _Duration.normalizeUnit),
      loc: Locale.fromObject(opts),
      conversionAccuracy: opts.conversionAccuracy,
      matrix: opts.matrix
    });
  }
  /**
   * Create a Duration from DurationLike.
   *
   * @param {Object | number | Duration} durationLike
   * One of:
   * - object with keys like 'years' and 'hours'.
   * - number representing milliseconds
   * - Duration instance
   * @return {Duration}
   */
  static fromDurationLike(durationLike) {
    if (isNumber(durationLike)) {
      return _Duration.fromMillis(durationLike);
    } else if (_Duration.isDuration(durationLike)) {
      return durationLike;
    } else if (typeof durationLike === "object") {
      return _Duration.fromObject(durationLike);
    } else {
      throw new InvalidArgumentError(
        `Unknown duration argument ${durationLike} of type ${typeof durationLike}`
      );
    }
  }
  /**
   * Create a Duration from an ISO 8601 duration string.
   * @param {string} text - text to parse
   * @param {Object} opts - options for parsing
   * @param {string} [opts.locale='en-US'] - the locale to use
   * @param {string} opts.numberingSystem - the numbering system to use
   * @param {string} [opts.conversionAccuracy='casual'] - the preset conversion system to use
   * @param {string} [opts.matrix=Object] - the preset conversion system to use
   * @see https://en.wikipedia.org/wiki/ISO_8601#Durations
   * @example Duration.fromISO('P3Y6M1W4DT12H30M5S').toObject() //=> { years: 3, months: 6, weeks: 1, days: 4, hours: 12, minutes: 30, seconds: 5 }
   * @example Duration.fromISO('PT23H').toObject() //=> { hours: 23 }
   * @example Duration.fromISO('P5Y3M').toObject() //=> { years: 5, months: 3 }
   * @return {Duration}
   */
  static fromISO(text, opts) {
    const [parsed] = parseISODuration(text);
    if (parsed) {
      return _Duration.fromObject(parsed, opts);
    } else {
      return _Duration.invalid("unparsable", `the input "${text}" can't be parsed as ISO 8601`);
    }
  }
  /**
   * Create a Duration from an ISO 8601 time string.
   * @param {string} text - text to parse
   * @param {Object} opts - options for parsing
   * @param {string} [opts.locale='en-US'] - the locale to use
   * @param {string} opts.numberingSystem - the numbering system to use
   * @param {string} [opts.conversionAccuracy='casual'] - the preset conversion system to use
   * @param {string} [opts.matrix=Object] - the conversion system to use
   * @see https://en.wikipedia.org/wiki/ISO_8601#Times
   * @example Duration.fromISOTime('11:22:33.444').toObject() //=> { hours: 11, minutes: 22, seconds: 33, milliseconds: 444 }
   * @example Duration.fromISOTime('11:00').toObject() //=> { hours: 11, minutes: 0, seconds: 0 }
   * @example Duration.fromISOTime('T11:00').toObject() //=> { hours: 11, minutes: 0, seconds: 0 }
   * @example Duration.fromISOTime('1100').toObject() //=> { hours: 11, minutes: 0, seconds: 0 }
   * @example Duration.fromISOTime('T1100').toObject() //=> { hours: 11, minutes: 0, seconds: 0 }
   * @return {Duration}
   */
  static fromISOTime(text, opts) {
    const [parsed] = parseISOTimeOnly(text);
    if (parsed) {
      return _Duration.fromObject(parsed, opts);
    } else {
      return _Duration.invalid("unparsable", `the input "${text}" can't be parsed as ISO 8601`);
    }
  }
  /**
   * Create an invalid Duration.
   * @param {string} reason - simple string of why this datetime is invalid. Should not contain parameters or anything else data-dependent
   * @param {string} [explanation=null] - longer explanation, may include parameters and other useful debugging information
   * @return {Duration}
   */
  static invalid(reason, explanation = null) {
    if (!reason) {
      throw new InvalidArgumentError("need to specify a reason the Duration is invalid");
    }
    const invalid = reason instanceof Invalid ? reason : new Invalid(reason, explanation);
    if (Settings.throwOnInvalid) {
      throw new InvalidDurationError(invalid);
    } else {
      return new _Duration({ invalid });
    }
  }
  /**
   * @private
   */
  static normalizeUnit(unit) {
    const normalized = {
      year: "years",
      years: "years",
      quarter: "quarters",
      quarters: "quarters",
      month: "months",
      months: "months",
      week: "weeks",
      weeks: "weeks",
      day: "days",
      days: "days",
      hour: "hours",
      hours: "hours",
      minute: "minutes",
      minutes: "minutes",
      second: "seconds",
      seconds: "seconds",
      millisecond: "milliseconds",
      milliseconds: "milliseconds"
    }[unit ? unit.toLowerCase() : unit];
    if (!normalized) throw new InvalidUnitError(unit);
    return normalized;
  }
  /**
   * Check if an object is a Duration. Works across context boundaries
   * @param {object} o
   * @return {boolean}
   */
  static isDuration(o) {
    return o && o.isLuxonDuration || false;
  }
  /**
   * Get  the locale of a Duration, such 'en-GB'
   * @type {string}
   */
  get locale() {
    return this.isValid ? this.loc.locale : null;
  }
  /**
   * Get the numbering system of a Duration, such 'beng'. The numbering system is used when formatting the Duration
   *
   * @type {string}
   */
  get numberingSystem() {
    return this.isValid ? this.loc.numberingSystem : null;
  }
  /**
   * Returns a string representation of this Duration formatted according to the specified format string. You may use these tokens:
   * * `S` for milliseconds
   * * `s` for seconds
   * * `m` for minutes
   * * `h` for hours
   * * `d` for days
   * * `w` for weeks
   * * `M` for months
   * * `y` for years
   * Notes:
   * * Add padding by repeating the token, e.g. "yy" pads the years to two digits, "hhhh" pads the hours out to four digits
   * * Tokens can be escaped by wrapping with single quotes.
   * * The duration will be converted to the set of units in the format string using {@link Duration#shiftTo} and the Durations's conversion accuracy setting.
   * @param {string} fmt - the format string
   * @param {Object} opts - options
   * @param {boolean} [opts.floor=true] - floor numerical values
   * @param {'negative'|'all'|'negativeLargestOnly'} [opts.signMode=negative] - How to handle signs
   * @example Duration.fromObject({ years: 1, days: 6, seconds: 2 }).toFormat("y d s") //=> "1 6 2"
   * @example Duration.fromObject({ years: 1, days: 6, seconds: 2 }).toFormat("yy dd sss") //=> "01 06 002"
   * @example Duration.fromObject({ years: 1, days: 6, seconds: 2 }).toFormat("M S") //=> "12 518402000"
   * @example Duration.fromObject({ days: 6, seconds: 2 }).toFormat("d s", { signMode: "all" }) //=> "+6 +2"
   * @example Duration.fromObject({ days: -6, seconds: -2 }).toFormat("d s", { signMode: "all" }) //=> "-6 -2"
   * @example Duration.fromObject({ days: -6, seconds: -2 }).toFormat("d s", { signMode: "negativeLargestOnly" }) //=> "-6 2"
   * @return {string}
   */
  toFormat(fmt, opts = {}) {
    const fmtOpts = {
      ...opts,
      floor: opts.round !== false && opts.floor !== false
    };
    return this.isValid ? Formatter.create(this.loc, fmtOpts).formatDurationFromString(this, fmt) : INVALID$2;
  }
  /**
   * Returns a string representation of a Duration with all units included.
   * To modify its behavior, use `listStyle` and any Intl.NumberFormat option, though `unitDisplay` is especially relevant.
   * @see https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Intl/NumberFormat/NumberFormat#options
   * @param {Object} opts - Formatting options. Accepts the same keys as the options parameter of the native `Intl.NumberFormat` constructor, as well as `listStyle`.
   * @param {string} [opts.listStyle='narrow'] - How to format the merged list. Corresponds to the `style` property of the options parameter of the native `Intl.ListFormat` constructor.
   * @param {boolean} [opts.showZeros=true] - Show all units previously used by the duration even if they are zero
   * @example
   * ```js
   * var dur = Duration.fromObject({ months: 1, weeks: 0, hours: 5, minutes: 6 })
   * dur.toHuman() //=> '1 month, 0 weeks, 5 hours, 6 minutes'
   * dur.toHuman({ listStyle: "long" }) //=> '1 month, 0 weeks, 5 hours, and 6 minutes'
   * dur.toHuman({ unitDisplay: "short" }) //=> '1 mth, 0 wks, 5 hr, 6 min'
   * dur.toHuman({ showZeros: false }) //=> '1 month, 5 hours, 6 minutes'
   * ```
   */
  toHuman(opts = {}) {
    if (!this.isValid) return INVALID$2;
    const showZeros = opts.showZeros !== false;
    const l2 = orderedUnits$1.map((unit) => {
      const val = this.values[unit];
      if (isUndefined(val) || val === 0 && !showZeros) {
        return null;
      }
      return this.loc.numberFormatter({ style: "unit", unitDisplay: "long", ...opts, unit: unit.slice(0, -1) }).format(val);
    }).filter((n2) => n2);
    return this.loc.listFormatter({ type: "conjunction", style: opts.listStyle || "narrow", ...opts }).format(l2);
  }
  /**
   * Returns a JavaScript object with this Duration's values.
   * @example Duration.fromObject({ years: 1, days: 6, seconds: 2 }).toObject() //=> { years: 1, days: 6, seconds: 2 }
   * @return {Object}
   */
  toObject() {
    if (!this.isValid) return {};
    return { ...this.values };
  }
  /**
   * Returns an ISO 8601-compliant string representation of this Duration.
   * @see https://en.wikipedia.org/wiki/ISO_8601#Durations
   * @example Duration.fromObject({ years: 3, seconds: 45 }).toISO() //=> 'P3YT45S'
   * @example Duration.fromObject({ months: 4, seconds: 45 }).toISO() //=> 'P4MT45S'
   * @example Duration.fromObject({ months: 5 }).toISO() //=> 'P5M'
   * @example Duration.fromObject({ minutes: 5 }).toISO() //=> 'PT5M'
   * @example Duration.fromObject({ milliseconds: 6 }).toISO() //=> 'PT0.006S'
   * @return {string}
   */
  toISO() {
    if (!this.isValid) return null;
    let s3 = "P";
    if (this.years !== 0) s3 += this.years + "Y";
    if (this.months !== 0 || this.quarters !== 0) s3 += this.months + this.quarters * 3 + "M";
    if (this.weeks !== 0) s3 += this.weeks + "W";
    if (this.days !== 0) s3 += this.days + "D";
    if (this.hours !== 0 || this.minutes !== 0 || this.seconds !== 0 || this.milliseconds !== 0)
      s3 += "T";
    if (this.hours !== 0) s3 += this.hours + "H";
    if (this.minutes !== 0) s3 += this.minutes + "M";
    if (this.seconds !== 0 || this.milliseconds !== 0)
      s3 += roundTo(this.seconds + this.milliseconds / 1e3, 3) + "S";
    if (s3 === "P") s3 += "T0S";
    return s3;
  }
  /**
   * Returns an ISO 8601-compliant string representation of this Duration, formatted as a time of day.
   * Note that this will return null if the duration is invalid, negative, or equal to or greater than 24 hours.
   * @see https://en.wikipedia.org/wiki/ISO_8601#Times
   * @param {Object} opts - options
   * @param {boolean} [opts.suppressMilliseconds=false] - exclude milliseconds from the format if they're 0
   * @param {boolean} [opts.suppressSeconds=false] - exclude seconds from the format if they're 0
   * @param {boolean} [opts.includePrefix=false] - include the `T` prefix
   * @param {string} [opts.format='extended'] - choose between the basic and extended format
   * @example Duration.fromObject({ hours: 11 }).toISOTime() //=> '11:00:00.000'
   * @example Duration.fromObject({ hours: 11 }).toISOTime({ suppressMilliseconds: true }) //=> '11:00:00'
   * @example Duration.fromObject({ hours: 11 }).toISOTime({ suppressSeconds: true }) //=> '11:00'
   * @example Duration.fromObject({ hours: 11 }).toISOTime({ includePrefix: true }) //=> 'T11:00:00.000'
   * @example Duration.fromObject({ hours: 11 }).toISOTime({ format: 'basic' }) //=> '110000.000'
   * @return {string}
   */
  toISOTime(opts = {}) {
    if (!this.isValid) return null;
    const millis = this.toMillis();
    if (millis < 0 || millis >= 864e5) return null;
    opts = {
      suppressMilliseconds: false,
      suppressSeconds: false,
      includePrefix: false,
      format: "extended",
      ...opts,
      includeOffset: false
    };
    const dateTime = DateTime.fromMillis(millis, { zone: "UTC" });
    return dateTime.toISOTime(opts);
  }
  /**
   * Returns an ISO 8601 representation of this Duration appropriate for use in JSON.
   * @return {string}
   */
  toJSON() {
    return this.toISO();
  }
  /**
   * Returns an ISO 8601 representation of this Duration appropriate for use in debugging.
   * @return {string}
   */
  toString() {
    return this.toISO();
  }
  /**
   * Returns a string representation of this Duration appropriate for the REPL.
   * @return {string}
   */
  [/* @__PURE__ */ Symbol.for("nodejs.util.inspect.custom")]() {
    if (this.isValid) {
      return `Duration { values: ${JSON.stringify(this.values)} }`;
    } else {
      return `Duration { Invalid, reason: ${this.invalidReason} }`;
    }
  }
  /**
   * Returns an milliseconds value of this Duration.
   * @return {number}
   */
  toMillis() {
    if (!this.isValid) return NaN;
    return durationToMillis(this.matrix, this.values);
  }
  /**
   * Returns an milliseconds value of this Duration. Alias of {@link toMillis}
   * @return {number}
   */
  valueOf() {
    return this.toMillis();
  }
  /**
   * Make this Duration longer by the specified amount. Return a newly-constructed Duration.
   * @param {Duration|Object|number} duration - The amount to add. Either a Luxon Duration, a number of milliseconds, the object argument to Duration.fromObject()
   * @return {Duration}
   */
  plus(duration) {
    if (!this.isValid) return this;
    const dur = _Duration.fromDurationLike(duration), result = {};
    for (const k of orderedUnits$1) {
      if (hasOwnProperty(dur.values, k) || hasOwnProperty(this.values, k)) {
        result[k] = dur.get(k) + this.get(k);
      }
    }
    return clone$1(this, { values: result }, true);
  }
  /**
   * Make this Duration shorter by the specified amount. Return a newly-constructed Duration.
   * @param {Duration|Object|number} duration - The amount to subtract. Either a Luxon Duration, a number of milliseconds, the object argument to Duration.fromObject()
   * @return {Duration}
   */
  minus(duration) {
    if (!this.isValid) return this;
    const dur = _Duration.fromDurationLike(duration);
    return this.plus(dur.negate());
  }
  /**
   * Scale this Duration by the specified amount. Return a newly-constructed Duration.
   * @param {function} fn - The function to apply to each unit. Arity is 1 or 2: the value of the unit and, optionally, the unit name. Must return a number.
   * @example Duration.fromObject({ hours: 1, minutes: 30 }).mapUnits(x => x * 2) //=> { hours: 2, minutes: 60 }
   * @example Duration.fromObject({ hours: 1, minutes: 30 }).mapUnits((x, u) => u === "hours" ? x * 2 : x) //=> { hours: 2, minutes: 30 }
   * @return {Duration}
   */
  mapUnits(fn) {
    if (!this.isValid) return this;
    const result = {};
    for (const k of Object.keys(this.values)) {
      result[k] = asNumber(fn(this.values[k], k));
    }
    return clone$1(this, { values: result }, true);
  }
  /**
   * Get the value of unit.
   * @param {string} unit - a unit such as 'minute' or 'day'
   * @example Duration.fromObject({years: 2, days: 3}).get('years') //=> 2
   * @example Duration.fromObject({years: 2, days: 3}).get('months') //=> 0
   * @example Duration.fromObject({years: 2, days: 3}).get('days') //=> 3
   * @return {number}
   */
  get(unit) {
    return this[_Duration.normalizeUnit(unit)];
  }
  /**
   * "Set" the values of specified units. Return a newly-constructed Duration.
   * @param {Object} values - a mapping of units to numbers
   * @example dur.set({ years: 2017 })
   * @example dur.set({ hours: 8, minutes: 30 })
   * @return {Duration}
   */
  set(values) {
    if (!this.isValid) return this;
    const mixed = { ...this.values, ...normalizeObject(values, _Duration.normalizeUnit) };
    return clone$1(this, { values: mixed });
  }
  /**
   * "Set" the locale and/or numberingSystem.  Returns a newly-constructed Duration.
   * @example dur.reconfigure({ locale: 'en-GB' })
   * @return {Duration}
   */
  reconfigure({ locale: locale2, numberingSystem, conversionAccuracy, matrix } = {}) {
    const loc = this.loc.clone({ locale: locale2, numberingSystem });
    const opts = { loc, matrix, conversionAccuracy };
    return clone$1(this, opts);
  }
  /**
   * Return the length of the duration in the specified unit.
   * @param {string} unit - a unit such as 'minutes' or 'days'
   * @example Duration.fromObject({years: 1}).as('days') //=> 365
   * @example Duration.fromObject({years: 1}).as('months') //=> 12
   * @example Duration.fromObject({hours: 60}).as('days') //=> 2.5
   * @return {number}
   */
  as(unit) {
    return this.isValid ? this.shiftTo(unit).get(unit) : NaN;
  }
  /**
   * Reduce this Duration to its canonical representation in its current units.
   * Assuming the overall value of the Duration is positive, this means:
   * - excessive values for lower-order units are converted to higher-order units (if possible, see first and second example)
   * - negative lower-order units are converted to higher order units (there must be such a higher order unit, otherwise
   *   the overall value would be negative, see third example)
   * - fractional values for higher-order units are converted to lower-order units (if possible, see fourth example)
   *
   * If the overall value is negative, the result of this method is equivalent to `this.negate().normalize().negate()`.
   * @example Duration.fromObject({ years: 2, days: 5000 }).normalize().toObject() //=> { years: 15, days: 255 }
   * @example Duration.fromObject({ days: 5000 }).normalize().toObject() //=> { days: 5000 }
   * @example Duration.fromObject({ hours: 12, minutes: -45 }).normalize().toObject() //=> { hours: 11, minutes: 15 }
   * @example Duration.fromObject({ years: 2.5, days: 0, hours: 0 }).normalize().toObject() //=> { years: 2, days: 182, hours: 12 }
   * @return {Duration}
   */
  normalize() {
    if (!this.isValid) return this;
    const vals = this.toObject();
    normalizeValues(this.matrix, vals);
    return clone$1(this, { values: vals }, true);
  }
  /**
   * Rescale units to its largest representation
   * @example Duration.fromObject({ milliseconds: 90000 }).rescale().toObject() //=> { minutes: 1, seconds: 30 }
   * @return {Duration}
   */
  rescale() {
    if (!this.isValid) return this;
    const vals = removeZeroes(this.normalize().shiftToAll().toObject());
    return clone$1(this, { values: vals }, true);
  }
  /**
   * Convert this Duration into its representation in a different set of units.
   * @example Duration.fromObject({ hours: 1, seconds: 30 }).shiftTo('minutes', 'milliseconds').toObject() //=> { minutes: 60, milliseconds: 30000 }
   * @return {Duration}
   */
  shiftTo(...units) {
    if (!this.isValid) return this;
    if (units.length === 0) {
      return this;
    }
    units = units.map((u) => _Duration.normalizeUnit(u));
    const built = {}, accumulated = {}, vals = this.toObject();
    let lastUnit;
    for (const k of orderedUnits$1) {
      if (units.indexOf(k) >= 0) {
        lastUnit = k;
        let own = 0;
        for (const ak in accumulated) {
          own += this.matrix[ak][k] * accumulated[ak];
          accumulated[ak] = 0;
        }
        if (isNumber(vals[k])) {
          own += vals[k];
        }
        const i = Math.trunc(own);
        built[k] = i;
        accumulated[k] = (own * 1e3 - i * 1e3) / 1e3;
      } else if (isNumber(vals[k])) {
        accumulated[k] = vals[k];
      }
    }
    for (const key in accumulated) {
      if (accumulated[key] !== 0) {
        built[lastUnit] += key === lastUnit ? accumulated[key] : accumulated[key] / this.matrix[lastUnit][key];
      }
    }
    normalizeValues(this.matrix, built);
    return clone$1(this, { values: built }, true);
  }
  /**
   * Shift this Duration to all available units.
   * Same as shiftTo("years", "months", "weeks", "days", "hours", "minutes", "seconds", "milliseconds")
   * @return {Duration}
   */
  shiftToAll() {
    if (!this.isValid) return this;
    return this.shiftTo(
      "years",
      "months",
      "weeks",
      "days",
      "hours",
      "minutes",
      "seconds",
      "milliseconds"
    );
  }
  /**
   * Return the negative of this Duration.
   * @example Duration.fromObject({ hours: 1, seconds: 30 }).negate().toObject() //=> { hours: -1, seconds: -30 }
   * @return {Duration}
   */
  negate() {
    if (!this.isValid) return this;
    const negated = {};
    for (const k of Object.keys(this.values)) {
      negated[k] = this.values[k] === 0 ? 0 : -this.values[k];
    }
    return clone$1(this, { values: negated }, true);
  }
  /**
   * Removes all units with values equal to 0 from this Duration.
   * @example Duration.fromObject({ years: 2, days: 0, hours: 0, minutes: 0 }).removeZeros().toObject() //=> { years: 2 }
   * @return {Duration}
   */
  removeZeros() {
    if (!this.isValid) return this;
    const vals = removeZeroes(this.values);
    return clone$1(this, { values: vals }, true);
  }
  /**
   * Get the years.
   * @type {number}
   */
  get years() {
    return this.isValid ? this.values.years || 0 : NaN;
  }
  /**
   * Get the quarters.
   * @type {number}
   */
  get quarters() {
    return this.isValid ? this.values.quarters || 0 : NaN;
  }
  /**
   * Get the months.
   * @type {number}
   */
  get months() {
    return this.isValid ? this.values.months || 0 : NaN;
  }
  /**
   * Get the weeks
   * @type {number}
   */
  get weeks() {
    return this.isValid ? this.values.weeks || 0 : NaN;
  }
  /**
   * Get the days.
   * @type {number}
   */
  get days() {
    return this.isValid ? this.values.days || 0 : NaN;
  }
  /**
   * Get the hours.
   * @type {number}
   */
  get hours() {
    return this.isValid ? this.values.hours || 0 : NaN;
  }
  /**
   * Get the minutes.
   * @type {number}
   */
  get minutes() {
    return this.isValid ? this.values.minutes || 0 : NaN;
  }
  /**
   * Get the seconds.
   * @return {number}
   */
  get seconds() {
    return this.isValid ? this.values.seconds || 0 : NaN;
  }
  /**
   * Get the milliseconds.
   * @return {number}
   */
  get milliseconds() {
    return this.isValid ? this.values.milliseconds || 0 : NaN;
  }
  /**
   * Returns whether the Duration is invalid. Invalid durations are returned by diff operations
   * on invalid DateTimes or Intervals.
   * @return {boolean}
   */
  get isValid() {
    return this.invalid === null;
  }
  /**
   * Returns an error code if this Duration became invalid, or null if the Duration is valid
   * @return {string}
   */
  get invalidReason() {
    return this.invalid ? this.invalid.reason : null;
  }
  /**
   * Returns an explanation of why this Duration became invalid, or null if the Duration is valid
   * @type {string}
   */
  get invalidExplanation() {
    return this.invalid ? this.invalid.explanation : null;
  }
  /**
   * Equality check
   * Two Durations are equal iff they have the same units and the same values for each unit.
   * @param {Duration} other
   * @return {boolean}
   */
  equals(other) {
    if (!this.isValid || !other.isValid) {
      return false;
    }
    if (!this.loc.equals(other.loc)) {
      return false;
    }
    function eq(v1, v2) {
      if (v1 === void 0 || v1 === 0) return v2 === void 0 || v2 === 0;
      return v1 === v2;
    }
    for (const u of orderedUnits$1) {
      if (!eq(this.values[u], other.values[u])) {
        return false;
      }
    }
    return true;
  }
};
var INVALID$1 = "Invalid Interval";
function validateStartEnd(start, end) {
  if (!start || !start.isValid) {
    return Interval.invalid("missing or invalid start");
  } else if (!end || !end.isValid) {
    return Interval.invalid("missing or invalid end");
  } else if (end < start) {
    return Interval.invalid(
      "end before start",
      `The end of an interval must be after its start, but you had start=${start.toISO()} and end=${end.toISO()}`
    );
  } else {
    return null;
  }
}
var Interval = class _Interval {
  /**
   * @private
   */
  constructor(config) {
    this.s = config.start;
    this.e = config.end;
    this.invalid = config.invalid || null;
    this.isLuxonInterval = true;
  }
  /**
   * Create an invalid Interval.
   * @param {string} reason - simple string of why this Interval is invalid. Should not contain parameters or anything else data-dependent
   * @param {string} [explanation=null] - longer explanation, may include parameters and other useful debugging information
   * @return {Interval}
   */
  static invalid(reason, explanation = null) {
    if (!reason) {
      throw new InvalidArgumentError("need to specify a reason the Interval is invalid");
    }
    const invalid = reason instanceof Invalid ? reason : new Invalid(reason, explanation);
    if (Settings.throwOnInvalid) {
      throw new InvalidIntervalError(invalid);
    } else {
      return new _Interval({ invalid });
    }
  }
  /**
   * Create an Interval from a start DateTime and an end DateTime. Inclusive of the start but not the end.
   * @param {DateTime|Date|Object} start
   * @param {DateTime|Date|Object} end
   * @return {Interval}
   */
  static fromDateTimes(start, end) {
    const builtStart = friendlyDateTime(start), builtEnd = friendlyDateTime(end);
    const validateError = validateStartEnd(builtStart, builtEnd);
    if (validateError == null) {
      return new _Interval({
        start: builtStart,
        end: builtEnd
      });
    } else {
      return validateError;
    }
  }
  /**
   * Create an Interval from a start DateTime and a Duration to extend to.
   * @param {DateTime|Date|Object} start
   * @param {Duration|Object|number} duration - the length of the Interval.
   * @return {Interval}
   */
  static after(start, duration) {
    const dur = Duration.fromDurationLike(duration), dt = friendlyDateTime(start);
    return _Interval.fromDateTimes(dt, dt.plus(dur));
  }
  /**
   * Create an Interval from an end DateTime and a Duration to extend backwards to.
   * @param {DateTime|Date|Object} end
   * @param {Duration|Object|number} duration - the length of the Interval.
   * @return {Interval}
   */
  static before(end, duration) {
    const dur = Duration.fromDurationLike(duration), dt = friendlyDateTime(end);
    return _Interval.fromDateTimes(dt.minus(dur), dt);
  }
  /**
   * Create an Interval from an ISO 8601 string.
   * Accepts `<start>/<end>`, `<start>/<duration>`, and `<duration>/<end>` formats.
   * @param {string} text - the ISO string to parse
   * @param {Object} [opts] - options to pass {@link DateTime#fromISO} and optionally {@link Duration#fromISO}
   * @see https://en.wikipedia.org/wiki/ISO_8601#Time_intervals
   * @return {Interval}
   */
  static fromISO(text, opts) {
    const [s3, e] = (text || "").split("/", 2);
    if (s3 && e) {
      let start, startIsValid;
      try {
        start = DateTime.fromISO(s3, opts);
        startIsValid = start.isValid;
      } catch (e2) {
        startIsValid = false;
      }
      let end, endIsValid;
      try {
        end = DateTime.fromISO(e, opts);
        endIsValid = end.isValid;
      } catch (e2) {
        endIsValid = false;
      }
      if (startIsValid && endIsValid) {
        return _Interval.fromDateTimes(start, end);
      }
      if (startIsValid) {
        const dur = Duration.fromISO(e, opts);
        if (dur.isValid) {
          return _Interval.after(start, dur);
        }
      } else if (endIsValid) {
        const dur = Duration.fromISO(s3, opts);
        if (dur.isValid) {
          return _Interval.before(end, dur);
        }
      }
    }
    return _Interval.invalid("unparsable", `the input "${text}" can't be parsed as ISO 8601`);
  }
  /**
   * Check if an object is an Interval. Works across context boundaries
   * @param {object} o
   * @return {boolean}
   */
  static isInterval(o) {
    return o && o.isLuxonInterval || false;
  }
  /**
   * Returns the start of the Interval
   * @type {DateTime}
   */
  get start() {
    return this.isValid ? this.s : null;
  }
  /**
   * Returns the end of the Interval. This is the first instant which is not part of the interval
   * (Interval is half-open).
   * @type {DateTime}
   */
  get end() {
    return this.isValid ? this.e : null;
  }
  /**
   * Returns the last DateTime included in the interval (since end is not part of the interval)
   * @type {DateTime}
   */
  get lastDateTime() {
    return this.isValid ? this.e ? this.e.minus(1) : null : null;
  }
  /**
   * Returns whether this Interval's end is at least its start, meaning that the Interval isn't 'backwards'.
   * @type {boolean}
   */
  get isValid() {
    return this.invalidReason === null;
  }
  /**
   * Returns an error code if this Interval is invalid, or null if the Interval is valid
   * @type {string}
   */
  get invalidReason() {
    return this.invalid ? this.invalid.reason : null;
  }
  /**
   * Returns an explanation of why this Interval became invalid, or null if the Interval is valid
   * @type {string}
   */
  get invalidExplanation() {
    return this.invalid ? this.invalid.explanation : null;
  }
  /**
   * Returns the length of the Interval in the specified unit.
   * @param {string} unit - the unit (such as 'hours' or 'days') to return the length in.
   * @return {number}
   */
  length(unit = "milliseconds") {
    return this.isValid ? this.toDuration(...[unit]).get(unit) : NaN;
  }
  /**
   * Returns the count of minutes, hours, days, months, or years included in the Interval, even in part.
   * Unlike {@link Interval#length} this counts sections of the calendar, not periods of time, e.g. specifying 'day'
   * asks 'what dates are included in this interval?', not 'how many days long is this interval?'
   * @param {string} [unit='milliseconds'] - the unit of time to count.
   * @param {Object} opts - options
   * @param {boolean} [opts.useLocaleWeeks=false] - If true, use weeks based on the locale, i.e. use the locale-dependent start of the week; this operation will always use the locale of the start DateTime
   * @return {number}
   */
  count(unit = "milliseconds", opts) {
    if (!this.isValid) return NaN;
    const start = this.start.startOf(unit, opts);
    let end;
    if (opts?.useLocaleWeeks) {
      end = this.end.reconfigure({ locale: start.locale });
    } else {
      end = this.end;
    }
    end = end.startOf(unit, opts);
    return Math.floor(end.diff(start, unit).get(unit)) + (end.valueOf() !== this.end.valueOf());
  }
  /**
   * Returns whether this Interval's start and end are both in the same unit of time
   * @param {string} unit - the unit of time to check sameness on
   * @return {boolean}
   */
  hasSame(unit) {
    return this.isValid ? this.isEmpty() || this.e.minus(1).hasSame(this.s, unit) : false;
  }
  /**
   * Return whether this Interval has the same start and end DateTimes.
   * @return {boolean}
   */
  isEmpty() {
    return this.s.valueOf() === this.e.valueOf();
  }
  /**
   * Return whether this Interval's start is after the specified DateTime.
   * @param {DateTime} dateTime
   * @return {boolean}
   */
  isAfter(dateTime) {
    if (!this.isValid) return false;
    return this.s > dateTime;
  }
  /**
   * Return whether this Interval's end is before the specified DateTime.
   * @param {DateTime} dateTime
   * @return {boolean}
   */
  isBefore(dateTime) {
    if (!this.isValid) return false;
    return this.e <= dateTime;
  }
  /**
   * Return whether this Interval contains the specified DateTime.
   * @param {DateTime} dateTime
   * @return {boolean}
   */
  contains(dateTime) {
    if (!this.isValid) return false;
    return this.s <= dateTime && this.e > dateTime;
  }
  /**
   * "Sets" the start and/or end dates. Returns a newly-constructed Interval.
   * @param {Object} values - the values to set
   * @param {DateTime} values.start - the starting DateTime
   * @param {DateTime} values.end - the ending DateTime
   * @return {Interval}
   */
  set({ start, end } = {}) {
    if (!this.isValid) return this;
    return _Interval.fromDateTimes(start || this.s, end || this.e);
  }
  /**
   * Split this Interval at each of the specified DateTimes
   * @param {...DateTime} dateTimes - the unit of time to count.
   * @return {Array}
   */
  splitAt(...dateTimes) {
    if (!this.isValid) return [];
    const sorted = dateTimes.map(friendlyDateTime).filter((d) => this.contains(d)).sort((a, b) => a.toMillis() - b.toMillis()), results = [];
    let { s: s3 } = this, i = 0;
    while (s3 < this.e) {
      const added = sorted[i] || this.e, next = +added > +this.e ? this.e : added;
      results.push(_Interval.fromDateTimes(s3, next));
      s3 = next;
      i += 1;
    }
    return results;
  }
  /**
   * Split this Interval into smaller Intervals, each of the specified length.
   * Left over time is grouped into a smaller interval
   * @param {Duration|Object|number} duration - The length of each resulting interval.
   * @return {Array}
   */
  splitBy(duration) {
    const dur = Duration.fromDurationLike(duration);
    if (!this.isValid || !dur.isValid || dur.as("milliseconds") === 0) {
      return [];
    }
    let { s: s3 } = this, idx = 1, next;
    const results = [];
    while (s3 < this.e) {
      const added = this.start.plus(dur.mapUnits((x) => x * idx));
      next = +added > +this.e ? this.e : added;
      results.push(_Interval.fromDateTimes(s3, next));
      s3 = next;
      idx += 1;
    }
    return results;
  }
  /**
   * Split this Interval into the specified number of smaller intervals.
   * @param {number} numberOfParts - The number of Intervals to divide the Interval into.
   * @return {Array}
   */
  divideEqually(numberOfParts) {
    if (!this.isValid) return [];
    return this.splitBy(this.length() / numberOfParts).slice(0, numberOfParts);
  }
  /**
   * Return whether this Interval overlaps with the specified Interval
   * @param {Interval} other
   * @return {boolean}
   */
  overlaps(other) {
    return this.e > other.s && this.s < other.e;
  }
  /**
   * Return whether this Interval's end is adjacent to the specified Interval's start.
   * @param {Interval} other
   * @return {boolean}
   */
  abutsStart(other) {
    if (!this.isValid) return false;
    return +this.e === +other.s;
  }
  /**
   * Return whether this Interval's start is adjacent to the specified Interval's end.
   * @param {Interval} other
   * @return {boolean}
   */
  abutsEnd(other) {
    if (!this.isValid) return false;
    return +other.e === +this.s;
  }
  /**
   * Returns true if this Interval fully contains the specified Interval, specifically if the intersect (of this Interval and the other Interval) is equal to the other Interval; false otherwise.
   * @param {Interval} other
   * @return {boolean}
   */
  engulfs(other) {
    if (!this.isValid) return false;
    return this.s <= other.s && this.e >= other.e;
  }
  /**
   * Return whether this Interval has the same start and end as the specified Interval.
   * @param {Interval} other
   * @return {boolean}
   */
  equals(other) {
    if (!this.isValid || !other.isValid) {
      return false;
    }
    return this.s.equals(other.s) && this.e.equals(other.e);
  }
  /**
   * Return an Interval representing the intersection of this Interval and the specified Interval.
   * Specifically, the resulting Interval has the maximum start time and the minimum end time of the two Intervals.
   * Returns null if the intersection is empty, meaning, the intervals don't intersect.
   * @param {Interval} other
   * @return {Interval}
   */
  intersection(other) {
    if (!this.isValid) return this;
    const s3 = this.s > other.s ? this.s : other.s, e = this.e < other.e ? this.e : other.e;
    if (s3 >= e) {
      return null;
    } else {
      return _Interval.fromDateTimes(s3, e);
    }
  }
  /**
   * Return an Interval representing the union of this Interval and the specified Interval.
   * Specifically, the resulting Interval has the minimum start time and the maximum end time of the two Intervals.
   * @param {Interval} other
   * @return {Interval}
   */
  union(other) {
    if (!this.isValid) return this;
    const s3 = this.s < other.s ? this.s : other.s, e = this.e > other.e ? this.e : other.e;
    return _Interval.fromDateTimes(s3, e);
  }
  /**
   * Merge an array of Intervals into an equivalent minimal set of Intervals.
   * Combines overlapping and adjacent Intervals.
   * The resulting array will contain the Intervals in ascending order, that is, starting with the earliest Interval
   * and ending with the latest.
   *
   * @param {Array} intervals
   * @return {Array}
   */
  static merge(intervals) {
    const [found, final] = intervals.sort((a, b) => a.s - b.s).reduce(
      ([sofar, current], item) => {
        if (!current) {
          return [sofar, item];
        } else if (current.overlaps(item) || current.abutsStart(item)) {
          return [sofar, current.union(item)];
        } else {
          return [sofar.concat([current]), item];
        }
      },
      [[], null]
    );
    if (final) {
      found.push(final);
    }
    return found;
  }
  /**
   * Return an array of Intervals representing the spans of time that only appear in one of the specified Intervals.
   * @param {Array} intervals
   * @return {Array}
   */
  static xor(intervals) {
    let start = null, currentCount = 0;
    const results = [], ends = intervals.map((i) => [
      { time: i.s, type: "s" },
      { time: i.e, type: "e" }
    ]), flattened = Array.prototype.concat(...ends), arr = flattened.sort((a, b) => a.time - b.time);
    for (const i of arr) {
      currentCount += i.type === "s" ? 1 : -1;
      if (currentCount === 1) {
        start = i.time;
      } else {
        if (start && +start !== +i.time) {
          results.push(_Interval.fromDateTimes(start, i.time));
        }
        start = null;
      }
    }
    return _Interval.merge(results);
  }
  /**
   * Return an Interval representing the span of time in this Interval that doesn't overlap with any of the specified Intervals.
   * @param {...Interval} intervals
   * @return {Array}
   */
  difference(...intervals) {
    return _Interval.xor([this].concat(intervals)).map((i) => this.intersection(i)).filter((i) => i && !i.isEmpty());
  }
  /**
   * Returns a string representation of this Interval appropriate for debugging.
   * @return {string}
   */
  toString() {
    if (!this.isValid) return INVALID$1;
    return `[${this.s.toISO()} \u2013 ${this.e.toISO()})`;
  }
  /**
   * Returns a string representation of this Interval appropriate for the REPL.
   * @return {string}
   */
  [/* @__PURE__ */ Symbol.for("nodejs.util.inspect.custom")]() {
    if (this.isValid) {
      return `Interval { start: ${this.s.toISO()}, end: ${this.e.toISO()} }`;
    } else {
      return `Interval { Invalid, reason: ${this.invalidReason} }`;
    }
  }
  /**
   * Returns a localized string representing this Interval. Accepts the same options as the
   * Intl.DateTimeFormat constructor and any presets defined by Luxon, such as
   * {@link DateTime.DATE_FULL} or {@link DateTime.TIME_SIMPLE}. The exact behavior of this method
   * is browser-specific, but in general it will return an appropriate representation of the
   * Interval in the assigned locale. Defaults to the system's locale if no locale has been
   * specified.
   * @see https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/DateTimeFormat
   * @param {Object} [formatOpts=DateTime.DATE_SHORT] - Either a DateTime preset or
   * Intl.DateTimeFormat constructor options.
   * @param {Object} opts - Options to override the configuration of the start DateTime.
   * @example Interval.fromISO('2022-11-07T09:00Z/2022-11-08T09:00Z').toLocaleString(); //=> 11/7/2022 – 11/8/2022
   * @example Interval.fromISO('2022-11-07T09:00Z/2022-11-08T09:00Z').toLocaleString(DateTime.DATE_FULL); //=> November 7 – 8, 2022
   * @example Interval.fromISO('2022-11-07T09:00Z/2022-11-08T09:00Z').toLocaleString(DateTime.DATE_FULL, { locale: 'fr-FR' }); //=> 7–8 novembre 2022
   * @example Interval.fromISO('2022-11-07T17:00Z/2022-11-07T19:00Z').toLocaleString(DateTime.TIME_SIMPLE); //=> 6:00 – 8:00 PM
   * @example Interval.fromISO('2022-11-07T17:00Z/2022-11-07T19:00Z').toLocaleString({ weekday: 'short', month: 'short', day: '2-digit', hour: '2-digit', minute: '2-digit' }); //=> Mon, Nov 07, 6:00 – 8:00 p
   * @return {string}
   */
  toLocaleString(formatOpts = DATE_SHORT, opts = {}) {
    return this.isValid ? Formatter.create(this.s.loc.clone(opts), formatOpts).formatInterval(this) : INVALID$1;
  }
  /**
   * Returns an ISO 8601-compliant string representation of this Interval.
   * @see https://en.wikipedia.org/wiki/ISO_8601#Time_intervals
   * @param {Object} opts - The same options as {@link DateTime#toISO}
   * @return {string}
   */
  toISO(opts) {
    if (!this.isValid) return INVALID$1;
    return `${this.s.toISO(opts)}/${this.e.toISO(opts)}`;
  }
  /**
   * Returns an ISO 8601-compliant string representation of date of this Interval.
   * The time components are ignored.
   * @see https://en.wikipedia.org/wiki/ISO_8601#Time_intervals
   * @return {string}
   */
  toISODate() {
    if (!this.isValid) return INVALID$1;
    return `${this.s.toISODate()}/${this.e.toISODate()}`;
  }
  /**
   * Returns an ISO 8601-compliant string representation of time of this Interval.
   * The date components are ignored.
   * @see https://en.wikipedia.org/wiki/ISO_8601#Time_intervals
   * @param {Object} opts - The same options as {@link DateTime#toISO}
   * @return {string}
   */
  toISOTime(opts) {
    if (!this.isValid) return INVALID$1;
    return `${this.s.toISOTime(opts)}/${this.e.toISOTime(opts)}`;
  }
  /**
   * Returns a string representation of this Interval formatted according to the specified format
   * string. **You may not want this.** See {@link Interval#toLocaleString} for a more flexible
   * formatting tool.
   * @param {string} dateFormat - The format string. This string formats the start and end time.
   * See {@link DateTime#toFormat} for details.
   * @param {Object} opts - Options.
   * @param {string} [opts.separator =  ' – '] - A separator to place between the start and end
   * representations.
   * @return {string}
   */
  toFormat(dateFormat, { separator = " \u2013 " } = {}) {
    if (!this.isValid) return INVALID$1;
    return `${this.s.toFormat(dateFormat)}${separator}${this.e.toFormat(dateFormat)}`;
  }
  /**
   * Return a Duration representing the time spanned by this interval.
   * @param {string|string[]} [unit=['milliseconds']] - the unit or units (such as 'hours' or 'days') to include in the duration.
   * @param {Object} opts - options that affect the creation of the Duration
   * @param {string} [opts.conversionAccuracy='casual'] - the conversion system to use
   * @example Interval.fromDateTimes(dt1, dt2).toDuration().toObject() //=> { milliseconds: 88489257 }
   * @example Interval.fromDateTimes(dt1, dt2).toDuration('days').toObject() //=> { days: 1.0241812152777778 }
   * @example Interval.fromDateTimes(dt1, dt2).toDuration(['hours', 'minutes']).toObject() //=> { hours: 24, minutes: 34.82095 }
   * @example Interval.fromDateTimes(dt1, dt2).toDuration(['hours', 'minutes', 'seconds']).toObject() //=> { hours: 24, minutes: 34, seconds: 49.257 }
   * @example Interval.fromDateTimes(dt1, dt2).toDuration('seconds').toObject() //=> { seconds: 88489.257 }
   * @return {Duration}
   */
  toDuration(unit, opts) {
    if (!this.isValid) {
      return Duration.invalid(this.invalidReason);
    }
    return this.e.diff(this.s, unit, opts);
  }
  /**
   * Run mapFn on the interval start and end, returning a new Interval from the resulting DateTimes
   * @param {function} mapFn
   * @return {Interval}
   * @example Interval.fromDateTimes(dt1, dt2).mapEndpoints(endpoint => endpoint.toUTC())
   * @example Interval.fromDateTimes(dt1, dt2).mapEndpoints(endpoint => endpoint.plus({ hours: 2 }))
   */
  mapEndpoints(mapFn) {
    return _Interval.fromDateTimes(mapFn(this.s), mapFn(this.e));
  }
};
var Info = class {
  /**
   * Return whether the specified zone contains a DST.
   * @param {string|Zone} [zone='local'] - Zone to check. Defaults to the environment's local zone.
   * @return {boolean}
   */
  static hasDST(zone = Settings.defaultZone) {
    const proto = DateTime.now().setZone(zone).set({ month: 12 });
    return !zone.isUniversal && proto.offset !== proto.set({ month: 6 }).offset;
  }
  /**
   * Return whether the specified zone is a valid IANA specifier.
   * @param {string} zone - Zone to check
   * @return {boolean}
   */
  static isValidIANAZone(zone) {
    return IANAZone.isValidZone(zone);
  }
  /**
   * Converts the input into a {@link Zone} instance.
   *
   * * If `input` is already a Zone instance, it is returned unchanged.
   * * If `input` is a string containing a valid time zone name, a Zone instance
   *   with that name is returned.
   * * If `input` is a string that doesn't refer to a known time zone, a Zone
   *   instance with {@link Zone#isValid} == false is returned.
   * * If `input is a number, a Zone instance with the specified fixed offset
   *   in minutes is returned.
   * * If `input` is `null` or `undefined`, the default zone is returned.
   * @param {string|Zone|number} [input] - the value to be converted
   * @return {Zone}
   */
  static normalizeZone(input) {
    return normalizeZone(input, Settings.defaultZone);
  }
  /**
   * Get the weekday on which the week starts according to the given locale.
   * @param {Object} opts - options
   * @param {string} [opts.locale] - the locale code
   * @param {string} [opts.locObj=null] - an existing locale object to use
   * @returns {number} the start of the week, 1 for Monday through 7 for Sunday
   */
  static getStartOfWeek({ locale: locale2 = null, locObj = null } = {}) {
    return (locObj || Locale.create(locale2)).getStartOfWeek();
  }
  /**
   * Get the minimum number of days necessary in a week before it is considered part of the next year according
   * to the given locale.
   * @param {Object} opts - options
   * @param {string} [opts.locale] - the locale code
   * @param {string} [opts.locObj=null] - an existing locale object to use
   * @returns {number}
   */
  static getMinimumDaysInFirstWeek({ locale: locale2 = null, locObj = null } = {}) {
    return (locObj || Locale.create(locale2)).getMinDaysInFirstWeek();
  }
  /**
   * Get the weekdays, which are considered the weekend according to the given locale
   * @param {Object} opts - options
   * @param {string} [opts.locale] - the locale code
   * @param {string} [opts.locObj=null] - an existing locale object to use
   * @returns {number[]} an array of weekdays, 1 for Monday through 7 for Sunday
   */
  static getWeekendWeekdays({ locale: locale2 = null, locObj = null } = {}) {
    return (locObj || Locale.create(locale2)).getWeekendDays().slice();
  }
  /**
   * Return an array of standalone month names.
   * @see https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/DateTimeFormat
   * @param {string} [length='long'] - the length of the month representation, such as "numeric", "2-digit", "narrow", "short", "long"
   * @param {Object} opts - options
   * @param {string} [opts.locale] - the locale code
   * @param {string} [opts.numberingSystem=null] - the numbering system
   * @param {string} [opts.locObj=null] - an existing locale object to use
   * @param {string} [opts.outputCalendar='gregory'] - the calendar
   * @example Info.months()[0] //=> 'January'
   * @example Info.months('short')[0] //=> 'Jan'
   * @example Info.months('numeric')[0] //=> '1'
   * @example Info.months('short', { locale: 'fr-CA' } )[0] //=> 'janv.'
   * @example Info.months('numeric', { locale: 'ar' })[0] //=> '١'
   * @example Info.months('long', { outputCalendar: 'islamic' })[0] //=> 'Rabiʻ I'
   * @return {Array}
   */
  static months(length = "long", { locale: locale2 = null, numberingSystem = null, locObj = null, outputCalendar = "gregory" } = {}) {
    return (locObj || Locale.create(locale2, numberingSystem, outputCalendar)).months(length);
  }
  /**
   * Return an array of format month names.
   * Format months differ from standalone months in that they're meant to appear next to the day of the month. In some languages, that
   * changes the string.
   * See {@link Info#months}
   * @param {string} [length='long'] - the length of the month representation, such as "numeric", "2-digit", "narrow", "short", "long"
   * @param {Object} opts - options
   * @param {string} [opts.locale] - the locale code
   * @param {string} [opts.numberingSystem=null] - the numbering system
   * @param {string} [opts.locObj=null] - an existing locale object to use
   * @param {string} [opts.outputCalendar='gregory'] - the calendar
   * @return {Array}
   */
  static monthsFormat(length = "long", { locale: locale2 = null, numberingSystem = null, locObj = null, outputCalendar = "gregory" } = {}) {
    return (locObj || Locale.create(locale2, numberingSystem, outputCalendar)).months(length, true);
  }
  /**
   * Return an array of standalone week names.
   * @see https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/DateTimeFormat
   * @param {string} [length='long'] - the length of the weekday representation, such as "narrow", "short", "long".
   * @param {Object} opts - options
   * @param {string} [opts.locale] - the locale code
   * @param {string} [opts.numberingSystem=null] - the numbering system
   * @param {string} [opts.locObj=null] - an existing locale object to use
   * @example Info.weekdays()[0] //=> 'Monday'
   * @example Info.weekdays('short')[0] //=> 'Mon'
   * @example Info.weekdays('short', { locale: 'fr-CA' })[0] //=> 'lun.'
   * @example Info.weekdays('short', { locale: 'ar' })[0] //=> 'الاثنين'
   * @return {Array}
   */
  static weekdays(length = "long", { locale: locale2 = null, numberingSystem = null, locObj = null } = {}) {
    return (locObj || Locale.create(locale2, numberingSystem, null)).weekdays(length);
  }
  /**
   * Return an array of format week names.
   * Format weekdays differ from standalone weekdays in that they're meant to appear next to more date information. In some languages, that
   * changes the string.
   * See {@link Info#weekdays}
   * @param {string} [length='long'] - the length of the month representation, such as "narrow", "short", "long".
   * @param {Object} opts - options
   * @param {string} [opts.locale=null] - the locale code
   * @param {string} [opts.numberingSystem=null] - the numbering system
   * @param {string} [opts.locObj=null] - an existing locale object to use
   * @return {Array}
   */
  static weekdaysFormat(length = "long", { locale: locale2 = null, numberingSystem = null, locObj = null } = {}) {
    return (locObj || Locale.create(locale2, numberingSystem, null)).weekdays(length, true);
  }
  /**
   * Return an array of meridiems.
   * @param {Object} opts - options
   * @param {string} [opts.locale] - the locale code
   * @example Info.meridiems() //=> [ 'AM', 'PM' ]
   * @example Info.meridiems({ locale: 'my' }) //=> [ 'နံနက်', 'ညနေ' ]
   * @return {Array}
   */
  static meridiems({ locale: locale2 = null } = {}) {
    return Locale.create(locale2).meridiems();
  }
  /**
   * Return an array of eras, such as ['BC', 'AD']. The locale can be specified, but the calendar system is always Gregorian.
   * @param {string} [length='short'] - the length of the era representation, such as "short" or "long".
   * @param {Object} opts - options
   * @param {string} [opts.locale] - the locale code
   * @example Info.eras() //=> [ 'BC', 'AD' ]
   * @example Info.eras('long') //=> [ 'Before Christ', 'Anno Domini' ]
   * @example Info.eras('long', { locale: 'fr' }) //=> [ 'avant Jésus-Christ', 'après Jésus-Christ' ]
   * @return {Array}
   */
  static eras(length = "short", { locale: locale2 = null } = {}) {
    return Locale.create(locale2, null, "gregory").eras(length);
  }
  /**
   * Return the set of available features in this environment.
   * Some features of Luxon are not available in all environments. For example, on older browsers, relative time formatting support is not available. Use this function to figure out if that's the case.
   * Keys:
   * * `relative`: whether this environment supports relative time formatting
   * * `localeWeek`: whether this environment supports different weekdays for the start of the week based on the locale
   * @example Info.features() //=> { relative: false, localeWeek: true }
   * @return {Object}
   */
  static features() {
    return { relative: hasRelative(), localeWeek: hasLocaleWeekInfo() };
  }
};
function dayDiff(earlier, later2) {
  const utcDayStart = (dt) => dt.toUTC(0, { keepLocalTime: true }).startOf("day").valueOf(), ms = utcDayStart(later2) - utcDayStart(earlier);
  return Math.floor(Duration.fromMillis(ms).as("days"));
}
function highOrderDiffs(cursor, later2, units) {
  const differs = [
    ["years", (a, b) => b.year - a.year],
    ["quarters", (a, b) => b.quarter - a.quarter + (b.year - a.year) * 4],
    ["months", (a, b) => b.month - a.month + (b.year - a.year) * 12],
    [
      "weeks",
      (a, b) => {
        const days = dayDiff(a, b);
        return (days - days % 7) / 7;
      }
    ],
    ["days", dayDiff]
  ];
  const results = {};
  const earlier = cursor;
  let lowestOrder, highWater;
  for (const [unit, differ] of differs) {
    if (units.indexOf(unit) >= 0) {
      lowestOrder = unit;
      results[unit] = differ(cursor, later2);
      highWater = earlier.plus(results);
      if (highWater > later2) {
        results[unit]--;
        cursor = earlier.plus(results);
        if (cursor > later2) {
          highWater = cursor;
          results[unit]--;
          cursor = earlier.plus(results);
        }
      } else {
        cursor = highWater;
      }
    }
  }
  return [cursor, results, highWater, lowestOrder];
}
function diff(earlier, later2, units, opts) {
  let [cursor, results, highWater, lowestOrder] = highOrderDiffs(earlier, later2, units);
  const remainingMillis = later2 - cursor;
  const lowerOrderUnits = units.filter(
    (u) => ["hours", "minutes", "seconds", "milliseconds"].indexOf(u) >= 0
  );
  if (lowerOrderUnits.length === 0) {
    if (highWater < later2) {
      highWater = cursor.plus({ [lowestOrder]: 1 });
    }
    if (highWater !== cursor) {
      results[lowestOrder] = (results[lowestOrder] || 0) + remainingMillis / (highWater - cursor);
    }
  }
  const duration = Duration.fromObject(results, opts);
  if (lowerOrderUnits.length > 0) {
    return Duration.fromMillis(remainingMillis, opts).shiftTo(...lowerOrderUnits).plus(duration);
  } else {
    return duration;
  }
}
var MISSING_FTP = "missing Intl.DateTimeFormat.formatToParts support";
function intUnit(regex, post = (i) => i) {
  return { regex, deser: ([s3]) => post(parseDigits(s3)) };
}
var NBSP = String.fromCharCode(160);
var spaceOrNBSP = `[ ${NBSP}]`;
var spaceOrNBSPRegExp = new RegExp(spaceOrNBSP, "g");
function fixListRegex(s3) {
  return s3.replace(/\./g, "\\.?").replace(spaceOrNBSPRegExp, spaceOrNBSP);
}
function stripInsensitivities(s3) {
  return s3.replace(/\./g, "").replace(spaceOrNBSPRegExp, " ").toLowerCase();
}
function oneOf(strings, startIndex) {
  if (strings === null) {
    return null;
  } else {
    return {
      regex: RegExp(strings.map(fixListRegex).join("|")),
      deser: ([s3]) => strings.findIndex((i) => stripInsensitivities(s3) === stripInsensitivities(i)) + startIndex
    };
  }
}
function offset(regex, groups) {
  return { regex, deser: ([, h, m2]) => signedOffset(h, m2), groups };
}
function simple(regex) {
  return { regex, deser: ([s3]) => s3 };
}
function escapeToken(value) {
  return value.replace(/[\-\[\]{}()*+?.,\\\^$|#\s]/g, "\\$&");
}
function unitForToken(token, loc) {
  const one = digitRegex(loc), two2 = digitRegex(loc, "{2}"), three = digitRegex(loc, "{3}"), four = digitRegex(loc, "{4}"), six = digitRegex(loc, "{6}"), oneOrTwo = digitRegex(loc, "{1,2}"), oneToThree = digitRegex(loc, "{1,3}"), oneToSix = digitRegex(loc, "{1,6}"), oneToNine = digitRegex(loc, "{1,9}"), twoToFour = digitRegex(loc, "{2,4}"), fourToSix = digitRegex(loc, "{4,6}"), literal = (t2) => ({ regex: RegExp(escapeToken(t2.val)), deser: ([s3]) => s3, literal: true }), unitate = (t2) => {
    if (token.literal) {
      return literal(t2);
    }
    switch (t2.val) {
      // era
      case "G":
        return oneOf(loc.eras("short"), 0);
      case "GG":
        return oneOf(loc.eras("long"), 0);
      // years
      case "y":
        return intUnit(oneToSix);
      case "yy":
        return intUnit(twoToFour, untruncateYear);
      case "yyyy":
        return intUnit(four);
      case "yyyyy":
        return intUnit(fourToSix);
      case "yyyyyy":
        return intUnit(six);
      // months
      case "M":
        return intUnit(oneOrTwo);
      case "MM":
        return intUnit(two2);
      case "MMM":
        return oneOf(loc.months("short", true), 1);
      case "MMMM":
        return oneOf(loc.months("long", true), 1);
      case "L":
        return intUnit(oneOrTwo);
      case "LL":
        return intUnit(two2);
      case "LLL":
        return oneOf(loc.months("short", false), 1);
      case "LLLL":
        return oneOf(loc.months("long", false), 1);
      // dates
      case "d":
        return intUnit(oneOrTwo);
      case "dd":
        return intUnit(two2);
      // ordinals
      case "o":
        return intUnit(oneToThree);
      case "ooo":
        return intUnit(three);
      // time
      case "HH":
        return intUnit(two2);
      case "H":
        return intUnit(oneOrTwo);
      case "hh":
        return intUnit(two2);
      case "h":
        return intUnit(oneOrTwo);
      case "mm":
        return intUnit(two2);
      case "m":
        return intUnit(oneOrTwo);
      case "q":
        return intUnit(oneOrTwo);
      case "qq":
        return intUnit(two2);
      case "s":
        return intUnit(oneOrTwo);
      case "ss":
        return intUnit(two2);
      case "S":
        return intUnit(oneToThree);
      case "SSS":
        return intUnit(three);
      case "u":
        return simple(oneToNine);
      case "uu":
        return simple(oneOrTwo);
      case "uuu":
        return intUnit(one);
      // meridiem
      case "a":
        return oneOf(loc.meridiems(), 0);
      // weekYear (k)
      case "kkkk":
        return intUnit(four);
      case "kk":
        return intUnit(twoToFour, untruncateYear);
      // weekNumber (W)
      case "W":
        return intUnit(oneOrTwo);
      case "WW":
        return intUnit(two2);
      // weekdays
      case "E":
      case "c":
        return intUnit(one);
      case "EEE":
        return oneOf(loc.weekdays("short", false), 1);
      case "EEEE":
        return oneOf(loc.weekdays("long", false), 1);
      case "ccc":
        return oneOf(loc.weekdays("short", true), 1);
      case "cccc":
        return oneOf(loc.weekdays("long", true), 1);
      // offset/zone
      case "Z":
      case "ZZ":
        return offset(new RegExp(`([+-]${oneOrTwo.source})(?::(${two2.source}))?`), 2);
      case "ZZZ":
        return offset(new RegExp(`([+-]${oneOrTwo.source})(${two2.source})?`), 2);
      // we don't support ZZZZ (PST) or ZZZZZ (Pacific Standard Time) in parsing
      // because we don't have any way to figure out what they are
      case "z":
        return simple(/[a-z_+-/]{1,256}?/i);
      // this special-case "token" represents a place where a macro-token expanded into a white-space literal
      // in this case we accept any non-newline white-space
      case " ":
        return simple(/[^\S\n\r]/);
      default:
        return literal(t2);
    }
  };
  const unit = unitate(token) || {
    invalidReason: MISSING_FTP
  };
  unit.token = token;
  return unit;
}
var partTypeStyleToTokenVal = {
  year: {
    "2-digit": "yy",
    numeric: "yyyyy"
  },
  month: {
    numeric: "M",
    "2-digit": "MM",
    short: "MMM",
    long: "MMMM"
  },
  day: {
    numeric: "d",
    "2-digit": "dd"
  },
  weekday: {
    short: "EEE",
    long: "EEEE"
  },
  dayperiod: "a",
  dayPeriod: "a",
  hour12: {
    numeric: "h",
    "2-digit": "hh"
  },
  hour24: {
    numeric: "H",
    "2-digit": "HH"
  },
  minute: {
    numeric: "m",
    "2-digit": "mm"
  },
  second: {
    numeric: "s",
    "2-digit": "ss"
  },
  timeZoneName: {
    long: "ZZZZZ",
    short: "ZZZ"
  }
};
function tokenForPart(part, formatOpts, resolvedOpts) {
  const { type, value } = part;
  if (type === "literal") {
    const isSpace = /^\s+$/.test(value);
    return {
      literal: !isSpace,
      val: isSpace ? " " : value
    };
  }
  const style = formatOpts[type];
  let actualType = type;
  if (type === "hour") {
    if (formatOpts.hour12 != null) {
      actualType = formatOpts.hour12 ? "hour12" : "hour24";
    } else if (formatOpts.hourCycle != null) {
      if (formatOpts.hourCycle === "h11" || formatOpts.hourCycle === "h12") {
        actualType = "hour12";
      } else {
        actualType = "hour24";
      }
    } else {
      actualType = resolvedOpts.hour12 ? "hour12" : "hour24";
    }
  }
  let val = partTypeStyleToTokenVal[actualType];
  if (typeof val === "object") {
    val = val[style];
  }
  if (val) {
    return {
      literal: false,
      val
    };
  }
  return void 0;
}
function buildRegex(units) {
  const re = units.map((u) => u.regex).reduce((f, r) => `${f}(${r.source})`, "");
  return [`^${re}$`, units];
}
function match(input, regex, handlers) {
  const matches = input.match(regex);
  if (matches) {
    const all = {};
    let matchIndex = 1;
    for (const i in handlers) {
      if (hasOwnProperty(handlers, i)) {
        const h = handlers[i], groups = h.groups ? h.groups + 1 : 1;
        if (!h.literal && h.token) {
          all[h.token.val[0]] = h.deser(matches.slice(matchIndex, matchIndex + groups));
        }
        matchIndex += groups;
      }
    }
    return [matches, all];
  } else {
    return [matches, {}];
  }
}
function dateTimeFromMatches(matches) {
  const toField = (token) => {
    switch (token) {
      case "S":
        return "millisecond";
      case "s":
        return "second";
      case "m":
        return "minute";
      case "h":
      case "H":
        return "hour";
      case "d":
        return "day";
      case "o":
        return "ordinal";
      case "L":
      case "M":
        return "month";
      case "y":
        return "year";
      case "E":
      case "c":
        return "weekday";
      case "W":
        return "weekNumber";
      case "k":
        return "weekYear";
      case "q":
        return "quarter";
      default:
        return null;
    }
  };
  let zone = null;
  let specificOffset;
  if (!isUndefined(matches.z)) {
    zone = IANAZone.create(matches.z);
  }
  if (!isUndefined(matches.Z)) {
    if (!zone) {
      zone = new FixedOffsetZone(matches.Z);
    }
    specificOffset = matches.Z;
  }
  if (!isUndefined(matches.q)) {
    matches.M = (matches.q - 1) * 3 + 1;
  }
  if (!isUndefined(matches.h)) {
    if (matches.h < 12 && matches.a === 1) {
      matches.h += 12;
    } else if (matches.h === 12 && matches.a === 0) {
      matches.h = 0;
    }
  }
  if (matches.G === 0 && matches.y) {
    matches.y = -matches.y;
  }
  if (!isUndefined(matches.u)) {
    matches.S = parseMillis(matches.u);
  }
  const vals = Object.keys(matches).reduce((r, k) => {
    const f = toField(k);
    if (f) {
      r[f] = matches[k];
    }
    return r;
  }, {});
  return [vals, zone, specificOffset];
}
var dummyDateTimeCache = null;
function getDummyDateTime() {
  if (!dummyDateTimeCache) {
    dummyDateTimeCache = DateTime.fromMillis(1555555555555);
  }
  return dummyDateTimeCache;
}
function maybeExpandMacroToken(token, locale2) {
  if (token.literal) {
    return token;
  }
  const formatOpts = Formatter.macroTokenToFormatOpts(token.val);
  const tokens = formatOptsToTokens(formatOpts, locale2);
  if (tokens == null || tokens.includes(void 0)) {
    return token;
  }
  return tokens;
}
function expandMacroTokens(tokens, locale2) {
  return Array.prototype.concat(...tokens.map((t2) => maybeExpandMacroToken(t2, locale2)));
}
var TokenParser = class {
  constructor(locale2, format) {
    this.locale = locale2;
    this.format = format;
    this.tokens = expandMacroTokens(Formatter.parseFormat(format), locale2);
    this.units = this.tokens.map((t2) => unitForToken(t2, locale2));
    this.disqualifyingUnit = this.units.find((t2) => t2.invalidReason);
    if (!this.disqualifyingUnit) {
      const [regexString, handlers] = buildRegex(this.units);
      this.regex = RegExp(regexString, "i");
      this.handlers = handlers;
    }
  }
  explainFromTokens(input) {
    if (!this.isValid) {
      return { input, tokens: this.tokens, invalidReason: this.invalidReason };
    } else {
      const [rawMatches, matches] = match(input, this.regex, this.handlers), [result, zone, specificOffset] = matches ? dateTimeFromMatches(matches) : [null, null, void 0];
      if (hasOwnProperty(matches, "a") && hasOwnProperty(matches, "H")) {
        throw new ConflictingSpecificationError(
          "Can't include meridiem when specifying 24-hour format"
        );
      }
      return {
        input,
        tokens: this.tokens,
        regex: this.regex,
        rawMatches,
        matches,
        result,
        zone,
        specificOffset
      };
    }
  }
  get isValid() {
    return !this.disqualifyingUnit;
  }
  get invalidReason() {
    return this.disqualifyingUnit ? this.disqualifyingUnit.invalidReason : null;
  }
};
function explainFromTokens(locale2, input, format) {
  const parser = new TokenParser(locale2, format);
  return parser.explainFromTokens(input);
}
function parseFromTokens(locale2, input, format) {
  const { result, zone, specificOffset, invalidReason } = explainFromTokens(locale2, input, format);
  return [result, zone, specificOffset, invalidReason];
}
function formatOptsToTokens(formatOpts, locale2) {
  if (!formatOpts) {
    return null;
  }
  const formatter = Formatter.create(locale2, formatOpts);
  const df = formatter.dtFormatter(getDummyDateTime());
  const parts = df.formatToParts();
  const resolvedOpts = df.resolvedOptions();
  return parts.map((p) => tokenForPart(p, formatOpts, resolvedOpts));
}
var INVALID = "Invalid DateTime";
var MAX_DATE = 864e13;
function unsupportedZone(zone) {
  return new Invalid("unsupported zone", `the zone "${zone.name}" is not supported`);
}
function possiblyCachedWeekData(dt) {
  if (dt.weekData === null) {
    dt.weekData = gregorianToWeek(dt.c);
  }
  return dt.weekData;
}
function possiblyCachedLocalWeekData(dt) {
  if (dt.localWeekData === null) {
    dt.localWeekData = gregorianToWeek(
      dt.c,
      dt.loc.getMinDaysInFirstWeek(),
      dt.loc.getStartOfWeek()
    );
  }
  return dt.localWeekData;
}
function clone(inst, alts) {
  const current = {
    ts: inst.ts,
    zone: inst.zone,
    c: inst.c,
    o: inst.o,
    loc: inst.loc,
    invalid: inst.invalid
  };
  return new DateTime({ ...current, ...alts, old: current });
}
function fixOffset(localTS, o, tz) {
  let utcGuess = localTS - o * 60 * 1e3;
  const o2 = tz.offset(utcGuess);
  if (o === o2) {
    return [utcGuess, o];
  }
  utcGuess -= (o2 - o) * 60 * 1e3;
  const o3 = tz.offset(utcGuess);
  if (o2 === o3) {
    return [utcGuess, o2];
  }
  return [localTS - Math.min(o2, o3) * 60 * 1e3, Math.max(o2, o3)];
}
function tsToObj(ts, offset2) {
  ts += offset2 * 60 * 1e3;
  const d = new Date(ts);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millisecond: d.getUTCMilliseconds()
  };
}
function objToTS(obj, offset2, zone) {
  return fixOffset(objToLocalTS(obj), offset2, zone);
}
function adjustTime(inst, dur) {
  const oPre = inst.o, year = inst.c.year + Math.trunc(dur.years), month = inst.c.month + Math.trunc(dur.months) + Math.trunc(dur.quarters) * 3, c = {
    ...inst.c,
    year,
    month,
    day: Math.min(inst.c.day, daysInMonth(year, month)) + Math.trunc(dur.days) + Math.trunc(dur.weeks) * 7
  }, millisToAdd = Duration.fromObject({
    years: dur.years - Math.trunc(dur.years),
    quarters: dur.quarters - Math.trunc(dur.quarters),
    months: dur.months - Math.trunc(dur.months),
    weeks: dur.weeks - Math.trunc(dur.weeks),
    days: dur.days - Math.trunc(dur.days),
    hours: dur.hours,
    minutes: dur.minutes,
    seconds: dur.seconds,
    milliseconds: dur.milliseconds
  }).as("milliseconds"), localTS = objToLocalTS(c);
  let [ts, o] = fixOffset(localTS, oPre, inst.zone);
  if (millisToAdd !== 0) {
    ts += millisToAdd;
    o = inst.zone.offset(ts);
  }
  return { ts, o };
}
function parseDataToDateTime(parsed, parsedZone, opts, format, text, specificOffset) {
  const { setZone, zone } = opts;
  if (parsed && Object.keys(parsed).length !== 0 || parsedZone) {
    const interpretationZone = parsedZone || zone, inst = DateTime.fromObject(parsed, {
      ...opts,
      zone: interpretationZone,
      specificOffset
    });
    return setZone ? inst : inst.setZone(zone);
  } else {
    return DateTime.invalid(
      new Invalid("unparsable", `the input "${text}" can't be parsed as ${format}`)
    );
  }
}
function toTechFormat(dt, format, allowZ = true) {
  return dt.isValid ? Formatter.create(Locale.create("en-US"), {
    allowZ,
    forceSimple: true
  }).formatDateTimeFromString(dt, format) : null;
}
function toISODate(o, extended, precision) {
  const longFormat = o.c.year > 9999 || o.c.year < 0;
  let c = "";
  if (longFormat && o.c.year >= 0) c += "+";
  c += padStart(o.c.year, longFormat ? 6 : 4);
  if (precision === "year") return c;
  if (extended) {
    c += "-";
    c += padStart(o.c.month);
    if (precision === "month") return c;
    c += "-";
  } else {
    c += padStart(o.c.month);
    if (precision === "month") return c;
  }
  c += padStart(o.c.day);
  return c;
}
function toISOTime(o, extended, suppressSeconds, suppressMilliseconds, includeOffset, extendedZone, precision) {
  let showSeconds = !suppressSeconds || o.c.millisecond !== 0 || o.c.second !== 0, c = "";
  switch (precision) {
    case "day":
    case "month":
    case "year":
      break;
    default:
      c += padStart(o.c.hour);
      if (precision === "hour") break;
      if (extended) {
        c += ":";
        c += padStart(o.c.minute);
        if (precision === "minute") break;
        if (showSeconds) {
          c += ":";
          c += padStart(o.c.second);
        }
      } else {
        c += padStart(o.c.minute);
        if (precision === "minute") break;
        if (showSeconds) {
          c += padStart(o.c.second);
        }
      }
      if (precision === "second") break;
      if (showSeconds && (!suppressMilliseconds || o.c.millisecond !== 0)) {
        c += ".";
        c += padStart(o.c.millisecond, 3);
      }
  }
  if (includeOffset) {
    if (o.isOffsetFixed && o.offset === 0 && !extendedZone) {
      c += "Z";
    } else if (o.o < 0) {
      c += "-";
      c += padStart(Math.trunc(-o.o / 60));
      c += ":";
      c += padStart(Math.trunc(-o.o % 60));
    } else {
      c += "+";
      c += padStart(Math.trunc(o.o / 60));
      c += ":";
      c += padStart(Math.trunc(o.o % 60));
    }
  }
  if (extendedZone) {
    c += "[" + o.zone.ianaName + "]";
  }
  return c;
}
var defaultUnitValues = {
  month: 1,
  day: 1,
  hour: 0,
  minute: 0,
  second: 0,
  millisecond: 0
};
var defaultWeekUnitValues = {
  weekNumber: 1,
  weekday: 1,
  hour: 0,
  minute: 0,
  second: 0,
  millisecond: 0
};
var defaultOrdinalUnitValues = {
  ordinal: 1,
  hour: 0,
  minute: 0,
  second: 0,
  millisecond: 0
};
var orderedUnits = ["year", "month", "day", "hour", "minute", "second", "millisecond"];
var orderedWeekUnits = [
  "weekYear",
  "weekNumber",
  "weekday",
  "hour",
  "minute",
  "second",
  "millisecond"
];
var orderedOrdinalUnits = ["year", "ordinal", "hour", "minute", "second", "millisecond"];
function normalizeUnit(unit) {
  const normalized = {
    year: "year",
    years: "year",
    month: "month",
    months: "month",
    day: "day",
    days: "day",
    hour: "hour",
    hours: "hour",
    minute: "minute",
    minutes: "minute",
    quarter: "quarter",
    quarters: "quarter",
    second: "second",
    seconds: "second",
    millisecond: "millisecond",
    milliseconds: "millisecond",
    weekday: "weekday",
    weekdays: "weekday",
    weeknumber: "weekNumber",
    weeksnumber: "weekNumber",
    weeknumbers: "weekNumber",
    weekyear: "weekYear",
    weekyears: "weekYear",
    ordinal: "ordinal"
  }[unit.toLowerCase()];
  if (!normalized) throw new InvalidUnitError(unit);
  return normalized;
}
function normalizeUnitWithLocalWeeks(unit) {
  switch (unit.toLowerCase()) {
    case "localweekday":
    case "localweekdays":
      return "localWeekday";
    case "localweeknumber":
    case "localweeknumbers":
      return "localWeekNumber";
    case "localweekyear":
    case "localweekyears":
      return "localWeekYear";
    default:
      return normalizeUnit(unit);
  }
}
function guessOffsetForZone(zone) {
  if (zoneOffsetTs === void 0) {
    zoneOffsetTs = Settings.now();
  }
  if (zone.type !== "iana") {
    return zone.offset(zoneOffsetTs);
  }
  const zoneName = zone.name;
  let offsetGuess = zoneOffsetGuessCache.get(zoneName);
  if (offsetGuess === void 0) {
    offsetGuess = zone.offset(zoneOffsetTs);
    zoneOffsetGuessCache.set(zoneName, offsetGuess);
  }
  return offsetGuess;
}
function quickDT(obj, opts) {
  const zone = normalizeZone(opts.zone, Settings.defaultZone);
  if (!zone.isValid) {
    return DateTime.invalid(unsupportedZone(zone));
  }
  const loc = Locale.fromObject(opts);
  let ts, o;
  if (!isUndefined(obj.year)) {
    for (const u of orderedUnits) {
      if (isUndefined(obj[u])) {
        obj[u] = defaultUnitValues[u];
      }
    }
    const invalid = hasInvalidGregorianData(obj) || hasInvalidTimeData(obj);
    if (invalid) {
      return DateTime.invalid(invalid);
    }
    const offsetProvis = guessOffsetForZone(zone);
    [ts, o] = objToTS(obj, offsetProvis, zone);
  } else {
    ts = Settings.now();
  }
  return new DateTime({ ts, zone, loc, o });
}
function diffRelative(start, end, opts) {
  const round = isUndefined(opts.round) ? true : opts.round, rounding = isUndefined(opts.rounding) ? "trunc" : opts.rounding, format = (c, unit) => {
    c = roundTo(c, round || opts.calendary ? 0 : 2, opts.calendary ? "round" : rounding);
    const formatter = end.loc.clone(opts).relFormatter(opts);
    return formatter.format(c, unit);
  }, differ = (unit) => {
    if (opts.calendary) {
      if (!end.hasSame(start, unit)) {
        return end.startOf(unit).diff(start.startOf(unit), unit).get(unit);
      } else return 0;
    } else {
      return end.diff(start, unit).get(unit);
    }
  };
  if (opts.unit) {
    return format(differ(opts.unit), opts.unit);
  }
  for (const unit of opts.units) {
    const count = differ(unit);
    if (Math.abs(count) >= 1) {
      return format(count, unit);
    }
  }
  return format(start > end ? -0 : 0, opts.units[opts.units.length - 1]);
}
function lastOpts(argList) {
  let opts = {}, args;
  if (argList.length > 0 && typeof argList[argList.length - 1] === "object") {
    opts = argList[argList.length - 1];
    args = Array.from(argList).slice(0, argList.length - 1);
  } else {
    args = Array.from(argList);
  }
  return [opts, args];
}
var zoneOffsetTs;
var zoneOffsetGuessCache = /* @__PURE__ */ new Map();
var DateTime = class _DateTime {
  /**
   * @access private
   */
  constructor(config) {
    const zone = config.zone || Settings.defaultZone;
    let invalid = config.invalid || (Number.isNaN(config.ts) ? new Invalid("invalid input") : null) || (!zone.isValid ? unsupportedZone(zone) : null);
    this.ts = isUndefined(config.ts) ? Settings.now() : config.ts;
    let c = null, o = null;
    if (!invalid) {
      const unchanged = config.old && config.old.ts === this.ts && config.old.zone.equals(zone);
      if (unchanged) {
        [c, o] = [config.old.c, config.old.o];
      } else {
        const ot = isNumber(config.o) && !config.old ? config.o : zone.offset(this.ts);
        c = tsToObj(this.ts, ot);
        invalid = Number.isNaN(c.year) ? new Invalid("invalid input") : null;
        c = invalid ? null : c;
        o = invalid ? null : ot;
      }
    }
    this._zone = zone;
    this.loc = config.loc || Locale.create();
    this.invalid = invalid;
    this.weekData = null;
    this.localWeekData = null;
    this.c = c;
    this.o = o;
    this.isLuxonDateTime = true;
  }
  // CONSTRUCT
  /**
   * Create a DateTime for the current instant, in the system's time zone.
   *
   * Use Settings to override these default values if needed.
   * @example DateTime.now().toISO() //~> now in the ISO format
   * @return {DateTime}
   */
  static now() {
    return new _DateTime({});
  }
  /**
   * Create a local DateTime
   * @param {number} [year] - The calendar year. If omitted (as in, call `local()` with no arguments), the current time will be used
   * @param {number} [month=1] - The month, 1-indexed
   * @param {number} [day=1] - The day of the month, 1-indexed
   * @param {number} [hour=0] - The hour of the day, in 24-hour time
   * @param {number} [minute=0] - The minute of the hour, meaning a number between 0 and 59
   * @param {number} [second=0] - The second of the minute, meaning a number between 0 and 59
   * @param {number} [millisecond=0] - The millisecond of the second, meaning a number between 0 and 999
   * @example DateTime.local()                                  //~> now
   * @example DateTime.local({ zone: "America/New_York" })      //~> now, in US east coast time
   * @example DateTime.local(2017)                              //~> 2017-01-01T00:00:00
   * @example DateTime.local(2017, 3)                           //~> 2017-03-01T00:00:00
   * @example DateTime.local(2017, 3, 12, { locale: "fr" })     //~> 2017-03-12T00:00:00, with a French locale
   * @example DateTime.local(2017, 3, 12, 5)                    //~> 2017-03-12T05:00:00
   * @example DateTime.local(2017, 3, 12, 5, { zone: "utc" })   //~> 2017-03-12T05:00:00, in UTC
   * @example DateTime.local(2017, 3, 12, 5, 45)                //~> 2017-03-12T05:45:00
   * @example DateTime.local(2017, 3, 12, 5, 45, 10)            //~> 2017-03-12T05:45:10
   * @example DateTime.local(2017, 3, 12, 5, 45, 10, 765)       //~> 2017-03-12T05:45:10.765
   * @return {DateTime}
   */
  static local() {
    const [opts, args] = lastOpts(arguments), [year, month, day, hour, minute, second, millisecond] = args;
    return quickDT({ year, month, day, hour, minute, second, millisecond }, opts);
  }
  /**
   * Create a DateTime in UTC
   * @param {number} [year] - The calendar year. If omitted (as in, call `utc()` with no arguments), the current time will be used
   * @param {number} [month=1] - The month, 1-indexed
   * @param {number} [day=1] - The day of the month
   * @param {number} [hour=0] - The hour of the day, in 24-hour time
   * @param {number} [minute=0] - The minute of the hour, meaning a number between 0 and 59
   * @param {number} [second=0] - The second of the minute, meaning a number between 0 and 59
   * @param {number} [millisecond=0] - The millisecond of the second, meaning a number between 0 and 999
   * @param {Object} options - configuration options for the DateTime
   * @param {string} [options.locale] - a locale to set on the resulting DateTime instance
   * @param {string} [options.outputCalendar] - the output calendar to set on the resulting DateTime instance
   * @param {string} [options.numberingSystem] - the numbering system to set on the resulting DateTime instance
   * @param {string} [options.weekSettings] - the week settings to set on the resulting DateTime instance
   * @example DateTime.utc()                                              //~> now
   * @example DateTime.utc(2017)                                          //~> 2017-01-01T00:00:00Z
   * @example DateTime.utc(2017, 3)                                       //~> 2017-03-01T00:00:00Z
   * @example DateTime.utc(2017, 3, 12)                                   //~> 2017-03-12T00:00:00Z
   * @example DateTime.utc(2017, 3, 12, 5)                                //~> 2017-03-12T05:00:00Z
   * @example DateTime.utc(2017, 3, 12, 5, 45)                            //~> 2017-03-12T05:45:00Z
   * @example DateTime.utc(2017, 3, 12, 5, 45, { locale: "fr" })          //~> 2017-03-12T05:45:00Z with a French locale
   * @example DateTime.utc(2017, 3, 12, 5, 45, 10)                        //~> 2017-03-12T05:45:10Z
   * @example DateTime.utc(2017, 3, 12, 5, 45, 10, 765, { locale: "fr" }) //~> 2017-03-12T05:45:10.765Z with a French locale
   * @return {DateTime}
   */
  static utc() {
    const [opts, args] = lastOpts(arguments), [year, month, day, hour, minute, second, millisecond] = args;
    opts.zone = FixedOffsetZone.utcInstance;
    return quickDT({ year, month, day, hour, minute, second, millisecond }, opts);
  }
  /**
   * Create a DateTime from a JavaScript Date object. Uses the default zone.
   * @param {Date} date - a JavaScript Date object
   * @param {Object} options - configuration options for the DateTime
   * @param {string|Zone} [options.zone='local'] - the zone to place the DateTime into
   * @return {DateTime}
   */
  static fromJSDate(date, options = {}) {
    const ts = isDate(date) ? date.valueOf() : NaN;
    if (Number.isNaN(ts)) {
      return _DateTime.invalid("invalid input");
    }
    const zoneToUse = normalizeZone(options.zone, Settings.defaultZone);
    if (!zoneToUse.isValid) {
      return _DateTime.invalid(unsupportedZone(zoneToUse));
    }
    return new _DateTime({
      ts,
      zone: zoneToUse,
      loc: Locale.fromObject(options)
    });
  }
  /**
   * Create a DateTime from a number of milliseconds since the epoch (meaning since 1 January 1970 00:00:00 UTC). Uses the default zone.
   * @param {number} milliseconds - a number of milliseconds since 1970 UTC
   * @param {Object} options - configuration options for the DateTime
   * @param {string|Zone} [options.zone='local'] - the zone to place the DateTime into
   * @param {string} [options.locale] - a locale to set on the resulting DateTime instance
   * @param {string} options.outputCalendar - the output calendar to set on the resulting DateTime instance
   * @param {string} options.numberingSystem - the numbering system to set on the resulting DateTime instance
   * @param {string} options.weekSettings - the week settings to set on the resulting DateTime instance
   * @return {DateTime}
   */
  static fromMillis(milliseconds, options = {}) {
    if (!isNumber(milliseconds)) {
      throw new InvalidArgumentError(
        `fromMillis requires a numerical input, but received a ${typeof milliseconds} with value ${milliseconds}`
      );
    } else if (milliseconds < -MAX_DATE || milliseconds > MAX_DATE) {
      return _DateTime.invalid("Timestamp out of range");
    } else {
      return new _DateTime({
        ts: milliseconds,
        zone: normalizeZone(options.zone, Settings.defaultZone),
        loc: Locale.fromObject(options)
      });
    }
  }
  /**
   * Create a DateTime from a number of seconds since the epoch (meaning since 1 January 1970 00:00:00 UTC). Uses the default zone.
   * @param {number} seconds - a number of seconds since 1970 UTC
   * @param {Object} options - configuration options for the DateTime
   * @param {string|Zone} [options.zone='local'] - the zone to place the DateTime into
   * @param {string} [options.locale] - a locale to set on the resulting DateTime instance
   * @param {string} options.outputCalendar - the output calendar to set on the resulting DateTime instance
   * @param {string} options.numberingSystem - the numbering system to set on the resulting DateTime instance
   * @param {string} options.weekSettings - the week settings to set on the resulting DateTime instance
   * @return {DateTime}
   */
  static fromSeconds(seconds, options = {}) {
    if (!isNumber(seconds)) {
      throw new InvalidArgumentError("fromSeconds requires a numerical input");
    } else {
      return new _DateTime({
        ts: seconds * 1e3,
        zone: normalizeZone(options.zone, Settings.defaultZone),
        loc: Locale.fromObject(options)
      });
    }
  }
  /**
   * Create a DateTime from a JavaScript object with keys like 'year' and 'hour' with reasonable defaults.
   * @param {Object} obj - the object to create the DateTime from
   * @param {number} obj.year - a year, such as 1987
   * @param {number} obj.month - a month, 1-12
   * @param {number} obj.day - a day of the month, 1-31, depending on the month
   * @param {number} obj.ordinal - day of the year, 1-365 or 366
   * @param {number} obj.weekYear - an ISO week year
   * @param {number} obj.weekNumber - an ISO week number, between 1 and 52 or 53, depending on the year
   * @param {number} obj.weekday - an ISO weekday, 1-7, where 1 is Monday and 7 is Sunday
   * @param {number} obj.localWeekYear - a week year, according to the locale
   * @param {number} obj.localWeekNumber - a week number, between 1 and 52 or 53, depending on the year, according to the locale
   * @param {number} obj.localWeekday - a weekday, 1-7, where 1 is the first and 7 is the last day of the week, according to the locale
   * @param {number} obj.hour - hour of the day, 0-23
   * @param {number} obj.minute - minute of the hour, 0-59
   * @param {number} obj.second - second of the minute, 0-59
   * @param {number} obj.millisecond - millisecond of the second, 0-999
   * @param {Object} opts - options for creating this DateTime
   * @param {string|Zone} [opts.zone='local'] - interpret the numbers in the context of a particular zone. Can take any value taken as the first argument to setZone()
   * @param {string} [opts.locale='system\'s locale'] - a locale to set on the resulting DateTime instance
   * @param {string} opts.outputCalendar - the output calendar to set on the resulting DateTime instance
   * @param {string} opts.numberingSystem - the numbering system to set on the resulting DateTime instance
   * @param {string} opts.weekSettings - the week settings to set on the resulting DateTime instance
   * @example DateTime.fromObject({ year: 1982, month: 5, day: 25}).toISODate() //=> '1982-05-25'
   * @example DateTime.fromObject({ year: 1982 }).toISODate() //=> '1982-01-01'
   * @example DateTime.fromObject({ hour: 10, minute: 26, second: 6 }) //~> today at 10:26:06
   * @example DateTime.fromObject({ hour: 10, minute: 26, second: 6 }, { zone: 'utc' }),
   * @example DateTime.fromObject({ hour: 10, minute: 26, second: 6 }, { zone: 'local' })
   * @example DateTime.fromObject({ hour: 10, minute: 26, second: 6 }, { zone: 'America/New_York' })
   * @example DateTime.fromObject({ weekYear: 2016, weekNumber: 2, weekday: 3 }).toISODate() //=> '2016-01-13'
   * @example DateTime.fromObject({ localWeekYear: 2022, localWeekNumber: 1, localWeekday: 1 }, { locale: "en-US" }).toISODate() //=> '2021-12-26'
   * @return {DateTime}
   */
  static fromObject(obj, opts = {}) {
    obj = obj || {};
    const zoneToUse = normalizeZone(opts.zone, Settings.defaultZone);
    if (!zoneToUse.isValid) {
      return _DateTime.invalid(unsupportedZone(zoneToUse));
    }
    const loc = Locale.fromObject(opts);
    const normalized = normalizeObject(obj, normalizeUnitWithLocalWeeks);
    const { minDaysInFirstWeek, startOfWeek } = usesLocalWeekValues(normalized, loc);
    const tsNow = Settings.now(), offsetProvis = !isUndefined(opts.specificOffset) ? opts.specificOffset : zoneToUse.offset(tsNow), containsOrdinal = !isUndefined(normalized.ordinal), containsGregorYear = !isUndefined(normalized.year), containsGregorMD = !isUndefined(normalized.month) || !isUndefined(normalized.day), containsGregor = containsGregorYear || containsGregorMD, definiteWeekDef = normalized.weekYear || normalized.weekNumber;
    if ((containsGregor || containsOrdinal) && definiteWeekDef) {
      throw new ConflictingSpecificationError(
        "Can't mix weekYear/weekNumber units with year/month/day or ordinals"
      );
    }
    if (containsGregorMD && containsOrdinal) {
      throw new ConflictingSpecificationError("Can't mix ordinal dates with month/day");
    }
    const useWeekData = definiteWeekDef || normalized.weekday && !containsGregor;
    let units, defaultValues, objNow = tsToObj(tsNow, offsetProvis);
    if (useWeekData) {
      units = orderedWeekUnits;
      defaultValues = defaultWeekUnitValues;
      objNow = gregorianToWeek(objNow, minDaysInFirstWeek, startOfWeek);
    } else if (containsOrdinal) {
      units = orderedOrdinalUnits;
      defaultValues = defaultOrdinalUnitValues;
      objNow = gregorianToOrdinal(objNow);
    } else {
      units = orderedUnits;
      defaultValues = defaultUnitValues;
    }
    let foundFirst = false;
    for (const u of units) {
      const v = normalized[u];
      if (!isUndefined(v)) {
        foundFirst = true;
      } else if (foundFirst) {
        normalized[u] = defaultValues[u];
      } else {
        normalized[u] = objNow[u];
      }
    }
    const higherOrderInvalid = useWeekData ? hasInvalidWeekData(normalized, minDaysInFirstWeek, startOfWeek) : containsOrdinal ? hasInvalidOrdinalData(normalized) : hasInvalidGregorianData(normalized), invalid = higherOrderInvalid || hasInvalidTimeData(normalized);
    if (invalid) {
      return _DateTime.invalid(invalid);
    }
    const gregorian = useWeekData ? weekToGregorian(normalized, minDaysInFirstWeek, startOfWeek) : containsOrdinal ? ordinalToGregorian(normalized) : normalized, [tsFinal, offsetFinal] = objToTS(gregorian, offsetProvis, zoneToUse), inst = new _DateTime({
      ts: tsFinal,
      zone: zoneToUse,
      o: offsetFinal,
      loc
    });
    if (normalized.weekday && containsGregor && obj.weekday !== inst.weekday) {
      return _DateTime.invalid(
        "mismatched weekday",
        `you can't specify both a weekday of ${normalized.weekday} and a date of ${inst.toISO()}`
      );
    }
    if (!inst.isValid) {
      return _DateTime.invalid(inst.invalid);
    }
    return inst;
  }
  /**
   * Create a DateTime from an ISO 8601 string
   * @param {string} text - the ISO string
   * @param {Object} opts - options to affect the creation
   * @param {string|Zone} [opts.zone='local'] - use this zone if no offset is specified in the input string itself. Will also convert the time to this zone
   * @param {boolean} [opts.setZone=false] - override the zone with a fixed-offset zone specified in the string itself, if it specifies one
   * @param {string} [opts.locale='system's locale'] - a locale to set on the resulting DateTime instance
   * @param {string} [opts.outputCalendar] - the output calendar to set on the resulting DateTime instance
   * @param {string} [opts.numberingSystem] - the numbering system to set on the resulting DateTime instance
   * @param {string} [opts.weekSettings] - the week settings to set on the resulting DateTime instance
   * @example DateTime.fromISO('2016-05-25T09:08:34.123')
   * @example DateTime.fromISO('2016-05-25T09:08:34.123+06:00')
   * @example DateTime.fromISO('2016-05-25T09:08:34.123+06:00', {setZone: true})
   * @example DateTime.fromISO('2016-05-25T09:08:34.123', {zone: 'utc'})
   * @example DateTime.fromISO('2016-W05-4')
   * @return {DateTime}
   */
  static fromISO(text, opts = {}) {
    const [vals, parsedZone] = parseISODate(text);
    return parseDataToDateTime(vals, parsedZone, opts, "ISO 8601", text);
  }
  /**
   * Create a DateTime from an RFC 2822 string
   * @param {string} text - the RFC 2822 string
   * @param {Object} opts - options to affect the creation
   * @param {string|Zone} [opts.zone='local'] - convert the time to this zone. Since the offset is always specified in the string itself, this has no effect on the interpretation of string, merely the zone the resulting DateTime is expressed in.
   * @param {boolean} [opts.setZone=false] - override the zone with a fixed-offset zone specified in the string itself, if it specifies one
   * @param {string} [opts.locale='system's locale'] - a locale to set on the resulting DateTime instance
   * @param {string} opts.outputCalendar - the output calendar to set on the resulting DateTime instance
   * @param {string} opts.numberingSystem - the numbering system to set on the resulting DateTime instance
   * @param {string} opts.weekSettings - the week settings to set on the resulting DateTime instance
   * @example DateTime.fromRFC2822('25 Nov 2016 13:23:12 GMT')
   * @example DateTime.fromRFC2822('Fri, 25 Nov 2016 13:23:12 +0600')
   * @example DateTime.fromRFC2822('25 Nov 2016 13:23 Z')
   * @return {DateTime}
   */
  static fromRFC2822(text, opts = {}) {
    const [vals, parsedZone] = parseRFC2822Date(text);
    return parseDataToDateTime(vals, parsedZone, opts, "RFC 2822", text);
  }
  /**
   * Create a DateTime from an HTTP header date
   * @see https://www.w3.org/Protocols/rfc2616/rfc2616-sec3.html#sec3.3.1
   * @param {string} text - the HTTP header date
   * @param {Object} opts - options to affect the creation
   * @param {string|Zone} [opts.zone='local'] - convert the time to this zone. Since HTTP dates are always in UTC, this has no effect on the interpretation of string, merely the zone the resulting DateTime is expressed in.
   * @param {boolean} [opts.setZone=false] - override the zone with the fixed-offset zone specified in the string. For HTTP dates, this is always UTC, so this option is equivalent to setting the `zone` option to 'utc', but this option is included for consistency with similar methods.
   * @param {string} [opts.locale='system's locale'] - a locale to set on the resulting DateTime instance
   * @param {string} opts.outputCalendar - the output calendar to set on the resulting DateTime instance
   * @param {string} opts.numberingSystem - the numbering system to set on the resulting DateTime instance
   * @param {string} opts.weekSettings - the week settings to set on the resulting DateTime instance
   * @example DateTime.fromHTTP('Sun, 06 Nov 1994 08:49:37 GMT')
   * @example DateTime.fromHTTP('Sunday, 06-Nov-94 08:49:37 GMT')
   * @example DateTime.fromHTTP('Sun Nov  6 08:49:37 1994')
   * @return {DateTime}
   */
  static fromHTTP(text, opts = {}) {
    const [vals, parsedZone] = parseHTTPDate(text);
    return parseDataToDateTime(vals, parsedZone, opts, "HTTP", opts);
  }
  /**
   * Create a DateTime from an input string and format string.
   * Defaults to en-US if no locale has been specified, regardless of the system's locale. For a table of tokens and their interpretations, see [here](https://moment.github.io/luxon/#/parsing?id=table-of-tokens).
   * @param {string} text - the string to parse
   * @param {string} fmt - the format the string is expected to be in (see the link below for the formats)
   * @param {Object} opts - options to affect the creation
   * @param {string|Zone} [opts.zone='local'] - use this zone if no offset is specified in the input string itself. Will also convert the DateTime to this zone
   * @param {boolean} [opts.setZone=false] - override the zone with a zone specified in the string itself, if it specifies one
   * @param {string} [opts.locale='en-US'] - a locale string to use when parsing. Will also set the DateTime to this locale
   * @param {string} opts.numberingSystem - the numbering system to use when parsing. Will also set the resulting DateTime to this numbering system
   * @param {string} opts.weekSettings - the week settings to set on the resulting DateTime instance
   * @param {string} opts.outputCalendar - the output calendar to set on the resulting DateTime instance
   * @return {DateTime}
   */
  static fromFormat(text, fmt, opts = {}) {
    if (isUndefined(text) || isUndefined(fmt)) {
      throw new InvalidArgumentError("fromFormat requires an input string and a format");
    }
    const { locale: locale2 = null, numberingSystem = null } = opts, localeToUse = Locale.fromOpts({
      locale: locale2,
      numberingSystem,
      defaultToEN: true
    }), [vals, parsedZone, specificOffset, invalid] = parseFromTokens(localeToUse, text, fmt);
    if (invalid) {
      return _DateTime.invalid(invalid);
    } else {
      return parseDataToDateTime(vals, parsedZone, opts, `format ${fmt}`, text, specificOffset);
    }
  }
  /**
   * @deprecated use fromFormat instead
   */
  static fromString(text, fmt, opts = {}) {
    return _DateTime.fromFormat(text, fmt, opts);
  }
  /**
   * Create a DateTime from a SQL date, time, or datetime
   * Defaults to en-US if no locale has been specified, regardless of the system's locale
   * @param {string} text - the string to parse
   * @param {Object} opts - options to affect the creation
   * @param {string|Zone} [opts.zone='local'] - use this zone if no offset is specified in the input string itself. Will also convert the DateTime to this zone
   * @param {boolean} [opts.setZone=false] - override the zone with a zone specified in the string itself, if it specifies one
   * @param {string} [opts.locale='en-US'] - a locale string to use when parsing. Will also set the DateTime to this locale
   * @param {string} opts.numberingSystem - the numbering system to use when parsing. Will also set the resulting DateTime to this numbering system
   * @param {string} opts.weekSettings - the week settings to set on the resulting DateTime instance
   * @param {string} opts.outputCalendar - the output calendar to set on the resulting DateTime instance
   * @example DateTime.fromSQL('2017-05-15')
   * @example DateTime.fromSQL('2017-05-15 09:12:34')
   * @example DateTime.fromSQL('2017-05-15 09:12:34.342')
   * @example DateTime.fromSQL('2017-05-15 09:12:34.342+06:00')
   * @example DateTime.fromSQL('2017-05-15 09:12:34.342 America/Los_Angeles')
   * @example DateTime.fromSQL('2017-05-15 09:12:34.342 America/Los_Angeles', { setZone: true })
   * @example DateTime.fromSQL('2017-05-15 09:12:34.342', { zone: 'America/Los_Angeles' })
   * @example DateTime.fromSQL('09:12:34.342')
   * @return {DateTime}
   */
  static fromSQL(text, opts = {}) {
    const [vals, parsedZone] = parseSQL(text);
    return parseDataToDateTime(vals, parsedZone, opts, "SQL", text);
  }
  /**
   * Create an invalid DateTime.
   * @param {string} reason - simple string of why this DateTime is invalid. Should not contain parameters or anything else data-dependent.
   * @param {string} [explanation=null] - longer explanation, may include parameters and other useful debugging information
   * @return {DateTime}
   */
  static invalid(reason, explanation = null) {
    if (!reason) {
      throw new InvalidArgumentError("need to specify a reason the DateTime is invalid");
    }
    const invalid = reason instanceof Invalid ? reason : new Invalid(reason, explanation);
    if (Settings.throwOnInvalid) {
      throw new InvalidDateTimeError(invalid);
    } else {
      return new _DateTime({ invalid });
    }
  }
  /**
   * Check if an object is an instance of DateTime. Works across context boundaries
   * @param {object} o
   * @return {boolean}
   */
  static isDateTime(o) {
    return o && o.isLuxonDateTime || false;
  }
  /**
   * Produce the format string for a set of options
   * @param formatOpts
   * @param localeOpts
   * @returns {string}
   */
  static parseFormatForOpts(formatOpts, localeOpts = {}) {
    const tokenList = formatOptsToTokens(formatOpts, Locale.fromObject(localeOpts));
    return !tokenList ? null : tokenList.map((t2) => t2 ? t2.val : null).join("");
  }
  /**
   * Produce the the fully expanded format token for the locale
   * Does NOT quote characters, so quoted tokens will not round trip correctly
   * @param fmt
   * @param localeOpts
   * @returns {string}
   */
  static expandFormat(fmt, localeOpts = {}) {
    const expanded = expandMacroTokens(Formatter.parseFormat(fmt), Locale.fromObject(localeOpts));
    return expanded.map((t2) => t2.val).join("");
  }
  static resetCache() {
    zoneOffsetTs = void 0;
    zoneOffsetGuessCache.clear();
  }
  // INFO
  /**
   * Get the value of unit.
   * @param {string} unit - a unit such as 'minute' or 'day'
   * @example DateTime.local(2017, 7, 4).get('month'); //=> 7
   * @example DateTime.local(2017, 7, 4).get('day'); //=> 4
   * @return {number}
   */
  get(unit) {
    return this[unit];
  }
  /**
   * Returns whether the DateTime is valid. Invalid DateTimes occur when:
   * * The DateTime was created from invalid calendar information, such as the 13th month or February 30
   * * The DateTime was created by an operation on another invalid date
   * @type {boolean}
   */
  get isValid() {
    return this.invalid === null;
  }
  /**
   * Returns an error code if this DateTime is invalid, or null if the DateTime is valid
   * @type {string}
   */
  get invalidReason() {
    return this.invalid ? this.invalid.reason : null;
  }
  /**
   * Returns an explanation of why this DateTime became invalid, or null if the DateTime is valid
   * @type {string}
   */
  get invalidExplanation() {
    return this.invalid ? this.invalid.explanation : null;
  }
  /**
   * Get the locale of a DateTime, such 'en-GB'. The locale is used when formatting the DateTime
   *
   * @type {string}
   */
  get locale() {
    return this.isValid ? this.loc.locale : null;
  }
  /**
   * Get the numbering system of a DateTime, such 'beng'. The numbering system is used when formatting the DateTime
   *
   * @type {string}
   */
  get numberingSystem() {
    return this.isValid ? this.loc.numberingSystem : null;
  }
  /**
   * Get the output calendar of a DateTime, such 'islamic'. The output calendar is used when formatting the DateTime
   *
   * @type {string}
   */
  get outputCalendar() {
    return this.isValid ? this.loc.outputCalendar : null;
  }
  /**
   * Get the time zone associated with this DateTime.
   * @type {Zone}
   */
  get zone() {
    return this._zone;
  }
  /**
   * Get the name of the time zone.
   * @type {string}
   */
  get zoneName() {
    return this.isValid ? this.zone.name : null;
  }
  /**
   * Get the year
   * @example DateTime.local(2017, 5, 25).year //=> 2017
   * @type {number}
   */
  get year() {
    return this.isValid ? this.c.year : NaN;
  }
  /**
   * Get the quarter
   * @example DateTime.local(2017, 5, 25).quarter //=> 2
   * @type {number}
   */
  get quarter() {
    return this.isValid ? Math.ceil(this.c.month / 3) : NaN;
  }
  /**
   * Get the month (1-12).
   * @example DateTime.local(2017, 5, 25).month //=> 5
   * @type {number}
   */
  get month() {
    return this.isValid ? this.c.month : NaN;
  }
  /**
   * Get the day of the month (1-30ish).
   * @example DateTime.local(2017, 5, 25).day //=> 25
   * @type {number}
   */
  get day() {
    return this.isValid ? this.c.day : NaN;
  }
  /**
   * Get the hour of the day (0-23).
   * @example DateTime.local(2017, 5, 25, 9).hour //=> 9
   * @type {number}
   */
  get hour() {
    return this.isValid ? this.c.hour : NaN;
  }
  /**
   * Get the minute of the hour (0-59).
   * @example DateTime.local(2017, 5, 25, 9, 30).minute //=> 30
   * @type {number}
   */
  get minute() {
    return this.isValid ? this.c.minute : NaN;
  }
  /**
   * Get the second of the minute (0-59).
   * @example DateTime.local(2017, 5, 25, 9, 30, 52).second //=> 52
   * @type {number}
   */
  get second() {
    return this.isValid ? this.c.second : NaN;
  }
  /**
   * Get the millisecond of the second (0-999).
   * @example DateTime.local(2017, 5, 25, 9, 30, 52, 654).millisecond //=> 654
   * @type {number}
   */
  get millisecond() {
    return this.isValid ? this.c.millisecond : NaN;
  }
  /**
   * Get the week year
   * @see https://en.wikipedia.org/wiki/ISO_week_date
   * @example DateTime.local(2014, 12, 31).weekYear //=> 2015
   * @type {number}
   */
  get weekYear() {
    return this.isValid ? possiblyCachedWeekData(this).weekYear : NaN;
  }
  /**
   * Get the week number of the week year (1-52ish).
   * @see https://en.wikipedia.org/wiki/ISO_week_date
   * @example DateTime.local(2017, 5, 25).weekNumber //=> 21
   * @type {number}
   */
  get weekNumber() {
    return this.isValid ? possiblyCachedWeekData(this).weekNumber : NaN;
  }
  /**
   * Get the day of the week.
   * 1 is Monday and 7 is Sunday
   * @see https://en.wikipedia.org/wiki/ISO_week_date
   * @example DateTime.local(2014, 11, 31).weekday //=> 4
   * @type {number}
   */
  get weekday() {
    return this.isValid ? possiblyCachedWeekData(this).weekday : NaN;
  }
  /**
   * Returns true if this date is on a weekend according to the locale, false otherwise
   * @returns {boolean}
   */
  get isWeekend() {
    return this.isValid && this.loc.getWeekendDays().includes(this.weekday);
  }
  /**
   * Get the day of the week according to the locale.
   * 1 is the first day of the week and 7 is the last day of the week.
   * If the locale assigns Sunday as the first day of the week, then a date which is a Sunday will return 1,
   * @returns {number}
   */
  get localWeekday() {
    return this.isValid ? possiblyCachedLocalWeekData(this).weekday : NaN;
  }
  /**
   * Get the week number of the week year according to the locale. Different locales assign week numbers differently,
   * because the week can start on different days of the week (see localWeekday) and because a different number of days
   * is required for a week to count as the first week of a year.
   * @returns {number}
   */
  get localWeekNumber() {
    return this.isValid ? possiblyCachedLocalWeekData(this).weekNumber : NaN;
  }
  /**
   * Get the week year according to the locale. Different locales assign week numbers (and therefor week years)
   * differently, see localWeekNumber.
   * @returns {number}
   */
  get localWeekYear() {
    return this.isValid ? possiblyCachedLocalWeekData(this).weekYear : NaN;
  }
  /**
   * Get the ordinal (meaning the day of the year)
   * @example DateTime.local(2017, 5, 25).ordinal //=> 145
   * @type {number|DateTime}
   */
  get ordinal() {
    return this.isValid ? gregorianToOrdinal(this.c).ordinal : NaN;
  }
  /**
   * Get the human readable short month name, such as 'Oct'.
   * Defaults to the system's locale if no locale has been specified
   * @example DateTime.local(2017, 10, 30).monthShort //=> Oct
   * @type {string}
   */
  get monthShort() {
    return this.isValid ? Info.months("short", { locObj: this.loc })[this.month - 1] : null;
  }
  /**
   * Get the human readable long month name, such as 'October'.
   * Defaults to the system's locale if no locale has been specified
   * @example DateTime.local(2017, 10, 30).monthLong //=> October
   * @type {string}
   */
  get monthLong() {
    return this.isValid ? Info.months("long", { locObj: this.loc })[this.month - 1] : null;
  }
  /**
   * Get the human readable short weekday, such as 'Mon'.
   * Defaults to the system's locale if no locale has been specified
   * @example DateTime.local(2017, 10, 30).weekdayShort //=> Mon
   * @type {string}
   */
  get weekdayShort() {
    return this.isValid ? Info.weekdays("short", { locObj: this.loc })[this.weekday - 1] : null;
  }
  /**
   * Get the human readable long weekday, such as 'Monday'.
   * Defaults to the system's locale if no locale has been specified
   * @example DateTime.local(2017, 10, 30).weekdayLong //=> Monday
   * @type {string}
   */
  get weekdayLong() {
    return this.isValid ? Info.weekdays("long", { locObj: this.loc })[this.weekday - 1] : null;
  }
  /**
   * Get the UTC offset of this DateTime in minutes
   * @example DateTime.now().offset //=> -240
   * @example DateTime.utc().offset //=> 0
   * @type {number}
   */
  get offset() {
    return this.isValid ? +this.o : NaN;
  }
  /**
   * Get the short human name for the zone's current offset, for example "EST" or "EDT".
   * Defaults to the system's locale if no locale has been specified
   * @type {string}
   */
  get offsetNameShort() {
    if (this.isValid) {
      return this.zone.offsetName(this.ts, {
        format: "short",
        locale: this.locale
      });
    } else {
      return null;
    }
  }
  /**
   * Get the long human name for the zone's current offset, for example "Eastern Standard Time" or "Eastern Daylight Time".
   * Defaults to the system's locale if no locale has been specified
   * @type {string}
   */
  get offsetNameLong() {
    if (this.isValid) {
      return this.zone.offsetName(this.ts, {
        format: "long",
        locale: this.locale
      });
    } else {
      return null;
    }
  }
  /**
   * Get whether this zone's offset ever changes, as in a DST.
   * @type {boolean}
   */
  get isOffsetFixed() {
    return this.isValid ? this.zone.isUniversal : null;
  }
  /**
   * Get whether the DateTime is in a DST.
   * @type {boolean}
   */
  get isInDST() {
    if (this.isOffsetFixed) {
      return false;
    } else {
      return this.offset > this.set({ month: 1, day: 1 }).offset || this.offset > this.set({ month: 5 }).offset;
    }
  }
  /**
   * Get those DateTimes which have the same local time as this DateTime, but a different offset from UTC
   * in this DateTime's zone. During DST changes local time can be ambiguous, for example
   * `2023-10-29T02:30:00` in `Europe/Berlin` can have offset `+01:00` or `+02:00`.
   * This method will return both possible DateTimes if this DateTime's local time is ambiguous.
   * @returns {DateTime[]}
   */
  getPossibleOffsets() {
    if (!this.isValid || this.isOffsetFixed) {
      return [this];
    }
    const dayMs = 864e5;
    const minuteMs = 6e4;
    const localTS = objToLocalTS(this.c);
    const oEarlier = this.zone.offset(localTS - dayMs);
    const oLater = this.zone.offset(localTS + dayMs);
    const o1 = this.zone.offset(localTS - oEarlier * minuteMs);
    const o2 = this.zone.offset(localTS - oLater * minuteMs);
    if (o1 === o2) {
      return [this];
    }
    const ts1 = localTS - o1 * minuteMs;
    const ts2 = localTS - o2 * minuteMs;
    const c1 = tsToObj(ts1, o1);
    const c2 = tsToObj(ts2, o2);
    if (c1.hour === c2.hour && c1.minute === c2.minute && c1.second === c2.second && c1.millisecond === c2.millisecond) {
      return [clone(this, { ts: ts1 }), clone(this, { ts: ts2 })];
    }
    return [this];
  }
  /**
   * Returns true if this DateTime is in a leap year, false otherwise
   * @example DateTime.local(2016).isInLeapYear //=> true
   * @example DateTime.local(2013).isInLeapYear //=> false
   * @type {boolean}
   */
  get isInLeapYear() {
    return isLeapYear(this.year);
  }
  /**
   * Returns the number of days in this DateTime's month
   * @example DateTime.local(2016, 2).daysInMonth //=> 29
   * @example DateTime.local(2016, 3).daysInMonth //=> 31
   * @type {number}
   */
  get daysInMonth() {
    return daysInMonth(this.year, this.month);
  }
  /**
   * Returns the number of days in this DateTime's year
   * @example DateTime.local(2016).daysInYear //=> 366
   * @example DateTime.local(2013).daysInYear //=> 365
   * @type {number}
   */
  get daysInYear() {
    return this.isValid ? daysInYear(this.year) : NaN;
  }
  /**
   * Returns the number of weeks in this DateTime's year
   * @see https://en.wikipedia.org/wiki/ISO_week_date
   * @example DateTime.local(2004).weeksInWeekYear //=> 53
   * @example DateTime.local(2013).weeksInWeekYear //=> 52
   * @type {number}
   */
  get weeksInWeekYear() {
    return this.isValid ? weeksInWeekYear(this.weekYear) : NaN;
  }
  /**
   * Returns the number of weeks in this DateTime's local week year
   * @example DateTime.local(2020, 6, {locale: 'en-US'}).weeksInLocalWeekYear //=> 52
   * @example DateTime.local(2020, 6, {locale: 'de-DE'}).weeksInLocalWeekYear //=> 53
   * @type {number}
   */
  get weeksInLocalWeekYear() {
    return this.isValid ? weeksInWeekYear(
      this.localWeekYear,
      this.loc.getMinDaysInFirstWeek(),
      this.loc.getStartOfWeek()
    ) : NaN;
  }
  /**
   * Returns the resolved Intl options for this DateTime.
   * This is useful in understanding the behavior of formatting methods
   * @param {Object} opts - the same options as toLocaleString
   * @return {Object}
   */
  resolvedLocaleOptions(opts = {}) {
    const { locale: locale2, numberingSystem, calendar } = Formatter.create(
      this.loc.clone(opts),
      opts
    ).resolvedOptions(this);
    return { locale: locale2, numberingSystem, outputCalendar: calendar };
  }
  // TRANSFORM
  /**
   * "Set" the DateTime's zone to UTC. Returns a newly-constructed DateTime.
   *
   * Equivalent to {@link DateTime#setZone}('utc')
   * @param {number} [offset=0] - optionally, an offset from UTC in minutes
   * @param {Object} [opts={}] - options to pass to `setZone()`
   * @return {DateTime}
   */
  toUTC(offset2 = 0, opts = {}) {
    return this.setZone(FixedOffsetZone.instance(offset2), opts);
  }
  /**
   * "Set" the DateTime's zone to the host's local zone. Returns a newly-constructed DateTime.
   *
   * Equivalent to `setZone('local')`
   * @return {DateTime}
   */
  toLocal() {
    return this.setZone(Settings.defaultZone);
  }
  /**
   * "Set" the DateTime's zone to specified zone. Returns a newly-constructed DateTime.
   *
   * By default, the setter keeps the underlying time the same (as in, the same timestamp), but the new instance will report different local times and consider DSTs when making computations, as with {@link DateTime#plus}. You may wish to use {@link DateTime#toLocal} and {@link DateTime#toUTC} which provide simple convenience wrappers for commonly used zones.
   * @param {string|Zone} [zone='local'] - a zone identifier. As a string, that can be any IANA zone supported by the host environment, or a fixed-offset name of the form 'UTC+3', or the strings 'local' or 'utc'. You may also supply an instance of a {@link DateTime#Zone} class.
   * @param {Object} opts - options
   * @param {boolean} [opts.keepLocalTime=false] - If true, adjust the underlying time so that the local time stays the same, but in the target zone. You should rarely need this.
   * @return {DateTime}
   */
  setZone(zone, { keepLocalTime = false, keepCalendarTime = false } = {}) {
    zone = normalizeZone(zone, Settings.defaultZone);
    if (zone.equals(this.zone)) {
      return this;
    } else if (!zone.isValid) {
      return _DateTime.invalid(unsupportedZone(zone));
    } else {
      let newTS = this.ts;
      if (keepLocalTime || keepCalendarTime) {
        const offsetGuess = zone.offset(this.ts);
        const asObj = this.toObject();
        [newTS] = objToTS(asObj, offsetGuess, zone);
      }
      return clone(this, { ts: newTS, zone });
    }
  }
  /**
   * "Set" the locale, numberingSystem, or outputCalendar. Returns a newly-constructed DateTime.
   * @param {Object} properties - the properties to set
   * @example DateTime.local(2017, 5, 25).reconfigure({ locale: 'en-GB' })
   * @return {DateTime}
   */
  reconfigure({ locale: locale2, numberingSystem, outputCalendar } = {}) {
    const loc = this.loc.clone({ locale: locale2, numberingSystem, outputCalendar });
    return clone(this, { loc });
  }
  /**
   * "Set" the locale. Returns a newly-constructed DateTime.
   * Just a convenient alias for reconfigure({ locale })
   * @example DateTime.local(2017, 5, 25).setLocale('en-GB')
   * @return {DateTime}
   */
  setLocale(locale2) {
    return this.reconfigure({ locale: locale2 });
  }
  /**
   * "Set" the values of specified units. Returns a newly-constructed DateTime.
   * You can only set units with this method; for "setting" metadata, see {@link DateTime#reconfigure} and {@link DateTime#setZone}.
   *
   * This method also supports setting locale-based week units, i.e. `localWeekday`, `localWeekNumber` and `localWeekYear`.
   * They cannot be mixed with ISO-week units like `weekday`.
   * @param {Object} values - a mapping of units to numbers
   * @example dt.set({ year: 2017 })
   * @example dt.set({ hour: 8, minute: 30 })
   * @example dt.set({ weekday: 5 })
   * @example dt.set({ year: 2005, ordinal: 234 })
   * @return {DateTime}
   */
  set(values) {
    if (!this.isValid) return this;
    const normalized = normalizeObject(values, normalizeUnitWithLocalWeeks);
    const { minDaysInFirstWeek, startOfWeek } = usesLocalWeekValues(normalized, this.loc);
    const settingWeekStuff = !isUndefined(normalized.weekYear) || !isUndefined(normalized.weekNumber) || !isUndefined(normalized.weekday), containsOrdinal = !isUndefined(normalized.ordinal), containsGregorYear = !isUndefined(normalized.year), containsGregorMD = !isUndefined(normalized.month) || !isUndefined(normalized.day), containsGregor = containsGregorYear || containsGregorMD, definiteWeekDef = normalized.weekYear || normalized.weekNumber;
    if ((containsGregor || containsOrdinal) && definiteWeekDef) {
      throw new ConflictingSpecificationError(
        "Can't mix weekYear/weekNumber units with year/month/day or ordinals"
      );
    }
    if (containsGregorMD && containsOrdinal) {
      throw new ConflictingSpecificationError("Can't mix ordinal dates with month/day");
    }
    let mixed;
    if (settingWeekStuff) {
      mixed = weekToGregorian(
        { ...gregorianToWeek(this.c, minDaysInFirstWeek, startOfWeek), ...normalized },
        minDaysInFirstWeek,
        startOfWeek
      );
    } else if (!isUndefined(normalized.ordinal)) {
      mixed = ordinalToGregorian({ ...gregorianToOrdinal(this.c), ...normalized });
    } else {
      mixed = { ...this.toObject(), ...normalized };
      if (isUndefined(normalized.day)) {
        mixed.day = Math.min(daysInMonth(mixed.year, mixed.month), mixed.day);
      }
    }
    const [ts, o] = objToTS(mixed, this.o, this.zone);
    return clone(this, { ts, o });
  }
  /**
   * Add a period of time to this DateTime and return the resulting DateTime
   *
   * Adding hours, minutes, seconds, or milliseconds increases the timestamp by the right number of milliseconds. Adding days, months, or years shifts the calendar, accounting for DSTs and leap years along the way. Thus, `dt.plus({ hours: 24 })` may result in a different time than `dt.plus({ days: 1 })` if there's a DST shift in between.
   * @param {Duration|Object|number} duration - The amount to add. Either a Luxon Duration, a number of milliseconds, the object argument to Duration.fromObject()
   * @example DateTime.now().plus(123) //~> in 123 milliseconds
   * @example DateTime.now().plus({ minutes: 15 }) //~> in 15 minutes
   * @example DateTime.now().plus({ days: 1 }) //~> this time tomorrow
   * @example DateTime.now().plus({ days: -1 }) //~> this time yesterday
   * @example DateTime.now().plus({ hours: 3, minutes: 13 }) //~> in 3 hr, 13 min
   * @example DateTime.now().plus(Duration.fromObject({ hours: 3, minutes: 13 })) //~> in 3 hr, 13 min
   * @return {DateTime}
   */
  plus(duration) {
    if (!this.isValid) return this;
    const dur = Duration.fromDurationLike(duration);
    return clone(this, adjustTime(this, dur));
  }
  /**
   * Subtract a period of time to this DateTime and return the resulting DateTime
   * See {@link DateTime#plus}
   * @param {Duration|Object|number} duration - The amount to subtract. Either a Luxon Duration, a number of milliseconds, the object argument to Duration.fromObject()
   @return {DateTime}
   */
  minus(duration) {
    if (!this.isValid) return this;
    const dur = Duration.fromDurationLike(duration).negate();
    return clone(this, adjustTime(this, dur));
  }
  /**
   * "Set" this DateTime to the beginning of a unit of time.
   * @param {string} unit - The unit to go to the beginning of. Can be 'year', 'quarter', 'month', 'week', 'day', 'hour', 'minute', 'second', or 'millisecond'.
   * @param {Object} opts - options
   * @param {boolean} [opts.useLocaleWeeks=false] - If true, use weeks based on the locale, i.e. use the locale-dependent start of the week
   * @example DateTime.local(2014, 3, 3).startOf('month').toISODate(); //=> '2014-03-01'
   * @example DateTime.local(2014, 3, 3).startOf('year').toISODate(); //=> '2014-01-01'
   * @example DateTime.local(2014, 3, 3).startOf('week').toISODate(); //=> '2014-03-03', weeks always start on Mondays
   * @example DateTime.local(2014, 3, 3, 5, 30).startOf('day').toISOTime(); //=> '00:00.000-05:00'
   * @example DateTime.local(2014, 3, 3, 5, 30).startOf('hour').toISOTime(); //=> '05:00:00.000-05:00'
   * @return {DateTime}
   */
  startOf(unit, { useLocaleWeeks = false } = {}) {
    if (!this.isValid) return this;
    const o = {}, normalizedUnit = Duration.normalizeUnit(unit);
    switch (normalizedUnit) {
      case "years":
        o.month = 1;
      // falls through
      case "quarters":
      case "months":
        o.day = 1;
      // falls through
      case "weeks":
      case "days":
        o.hour = 0;
      // falls through
      case "hours":
        o.minute = 0;
      // falls through
      case "minutes":
        o.second = 0;
      // falls through
      case "seconds":
        o.millisecond = 0;
        break;
    }
    if (normalizedUnit === "weeks") {
      if (useLocaleWeeks) {
        const startOfWeek = this.loc.getStartOfWeek();
        const { weekday } = this;
        if (weekday < startOfWeek) {
          o.weekNumber = this.weekNumber - 1;
        }
        o.weekday = startOfWeek;
      } else {
        o.weekday = 1;
      }
    }
    if (normalizedUnit === "quarters") {
      const q = Math.ceil(this.month / 3);
      o.month = (q - 1) * 3 + 1;
    }
    return this.set(o);
  }
  /**
   * "Set" this DateTime to the end (meaning the last millisecond) of a unit of time
   * @param {string} unit - The unit to go to the end of. Can be 'year', 'quarter', 'month', 'week', 'day', 'hour', 'minute', 'second', or 'millisecond'.
   * @param {Object} opts - options
   * @param {boolean} [opts.useLocaleWeeks=false] - If true, use weeks based on the locale, i.e. use the locale-dependent start of the week
   * @example DateTime.local(2014, 3, 3).endOf('month').toISO(); //=> '2014-03-31T23:59:59.999-05:00'
   * @example DateTime.local(2014, 3, 3).endOf('year').toISO(); //=> '2014-12-31T23:59:59.999-05:00'
   * @example DateTime.local(2014, 3, 3).endOf('week').toISO(); // => '2014-03-09T23:59:59.999-05:00', weeks start on Mondays
   * @example DateTime.local(2014, 3, 3, 5, 30).endOf('day').toISO(); //=> '2014-03-03T23:59:59.999-05:00'
   * @example DateTime.local(2014, 3, 3, 5, 30).endOf('hour').toISO(); //=> '2014-03-03T05:59:59.999-05:00'
   * @return {DateTime}
   */
  endOf(unit, opts) {
    return this.isValid ? this.plus({ [unit]: 1 }).startOf(unit, opts).minus(1) : this;
  }
  // OUTPUT
  /**
   * Returns a string representation of this DateTime formatted according to the specified format string.
   * **You may not want this.** See {@link DateTime#toLocaleString} for a more flexible formatting tool. For a table of tokens and their interpretations, see [here](https://moment.github.io/luxon/#/formatting?id=table-of-tokens).
   * Defaults to en-US if no locale has been specified, regardless of the system's locale.
   * @param {string} fmt - the format string
   * @param {Object} opts - opts to override the configuration options on this DateTime
   * @example DateTime.now().toFormat('yyyy LLL dd') //=> '2017 Apr 22'
   * @example DateTime.now().setLocale('fr').toFormat('yyyy LLL dd') //=> '2017 avr. 22'
   * @example DateTime.now().toFormat('yyyy LLL dd', { locale: "fr" }) //=> '2017 avr. 22'
   * @example DateTime.now().toFormat("HH 'hours and' mm 'minutes'") //=> '20 hours and 55 minutes'
   * @return {string}
   */
  toFormat(fmt, opts = {}) {
    return this.isValid ? Formatter.create(this.loc.redefaultToEN(opts)).formatDateTimeFromString(this, fmt) : INVALID;
  }
  /**
   * Returns a localized string representing this date. Accepts the same options as the Intl.DateTimeFormat constructor and any presets defined by Luxon, such as `DateTime.DATE_FULL` or `DateTime.TIME_SIMPLE`.
   * The exact behavior of this method is browser-specific, but in general it will return an appropriate representation
   * of the DateTime in the assigned locale.
   * Defaults to the system's locale if no locale has been specified
   * @see https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/DateTimeFormat
   * @param formatOpts {Object} - Intl.DateTimeFormat constructor options and configuration options
   * @param {Object} opts - opts to override the configuration options on this DateTime
   * @example DateTime.now().toLocaleString(); //=> 4/20/2017
   * @example DateTime.now().setLocale('en-gb').toLocaleString(); //=> '20/04/2017'
   * @example DateTime.now().toLocaleString(DateTime.DATE_FULL); //=> 'April 20, 2017'
   * @example DateTime.now().toLocaleString(DateTime.DATE_FULL, { locale: 'fr' }); //=> '28 août 2022'
   * @example DateTime.now().toLocaleString(DateTime.TIME_SIMPLE); //=> '11:32 AM'
   * @example DateTime.now().toLocaleString(DateTime.DATETIME_SHORT); //=> '4/20/2017, 11:32 AM'
   * @example DateTime.now().toLocaleString({ weekday: 'long', month: 'long', day: '2-digit' }); //=> 'Thursday, April 20'
   * @example DateTime.now().toLocaleString({ weekday: 'short', month: 'short', day: '2-digit', hour: '2-digit', minute: '2-digit' }); //=> 'Thu, Apr 20, 11:27 AM'
   * @example DateTime.now().toLocaleString({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }); //=> '11:32'
   * @return {string}
   */
  toLocaleString(formatOpts = DATE_SHORT, opts = {}) {
    return this.isValid ? Formatter.create(this.loc.clone(opts), formatOpts).formatDateTime(this) : INVALID;
  }
  /**
   * Returns an array of format "parts", meaning individual tokens along with metadata. This is allows callers to post-process individual sections of the formatted output.
   * Defaults to the system's locale if no locale has been specified
   * @see https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/DateTimeFormat/formatToParts
   * @param opts {Object} - Intl.DateTimeFormat constructor options, same as `toLocaleString`.
   * @example DateTime.now().toLocaleParts(); //=> [
   *                                   //=>   { type: 'day', value: '25' },
   *                                   //=>   { type: 'literal', value: '/' },
   *                                   //=>   { type: 'month', value: '05' },
   *                                   //=>   { type: 'literal', value: '/' },
   *                                   //=>   { type: 'year', value: '1982' }
   *                                   //=> ]
   */
  toLocaleParts(opts = {}) {
    return this.isValid ? Formatter.create(this.loc.clone(opts), opts).formatDateTimeParts(this) : [];
  }
  /**
   * Returns an ISO 8601-compliant string representation of this DateTime
   * @param {Object} opts - options
   * @param {boolean} [opts.suppressMilliseconds=false] - exclude milliseconds from the format if they're 0
   * @param {boolean} [opts.suppressSeconds=false] - exclude seconds from the format if they're 0
   * @param {boolean} [opts.includeOffset=true] - include the offset, such as 'Z' or '-04:00'
   * @param {boolean} [opts.extendedZone=false] - add the time zone format extension
   * @param {string} [opts.format='extended'] - choose between the basic and extended format
   * @param {string} [opts.precision='milliseconds'] - truncate output to desired presicion: 'years', 'months', 'days', 'hours', 'minutes', 'seconds' or 'milliseconds'. When precision and suppressSeconds or suppressMilliseconds are used together, precision sets the maximum unit shown in the output, however seconds or milliseconds will still be suppressed if they are 0.
   * @example DateTime.utc(1983, 5, 25).toISO() //=> '1982-05-25T00:00:00.000Z'
   * @example DateTime.now().toISO() //=> '2017-04-22T20:47:05.335-04:00'
   * @example DateTime.now().toISO({ includeOffset: false }) //=> '2017-04-22T20:47:05.335'
   * @example DateTime.now().toISO({ format: 'basic' }) //=> '20170422T204705.335-0400'
   * @example DateTime.now().toISO({ precision: 'day' }) //=> '2017-04-22Z'
   * @example DateTime.now().toISO({ precision: 'minute' }) //=> '2017-04-22T20:47Z'
   * @return {string|null}
   */
  toISO({
    format = "extended",
    suppressSeconds = false,
    suppressMilliseconds = false,
    includeOffset = true,
    extendedZone = false,
    precision = "milliseconds"
  } = {}) {
    if (!this.isValid) {
      return null;
    }
    precision = normalizeUnit(precision);
    const ext = format === "extended";
    let c = toISODate(this, ext, precision);
    if (orderedUnits.indexOf(precision) >= 3) c += "T";
    c += toISOTime(
      this,
      ext,
      suppressSeconds,
      suppressMilliseconds,
      includeOffset,
      extendedZone,
      precision
    );
    return c;
  }
  /**
   * Returns an ISO 8601-compliant string representation of this DateTime's date component
   * @param {Object} opts - options
   * @param {string} [opts.format='extended'] - choose between the basic and extended format
   * @param {string} [opts.precision='day'] - truncate output to desired precision: 'years', 'months', or 'days'.
   * @example DateTime.utc(1982, 5, 25).toISODate() //=> '1982-05-25'
   * @example DateTime.utc(1982, 5, 25).toISODate({ format: 'basic' }) //=> '19820525'
   * @example DateTime.utc(1982, 5, 25).toISODate({ precision: 'month' }) //=> '1982-05'
   * @return {string|null}
   */
  toISODate({ format = "extended", precision = "day" } = {}) {
    if (!this.isValid) {
      return null;
    }
    return toISODate(this, format === "extended", normalizeUnit(precision));
  }
  /**
   * Returns an ISO 8601-compliant string representation of this DateTime's week date
   * @example DateTime.utc(1982, 5, 25).toISOWeekDate() //=> '1982-W21-2'
   * @return {string}
   */
  toISOWeekDate() {
    return toTechFormat(this, "kkkk-'W'WW-c");
  }
  /**
   * Returns an ISO 8601-compliant string representation of this DateTime's time component
   * @param {Object} opts - options
   * @param {boolean} [opts.suppressMilliseconds=false] - exclude milliseconds from the format if they're 0
   * @param {boolean} [opts.suppressSeconds=false] - exclude seconds from the format if they're 0
   * @param {boolean} [opts.includeOffset=true] - include the offset, such as 'Z' or '-04:00'
   * @param {boolean} [opts.extendedZone=true] - add the time zone format extension
   * @param {boolean} [opts.includePrefix=false] - include the `T` prefix
   * @param {string} [opts.format='extended'] - choose between the basic and extended format
   * @param {string} [opts.precision='milliseconds'] - truncate output to desired presicion: 'hours', 'minutes', 'seconds' or 'milliseconds'. When precision and suppressSeconds or suppressMilliseconds are used together, precision sets the maximum unit shown in the output, however seconds or milliseconds will still be suppressed if they are 0.
   * @example DateTime.utc().set({ hour: 7, minute: 34 }).toISOTime() //=> '07:34:19.361Z'
   * @example DateTime.utc().set({ hour: 7, minute: 34, seconds: 0, milliseconds: 0 }).toISOTime({ suppressSeconds: true }) //=> '07:34Z'
   * @example DateTime.utc().set({ hour: 7, minute: 34 }).toISOTime({ format: 'basic' }) //=> '073419.361Z'
   * @example DateTime.utc().set({ hour: 7, minute: 34 }).toISOTime({ includePrefix: true }) //=> 'T07:34:19.361Z'
   * @example DateTime.utc().set({ hour: 7, minute: 34, second: 56 }).toISOTime({ precision: 'minute' }) //=> '07:34Z'
   * @return {string}
   */
  toISOTime({
    suppressMilliseconds = false,
    suppressSeconds = false,
    includeOffset = true,
    includePrefix = false,
    extendedZone = false,
    format = "extended",
    precision = "milliseconds"
  } = {}) {
    if (!this.isValid) {
      return null;
    }
    precision = normalizeUnit(precision);
    let c = includePrefix && orderedUnits.indexOf(precision) >= 3 ? "T" : "";
    return c + toISOTime(
      this,
      format === "extended",
      suppressSeconds,
      suppressMilliseconds,
      includeOffset,
      extendedZone,
      precision
    );
  }
  /**
   * Returns an RFC 2822-compatible string representation of this DateTime
   * @example DateTime.utc(2014, 7, 13).toRFC2822() //=> 'Sun, 13 Jul 2014 00:00:00 +0000'
   * @example DateTime.local(2014, 7, 13).toRFC2822() //=> 'Sun, 13 Jul 2014 00:00:00 -0400'
   * @return {string}
   */
  toRFC2822() {
    return toTechFormat(this, "EEE, dd LLL yyyy HH:mm:ss ZZZ", false);
  }
  /**
   * Returns a string representation of this DateTime appropriate for use in HTTP headers. The output is always expressed in GMT.
   * Specifically, the string conforms to RFC 1123.
   * @see https://www.w3.org/Protocols/rfc2616/rfc2616-sec3.html#sec3.3.1
   * @example DateTime.utc(2014, 7, 13).toHTTP() //=> 'Sun, 13 Jul 2014 00:00:00 GMT'
   * @example DateTime.utc(2014, 7, 13, 19).toHTTP() //=> 'Sun, 13 Jul 2014 19:00:00 GMT'
   * @return {string}
   */
  toHTTP() {
    return toTechFormat(this.toUTC(), "EEE, dd LLL yyyy HH:mm:ss 'GMT'");
  }
  /**
   * Returns a string representation of this DateTime appropriate for use in SQL Date
   * @example DateTime.utc(2014, 7, 13).toSQLDate() //=> '2014-07-13'
   * @return {string|null}
   */
  toSQLDate() {
    if (!this.isValid) {
      return null;
    }
    return toISODate(this, true);
  }
  /**
   * Returns a string representation of this DateTime appropriate for use in SQL Time
   * @param {Object} opts - options
   * @param {boolean} [opts.includeZone=false] - include the zone, such as 'America/New_York'. Overrides includeOffset.
   * @param {boolean} [opts.includeOffset=true] - include the offset, such as 'Z' or '-04:00'
   * @param {boolean} [opts.includeOffsetSpace=true] - include the space between the time and the offset, such as '05:15:16.345 -04:00'
   * @example DateTime.utc().toSQL() //=> '05:15:16.345'
   * @example DateTime.now().toSQL() //=> '05:15:16.345 -04:00'
   * @example DateTime.now().toSQL({ includeOffset: false }) //=> '05:15:16.345'
   * @example DateTime.now().toSQL({ includeZone: false }) //=> '05:15:16.345 America/New_York'
   * @return {string}
   */
  toSQLTime({ includeOffset = true, includeZone = false, includeOffsetSpace = true } = {}) {
    let fmt = "HH:mm:ss.SSS";
    if (includeZone || includeOffset) {
      if (includeOffsetSpace) {
        fmt += " ";
      }
      if (includeZone) {
        fmt += "z";
      } else if (includeOffset) {
        fmt += "ZZ";
      }
    }
    return toTechFormat(this, fmt, true);
  }
  /**
   * Returns a string representation of this DateTime appropriate for use in SQL DateTime
   * @param {Object} opts - options
   * @param {boolean} [opts.includeZone=false] - include the zone, such as 'America/New_York'. Overrides includeOffset.
   * @param {boolean} [opts.includeOffset=true] - include the offset, such as 'Z' or '-04:00'
   * @param {boolean} [opts.includeOffsetSpace=true] - include the space between the time and the offset, such as '05:15:16.345 -04:00'
   * @example DateTime.utc(2014, 7, 13).toSQL() //=> '2014-07-13 00:00:00.000 Z'
   * @example DateTime.local(2014, 7, 13).toSQL() //=> '2014-07-13 00:00:00.000 -04:00'
   * @example DateTime.local(2014, 7, 13).toSQL({ includeOffset: false }) //=> '2014-07-13 00:00:00.000'
   * @example DateTime.local(2014, 7, 13).toSQL({ includeZone: true }) //=> '2014-07-13 00:00:00.000 America/New_York'
   * @return {string}
   */
  toSQL(opts = {}) {
    if (!this.isValid) {
      return null;
    }
    return `${this.toSQLDate()} ${this.toSQLTime(opts)}`;
  }
  /**
   * Returns a string representation of this DateTime appropriate for debugging
   * @return {string}
   */
  toString() {
    return this.isValid ? this.toISO() : INVALID;
  }
  /**
   * Returns a string representation of this DateTime appropriate for the REPL.
   * @return {string}
   */
  [/* @__PURE__ */ Symbol.for("nodejs.util.inspect.custom")]() {
    if (this.isValid) {
      return `DateTime { ts: ${this.toISO()}, zone: ${this.zone.name}, locale: ${this.locale} }`;
    } else {
      return `DateTime { Invalid, reason: ${this.invalidReason} }`;
    }
  }
  /**
   * Returns the epoch milliseconds of this DateTime. Alias of {@link DateTime#toMillis}
   * @return {number}
   */
  valueOf() {
    return this.toMillis();
  }
  /**
   * Returns the epoch milliseconds of this DateTime.
   * @return {number}
   */
  toMillis() {
    return this.isValid ? this.ts : NaN;
  }
  /**
   * Returns the epoch seconds (including milliseconds in the fractional part) of this DateTime.
   * @return {number}
   */
  toSeconds() {
    return this.isValid ? this.ts / 1e3 : NaN;
  }
  /**
   * Returns the epoch seconds (as a whole number) of this DateTime.
   * @return {number}
   */
  toUnixInteger() {
    return this.isValid ? Math.floor(this.ts / 1e3) : NaN;
  }
  /**
   * Returns an ISO 8601 representation of this DateTime appropriate for use in JSON.
   * @return {string}
   */
  toJSON() {
    return this.toISO();
  }
  /**
   * Returns a BSON serializable equivalent to this DateTime.
   * @return {Date}
   */
  toBSON() {
    return this.toJSDate();
  }
  /**
   * Returns a JavaScript object with this DateTime's year, month, day, and so on.
   * @param opts - options for generating the object
   * @param {boolean} [opts.includeConfig=false] - include configuration attributes in the output
   * @example DateTime.now().toObject() //=> { year: 2017, month: 4, day: 22, hour: 20, minute: 49, second: 42, millisecond: 268 }
   * @return {Object}
   */
  toObject(opts = {}) {
    if (!this.isValid) return {};
    const base = { ...this.c };
    if (opts.includeConfig) {
      base.outputCalendar = this.outputCalendar;
      base.numberingSystem = this.loc.numberingSystem;
      base.locale = this.loc.locale;
    }
    return base;
  }
  /**
   * Returns a JavaScript Date equivalent to this DateTime.
   * @return {Date}
   */
  toJSDate() {
    return new Date(this.isValid ? this.ts : NaN);
  }
  // COMPARE
  /**
   * Return the difference between two DateTimes as a Duration.
   * @param {DateTime} otherDateTime - the DateTime to compare this one to
   * @param {string|string[]} [unit=['milliseconds']] - the unit or array of units (such as 'hours' or 'days') to include in the duration.
   * @param {Object} opts - options that affect the creation of the Duration
   * @param {string} [opts.conversionAccuracy='casual'] - the conversion system to use
   * @example
   * var i1 = DateTime.fromISO('1982-05-25T09:45'),
   *     i2 = DateTime.fromISO('1983-10-14T10:30');
   * i2.diff(i1).toObject() //=> { milliseconds: 43807500000 }
   * i2.diff(i1, 'hours').toObject() //=> { hours: 12168.75 }
   * i2.diff(i1, ['months', 'days']).toObject() //=> { months: 16, days: 19.03125 }
   * i2.diff(i1, ['months', 'days', 'hours']).toObject() //=> { months: 16, days: 19, hours: 0.75 }
   * @return {Duration}
   */
  diff(otherDateTime, unit = "milliseconds", opts = {}) {
    if (!this.isValid || !otherDateTime.isValid) {
      return Duration.invalid("created by diffing an invalid DateTime");
    }
    const durOpts = { locale: this.locale, numberingSystem: this.numberingSystem, ...opts };
    const units = maybeArray(unit).map(Duration.normalizeUnit), otherIsLater = otherDateTime.valueOf() > this.valueOf(), earlier = otherIsLater ? this : otherDateTime, later2 = otherIsLater ? otherDateTime : this, diffed = diff(earlier, later2, units, durOpts);
    return otherIsLater ? diffed.negate() : diffed;
  }
  /**
   * Return the difference between this DateTime and right now.
   * See {@link DateTime#diff}
   * @param {string|string[]} [unit=['milliseconds']] - the unit or units units (such as 'hours' or 'days') to include in the duration
   * @param {Object} opts - options that affect the creation of the Duration
   * @param {string} [opts.conversionAccuracy='casual'] - the conversion system to use
   * @return {Duration}
   */
  diffNow(unit = "milliseconds", opts = {}) {
    return this.diff(_DateTime.now(), unit, opts);
  }
  /**
   * Return an Interval spanning between this DateTime and another DateTime
   * @param {DateTime} otherDateTime - the other end point of the Interval
   * @return {Interval|DateTime}
   */
  until(otherDateTime) {
    return this.isValid ? Interval.fromDateTimes(this, otherDateTime) : this;
  }
  /**
   * Return whether this DateTime is in the same unit of time as another DateTime.
   * Higher-order units must also be identical for this function to return `true`.
   * Note that time zones are **ignored** in this comparison, which compares the **local** calendar time. Use {@link DateTime#setZone} to convert one of the dates if needed.
   * @param {DateTime} otherDateTime - the other DateTime
   * @param {string} unit - the unit of time to check sameness on
   * @param {Object} opts - options
   * @param {boolean} [opts.useLocaleWeeks=false] - If true, use weeks based on the locale, i.e. use the locale-dependent start of the week; only the locale of this DateTime is used
   * @example DateTime.now().hasSame(otherDT, 'day'); //~> true if otherDT is in the same current calendar day
   * @return {boolean}
   */
  hasSame(otherDateTime, unit, opts) {
    if (!this.isValid) return false;
    const inputMs = otherDateTime.valueOf();
    const adjustedToZone = this.setZone(otherDateTime.zone, { keepLocalTime: true });
    return adjustedToZone.startOf(unit, opts) <= inputMs && inputMs <= adjustedToZone.endOf(unit, opts);
  }
  /**
   * Equality check
   * Two DateTimes are equal if and only if they represent the same millisecond, have the same zone and location, and are both valid.
   * To compare just the millisecond values, use `+dt1 === +dt2`.
   * @param {DateTime} other - the other DateTime
   * @return {boolean}
   */
  equals(other) {
    return this.isValid && other.isValid && this.valueOf() === other.valueOf() && this.zone.equals(other.zone) && this.loc.equals(other.loc);
  }
  /**
   * Returns a string representation of a this time relative to now, such as "in two days". Can only internationalize if your
   * platform supports Intl.RelativeTimeFormat. Rounds towards zero by default.
   * @param {Object} options - options that affect the output
   * @param {DateTime} [options.base=DateTime.now()] - the DateTime to use as the basis to which this time is compared. Defaults to now.
   * @param {string} [options.style="long"] - the style of units, must be "long", "short", or "narrow"
   * @param {string|string[]} options.unit - use a specific unit or array of units; if omitted, or an array, the method will pick the best unit. Use an array or one of "years", "quarters", "months", "weeks", "days", "hours", "minutes", or "seconds"
   * @param {boolean} [options.round=true] - whether to round the numbers in the output.
   * @param {string} [options.rounding="trunc"] - rounding method to use when rounding the numbers in the output. Can be "trunc" (toward zero), "expand" (away from zero), "round", "floor", or "ceil".
   * @param {number} [options.padding=0] - padding in milliseconds. This allows you to round up the result if it fits inside the threshold. Don't use in combination with {round: false} because the decimal output will include the padding.
   * @param {string} options.locale - override the locale of this DateTime
   * @param {string} options.numberingSystem - override the numberingSystem of this DateTime. The Intl system may choose not to honor this
   * @example DateTime.now().plus({ days: 1 }).toRelative() //=> "in 1 day"
   * @example DateTime.now().setLocale("es").toRelative({ days: 1 }) //=> "dentro de 1 día"
   * @example DateTime.now().plus({ days: 1 }).toRelative({ locale: "fr" }) //=> "dans 23 heures"
   * @example DateTime.now().minus({ days: 2 }).toRelative() //=> "2 days ago"
   * @example DateTime.now().minus({ days: 2 }).toRelative({ unit: "hours" }) //=> "48 hours ago"
   * @example DateTime.now().minus({ hours: 36 }).toRelative({ round: false }) //=> "1.5 days ago"
   */
  toRelative(options = {}) {
    if (!this.isValid) return null;
    const base = options.base || _DateTime.fromObject({}, { zone: this.zone }), padding = options.padding ? this < base ? -options.padding : options.padding : 0;
    let units = ["years", "months", "days", "hours", "minutes", "seconds"];
    let unit = options.unit;
    if (Array.isArray(options.unit)) {
      units = options.unit;
      unit = void 0;
    }
    return diffRelative(base, this.plus(padding), {
      ...options,
      numeric: "always",
      units,
      unit
    });
  }
  /**
   * Returns a string representation of this date relative to today, such as "yesterday" or "next month".
   * Only internationalizes on platforms that supports Intl.RelativeTimeFormat.
   * @param {Object} options - options that affect the output
   * @param {DateTime} [options.base=DateTime.now()] - the DateTime to use as the basis to which this time is compared. Defaults to now.
   * @param {string} options.locale - override the locale of this DateTime
   * @param {string} options.unit - use a specific unit; if omitted, the method will pick the unit. Use one of "years", "quarters", "months", "weeks", or "days"
   * @param {string} options.numberingSystem - override the numberingSystem of this DateTime. The Intl system may choose not to honor this
   * @example DateTime.now().plus({ days: 1 }).toRelativeCalendar() //=> "tomorrow"
   * @example DateTime.now().setLocale("es").plus({ days: 1 }).toRelative() //=> ""mañana"
   * @example DateTime.now().plus({ days: 1 }).toRelativeCalendar({ locale: "fr" }) //=> "demain"
   * @example DateTime.now().minus({ days: 2 }).toRelativeCalendar() //=> "2 days ago"
   */
  toRelativeCalendar(options = {}) {
    if (!this.isValid) return null;
    return diffRelative(options.base || _DateTime.fromObject({}, { zone: this.zone }), this, {
      ...options,
      numeric: "auto",
      units: ["years", "months", "days"],
      calendary: true
    });
  }
  /**
   * Return the min of several date times
   * @param {...DateTime} dateTimes - the DateTimes from which to choose the minimum
   * @return {DateTime} the min DateTime, or undefined if called with no argument
   */
  static min(...dateTimes) {
    if (!dateTimes.every(_DateTime.isDateTime)) {
      throw new InvalidArgumentError("min requires all arguments be DateTimes");
    }
    return bestBy(dateTimes, (i) => i.valueOf(), Math.min);
  }
  /**
   * Return the max of several date times
   * @param {...DateTime} dateTimes - the DateTimes from which to choose the maximum
   * @return {DateTime} the max DateTime, or undefined if called with no argument
   */
  static max(...dateTimes) {
    if (!dateTimes.every(_DateTime.isDateTime)) {
      throw new InvalidArgumentError("max requires all arguments be DateTimes");
    }
    return bestBy(dateTimes, (i) => i.valueOf(), Math.max);
  }
  // MISC
  /**
   * Explain how a string would be parsed by fromFormat()
   * @param {string} text - the string to parse
   * @param {string} fmt - the format the string is expected to be in (see description)
   * @param {Object} options - options taken by fromFormat()
   * @return {Object}
   */
  static fromFormatExplain(text, fmt, options = {}) {
    const { locale: locale2 = null, numberingSystem = null } = options, localeToUse = Locale.fromOpts({
      locale: locale2,
      numberingSystem,
      defaultToEN: true
    });
    return explainFromTokens(localeToUse, text, fmt);
  }
  /**
   * @deprecated use fromFormatExplain instead
   */
  static fromStringExplain(text, fmt, options = {}) {
    return _DateTime.fromFormatExplain(text, fmt, options);
  }
  /**
   * Build a parser for `fmt` using the given locale. This parser can be passed
   * to {@link DateTime.fromFormatParser} to a parse a date in this format. This
   * can be used to optimize cases where many dates need to be parsed in a
   * specific format.
   *
   * @param {String} fmt - the format the string is expected to be in (see
   * description)
   * @param {Object} options - options used to set locale and numberingSystem
   * for parser
   * @returns {TokenParser} - opaque object to be used
   */
  static buildFormatParser(fmt, options = {}) {
    const { locale: locale2 = null, numberingSystem = null } = options, localeToUse = Locale.fromOpts({
      locale: locale2,
      numberingSystem,
      defaultToEN: true
    });
    return new TokenParser(localeToUse, fmt);
  }
  /**
   * Create a DateTime from an input string and format parser.
   *
   * The format parser must have been created with the same locale as this call.
   *
   * @param {String} text - the string to parse
   * @param {TokenParser} formatParser - parser from {@link DateTime.buildFormatParser}
   * @param {Object} opts - options taken by fromFormat()
   * @returns {DateTime}
   */
  static fromFormatParser(text, formatParser, opts = {}) {
    if (isUndefined(text) || isUndefined(formatParser)) {
      throw new InvalidArgumentError(
        "fromFormatParser requires an input string and a format parser"
      );
    }
    const { locale: locale2 = null, numberingSystem = null } = opts, localeToUse = Locale.fromOpts({
      locale: locale2,
      numberingSystem,
      defaultToEN: true
    });
    if (!localeToUse.equals(formatParser.locale)) {
      throw new InvalidArgumentError(
        `fromFormatParser called with a locale of ${localeToUse}, but the format parser was created for ${formatParser.locale}`
      );
    }
    const { result, zone, specificOffset, invalidReason } = formatParser.explainFromTokens(text);
    if (invalidReason) {
      return _DateTime.invalid(invalidReason);
    } else {
      return parseDataToDateTime(
        result,
        zone,
        opts,
        `format ${formatParser.format}`,
        text,
        specificOffset
      );
    }
  }
  // FORMAT PRESETS
  /**
   * {@link DateTime#toLocaleString} format like 10/14/1983
   * @type {Object}
   */
  static get DATE_SHORT() {
    return DATE_SHORT;
  }
  /**
   * {@link DateTime#toLocaleString} format like 'Oct 14, 1983'
   * @type {Object}
   */
  static get DATE_MED() {
    return DATE_MED;
  }
  /**
   * {@link DateTime#toLocaleString} format like 'Fri, Oct 14, 1983'
   * @type {Object}
   */
  static get DATE_MED_WITH_WEEKDAY() {
    return DATE_MED_WITH_WEEKDAY;
  }
  /**
   * {@link DateTime#toLocaleString} format like 'October 14, 1983'
   * @type {Object}
   */
  static get DATE_FULL() {
    return DATE_FULL;
  }
  /**
   * {@link DateTime#toLocaleString} format like 'Tuesday, October 14, 1983'
   * @type {Object}
   */
  static get DATE_HUGE() {
    return DATE_HUGE;
  }
  /**
   * {@link DateTime#toLocaleString} format like '09:30 AM'. Only 12-hour if the locale is.
   * @type {Object}
   */
  static get TIME_SIMPLE() {
    return TIME_SIMPLE;
  }
  /**
   * {@link DateTime#toLocaleString} format like '09:30:23 AM'. Only 12-hour if the locale is.
   * @type {Object}
   */
  static get TIME_WITH_SECONDS() {
    return TIME_WITH_SECONDS;
  }
  /**
   * {@link DateTime#toLocaleString} format like '09:30:23 AM EDT'. Only 12-hour if the locale is.
   * @type {Object}
   */
  static get TIME_WITH_SHORT_OFFSET() {
    return TIME_WITH_SHORT_OFFSET;
  }
  /**
   * {@link DateTime#toLocaleString} format like '09:30:23 AM Eastern Daylight Time'. Only 12-hour if the locale is.
   * @type {Object}
   */
  static get TIME_WITH_LONG_OFFSET() {
    return TIME_WITH_LONG_OFFSET;
  }
  /**
   * {@link DateTime#toLocaleString} format like '09:30', always 24-hour.
   * @type {Object}
   */
  static get TIME_24_SIMPLE() {
    return TIME_24_SIMPLE;
  }
  /**
   * {@link DateTime#toLocaleString} format like '09:30:23', always 24-hour.
   * @type {Object}
   */
  static get TIME_24_WITH_SECONDS() {
    return TIME_24_WITH_SECONDS;
  }
  /**
   * {@link DateTime#toLocaleString} format like '09:30:23 EDT', always 24-hour.
   * @type {Object}
   */
  static get TIME_24_WITH_SHORT_OFFSET() {
    return TIME_24_WITH_SHORT_OFFSET;
  }
  /**
   * {@link DateTime#toLocaleString} format like '09:30:23 Eastern Daylight Time', always 24-hour.
   * @type {Object}
   */
  static get TIME_24_WITH_LONG_OFFSET() {
    return TIME_24_WITH_LONG_OFFSET;
  }
  /**
   * {@link DateTime#toLocaleString} format like '10/14/1983, 9:30 AM'. Only 12-hour if the locale is.
   * @type {Object}
   */
  static get DATETIME_SHORT() {
    return DATETIME_SHORT;
  }
  /**
   * {@link DateTime#toLocaleString} format like '10/14/1983, 9:30:33 AM'. Only 12-hour if the locale is.
   * @type {Object}
   */
  static get DATETIME_SHORT_WITH_SECONDS() {
    return DATETIME_SHORT_WITH_SECONDS;
  }
  /**
   * {@link DateTime#toLocaleString} format like 'Oct 14, 1983, 9:30 AM'. Only 12-hour if the locale is.
   * @type {Object}
   */
  static get DATETIME_MED() {
    return DATETIME_MED;
  }
  /**
   * {@link DateTime#toLocaleString} format like 'Oct 14, 1983, 9:30:33 AM'. Only 12-hour if the locale is.
   * @type {Object}
   */
  static get DATETIME_MED_WITH_SECONDS() {
    return DATETIME_MED_WITH_SECONDS;
  }
  /**
   * {@link DateTime#toLocaleString} format like 'Fri, 14 Oct 1983, 9:30 AM'. Only 12-hour if the locale is.
   * @type {Object}
   */
  static get DATETIME_MED_WITH_WEEKDAY() {
    return DATETIME_MED_WITH_WEEKDAY;
  }
  /**
   * {@link DateTime#toLocaleString} format like 'October 14, 1983, 9:30 AM EDT'. Only 12-hour if the locale is.
   * @type {Object}
   */
  static get DATETIME_FULL() {
    return DATETIME_FULL;
  }
  /**
   * {@link DateTime#toLocaleString} format like 'October 14, 1983, 9:30:33 AM EDT'. Only 12-hour if the locale is.
   * @type {Object}
   */
  static get DATETIME_FULL_WITH_SECONDS() {
    return DATETIME_FULL_WITH_SECONDS;
  }
  /**
   * {@link DateTime#toLocaleString} format like 'Friday, October 14, 1983, 9:30 AM Eastern Daylight Time'. Only 12-hour if the locale is.
   * @type {Object}
   */
  static get DATETIME_HUGE() {
    return DATETIME_HUGE;
  }
  /**
   * {@link DateTime#toLocaleString} format like 'Friday, October 14, 1983, 9:30:33 AM Eastern Daylight Time'. Only 12-hour if the locale is.
   * @type {Object}
   */
  static get DATETIME_HUGE_WITH_SECONDS() {
    return DATETIME_HUGE_WITH_SECONDS;
  }
};
function friendlyDateTime(dateTimeish) {
  if (DateTime.isDateTime(dateTimeish)) {
    return dateTimeish;
  } else if (dateTimeish && dateTimeish.valueOf && isNumber(dateTimeish.valueOf())) {
    return DateTime.fromJSDate(dateTimeish);
  } else if (dateTimeish && typeof dateTimeish === "object") {
    return DateTime.fromObject(dateTimeish);
  } else {
    throw new InvalidArgumentError(
      `Unknown datetime argument: ${dateTimeish}, of type ${typeof dateTimeish}`
    );
  }
}

// src/core/date-time.ts
var locale = "en-US";
var ISO = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?$/;
function isValidTimeZone(zone) {
  return IANAZone.isValidZone(zone);
}
function parseSlot(text, zone) {
  const trimmed = text.trim();
  const m2 = ISO.exec(trimmed);
  if (!m2) {
    if (/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) return { ok: false, reason: "a date without a time of day" };
    return { ok: false, reason: "not an ISO-8601 date-time" };
  }
  const [, y, mo, d, h, mi, s3, frac, offset2] = m2;
  const parts = {
    year: Number(y),
    month: Number(mo),
    day: Number(d),
    hour: Number(h),
    minute: Number(mi),
    second: Number(s3 ?? 0),
    millisecond: frac ? Math.round(Number(`0.${frac}`) * 1e3) : 0
  };
  const offsetProblem = offset2 ? checkOffset(offset2) : void 0;
  if (offsetProblem) return { ok: false, reason: offsetProblem };
  let dt;
  if (offset2) {
    const normalized = /^[zZ]$/.test(offset2) ? "UTC" : `UTC${offset2.length === 3 ? `${offset2}:00` : offset2.replace(/^([+-]\d{2})(\d{2})$/, "$1:$2")}`;
    dt = DateTime.fromObject(parts, { zone: normalized, locale });
  } else {
    dt = DateTime.fromObject(parts, { zone, locale });
  }
  if (!dt.isValid)
    return { ok: false, reason: "not a real calendar date-time (check the month, day and hour)" };
  const shifted = !offset2 && (dt.hour !== parts.hour || dt.minute !== parts.minute || dt.day !== parts.day);
  return { ok: true, slot: { text, epochMs: dt.toMillis(), hasOffset: Boolean(offset2), shifted } };
}
var OFFSET_RANGE = "-12:00 to +14:00";
function checkOffset(offset2) {
  if (/^[zZ]$/.test(offset2)) return void 0;
  const m2 = /^([+-])(\d{2}):?(\d{2})?$/.exec(offset2);
  if (!m2) return void 0;
  const hours = Number(m2[2]);
  const minutes = Number(m2[3] ?? 0);
  const total = (m2[1] === "-" ? -1 : 1) * (hours * 60 + minutes);
  if (minutes < 60 && total >= -12 * 60 && total <= 14 * 60) return void 0;
  return `a date-time with an impossible UTC offset \`${offset2}\` (real offsets run from ${OFFSET_RANGE}, minutes below 60)`;
}
function formatLocalIso(epochMs, zone) {
  return DateTime.fromMillis(epochMs, { zone, locale }).toISO({ suppressMilliseconds: true }) ?? "";
}
function offsetLabel(offset2) {
  if (offset2 === "Z" || offset2 === "+00:00" || offset2 === "-00:00") return "UTC";
  const [h = "00", m2 = "00"] = offset2.slice(1).split(":");
  return `UTC${offset2[0]}${Number(h)}${m2 === "00" ? "" : `:${m2}`}`;
}
function formatUtcIso(epochMs) {
  return `${DateTime.fromMillis(epochMs, { zone: "UTC", locale }).toISO({
    suppressMilliseconds: true,
    includeOffset: false
  })}Z`;
}
function localDate(epochMs, zone) {
  return DateTime.fromMillis(epochMs, { zone, locale }).toISODate() ?? "";
}
var ZH_WEEKDAYS2 = ["\u5468\u4E00", "\u5468\u4E8C", "\u5468\u4E09", "\u5468\u56DB", "\u5468\u4E94", "\u5468\u516D", "\u5468\u65E5"];
function formatLocalHuman(epochMs, zone, lang = "en") {
  const dt = DateTime.fromMillis(epochMs, { zone, locale });
  if (lang === "zh-CN") return `${dt.toFormat("yyyy-LL-dd HH:mm")} ${ZH_WEEKDAYS2[dt.weekday - 1]}`;
  return dt.toFormat("yyyy-LL-dd HH:mm ccc");
}
function localClock(zone) {
  const made = /* @__PURE__ */ new Map();
  const at = (epochMs) => {
    let dt = made.get(epochMs);
    if (!dt) made.set(epochMs, dt = DateTime.fromMillis(epochMs, { zone, locale }));
    return dt;
  };
  return {
    iso: (ms) => at(ms).toISO({ suppressMilliseconds: true }) ?? "",
    utcIso: (ms) => {
      const text = new Date(ms).toISOString();
      if (text.length !== 24)
        return `${at(ms).toUTC().toISO({ suppressMilliseconds: true, includeOffset: false })}Z`;
      return `${text.endsWith(".000Z") ? text.slice(0, 19) : text.slice(0, 23)}Z`;
    },
    date: (ms) => {
      const dt = at(ms);
      return fourDigits(dt) ? ymd(dt) : dt.toISODate() ?? "";
    },
    month: (ms) => at(ms).toFormat("yyyy-LL"),
    minutes: (ms) => at(ms).hour * 60 + at(ms).minute,
    human: (ms) => {
      const dt = at(ms);
      return fourDigits(dt) ? `${ymd(dt)} ${two(dt.hour)}:${two(dt.minute)} ${WEEKDAYS[dt.weekday - 1]}` : dt.toFormat("yyyy-LL-dd HH:mm ccc");
    }
  };
}
var WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
var two = (n2) => n2 < 10 ? `0${n2}` : String(n2);
var fourDigits = (dt) => dt.year >= 1e3 && dt.year <= 9999;
var ymd = (dt) => `${dt.year}-${two(dt.month)}-${two(dt.day)}`;
function parseNow(text, zone) {
  const r = parseSlot(text, zone);
  return r.ok ? r.slot.epochMs : void 0;
}
function nowProblem(text) {
  const r = parseSlot(text, "UTC");
  if (!r.ok) return r.reason;
  return r.slot.hasOffset ? void 0 : "a date-time without an offset";
}

// src/i18n/messages/plan.ts
var ZH_UNIT = { day: "\u5929", hour: "\u5C0F\u65F6", minute: "\u5206\u949F" };
var enRelative = (p) => {
  if (p.unit === "now") return "now";
  const text = `${p.n} ${p.unit}${p.n === 1 ? "" : "s"}`;
  return p.when === "future" ? `in ${text}` : `${text} ago`;
};
var zhRelative = (p) => p.unit === "now" ? "\u73B0\u5728" : `${p.n} ${ZH_UNIT[p.unit] ?? p.unit}${p.when === "future" ? "\u540E" : "\u524D"}`;
var planMessages = defineMessages("plan", {
  /** After a push's local time: its UTC time and how far it is. */
  when: m(
    (p) => `(${p.utc}, ${enRelative(p)})`,
    (p) => `\uFF08${p.utc}\uFF0C${zhRelative(p)}\uFF09`
  ),
  /** A push's status at the end of its line. */
  ok: m(
    () => "[ok]",
    () => "\u3010\u6B63\u5E38\u3011"
  ),
  blocked: m(
    () => "[BLOCKED]",
    () => "\u3010\u53D7\u963B\u3011"
  ),
  sent: m(
    () => "[sent]",
    () => "\u3010\u5DF2\u53D1\u9001\u3011"
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
    (p) => `\u2026 and ${p.n} more error(s); \`npx --no-install wxpress check\` lists them all`,
    (p) => `\u2026\u2026\u8FD8\u6709 ${p.n} \u4E2A\u9519\u8BEF\uFF1B\`npx --no-install wxpress check\` \u4F1A\u5168\u90E8\u5217\u51FA`
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
  /** `more`: the push's other reasons (shown when > 0). */
  calendarBlockedWhy: m(
    (p) => `\u26D4 blocked: ${p.message} (\`${p.ruleId}\`)${Number(p.more) > 0 ? ` and ${p.more} more` : ""}`,
    (p) => `\u26D4 \u53D7\u963B\uFF1A${p.message}\uFF08\`${p.ruleId}\`\uFF09${Number(p.more) > 0 ? `\u7B49 ${Number(p.more) + 1} \u4E2A\u95EE\u9898` : ""}`
  ),
  /** A push that goes out with a warning; `more`: its other warnings (shown when > 0). */
  calendarWarning: m(
    (p) => `\u26A0\uFE0F ${p.message} (\`${p.ruleId}\`)${Number(p.more) > 0 ? ` and ${p.more} more` : ""}`,
    (p) => `\u26A0\uFE0F ${p.message}\uFF08\`${p.ruleId}\`\uFF09${Number(p.more) > 0 ? `\u7B49 ${Number(p.more) + 1} \u4E2A\u8B66\u544A` : ""}`
  ),
  calendarSent: m(
    () => "\u{1F4E4} sent",
    () => "\u{1F4E4} \u5DF2\u53D1\u9001"
  ),
  /** Articles whose front-matter cannot be read: their slot is unknown, not missing. */
  unreadable: m(
    (p) => `Front-matter has errors, the slot cannot be read (see \`wxpress check\`): ${p.slugs}`,
    (p) => `front-matter \u6709\u9519\u8BEF\uFF0C\u8BFB\u4E0D\u51FA slot\uFF08\u89C1 \`wxpress check\`\uFF09\uFF1A${zhList(p.slugs)}`
  ),
  /** The calendar of `plan --format ics` (what phone calendars show). */
  icsName: m(
    () => "wxpress editorial calendar",
    () => "wxpress \u63A8\u9001\u65E5\u5386"
  ),
  /** Before the title of a blocked push's event. */
  icsBlocked: m(
    () => "[blocked] ",
    () => "\u3010\u53D7\u963B\u3011"
  ),
  /** `mode`: already in the locale (`mode` above); `articles`: the slugs, `, `-separated. */
  icsDescription: m(
    (p) => `Audience: ${p.audience}
Mode: ${p.mode}
Articles: ${p.articles}`,
    (p) => `\u53D7\u4F17\uFF1A${p.audience}
\u65B9\u5F0F\uFF1A${p.mode}
\u6587\u7AE0\uFF1A${zhList(p.articles)}`
  ),
  /** A push's mode as the writer says it: the value of `mode:` in English, the WeChat back-office word in Chinese. */
  mode: m(
    (p) => p.mode,
    (p) => ({ draft: "\u8349\u7A3F", publish: "\u53D1\u8868", broadcast: "\u7FA4\u53D1" })[p.mode] ?? `${p.mode}\uFF08\u672A\u77E5\u65B9\u5F0F\uFF09`
  )
});
function relativeParts(epochMs, nowMs, zone) {
  const diff2 = epochMs - nowMs;
  const abs = Math.abs(diff2);
  const when = diff2 >= 0 ? "future" : "past";
  if (abs >= 864e5) {
    const days = Math.abs(Date.parse(localDate(epochMs, zone)) - Date.parse(localDate(nowMs, zone)));
    return { n: Math.round(days / 864e5), unit: "day", when };
  }
  if (abs >= 36e5) return { n: Math.floor(abs / 36e5), unit: "hour", when };
  if (abs >= 6e4) return { n: Math.floor(abs / 6e4), unit: "minute", when };
  return { n: 0, unit: "now", when: "future" };
}
var pushWhen = (utc, epochMs, nowMs, zone) => planMessages.msg.when({ utc, ...relativeParts(epochMs, nowMs, zone) });

// src/i18n/messages/report.ts
var s2 = (n2, word) => `${num(n2)} ${word}${n2 === 1 ? "" : "s"}`;
var reportMessages = defineMessages("report", {
  hint: m(
    (p) => `hint: ${p.hint}`,
    (p) => `\u5EFA\u8BAE\uFF1A${p.hint}`
  ),
  totals: m(
    (p) => `${s2(p.errors, "error")}, ${s2(p.warnings, "warning")}${p.infos > 0 ? `, ${s2(p.infos, "info")}` : ""} in ${s2(p.files, "file")}`,
    (p) => `${num(p.files)} \u4E2A\u6587\u4EF6\uFF1A${num(p.errors)} \u4E2A\u9519\u8BEF\uFF0C${num(p.warnings)} \u4E2A\u8B66\u544A${p.infos > 0 ? `\uFF0C${num(p.infos)} \u6761\u63D0\u793A` : ""}`
  ),
  /** The pretty report shows 20 warnings or infos of a rule per file; this line counts the rest. */
  moreOfRule: m(
    (p) => `\u2026 ${num(p.n)} more like these (${p.rule}); run \`npx --no-install wxpress check --format json\` to see them all`,
    (p) => `\u2026\u2026 \u8FD8\u6709 ${num(p.n)} \u5904\u540C\u7C7B\u95EE\u9898\uFF08${p.rule}\uFF09\uFF0C\u8FD0\u884C \`npx --no-install wxpress check --format json\` \u67E5\u770B\u5168\u90E8`
  ),
  fixable: m(
    (p) => `${s2(p.n, "finding")} can be fixed with \`npx --no-install wxpress check --fix\``,
    (p) => `\u5176\u4E2D ${num(p.n)} \u5904\u53EF\u7528 \`npx --no-install wxpress check --fix\` \u81EA\u52A8\u4FEE\u6B63`
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
    (p) => `Unscheduled (no slot): ${p.slugs}`,
    (p) => `\u672A\u6392\u671F\uFF08\u6CA1\u6709 slot\uFF09\uFF1A${zhList(p.slugs)}`
  ),
  planInvalidSlots: m(
    () => "Unscheduled, the slot is invalid (fix it to schedule the article):",
    () => "\u672A\u6392\u671F\uFF0Cslot \u65E0\u6548\uFF08\u6539\u6B63\u540E\u624D\u4F1A\u6392\u671F\uFF09\uFF1A"
  ),
  planInvalidSlot: m(
    (p) => `${p.slug}  slot: ${p.value}  (${p.file}:${p.line})  ${p.message}  ${p.ruleId}`,
    (p) => `${p.slug}  slot: ${p.value}\uFF08${p.file} \u7B2C ${p.line} \u884C\uFF09  ${p.message}  ${p.ruleId}`
  ),
  planTotals: m(
    (p) => `${p.pushes} push(es), ${p.blocked} blocked, ${p.unscheduled} unscheduled${p.unreadable ? `, ${p.unreadable} with unreadable front-matter` : ""}`,
    (p) => `\u5171 ${p.pushes} \u6B21\u63A8\u9001\uFF0C${p.blocked} \u6B21\u53D7\u963B\uFF0C${p.unscheduled} \u7BC7\u672A\u6392\u671F${p.unreadable ? `\uFF0C${p.unreadable} \u7BC7 front-matter \u6709\u9519\u8BEF` : ""}`
  )
});

// src/i18n/messages/render-reasons-zh.ts
var PHRASES = {
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
  [/^(.*) \(first frame of an animation\)$/s, (m2) => `${reasonZh(m2[1])}\uFF08\u53D6\u52A8\u753B\u7684\u7B2C\u4E00\u5E27\uFF09`],
  [/^(.*) \(transparency flattened onto (#\w+)\)$/s, (m2) => `${reasonZh(m2[1])}\uFF08\u900F\u660E\u90E8\u5206\u586B\u6210 ${m2[2]}\uFF09`]
];
function reasonZh(english) {
  const exact = PHRASES[english];
  if (exact) return exact;
  for (const [pattern, zh] of PATTERNS) {
    const match2 = pattern.exec(english);
    if (match2) return zh(match2);
  }
  return english;
}
var FORMAT_ZH = { image: "\u56FE\u7247", webp: "WebP", jpg: "JPEG" };
function imageFactsZh(text) {
  return text.replace(
    /\b(jpeg|jpg|png|webp|gif|bmp|tiff|avif|heif|svg|image) (\d+)×(\d+)(?:, (\d+) (KB|bytes))?/gi,
    (_, format, w, h, kb, unit) => {
      const name = FORMAT_ZH[format.toLowerCase()] ?? format.toUpperCase();
      const n2 = Number(kb);
      const size = kb === void 0 ? "" : unit === "bytes" ? `\uFF0C${n2} \u5B57\u8282` : n2 >= 1024 ? `\uFF0C${(n2 / 1024).toFixed(1)} MB` : `\uFF0C${n2} KB`;
      return `${name}\uFF0C${w}\xD7${h}${size}`;
    }
  );
}

// src/i18n/messages/render.ts
var renderMessages = defineMessages("render", {
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
  mermaidNotChecked: m(
    () => "`check` does not draw diagrams: how this one reads on a phone is not checked yet",
    () => "`check` \u4E0D\u753B\u56FE\uFF1A\u8FD9\u5F20\u56FE\u5728\u624B\u673A\u4E0A\u662F\u5426\u770B\u5F97\u6E05\uFF0C\u8FD8\u6CA1\u6709\u68C0\u67E5"
  ),
  mermaidNotCheckedHint: m(
    () => "`wxpress render` or `wxpress preview` draws it (checks after that reuse the drawing); the pull request check draws it too.",
    () => "`wxpress render` \u6216 `wxpress preview` \u4F1A\u753B\u5B83\uFF08\u4E4B\u540E\u7684 check \u76F4\u63A5\u7528\u8FD9\u5F20\u56FE\uFF09\uFF1BPR \u7684\u68C0\u67E5\u4E5F\u4F1A\u753B\u3002"
  ),
  mathError: m(
    (p) => `The formula cannot be typeset: ${p.reason}`,
    (p) => `\u516C\u5F0F\u65E0\u6CD5\u6392\u7248\uFF1A${p.reason}`
  ),
  mathErrorHint: m(
    () => "Fix the TeX (MathJax syntax); until then readers see the formula as written.",
    () => "\u4FEE\u6B63 TeX\uFF08MathJax \u8BED\u6CD5\uFF09\uFF1B\u5728\u6B64\u4E4B\u524D\uFF0C\u8BFB\u8005\u770B\u5230\u7684\u662F\u516C\u5F0F\u539F\u6587\u3002"
  ),
  mathTooLong: m(
    (p) => `The formula has ${num(p.n)} characters of TeX, more than the ${num(p.max)} wxpress typesets; readers see it as written`,
    (p) => `\u516C\u5F0F\u6709 ${num(p.n)} \u4E2A\u5B57\u7B26\u7684 TeX\uFF0C\u8D85\u8FC7 wxpress \u6392\u7248\u7684\u4E0A\u9650 ${num(p.max)}\uFF0C\u8BFB\u8005\u770B\u5230\u7684\u662F\u516C\u5F0F\u539F\u6587`
  ),
  mathTooLongHint: m(
    () => "Split it into several formulas (one per line of a derivation), or show it as an image.",
    () => "\u62C6\u6210\u51E0\u4E2A\u516C\u5F0F\uFF08\u63A8\u5BFC\u7684\u6BCF\u4E00\u6B65\u4E00\u4E2A\uFF09\uFF0C\u6216\u6539\u7528\u56FE\u7247\u3002"
  ),
  mathTooMuch: m(
    (p) => `${num(p.skipped)} formulas from here on are not typeset: an article gets at most ${num(p.formulas)} formulas or ${num(p.chars)} characters of TeX; readers see them as written`,
    (p) => `\u4ECE\u8FD9\u91CC\u8D77\u6709 ${num(p.skipped)} \u4E2A\u516C\u5F0F\u6CA1\u6709\u6392\u7248\uFF1A\u6BCF\u7BC7\u6587\u7AE0\u6700\u591A\u6392\u7248 ${num(p.formulas)} \u4E2A\u516C\u5F0F\u6216 ${num(p.chars)} \u4E2A\u5B57\u7B26\u7684 TeX\uFF1B\u8BFB\u8005\u770B\u5230\u7684\u662F\u516C\u5F0F\u539F\u6587`
  ),
  mathTooMuchHint: m(
    () => "Split the article, or show long derivations as images.",
    () => "\u628A\u6587\u7AE0\u62C6\u6210\u51E0\u7BC7\uFF0C\u6216\u628A\u957F\u63A8\u5BFC\u6539\u6210\u56FE\u7247\u3002"
  )
});

// src/i18n/messages/render-size.ts
var NAMES = {
  styles: ["inline styles", "\u884C\u5185\u6837\u5F0F"],
  code: ["highlighted code", "\u9AD8\u4EAE\u4EE3\u7801"],
  svg: ["formulas and diagrams (SVG)", "\u516C\u5F0F\u548C\u56FE\u8868\uFF08SVG\uFF09"]
};
var ADVICE = {
  svg: [
    "Use fewer or shorter display formulas, or put a large formula or diagram in as an image.",
    "\u51CF\u5C11\u6216\u7F29\u77ED\u884C\u95F4\u516C\u5F0F\uFF0C\u6216\u628A\u5927\u7684\u516C\u5F0F\u3001\u56FE\u8868\u505A\u6210\u56FE\u7247\u63D2\u5165\u3002"
  ],
  styles: ["Choose a theme with fewer or shorter declarations.", "\u6362\u4E00\u4E2A\u6837\u5F0F\u58F0\u660E\u66F4\u5C11\u3001\u66F4\u77ED\u7684\u4E3B\u9898\u3002"],
  code: ["Use fewer and shorter code blocks.", "\u51CF\u5C11\u3001\u7F29\u77ED\u4EE3\u7801\u5757\u3002"],
  text: ["Split the article in two.", "\u628A\u6587\u7AE0\u62C6\u6210\u4E24\u7BC7\u3002"]
};
function sizeParts(p, i) {
  const parts = p.order.split(",").filter((k) => NAMES[k]).map((k) => {
    const share = p[k];
    return i === 0 ? `${NAMES[k][i]} ${share} %` : `${NAMES[k][i]}\u5360 ${share}%`;
  });
  if (p.images > 0) {
    parts.push(i === 0 ? `${p.images} image${p.images === 1 ? "" : "s"}` : `${p.images} \u5F20\u56FE\u7247`);
  }
  return parts.join(i === 0 ? ", " : "\uFF0C");
}
var advice = (p, i) => (p.advise || "text").split(",").map((k) => ADVICE[k]?.[i]).filter(Boolean).join(i === 0 ? " " : "");
var renderSizeMessages = defineMessages("renderSize", {
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
  /**
   * Shares in percent; `order`: the non-zero shares, biggest first (`styles,code`); `advise`: the big
   * ones, biggest first, whose advice is given (empty: mostly text); see check-size.
   */
  sizeHint: m(
    (p) => `Of the HTML: ${sizeParts(p, 0) || "mostly text"}. ${advice(p, 0)}`,
    (p) => `HTML \u7684\u6784\u6210\uFF1A${sizeParts(p, 1) || "\u4E3B\u8981\u662F\u6B63\u6587"}\u3002${advice(p, 1)}`
  )
});

// src/i18n/messages/image-files.ts
var imageFileMessages = defineMessages("imageFiles", {
  /** A missing image (body or cover) whose name exists on disk in other letter case. */
  caseTwinHint: m(
    (p) => `The file on disk is \`${p.twin}\`: the letter case differs. macOS and Windows ignore it, Linux CI does not: write the path with \`${p.twin}\`.`,
    (p) => `\u78C1\u76D8\u4E0A\u7684\u6587\u4EF6\u662F \`${p.twin}\`\uFF0C\u5B57\u6BCD\u5927\u5C0F\u5199\u4E0D\u540C\u3002macOS \u548C Windows \u4E0D\u533A\u5206\u5927\u5C0F\u5199\uFF0CLinux \u4E0A\u7684 CI \u533A\u5206\uFF1A\u8DEF\u5F84\u8BF7\u5199\u6210 \`${p.twin}\`\u3002`
  ),
  largeFile: m(
    (p) => `Image ${p.ref} is ${p.mb} MB: git keeps it for good, and every clone and CI run downloads it`,
    (p) => `\u56FE\u7247 ${p.ref} \u6709 ${p.mb} MB\uFF1Agit \u4F1A\u6C38\u4E45\u4FDD\u5B58\u5B83\uFF0C\u6BCF\u6B21\u514B\u9686\u548C CI \u8FD0\u884C\u90FD\u8981\u4E0B\u8F7D`
  ),
  largeFileHint: m(
    () => "Shrink it before committing: WeChat shows at most 1920 px wide and 1 MB (e.g. a 2560 px JPEG at quality 85).",
    () => "\u63D0\u4EA4\u524D\u5148\u7F29\u5C0F\uFF1A\u5FAE\u4FE1\u6700\u591A\u663E\u793A 1920 \u50CF\u7D20\u5BBD\u30011 MB \u4EE5\u5185\uFF08\u6BD4\u5982\u5BFC\u51FA\u4E3A 2560 \u50CF\u7D20\u5BBD\u3001\u8D28\u91CF 85 \u7684 JPEG\uFF09\u3002"
  )
});

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
  miniProgramLink: m(
    (p) => `Mini-program link \`${p.text}\` cannot be written through the API; only its text is shown`,
    (p) => `\u5C0F\u7A0B\u5E8F\u94FE\u63A5 \`${p.text}\` \u4E0D\u80FD\u901A\u8FC7\u63A5\u53E3\u5199\u5165\uFF1B\u73B0\u5728\u53EA\u663E\u793A\u6587\u5B57`
  ),
  miniProgramLinkHint: m(
    () => "After the draft is created, insert it in the mp.weixin.qq.com editor with \u5C0F\u7A0B\u5E8F (Mini Program); the mini program must be linked to the account.",
    () => "\u8349\u7A3F\u521B\u5EFA\u540E\uFF0C\u8BF7\u5728\u516C\u4F17\u53F7\u540E\u53F0\u7528\u300C\u5C0F\u7A0B\u5E8F\u300D\u63D2\u5165\uFF08\u5C0F\u7A0B\u5E8F\u987B\u5DF2\u5173\u8054\u672C\u516C\u4F17\u53F7\uFF09\u3002"
  ),
  detailsOpen: m(
    (p) => `\`<details>\`${p.title ? ` \`${p.title}\`` : ""} is shown as an always-open box: WeChat is not known to keep or fold it`,
    (p) => `\`<details>\`${p.title ? ` \`${p.title}\`` : ""} \u663E\u793A\u4E3A\u59CB\u7EC8\u5C55\u5F00\u7684\u65B9\u6846\uFF1A\u6CA1\u6709\u8BC1\u636E\u8868\u660E\u5FAE\u4FE1\u4F1A\u4FDD\u7559\u5B83\u6216\u80FD\u6298\u53E0`
  ),
  detailsOpenHint: m(
    () => "Readers see everything inside it; to keep the article short, move long content to a linked article.",
    () => "\u8BFB\u8005\u4F1A\u770B\u5230\u91CC\u9762\u7684\u5168\u90E8\u5185\u5BB9\uFF1B\u5185\u5BB9\u592A\u957F\u7684\u8BDD\uFF0C\u53EF\u4EE5\u632A\u5230\u53E6\u4E00\u7BC7\u6587\u7AE0\u91CC\u518D\u94FE\u63A5\u8FC7\u53BB\u3002"
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

// src/i18n/messages/render-style.ts
var zhCodes = (list) => list.split("`, `").join("`\u3001`");
var renderStyleMessages = defineMessages("renderStyle", {
  unsafeStyle: m(
    (p) => `\`${p.text}\` is removed from the inline style of \`<${p.tag}>\`: ${p.reason}`,
    (p) => `\u5DF2\u4ECE \`<${p.tag}>\` \u7684\u884C\u5185\u6837\u5F0F\u4E2D\u5220\u9664 \`${p.text}\`\uFF1A${reasonZh(p.reason)}`
  ),
  unsafeStyleLightText: m(
    (p) => `\`${p.text}\` is removed from the inline style of \`<${p.tag}>\`: ${p.reason}; the light text colour \`${p.colour}\` is dropped too: it would be invisible on WeChat's white page`,
    (p) => `\u5DF2\u4ECE \`<${p.tag}>\` \u7684\u884C\u5185\u6837\u5F0F\u4E2D\u5220\u9664 \`${p.text}\`\uFF1A${reasonZh(p.reason)}\uFF1B\u6D45\u8272\u6587\u5B57\u989C\u8272 \`${p.colour}\` \u4E5F\u4E00\u5E76\u5220\u9664\uFF0C\u5426\u5219\u6587\u5B57\u5728\u5FAE\u4FE1\u7684\u767D\u8272\u9875\u9762\u4E0A\u4F1A\u770B\u4E0D\u89C1`
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
    (p) => `wxpress removes \`${p.list}\`${p.offsets ? ` (and \`${p.offsets}\`, which mean nothing without it)` : ""} from the inline style of \`<${p.tag}>\`: WeChat stores such styles as written, but they may look different on some phones or be lost when the article is saved again in WeChat's editor`,
    (p) => `\u5DF2\u4ECE \`<${p.tag}>\` \u7684\u884C\u5185\u6837\u5F0F\u4E2D\u5220\u9664 \`${zhCodes(p.list)}\`${p.offsets ? `\uFF08\u4EE5\u53CA\u968F\u4E4B\u5931\u53BB\u4F5C\u7528\u7684 \`${zhCodes(p.offsets)}\`\uFF09` : ""}\uFF1A\u5FAE\u4FE1\u4F1A\u539F\u6837\u4FDD\u5B58\u8FD9\u7C7B\u6837\u5F0F\uFF0C\u4F46\u5728\u90E8\u5206\u624B\u673A\u4E0A\u53EF\u80FD\u663E\u793A\u5F97\u4E0D\u4E00\u6837\uFF0C\u5728\u516C\u4F17\u53F7\u7F16\u8F91\u5668\u91CC\u518D\u6B21\u4FDD\u5B58\u540E\u4E5F\u53EF\u80FD\u4E22\u5931`
  ),
  unsupportedStyleHint: m(
    () => "Lay the content out without positioning, floats, transforms or animations.",
    () => "\u6392\u7248\u65F6\u4E0D\u8981\u7528\u5B9A\u4F4D\u3001\u6D6E\u52A8\u3001\u53D8\u6362\u6216\u52A8\u753B\u3002"
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
    () => "WeChat never shows hot-linked images, and publish blocks this article (an error there) while the image cannot be fetched: download it into the article folder and reference it by path.",
    () => "\u5FAE\u4FE1\u4ECE\u4E0D\u663E\u793A\u76D7\u94FE\u56FE\u7247\uFF1B\u53D1\u5E03\u65F6\u5982\u679C\u4ECD\u7136\u53D6\u4E0D\u5230\uFF0C\u8FD9\u7BC7\u6587\u7AE0\u4F1A\u88AB\u963B\u6B62\uFF08\u90A3\u65F6\u662F\u9519\u8BEF\uFF09\uFF0C\u4E0D\u4F1A\u53D1\u9001\uFF1A\u628A\u5B83\u4E0B\u8F7D\u5230\u6587\u7AE0\u6587\u4EF6\u5939\u91CC\uFF0C\u6309\u8DEF\u5F84\u5F15\u7528\u3002"
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
  /** The file the writer most likely meant is in the article folder. */
  outsideMeantHint: m(
    (p) => `Did you mean \`${p.path}\`? Paths are relative to the article folder${p.rooted ? " and do not start with `/`" : ""}.`,
    (p) => `\u662F\u4E0D\u662F\u60F3\u5199 \`${p.path}\`\uFF1F\u8DEF\u5F84\u76F8\u5BF9\u4E8E\u6587\u7AE0\u6587\u4EF6\u5939${p.rooted ? "\uFF0C\u4E0D\u8981\u4EE5 `/` \u5F00\u5934" : ""}\u3002`
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
  /** `zeros`: how many zero bytes pad the file after its data stops (0: it is just short). */
  truncated: m(
    (p) => p.zeros ? `Image ${p.ref} is incomplete: the data of the ${p.format} file stops after ${p.size - p.zeros} of its ${p.size} bytes, the rest is zero bytes` : `Image ${p.ref} is incomplete: the ${p.format} file (${p.size} bytes) is cut off before its end`,
    (p) => p.zeros ? `\u56FE\u7247 ${p.ref} \u4E0D\u5B8C\u6574\uFF1A\u8FD9\u4E2A ${p.format} \u6587\u4EF6\u5171 ${p.size} \u5B57\u8282\uFF0C\u6570\u636E\u5728\u7B2C ${p.size - p.zeros} \u5B57\u8282\u540E\u5C31\u65AD\u4E86\uFF0C\u540E\u9762\u5168\u662F\u96F6\u5B57\u8282` : `\u56FE\u7247 ${p.ref} \u4E0D\u5B8C\u6574\uFF1A\u8FD9\u4E2A ${p.format} \u6587\u4EF6\uFF08${p.size} \u5B57\u8282\uFF09\u5728\u7ED3\u5C3E\u4E4B\u524D\u5C31\u65AD\u4E86`
  ),
  truncatedHint: m(
    () => "The image file is incomplete (perhaps a download or copy was interrupted): export or download it again.",
    () => "\u56FE\u7247\u6587\u4EF6\u4E0D\u5B8C\u6574\uFF08\u53EF\u80FD\u4E0B\u8F7D\u6216\u590D\u5236\u4E2D\u65AD\uFF09\uFF1A\u91CD\u65B0\u5BFC\u51FA\u6216\u91CD\u65B0\u4E0B\u8F7D\u8FD9\u5F20\u56FE\u7247\u3002"
  ),
  converted: m(
    (p) => later(p.note) ? `Image ${p.ref} will be converted for WeChat: ${p.note}` : `Image ${p.ref} converted for WeChat: ${p.note || "JPEG/PNG \u2264 1 MB"}`,
    (p) => later(p.note) ? `\u56FE\u7247 ${p.ref} \u5C06\u4E3A\u5FAE\u4FE1\u8F6C\u6362\uFF1A${imageFactsZh(reasonZh(p.note))}` : `\u56FE\u7247 ${p.ref} \u5DF2\u4E3A\u5FAE\u4FE1\u8F6C\u6362\uFF1A${p.note ? imageFactsZh(reasonZh(p.note)) : "JPEG/PNG \u2264 1 MB"}`
  ),
  convertedHint: m(
    () => "Commit a JPEG or PNG under 1 MB to skip the conversion.",
    () => "\u63D0\u4EA4 1 MB \u4EE5\u5185\u7684 JPEG \u6216 PNG\uFF0C\u5C31\u4E0D\u5FC5\u8F6C\u6362\u3002"
  ),
  animationLost: m(
    (p) => `Image ${p.ref} is animated; WeChat body images are JPEG or PNG, so readers see only its first frame: ${p.note}`,
    (p) => `\u56FE\u7247 ${p.ref} \u662F\u52A8\u56FE\uFF1B\u6B63\u6587\u56FE\u7247\u53EA\u80FD\u662F JPEG \u6216 PNG\uFF0C\u8BFB\u8005\u53EA\u4F1A\u770B\u5230\u7B2C\u4E00\u5E27\uFF1A${reasonZh(p.note)}`
  ),
  animationLostHint: m(
    () => "Only the first frame is kept; if the animation matters, replace this image at mp.weixin.qq.com after the draft is created.",
    () => "\u52A8\u56FE\u53EA\u4F1A\u4FDD\u7559\u7B2C\u4E00\u5E27\uFF1B\u9700\u8981\u52A8\u56FE\uFF0C\u8BF7\u5728\u8349\u7A3F\u521B\u5EFA\u540E\u5230\u516C\u4F17\u53F7\u540E\u53F0\u66FF\u6362\u8FD9\u5F20\u56FE\u3002"
  ),
  transparencyLost: m(
    (p) => `Image ${p.ref} loses its transparency: even as a smaller palette PNG it is over 1 MB, so it becomes a JPEG with its transparent parts filled with ${p.background}: ${p.note}`,
    (p) => `\u56FE\u7247 ${p.ref} \u4F1A\u5931\u53BB\u900F\u660E\u80CC\u666F\uFF1A\u538B\u7F29\u6210\u8C03\u8272\u677F PNG \u5E76\u7F29\u5C0F\u540E\u4ECD\u8D85\u8FC7 1 MB\uFF0C\u53EA\u80FD\u8F6C\u6210 JPEG\uFF0C\u900F\u660E\u90E8\u5206\u586B\u6210 ${p.background === "#ffffff" ? "\u767D\u8272\uFF08#ffffff\uFF09" : p.background}\uFF1A${reasonZh(p.note)}`
  ),
  transparencyLostHint: m(
    () => "On a tinted section or in dark mode it shows as a white box. Export a transparent PNG under 1 MB (smaller, or with fewer colours).",
    () => "\u653E\u5728\u5F69\u8272\u80CC\u666F\u4E0A\u6216\u5728\u6DF1\u8272\u6A21\u5F0F\u4E0B\u4F1A\u9732\u51FA\u767D\u8272\u65B9\u6846\u3002\u8BF7\u5BFC\u51FA 1 MB \u4EE5\u5185\u7684\u900F\u660E PNG\uFF08\u5C3A\u5BF8\u5C0F\u4E00\u4E9B\uFF0C\u6216\u989C\u8272\u5C11\u4E00\u4E9B\uFF09\u3002"
  ),
  spaceInPath: m(
    (p) => `Image path \`${p.target}\` has a space, so Markdown shows \`${p.text}\` as text`,
    (p) => `\u56FE\u7247\u8DEF\u5F84 \`${p.target}\` \u542B\u6709\u7A7A\u683C\uFF0CMarkdown \u4F1A\u628A \`${p.text}\` \u5F53\u4F5C\u666E\u901A\u6587\u5B57\u663E\u793A`
  ),
  linkSpaceInPath: m(
    (p) => `Link target \`${p.target}\` has a space, so Markdown shows \`${p.text}\` as text`,
    (p) => `\u94FE\u63A5\u5730\u5740 \`${p.target}\` \u542B\u6709\u7A7A\u683C\uFF0CMarkdown \u4F1A\u628A \`${p.text}\` \u5F53\u4F5C\u666E\u901A\u6587\u5B57\u663E\u793A`
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
    (p) => p.html ? `Say what the image shows in \`alt\`: \`<img src="${p.src}" alt="what it shows">\` (e.g. \u4E00\u7897\u70ED\u6C64\u9762).` : p.src ? `Say in the brackets what the image shows: \`![what it shows](${p.src})\` (e.g. \u4E00\u7897\u70ED\u6C64\u9762).` : "Describe the image in the brackets: `![\u4E00\u7897\u70ED\u6C64\u9762](images/noodles.jpg)`.",
    (p) => p.html ? `\u5728 \`alt\` \u91CC\u7528\u4E00\u53E5\u8BDD\u8BF4\u660E\u56FE\u7247\u7684\u5185\u5BB9\uFF1A\`<img src="${p.src}" alt="\u56FE\u7247\u5185\u5BB9">\`\uFF08\u4F8B\u5982\u300C\u4E00\u7897\u70ED\u6C64\u9762\u300D\uFF09\u3002` : p.src ? `\u5728\u65B9\u62EC\u53F7\u91CC\u7528\u4E00\u53E5\u8BDD\u8BF4\u660E\u56FE\u7247\u7684\u5185\u5BB9\uFF1A\`![\u56FE\u7247\u5185\u5BB9](${p.src})\`\uFF08\u4F8B\u5982\u300C\u4E00\u7897\u70ED\u6C64\u9762\u300D\uFF09\u3002` : "\u5728\u65B9\u62EC\u53F7\u91CC\u63CF\u8FF0\u56FE\u7247\uFF1A`![\u4E00\u7897\u70ED\u6C64\u9762](images/noodles.jpg)`\u3002"
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

// src/i18n/messages/render-diagrams.ts
var renderDiagramMessages = defineMessages("renderDiagram", {
  relaid: m(
    (p) => `The left-to-right flowchart is drawn top down: side by side its labels would be ${p.before} on a phone, top down they are ${p.after}`,
    (p) => `\u8FD9\u5F20\u4ECE\u5DE6\u5230\u53F3\u7684\u6D41\u7A0B\u56FE\u5DF2\u6539\u4E3A\u4ECE\u4E0A\u5230\u4E0B\u6392\u7248\uFF1A\u6A2A\u6392\u65F6\u624B\u673A\u4E0A\u6587\u5B57\u53EA\u6709 ${p.before}\uFF0C\u7AD6\u6392\u540E\u662F ${p.after}`
  ),
  relaidHint: m(
    () => "Write `flowchart TB` to choose this yourself, or make it small enough to fit side by side.",
    () => "\u60F3\u81EA\u5DF1\u51B3\u5B9A\uFF0C\u5C31\u5199 `flowchart TB`\uFF1B\u60F3\u4FDD\u6301\u6A2A\u6392\uFF0C\u5C31\u51CF\u5C11\u8282\u70B9\u6216\u7F29\u77ED\u6587\u5B57\u3002"
  ),
  /** `kind`: the diagram's header word (flowchart, sequenceDiagram, gantt…). */
  tooSmall: m(
    (p) => `The ${p.kind} diagram is shrunk to ${p.percent}% on a phone; its text is about ${p.px}, too small to read`,
    (p) => `${diagramZh(p.kind)}\u5728\u624B\u673A\u4E0A\u7F29\u653E\u5230 ${p.percent}%\uFF0C\u6587\u5B57\u7EA6 ${p.px}\uFF0C\u770B\u4E0D\u6E05`
  ),
  tooSmallHint: m(
    () => "Shorten the labels, or split it into two diagrams.",
    () => "\u7F29\u77ED\u6587\u5B57\uFF0C\u6216\u62C6\u6210\u4E24\u5F20\u56FE\u3002"
  ),
  /** A top-down flowchart too wide: many nodes on one level. */
  tooSmallWideHint: m(
    () => "Too many nodes side by side: try `flowchart LR` (the nodes of a level stack up), shorten the labels, or split it into two diagrams.",
    () => "\u540C\u4E00\u5C42\u7684\u8282\u70B9\u592A\u591A\uFF1A\u8BD5\u8BD5 `flowchart LR`\uFF08\u540C\u4E00\u5C42\u7684\u8282\u70B9\u4F1A\u7AD6\u7740\u6392\uFF09\u3001\u7F29\u77ED\u8282\u70B9\u6587\u5B57\uFF0C\u6216\u62C6\u6210\u4E24\u5F20\u56FE\u3002"
  ),
  tooSmallFlowchartHint: m(
    () => "Use `flowchart TB`, shorten the labels, or split it into two diagrams.",
    () => "\u6539\u7528 `flowchart TB`\u3001\u7F29\u77ED\u8282\u70B9\u6587\u5B57\uFF0C\u6216\u62C6\u6210\u4E24\u5F20\u56FE\u3002"
  ),
  tableTooWide: m(
    (p) => `The table has ${p.columns} columns and needs about ${p.px} px even with its columns at their narrowest: on a 375 px phone (343 px of text) readers swipe sideways to see it, and its rows grow tall`,
    (p) => `\u8868\u683C\u6709 ${p.columns} \u5217\uFF0C\u6BCF\u5217\u538B\u5230\u6700\u7A84\u4E5F\u8981\u7EA6 ${p.px}px\uFF1A375px \u5BBD\u7684\u624B\u673A\u4E0A\u6B63\u6587\u53EA\u6709 343px\uFF0C\u8BFB\u8005\u8981\u5DE6\u53F3\u6ED1\u52A8\u624D\u80FD\u770B\u5168\uFF0C\u6BCF\u884C\u4E5F\u4F1A\u53D8\u5F97\u5F88\u9AD8`
  ),
  tableTooWideHint: m(
    () => "Split it into two tables, keep fewer columns (put the details in the text), or use an image.",
    () => "\u62C6\u6210\u4E24\u5F20\u8868\u3001\u51CF\u5C11\u5217\u6570\uFF08\u628A\u7EC6\u8282\u5199\u8FDB\u6B63\u6587\uFF09\uFF0C\u6216\u8005\u6539\u7528\u56FE\u7247\u3002"
  )
});
var DIAGRAMS_ZH = {
  flowchart: "\u6D41\u7A0B\u56FE",
  sequenceDiagram: "\u65F6\u5E8F\u56FE",
  gantt: "\u7518\u7279\u56FE",
  classDiagram: "\u7C7B\u56FE",
  stateDiagram: "\u72B6\u6001\u56FE",
  "stateDiagram-v2": "\u72B6\u6001\u56FE",
  erDiagram: "ER \u56FE",
  journey: "\u65C5\u7A0B\u56FE",
  pie: "\u997C\u56FE",
  mindmap: "\u601D\u7EF4\u5BFC\u56FE",
  timeline: "\u65F6\u95F4\u7EBF",
  gitGraph: "Git \u56FE"
};
var diagramZh = (kind2) => DIAGRAMS_ZH[kind2] ?? "\u8FD9\u5F20\u56FE";

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
  "its name is longer than a file name may be (ENAMETOOLONG)": "\u6587\u4EF6\u540D\u8D85\u51FA\u4E86\u957F\u5EA6\u4E0A\u9650\uFF08ENAMETOOLONG\uFF09",
  "it has no `version`": "\u5B83\u6CA1\u6709 `version`",
  "original-content check failed (\u539F\u521B\u6821\u9A8C)": "\u539F\u521B\u6821\u9A8C\u672A\u901A\u8FC7",
  "publishing failed": "\u53D1\u8868\u5931\u8D25",
  "rejected by platform review": "\u672A\u901A\u8FC7\u5E73\u53F0\u5BA1\u6838",
  "published, then deleted by the account": "\u53D1\u8868\u540E\u5DF2\u88AB\u8D26\u53F7\u5220\u9664",
  "published, then banned by the platform": "\u53D1\u8868\u540E\u5DF2\u88AB\u5E73\u53F0\u5C01\u7981",
  "unknown status": "\u672A\u77E5\u72B6\u6001",
  "it is not valid JSON (a merge conflict?)": "\u5B83\u4E0D\u662F\u6709\u6548\u7684 JSON\uFF08\u4E5F\u8BB8\u6709\u5408\u5E76\u51B2\u7A81\uFF1F\uFF09",
  "not valid JSON (a merge conflict?)": "\u4E0D\u662F\u6709\u6548\u7684 JSON\uFF08\u4E5F\u8BB8\u6709\u5408\u5E76\u51B2\u7A81\uFF1F\uFF09",
  "it starts with a byte-order mark (BOM), which some editors add: save it as UTF-8 without BOM": "\u6587\u4EF6\u5F00\u5934\u6709\u5B57\u8282\u987A\u5E8F\u6807\u8BB0\uFF08BOM\uFF0C\u6709\u4E9B\u7F16\u8F91\u5668\u4F1A\u52A0\u4E0A\uFF09\uFF1A\u8BF7\u53E6\u5B58\u4E3A\u4E0D\u5E26 BOM \u7684 UTF-8"
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
  [/^(`[^`]+`): must be one of (.*)$/, (k, v) => `${k} \u53EA\u80FD\u662F ${v.replace(/, /g, "\u3001")} \u4E4B\u4E00`],
  [
    /^(`[^`]+`): must be an? (\w+)$/,
    (k, type) => `${k} \u5E94\u4E3A${{ string: "\u5B57\u7B26\u4E32", number: "\u6570\u5B57", boolean: "\u5E03\u5C14\u503C", object: "\u5BF9\u8C61", array: "\u5217\u8868" }[type] ?? type}`
  ],
  [/^it cannot be read \((.*)\)$/, (why2) => `\u65E0\u6CD5\u8BFB\u53D6\uFF08${why2}\uFF09`],
  [/^cannot read it \((.*)\)$/, (why2) => `\u65E0\u6CD5\u8BFB\u53D6\uFF08${why2}\uFF09`],
  [
    /^unknown version (.*) \(this wxpress reads version 1\)$/,
    (v) => `\u672A\u77E5\u7684\u7248\u672C ${v}\uFF08\u8FD9\u4E2A\u7248\u672C\u7684 wxpress \u53EA\u8BFB\u53D6\u7248\u672C 1\uFF09`
  ],
  [/^no answer within (\d+) ms$/, (ms) => `${ms} \u6BEB\u79D2\u5185\u6CA1\u6709\u5E94\u7B54`],
  [/^HTTP (\d+) with a body that is not JSON$/, (s3) => `HTTP ${s3}\uFF0C\u4E14\u54CD\u5E94\u4F53\u4E0D\u662F JSON`],
  [/^publish_status (\d+): (.*)$/, (n2, why2) => `publish_status ${n2}\uFF1A${publishPhraseZh(why2)}`]
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
  /** No row, but articles whose statistics could not be read (listed below it). */
  noRowsRead: m(
    (p) => `No statistics read: ${p.n} article(s) could not be read (below).`,
    (p) => `\u6CA1\u6709\u8BFB\u5230\u7EDF\u8BA1\u6570\u636E\uFF1A${p.n} \u7BC7\u6587\u7AE0\u7684\u6570\u636E\u8BFB\u53D6\u5931\u8D25\uFF08\u89C1\u4E0B\uFF09\u3002`
  ),
  /** The terminal table's head, `|`-separated (widths follow the text), in the PR comment's order. */
  tableHead: m(
    () => "article|sent|until|reads|shares|\u5728\u770B|likes|comments|saved|follows|\u5B8C\u8BFB\u7387|\u5206\u4EAB\u7387",
    () => "\u6587\u7AE0|\u53D1\u9001|\u622A\u81F3|\u9605\u8BFB|\u5206\u4EAB|\u5728\u770B|\u70B9\u8D5E|\u7559\u8A00|\u6536\u85CF|\u5173\u6CE8|\u5B8C\u8BFB\u7387|\u5206\u4EAB\u7387"
  ),
  /** One problem under the table: `severity` is `error`, `warning` or `info` (shown without a label). */
  problemLine: m(
    (p) => `  ${p.severity === "info" ? "" : `${p.severity}: `}${p.slug}: ${p.message} (${p.hint})`,
    (p) => `  ${SEVERITY_ZH[p.severity] ?? "\u63D0\u793A\uFF1A"}${p.slug}\uFF1A${p.message}\uFF08${p.hint}\uFF09`
  ),
  configErrors: m(
    () => "wxpress: the config has errors; run `npx --no-install wxpress check` for details.",
    () => "wxpress\uFF1A\u914D\u7F6E\u6709\u9519\u8BEF\uFF1B\u8FD0\u884C `npx --no-install wxpress check` \u67E5\u770B\u8BE6\u60C5\u3002"
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
  sentLinkFilled: m(
    (p) => `  ${p.slug}: the article URL added to the "sent" comment on #${p.pr}`,
    (p) => `  ${p.slug}\uFF1A\u5DF2\u628A\u6587\u7AE0\u94FE\u63A5\u8865\u8FDB #${p.pr} \u4E0A\u7684\u201C\u5DF2\u53D1\u9001\u201D\u8BC4\u8BBA`
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
  articleFolderLink: m(
    (p) => `The article folder \`${p.path}\` is a symbolic link to a folder outside the site; it is not read`,
    (p) => `\u6587\u7AE0\u6587\u4EF6\u5939 \`${p.path}\` \u662F\u6307\u5411\u7AD9\u70B9\u4E4B\u5916\u6587\u4EF6\u5939\u7684\u7B26\u53F7\u94FE\u63A5\uFF0C\u4E0D\u4F1A\u8BFB\u53D6`
  ),
  articleFolderLinkHint: m(
    () => "Move or copy the folder into the content folder instead of linking to it.",
    () => "\u628A\u8FD9\u4E2A\u6587\u4EF6\u5939\u79FB\u52A8\u6216\u590D\u5236\u5230\u5185\u5BB9\u6587\u4EF6\u5939\u91CC\uFF0C\u800C\u4E0D\u662F\u94FE\u63A5\u8FC7\u53BB\u3002"
  ),
  articleFolderTwice: m(
    (p) => p.target === p.other ? `The article folder \`${p.path}\` is a symbolic link to the article folder \`${p.other}\`: the same article under two slugs would be published twice; the link is not read` : `The article folder \`${p.path}\` is a symbolic link to \`${p.target}\`, like the article folder \`${p.other}\`: the same article under two slugs would be published twice; the link is not read`,
    (p) => p.target === p.other ? `\u6587\u7AE0\u6587\u4EF6\u5939 \`${p.path}\` \u662F\u6307\u5411\u6587\u7AE0\u6587\u4EF6\u5939 \`${p.other}\` \u7684\u7B26\u53F7\u94FE\u63A5\uFF1A\u540C\u4E00\u7BC7\u6587\u7AE0\u4F1A\u4EE5\u4E24\u4E2A slug \u53D1\u5E03\u4E24\u6B21\uFF0C\u4E0D\u4F1A\u8BFB\u53D6\u8FD9\u4E2A\u94FE\u63A5` : `\u6587\u7AE0\u6587\u4EF6\u5939 \`${p.path}\` \u662F\u6307\u5411 \`${p.target}\` \u7684\u7B26\u53F7\u94FE\u63A5\uFF0C\u6587\u7AE0\u6587\u4EF6\u5939 \`${p.other}\` \u4E5F\u6307\u5411\u90A3\u91CC\uFF1A\u540C\u4E00\u7BC7\u6587\u7AE0\u4F1A\u4EE5\u4E24\u4E2A slug \u53D1\u5E03\u4E24\u6B21\uFF0C\u4E0D\u4F1A\u8BFB\u53D6\u8FD9\u4E2A\u94FE\u63A5`
  ),
  articleFolderTwiceHint: m(
    (p) => `Remove the link \`${p.path}\`; if it is meant to be a second article, copy the folder instead (\`cp -r\`) and edit the copy.`,
    (p) => `\u5220\u9664\u94FE\u63A5 \`${p.path}\`\uFF1B\u5982\u679C\u8981\u5199\u7B2C\u4E8C\u7BC7\u6587\u7AE0\uFF0C\u8BF7\u6539\u4E3A\u590D\u5236\u6587\u4EF6\u5939\uFF08\`cp -r\`\uFF09\uFF0C\u518D\u4FEE\u6539\u526F\u672C\u3002`
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
var NOT_ISO = "not an ISO-8601 date-time";
function nowProblemZh(problem) {
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
    (p) => `\uFF08\u4F60\u662F\u4E0D\u662F\u60F3\u7528 ${zhList(p.list)} \u4E2D\u7684\u4E00\u4E2A\uFF1F\uFF09`
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
    (p) => `\u5E94\u4E3A ${zhList(p.choices)} \u4E4B\u4E00`
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
  // the error line names the value already (`--now 的值 "x" 无效：` / `argument 'x' is invalid.`)
  now: m(
    (p) => `expected an ISO-8601 date-time with offset, e.g. 2027-04-15T08:00:00+08:00${p.problem === NOT_ISO ? "" : `; this is ${p.problem}`}`,
    // "not an ISO-8601 date-time" would say the first half again
    (p) => `\u5E94\u4E3A\u5E26\u65F6\u533A\u504F\u79FB\u7684 ISO-8601 \u65E5\u671F\u65F6\u95F4\uFF0C\u4F8B\u5982 2027-04-15T08:00:00+08:00${p.problem === NOT_ISO ? "" : `\uFF1B\u8FD9\u4E2A\u503C${nowProblemZh(p.problem)}`}`
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
var HEAD_SHA = `${"$"}{{ github.event.pull_request.head.sha }}`;
var prCheckMessages = defineMessages("prCheck", {
  moreFindings: m(
    (p) => `${p.n} more findings: see the wxpress check run`,
    (p) => `\u8FD8\u6709 ${p.n} \u6761\u68C0\u67E5\u7ED3\u679C\uFF1A\u89C1 wxpress \u68C0\u67E5\u8FD0\u884C\uFF08check run\uFF09`
  ),
  findingsOmitted: m(
    (p) => `${num(p.n)} more findings of this article are not in the pull request report (${num(p.total)} in all)`,
    (p) => `\u672C\u6587\u8FD8\u6709 ${num(p.n)} \u6761\u68C0\u67E5\u7ED3\u679C\u6CA1\u6709\u5217\u8FDB PR \u62A5\u544A\uFF08\u5171 ${num(p.total)} \u6761\uFF09`
  ),
  findingsOmittedHint: m(
    (p) => `Run \`npx --no-install wxpress check ${p.file}\` to list them all; \`--fix\` corrects most of them.`,
    (p) => `\u8FD0\u884C \`npx --no-install wxpress check ${p.file}\` \u67E5\u770B\u5168\u90E8\uFF1B\u591A\u6570\u53EF\u4EE5\u7528 \`--fix\` \u81EA\u52A8\u4FEE\u6B63\u3002`
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
  /** The config cannot be read: no article is checked (the config change itself is the problem). */
  scopeConfigBroken: m(
    (p) => `No article is checked: the config (${p.file}) has errors. Fix them first; they are listed below.`,
    (p) => `\u6CA1\u6709\u68C0\u67E5\u4EFB\u4F55\u6587\u7AE0\uFF1A\u914D\u7F6E\u6587\u4EF6\uFF08${p.file}\uFF09\u6709\u9519\u8BEF\uFF0C\u8BF7\u5148\u6539\u6B63\uFF0C\u9519\u8BEF\u89C1\u4E0B\u65B9\u3002`
  ),
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
  checkoutIsBase: m(
    (p) => `pr-check: the working tree is ${p.at}, the tip of \`${p.base}\` itself, not pull request head ${p.head} nor a merge commit of it: the articles of the pull request are not here`,
    (p) => `pr-check\uFF1A\u5DE5\u4F5C\u533A\u662F ${p.at}\uFF0C\u4E5F\u5C31\u662F \`${p.base}\` \u7684\u6700\u65B0\u63D0\u4EA4\uFF0C\u800C\u4E0D\u662F\u62C9\u53D6\u8BF7\u6C42\u7684\u5934\u63D0\u4EA4 ${p.head} \u6216\u5B83\u7684\u5408\u5E76\u63D0\u4EA4\uFF1A\u8FD9\u91CC\u6CA1\u6709\u62C9\u53D6\u8BF7\u6C42\u7684\u6587\u7AE0`
  ),
  checkoutNotHead: m(
    (p) => `pr-check: the working tree is ${p.at}, neither pull request head ${p.head} nor a merge commit of it`,
    (p) => `pr-check\uFF1A\u5DE5\u4F5C\u533A\u662F ${p.at}\uFF0C\u65E2\u4E0D\u662F\u62C9\u53D6\u8BF7\u6C42\u7684\u5934\u63D0\u4EA4 ${p.head}\uFF0C\u4E5F\u4E0D\u662F\u5B83\u7684\u5408\u5E76\u63D0\u4EA4`
  ),
  checkoutMissingFile: m(
    (p) => `pr-check: ${p.file}, which pull request head ${p.head} adds or changes, is not in the working tree`,
    (p) => `pr-check\uFF1A\u62C9\u53D6\u8BF7\u6C42\u7684\u5934\u63D0\u4EA4 ${p.head} \u65B0\u589E\u6216\u4FEE\u6539\u4E86 ${p.file}\uFF0C\u4F46\u5DE5\u4F5C\u533A\u91CC\u6CA1\u6709\u8FD9\u4E2A\u6587\u4EF6`
  ),
  checkoutHint: m(
    () => `actions/checkout must check out the pull request: on a \`pull_request\` event leave \`ref\` unset (the merge commit) or set \`ref: ${HEAD_SHA}\`, and do not switch branches before pr-check.`,
    () => `actions/checkout \u5FC5\u987B\u68C0\u51FA\u62C9\u53D6\u8BF7\u6C42\uFF1A\u5728 \`pull_request\` \u4E8B\u4EF6\u91CC\u4E0D\u8BBE \`ref\`\uFF08\u68C0\u51FA\u5408\u5E76\u63D0\u4EA4\uFF09\uFF0C\u6216\u8BBE \`ref: ${HEAD_SHA}\`\uFF0C\u5E76\u4E14\u5728 pr-check \u4E4B\u524D\u4E0D\u8981\u5207\u6362\u5206\u652F\u3002`
  ),
  headMissing: m(
    (p) => `pr-check: the head commit ${p.sha} is not in this clone; findings keep the lines of the checked-out commit (check out with fetch-depth: 0)`,
    (p) => `pr-check\uFF1A\u8FD9\u4E2A\u514B\u9686\u91CC\u6CA1\u6709\u5934\u63D0\u4EA4 ${p.sha}\uFF1B\u68C0\u67E5\u7ED3\u679C\u7684\u884C\u53F7\u6309\u68C0\u51FA\u7684\u63D0\u4EA4\u8BA1\uFF08\u68C0\u51FA\u65F6\u8BBE fetch-depth: 0\uFF09`
  ),
  screenshotsSkipped: m(
    (p) => `\u65E0\u6CD5\u622A\u56FE / screenshots skipped: ${p.reason}`,
    (p) => `\u65E0\u6CD5\u622A\u56FE\uFF1A${reasonZh(p.reason)}`
  ),
  noCjkFont: m(
    (p) => `Screenshots show Chinese as boxes (\u25A1): no font on this machine draws Chinese (${p.slugs})`,
    (p) => `\u622A\u56FE\u91CC\u7684\u4E2D\u6587\u663E\u793A\u6210\u4E86\u65B9\u6846\uFF08\u25A1\uFF09\uFF1A\u8FD9\u53F0\u673A\u5668\u4E0A\u6CA1\u6709\u80FD\u663E\u793A\u4E2D\u6587\u7684\u5B57\u4F53\uFF08${p.slugs}\uFF09`
  ),
  noCjkFontHint: m(
    () => "Install a CJK font in the step that installs Chromium: `sudo apt-get install -y fonts-noto-cjk` (or `fonts-wqy-microhei`).",
    () => "\u5728\u5B89\u88C5 Chromium \u7684\u90A3\u4E00\u6B65\u88C5\u4E0A\u4E2D\u6587\u5B57\u4F53\uFF1A`sudo apt-get install -y fonts-noto-cjk`\uFF08\u6216 `fonts-wqy-microhei`\uFF09\u3002"
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

// src/i18n/messages/pr-check-summary.ts
var prCheckSummaryMessages = defineMessages("prCheckSummary", {
  summaryNoCjkFont: m(
    () => "The screenshots show Chinese as boxes (\u25A1): no CJK font is installed (e.g. `fonts-noto-cjk`).",
    () => "\u622A\u56FE\u91CC\u7684\u4E2D\u6587\u663E\u793A\u6210\u4E86\u65B9\u6846\uFF08\u25A1\uFF09\uFF1A\u6CA1\u6709\u5B89\u88C5\u4E2D\u6587\u5B57\u4F53\uFF08\u4F8B\u5982 `fonts-noto-cjk`\uFF09\u3002"
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
  /** A renamed article folder in the job summary: the publish ledger stays under the old name. */
  summaryRenamed: m(
    (p) => `Renamed: \`${p.from}\` \u2192 \`${p.to}\`. The publish ledger is kept per folder name: if \`${p.from}\` was already drafted, publish makes a new draft for \`${p.to}\`; if it was sent, publishing \`${p.to}\` is blocked (publish/renamed-after-send) until the folder is renamed back or its ledger is moved on the wxpress-state branch.`,
    (p) => `\u91CD\u547D\u540D\uFF1A\`${p.from}\` \u2192 \`${p.to}\`\u3002\u53D1\u5E03\u53F0\u8D26\u6309\u6587\u4EF6\u5939\u540D\u8BB0\u5F55\uFF1A\u5982\u679C \`${p.from}\` \u5DF2\u7ECF\u5EFA\u8FC7\u8349\u7A3F\uFF0C\u53D1\u5E03\u65F6\u4F1A\u4E3A \`${p.to}\` \u53E6\u5EFA\u4E00\u4EFD\u8349\u7A3F\uFF1B\u5982\u679C\u5DF2\u7ECF\u53D1\u51FA\uFF0C\u53D1\u5E03 \`${p.to}\` \u65F6\u4F1A\u88AB\u963B\u6B62\uFF08publish/renamed-after-send\uFF09\uFF0C\u76F4\u5230\u628A\u6587\u4EF6\u5939\u6539\u56DE\uFF0C\u6216\u8005\u5728 wxpress-state \u5206\u652F\u4E0A\u79FB\u52A8\u5B83\u7684\u53F0\u8D26\u3002`
  ),
  summaryYes: m(
    () => "yes",
    () => "\u662F"
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
  ledgersFromBranch: m(
    (p) => `Ledgers: read from ${p.ref} (${p.n}), as this working tree has none (\`wxpress state pull\` writes them here).`,
    (p) => `\u53F0\u8D26\uFF1A\u8BFB\u81EA ${p.ref}\uFF08${p.n} \u4E2A\uFF09\uFF0C\u56E0\u4E3A\u5DE5\u4F5C\u533A\u91CC\u6CA1\u6709\uFF08\`wxpress state pull\` \u4F1A\u628A\u5B83\u4EEC\u5199\u8FDB\u6765\uFF09\u3002`
  ),
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
    (p) => `${p.label}\uFF1A${zhList(p.slugs)} \u9700\u8981\u5148\u51C6\u5907\u8349\u7A3F`
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
  unreadableLocalHint: m(
    (p) => `hint: the local ledger cannot be read. Unless you know what it should say, take the branch's copy
(git show ${p.remote}/${p.branch}:<file> > <file>) and run the command again.`,
    (p) => `\u5EFA\u8BAE\uFF1A\u672C\u5730\u53F0\u8D26\u65E0\u6CD5\u8BFB\u53D6\u3002\u9664\u975E\u4F60\u6E05\u695A\u5B83\u5E94\u8BE5\u8BB0\u7740\u4EC0\u4E48\uFF0C\u5426\u5219\u7528\u5206\u652F\u4E0A\u7684\u526F\u672C\u66FF\u6362\u5B83\uFF08git show ${p.remote}/${p.branch}:<\u6587\u4EF6> > <\u6587\u4EF6>\uFF09\uFF0C\u7136\u540E\u91CD\u65B0\u8FD0\u884C\u3002`
  ),
  pushConflictHint: m(
    (p) => `hint: compare the two copies (git show ${p.remote}/${p.branch}:<file>), keep the one matching
WeChat (its ids and timestamps), give it the later time (\`updatedAt\`; for a ledger, in its
\`timestamps\`), and push again.`,
    (p) => `\u5EFA\u8BAE\uFF1A\u6BD4\u8F83\u4E24\u4EFD\u526F\u672C\uFF08git show ${p.remote}/${p.branch}:<file>\uFF09\uFF0C\u4FDD\u7559\u4E0E\u5FAE\u4FE1\u4E00\u81F4\u7684\u90A3\u4EFD\uFF08\u770B id \u548C\u65F6\u95F4\u6233\uFF09\uFF0C\u628A\u5B83\u7684 \`updatedAt\`\uFF08\u53F0\u8D26\u5219\u662F \`timestamps\` \u91CC\u7684\u65F6\u95F4\uFF09\u6539\u6210\u8F83\u665A\u7684\u65F6\u95F4\uFF0C\u518D\u91CD\u65B0 push\u3002`
  ),
  doubleSend: m(
    (p) => `wxpress: ledger ${p.file}: ${p.reason}`,
    (p) => `wxpress\uFF1A\u53F0\u8D26 ${p.file}\uFF1A${p.reason}`
  ),
  doubleSendHint: m(
    () => "hint: this push may have gone out twice. Check \u516C\u4F17\u53F7\u540E\u53F0 \u2192 \u7FA4\u53D1\u8BB0\u5F55 before anything else; the ledger\nkeeps the earlier send (the other copy is in the history of the state branch).",
    () => "\u5EFA\u8BAE\uFF1A\u8FD9\u6B21\u63A8\u9001\u53EF\u80FD\u53D1\u51FA\u4E86\u4E24\u6B21\u3002\u5148\u5230\u300C\u516C\u4F17\u53F7\u540E\u53F0 \u2192 \u7FA4\u53D1\u8BB0\u5F55\u300D\u6838\u5BF9\uFF1B\u53F0\u8D26\u4FDD\u7559\u4E86\u8F83\u65E9\u7684\u90A3\u6B21\u53D1\u9001\uFF08\u53E6\u4E00\u4EFD\u526F\u672C\u5728\u72B6\u6001\u5206\u652F\u7684\u5386\u53F2\u91CC\uFF09\u3002"
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
  /** `why`: new | updated | older (the local copy was older) | merged (a ledger, from both copies). */
  written: m(
    (p) => `  ${p.file} (${p.why === "older" ? "the local copy was older" : p.why === "merged" ? "merged with the local copy" : p.why})`,
    (p) => `  ${p.file}\uFF08${{ new: "\u65B0\u6587\u4EF6", updated: "\u5DF2\u66F4\u65B0", merged: "\u5DF2\u4E0E\u672C\u5730\u526F\u672C\u5408\u5E76" }[p.why] ?? "\u672C\u5730\u526F\u672C\u8F83\u65E7"}\uFF09`
  ),
  mergedLedger: m(
    (p) => `  ${p.file}: merged with the branch copy (the state further along, every id kept)`,
    (p) => `  ${p.file}\uFF1A\u5DF2\u4E0E\u5206\u652F\u4E0A\u7684\u526F\u672C\u5408\u5E76\uFF08\u53D6\u66F4\u9760\u540E\u7684\u72B6\u6001\uFF0C\u4FDD\u7559\u4E24\u8FB9\u8BB0\u5F55\u7684\u6240\u6709 id\uFF09`
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
  pushUnreadable: m(
    (p) => `${p.n} state file(s) cannot be read and were not pushed (\`${p.branch}\` keeps its own copies)`,
    (p) => `${p.n} \u4E2A\u72B6\u6001\u6587\u4EF6\u65E0\u6CD5\u8BFB\u53D6\uFF0C\u6CA1\u6709\u63A8\u9001\uFF08\`${p.branch}\` \u4E0A\u4ECD\u4FDD\u7559\u539F\u6765\u7684\u526F\u672C\uFF09`
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
    "the local copy is not a readable ledger": "\u672C\u5730\u526F\u672C\u4E0D\u662F\u53EF\u8BFB\u7684\u53F0\u8D26",
    "the state branch copy is not valid JSON": "\u72B6\u6001\u5206\u652F\u4E0A\u7684\u526F\u672C\u4E0D\u662F\u5408\u6CD5\u7684 JSON",
    "a copy has no updatedAt/timestamps": "\u6709\u4E00\u4EFD\u526F\u672C\u6CA1\u6709 updatedAt \u6216\u65F6\u95F4\u6233",
    "the copies differ": "\u4E24\u4EFD\u526F\u672C\u4E0D\u4E00\u81F4",
    "the local copy is newer than the state branch (not pushed yet)": "\u672C\u5730\u526F\u672C\u6BD4\u72B6\u6001\u5206\u652F\u4E0A\u7684\u65B0\uFF08\u8FD8\u6CA1\u6709\u63A8\u9001\uFF09"
  };
  if (fixed[reason]) return fixed[reason];
  const two2 = /^the two copies record different sends \(msg_id (\S+) at (\S+), msg_id (\S+) at (\S+)\); kept the earlier one$/.exec(
    reason
  );
  if (two2)
    return `\u4E24\u4EFD\u526F\u672C\u8BB0\u5F55\u4E86\u4E0D\u540C\u7684\u53D1\u9001\uFF08${two2[2]} \u7684 msg_id ${two2[1]}\uFF0C${two2[4]} \u7684 msg_id ${two2[3]}\uFF09\uFF1B\u5DF2\u4FDD\u7559\u8F83\u65E9\u7684\u90A3\u6B21`;
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
  /** The ledger's name is too long to exist (`tooLong`): there is nothing to restore. */
  ledgerNameTooLongHint: m(
    (p) => `Shorten the folder name of ${p.folder}: no file can have this name, so no ledger was ever written for it (publish writes the ledger before it sends).`,
    (p) => `\u7F29\u77ED ${p.folder} \u7684\u6587\u4EF6\u5939\u540D\uFF1A\u6587\u4EF6\u540D\u8D85\u51FA\u4E0A\u9650\uFF0C\u8FD9\u4E2A\u53F0\u8D26\u65E0\u6CD5\u5EFA\u7ACB\uFF0C\u4E5F\u4ECE\u672A\u5199\u5165\u8FC7\uFF08\u53D1\u5E03\u5728\u53D1\u9001\u4E4B\u524D\u4F1A\u5148\u5199\u53F0\u8D26\uFF09\u3002`
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
  /** `late`: how late the run is, in minutes; `minutes`: the allowed lateness. */
  missed: m(
    (p) => `Push of ${p.slot} was missed (${durationEn(p.late)} late, more than the allowed ${durationEn(p.minutes)}); it is never sent late`,
    (p) => `${p.slot} \u7684\u63A8\u9001\u5DF2\u9519\u8FC7\uFF08\u5DF2\u665A ${durationZh(p.late)}\uFF0C\u8D85\u8FC7\u5141\u8BB8\u7684 ${durationZh(p.minutes)}\uFF09\uFF1B\u8FC7\u65F6\u7684\u63A8\u9001\u7EDD\u4E0D\u8865\u53D1`
  ),
  missedHint: m(
    () => "Give the article a new slot and merge again.",
    () => "\u7ED9\u6587\u7AE0\u8BBE\u4E00\u4E2A\u65B0\u7684 slot\uFF0C\u518D\u5408\u5E76\u4E00\u6B21\u3002"
  ),
  /** A miss older than a day: a warning from then on (the error was given while it was new). */
  missedOld: m(
    (p) => `\`${p.slug}\` missed its push of ${p.slot} more than a day ago; it is never sent late`,
    (p) => `\`${p.slug}\` \u9519\u8FC7\u4E86 ${p.slot} \u7684\u63A8\u9001\uFF0C\u5DF2\u7ECF\u8D85\u8FC7\u4E00\u5929\uFF1B\u8FC7\u65F6\u7684\u63A8\u9001\u7EDD\u4E0D\u8865\u53D1`
  ),
  missedOldHint: m(
    () => "To send it after all, give it a new `slot` in its front-matter and merge; otherwise remove its `slot`.",
    () => "\u5982\u679C\u8FD8\u8981\u53D1\u9001\uFF0C\u5728\u5B83\u7684 front-matter \u91CC\u8BBE\u4E00\u4E2A\u65B0\u7684 `slot` \u518D\u5408\u5E76\uFF1B\u4E0D\u518D\u53D1\u9001\u5C31\u5220\u6389 `slot`\u3002"
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
var localWhen = (ms, zone, lang) => {
  try {
    const text = formatLocalHuman(Number(ms), String(zone), lang);
    return /Invalid|undefined/.test(text) ? String(ms) : text;
  } catch {
    return String(ms);
  }
};
var ERRCODE_HINTS_EN = {
  [-1]: "WeChat reported a system error; it was retried. Run publish again later.",
  40001: "The AppSecret is wrong or the token was replaced elsewhere; check WECHAT_APP_SECRET and that no other tool refreshes tokens with force_refresh.",
  40005: "Only JPEG and PNG body images are accepted; the renderer converts others (check image/converted).",
  40007: "The media id is unknown: the cover must be a permanent material of this account, and a draft that was already published or deleted cannot be used.",
  40009: "The image is too large (body images must be under 1 MB).",
  40013: "The AppID is invalid; check WECHAT_APP_ID.",
  40125: "The AppSecret is invalid; reset it in \u516C\u4F17\u53F7\u540E\u53F0 \u2192 \u8BBE\u7F6E\u4E0E\u5F00\u53D1 \u2192 \u57FA\u672C\u914D\u7F6E and update WECHAT_APP_SECRET.",
  40164: "Add the runner\u2019s egress IP (in the message) to \u516C\u4F17\u53F7\u540E\u53F0 \u2192 \u8BBE\u7F6E\u4E0E\u5F00\u53D1 \u2192 \u57FA\u672C\u914D\u7F6E \u2192 IP \u767D\u540D\u5355, or publish from a runner with a fixed IP.",
  41001: "No access token was sent (a bug in the client).",
  42001: "The access token expired and could not be refreshed.",
  45002: "The article HTML is too long for WeChat (under 20,000 characters); split the article.",
  45003: "The title is too long for WeChat.",
  45004: "The digest is too long for WeChat.",
  45008: "A push may hold at most 8 articles.",
  45009: "The daily API quota is used up; wait until tomorrow or reset it (clear_quota, 10 times a month).",
  45011: "WeChat rate-limited the call; it was retried with backoff.",
  45028: "No mass-send quota left (a subscription account sends once a day; a service account reaches each follower 4 times a month).",
  45065: "The same clientmsgid was sent in the last 24 hours: the push was already sent.",
  45067: "The clientmsgid is too long (64 bytes at most).",
  45110: "The author is too long for WeChat (16 characters at most).",
  45159: "The follower tag does not exist on this account; check `audience` against `wxpress plan` and the account\u2019s tags.",
  48001: "This account is not authorised for the API (publishing and mass-sending need a verified account): complete \u5FAE\u4FE1\u8BA4\u8BC1 in \u516C\u4F17\u53F7\u540E\u53F0, or set the account\u2019s `mode` to `draft` and send the drafts from \u8349\u7A3F\u7BB1 by hand. Each run retries until the slot plus the allowed lateness.",
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
  40125: "AppSecret \u65E0\u6548\uFF1B\u5728\u300C\u516C\u4F17\u53F7\u540E\u53F0 \u2192 \u8BBE\u7F6E\u4E0E\u5F00\u53D1 \u2192 \u57FA\u672C\u914D\u7F6E\u300D\u91CC\u91CD\u7F6E\u5B83\uFF0C\u5E76\u66F4\u65B0 WECHAT_APP_SECRET\u3002",
  40164: "\u628A\u8FD0\u884C\u73AF\u5883\u7684\u51FA\u53E3 IP\uFF08\u89C1\u62A5\u9519\u4FE1\u606F\uFF09\u52A0\u5230\u300C\u516C\u4F17\u53F7\u540E\u53F0 \u2192 \u8BBE\u7F6E\u4E0E\u5F00\u53D1 \u2192 \u57FA\u672C\u914D\u7F6E \u2192 IP \u767D\u540D\u5355\u300D\uFF0C\u6216\u6539\u7528\u56FA\u5B9A IP \u7684\u8FD0\u884C\u73AF\u5883\u53D1\u5E03\u3002",
  41001: "\u8BF7\u6C42\u6CA1\u6709\u5E26 access token\uFF08\u5BA2\u6237\u7AEF\u7684\u7F3A\u9677\uFF09\u3002",
  42001: "access token \u5DF2\u8FC7\u671F\uFF0C\u4E14\u65E0\u6CD5\u5237\u65B0\u3002",
  45002: "\u6587\u7AE0 HTML \u8D85\u51FA\u5FAE\u4FE1\u7684\u957F\u5EA6\u4E0A\u9650\uFF08\u987B\u5C11\u4E8E 20,000 \u4E2A\u5B57\u7B26\uFF09\uFF1B\u628A\u6587\u7AE0\u62C6\u5F00\u3002",
  45003: "\u6807\u9898\u8D85\u51FA\u5FAE\u4FE1\u7684\u957F\u5EA6\u4E0A\u9650\u3002",
  45004: "\u6458\u8981\u8D85\u51FA\u5FAE\u4FE1\u7684\u957F\u5EA6\u4E0A\u9650\u3002",
  45008: "\u4E00\u6B21\u63A8\u9001\u6700\u591A 8 \u7BC7\u6587\u7AE0\u3002",
  45009: "\u5F53\u5929\u7684\u63A5\u53E3\u8C03\u7528\u989D\u5EA6\u5DF2\u7528\u5B8C\uFF1B\u7B49\u5230\u660E\u5929\uFF0C\u6216\u91CD\u7F6E\u989D\u5EA6\uFF08clear_quota\uFF0C\u6BCF\u6708 10 \u6B21\uFF09\u3002",
  45011: "\u8C03\u7528\u88AB\u5FAE\u4FE1\u9650\u6D41\uFF1B\u5DF2\u6309\u9000\u907F\u7B56\u7565\u91CD\u8BD5\u3002",
  45028: "\u7FA4\u53D1\u989D\u5EA6\u5DF2\u7528\u5B8C\uFF08\u8BA2\u9605\u53F7\u6BCF\u5929\u53EF\u7FA4\u53D1 1 \u6B21\uFF1B\u670D\u52A1\u53F7\u6BCF\u6708\u53EF\u89E6\u8FBE\u6BCF\u4F4D\u7C89\u4E1D 4 \u6B21\uFF09\u3002",
  45065: "\u540C\u4E00\u4E2A clientmsgid \u5728 24 \u5C0F\u65F6\u5185\u5DF2\u7ECF\u53D1\u9001\u8FC7\uFF1A\u8FD9\u6B21\u63A8\u9001\u5DF2\u7ECF\u53D1\u51FA\u3002",
  45067: "clientmsgid \u592A\u957F\uFF08\u6700\u591A 64 \u5B57\u8282\uFF09\u3002",
  45110: "\u4F5C\u8005\u540D\u8D85\u51FA\u5FAE\u4FE1\u7684\u957F\u5EA6\u4E0A\u9650\uFF08\u6700\u591A 16 \u4E2A\u5B57\u7B26\uFF09\u3002",
  45159: "\u672C\u8D26\u53F7\u6CA1\u6709\u8FD9\u4E2A\u7C89\u4E1D\u6807\u7B7E\uFF1B\u5BF9\u7167 `wxpress plan` \u548C\u8D26\u53F7\u7684\u6807\u7B7E\u68C0\u67E5 `audience`\u3002",
  48001: "\u672C\u8D26\u53F7\u6CA1\u6709\u8FD9\u4E2A\u63A5\u53E3\u7684\u6743\u9650\uFF08\u53D1\u8868\u548C\u7FA4\u53D1\u9700\u8981\u8BA4\u8BC1\u8D26\u53F7\uFF09\uFF1A\u5728\u516C\u4F17\u53F7\u540E\u53F0\u5B8C\u6210\u5FAE\u4FE1\u8BA4\u8BC1\uFF1B\u6216\u8005\u628A\u8D26\u53F7\u7684 `mode` \u6539\u6210 `draft`\uFF0C\u5230\u8349\u7A3F\u7BB1\u91CC\u624B\u52A8\u53D1\u9001\u3002\u5728\u63A8\u9001\u65F6\u95F4\u52A0\u4E0A\u5141\u8BB8\u7684\u5EF6\u8FDF\u4E4B\u524D\uFF0C\u6BCF\u6B21\u8FD0\u884C\u90FD\u4F1A\u91CD\u8BD5\u3002",
  53503: "\u8349\u7A3F\u6CA1\u6709\u901A\u8FC7\u5FAE\u4FE1\u7684\u53D1\u8868\u68C0\u67E5\uFF1B\u5728\u7F51\u9875\u7F16\u8F91\u5668\u91CC\u6253\u5F00\u5B83\u67E5\u770B\u539F\u56E0\u3002",
  53505: "\u5728\u7F51\u9875\u7F16\u8F91\u5668\u91CC\u6253\u5F00\u8349\u7A3F\u5E76\u4FDD\u5B58\u4E00\u6B21\uFF0C\u518D\u91CD\u65B0\u53D1\u5E03\u3002"
};
var publishErrcodeMessages = defineMessages("publishErrcode", {
  /** What to do about `code` (a generic pointer for codes without a hint of their own). */
  hint: m(
    (p) => ERRCODE_HINTS_EN[p.code] ?? "See WeChat\u2019s global return codes for this errcode.",
    (p) => ZH2[p.code] ?? "\u8BF7\u67E5\u9605\u5FAE\u4FE1\u7684\u5168\u5C40\u8FD4\u56DE\u7801\u8BF4\u660E\u3002"
  ),
  /** sendall's 40007 for the draft an earlier run prepared: it is gone, most likely sent already. */
  draftGone: m(
    (p) => `The draft wxpress prepared for this push (media_id ${p.mediaId}) no longer exists: a mass send uses up its draft, so this push may already have been sent (with a ledger that was lost, restored from an old copy or edited). Check \u516C\u4F17\u53F7\u540E\u53F0 \u2192 \u7FA4\u53D1\u8BB0\u5F55 before anything else. If it went out, restore the ledger from the history of wxpress-state; only if it did not (someone deleted the draft), remove \`draftMediaId\` from the ledger so that the next run prepares a new draft.`,
    (p) => `wxpress \u4E3A\u8FD9\u6B21\u63A8\u9001\u51C6\u5907\u7684\u8349\u7A3F\uFF08media_id ${p.mediaId}\uFF09\u5DF2\u7ECF\u4E0D\u5B58\u5728\uFF1A\u7FA4\u53D1\u4F1A\u7528\u6389\u8349\u7A3F\uFF0C\u6240\u4EE5\u8FD9\u6B21\u63A8\u9001\u53EF\u80FD\u5DF2\u7ECF\u53D1\u51FA\u8FC7\uFF08\u53F0\u8D26\u4E22\u5931\u8FC7\u3001\u4ECE\u65E7\u526F\u672C\u6062\u590D\u8FC7\u6216\u88AB\u6539\u8FC7\uFF09\u3002\u8BF7\u5148\u5230\u300C\u516C\u4F17\u53F7\u540E\u53F0 \u2192 \u7FA4\u53D1\u8BB0\u5F55\u300D\u6838\u5BF9\uFF0C\u518D\u505A\u522B\u7684\u3002\u5982\u679C\u5DF2\u7ECF\u53D1\u51FA\uFF0C\u4ECE wxpress-state \u7684\u5386\u53F2\u91CC\u6062\u590D\u53F0\u8D26\uFF1B\u53EA\u6709\u786E\u8BA4\u6CA1\u6709\u53D1\u51FA\uFF08\u6709\u4EBA\u5220\u4E86\u8349\u7A3F\uFF09\u65F6\uFF0C\u624D\u4ECE\u53F0\u8D26\u91CC\u5220\u6389 \`draftMediaId\`\uFF0C\u8BA9\u4E0B\u4E00\u6B21\u8FD0\u884C\u91CD\u65B0\u51C6\u5907\u8349\u7A3F\u3002`
  ),
  /** 40007 "draft is being published": an earlier submit of this draft is still being processed. */
  draftBeingPublished: m(
    () => "WeChat is still publishing this draft: an earlier freepublish/submit (most likely of a run that was interrupted before it got the answer) is still being processed, so the draft can be neither changed nor submitted again. Nothing to fix: the next publish run looks the push up and records how it ended.",
    () => "\u5FAE\u4FE1\u4ECD\u5728\u53D1\u8868\u8FD9\u4EFD\u8349\u7A3F\uFF1A\u4E4B\u524D\u63D0\u4EA4\u7684\u53D1\u8868\uFF08freepublish/submit\uFF0C\u591A\u534A\u6765\u81EA\u4E00\u6B21\u6CA1\u7B49\u5230\u5E94\u7B54\u5C31\u88AB\u4E2D\u65AD\u7684\u8FD0\u884C\uFF09\u8FD8\u5728\u5904\u7406\u4E2D\uFF0C\u6240\u4EE5\u8FD9\u4EFD\u8349\u7A3F\u6682\u65F6\u65E2\u4E0D\u80FD\u4FEE\u6539\uFF0C\u4E5F\u4E0D\u80FD\u518D\u6B21\u63D0\u4EA4\u3002\u65E0\u9700\u6539\u52A8\u4EC0\u4E48\uFF1A\u4E0B\u4E00\u6B21\u53D1\u5E03\u8FD0\u884C\u4F1A\u67E5\u5230\u8FD9\u6B21\u63A8\u9001\uFF0C\u5E76\u8BB0\u4E0B\u5B83\u7684\u7ED3\u679C\u3002"
  ),
  /**
   * 45028 on a push's send: what to check, and until when wxpress retries (`untilMs`: the slot plus the
   * allowed lateness, written in `zone`; `minutes`: the allowed lateness, `schedule.maxLatenessMinutes`).
   */
  noQuota: m(
    (p) => `No mass-send quota left (a subscription account sends once a day; a service account reaches each follower 4 times a month). Check in \u516C\u4F17\u53F7\u540E\u53F0 \u2192 \u5185\u5BB9\u4E0E\u4E92\u52A8 \u2192 \u53D1\u8868\u8BB0\u5F55 / \u7FA4\u53D1\u8BB0\u5F55 whether someone already mass-sent by hand (today, or this month for a service account). wxpress retries on later runs until ${localWhen(p.untilMs, p.zone, "en")} (the slot plus the allowed ${durationEn(p.minutes)}); after that the push is missed: move its \`slot\` to another day.`,
    (p) => `\u7FA4\u53D1\u989D\u5EA6\u5DF2\u7528\u5B8C\uFF08\u8BA2\u9605\u53F7\u6BCF\u5929\u53EF\u7FA4\u53D1 1 \u6B21\uFF1B\u670D\u52A1\u53F7\u6BCF\u6708\u53EF\u89E6\u8FBE\u6BCF\u4F4D\u7C89\u4E1D 4 \u6B21\uFF09\u3002\u5148\u5230\u300C\u516C\u4F17\u53F7\u540E\u53F0 \u2192 \u5185\u5BB9\u4E0E\u4E92\u52A8 \u2192 \u53D1\u8868\u8BB0\u5F55 / \u7FA4\u53D1\u8BB0\u5F55\u300D\u91CC\u770B\u770B\u662F\u5426\u5DF2\u6709\u4EBA\u624B\u52A8\u7FA4\u53D1\u8FC7\uFF08\u8BA2\u9605\u53F7\u770B\u4ECA\u5929\uFF0C\u670D\u52A1\u53F7\u770B\u672C\u6708\uFF09\u3002wxpress \u4F1A\u5728\u4E4B\u540E\u7684\u8FD0\u884C\u4E2D\u91CD\u8BD5\uFF0C\u76F4\u5230 ${localWhen(p.untilMs, p.zone, "zh-CN")}\uFF08\u63A8\u9001\u65F6\u95F4\u4E4B\u540E\u5141\u8BB8\u7684 ${durationZh(p.minutes)}\uFF09\uFF1B\u8FC7\u4E86\u8FD9\u4E2A\u65F6\u95F4\uFF0C\u8FD9\u6B21\u63A8\u9001\u5C31\u9519\u8FC7\u4E86\uFF1A\u8BF7\u628A \`slot\` \u6539\u5230\u53E6\u4E00\u5929\u3002`
  ),
  unreachable: m(
    () => "WeChat could not be reached; check WECHAT_API_BASE and the network, then run publish again (it resumes safely).",
    () => "\u65E0\u6CD5\u8FDE\u63A5\u5FAE\u4FE1\uFF1B\u68C0\u67E5 WECHAT_API_BASE \u548C\u7F51\u7EDC\uFF0C\u518D\u8FD0\u884C\u4E00\u6B21 publish\uFF08\u5B83\u4F1A\u5B89\u5168\u5730\u63A5\u7740\u4E0A\u6B21\u7EE7\u7EED\uFF09\u3002"
  )
});

// src/i18n/messages/publish-steps.ts
var MODE_ZH = { draft: "\u8349\u7A3F", publish: "\u53D1\u8868", broadcast: "\u7FA4\u53D1" };
var WHAT_EN = {
  token: "getting the access token",
  upload: "uploading the images",
  draft: "saving the draft",
  preview: "sending the preview",
  tags: "checking the follower tag",
  send: "the mass send",
  publish: "submitting the publish",
  lookup: "looking up the earlier send"
};
var WHAT_ZH = {
  token: "\u83B7\u53D6 access token \u5931\u8D25",
  upload: "\u4E0A\u4F20\u56FE\u7247\u5931\u8D25",
  draft: "\u5B58\u8349\u7A3F\u5931\u8D25",
  preview: "\u53D1\u9001\u9884\u89C8\u5931\u8D25",
  tags: "\u6838\u5BF9\u7C89\u4E1D\u6807\u7B7E\u5931\u8D25",
  send: "\u7FA4\u53D1\u5931\u8D25",
  publish: "\u63D0\u4EA4\u53D1\u8868\u5931\u8D25",
  lookup: "\u67E5\u8BE2\u4E0A\u6B21\u7684\u53D1\u9001\u5931\u8D25"
};
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
  /** After a send: `late` minutes after the slot (0: on time); `urls`: the article URLs, space-separated, or ''. */
  sentWhen: m(
    (p) => `${Number(p.late) > 0 ? `${durationEn(Number(p.late))} late` : "on time"}${p.urls ? `: ${p.urls}` : ""}`,
    (p) => `${Number(p.late) > 0 ? `\u665A\u4E86 ${durationZh(Number(p.late))}` : "\u51C6\u65F6"}${p.urls ? `\uFF1A${p.urls}` : ""}`
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
  /**
   * The steps of a push, or its status when it took none; `failed`: 1 when it failed, `what`: the step
   * that failed (token, upload, draft, preview, tags, send, publish, lookup) or ''.
   */
  stepsLine: m(
    (p) => `  \u2192 ${p.steps || (p.failed ? "" : p.status)}${p.failed ? `${p.steps ? " \u2014 " : ""}FAILED${WHAT_EN[p.what ?? ""] ? `: ${WHAT_EN[p.what ?? ""]}` : ""}` : ""}`,
    (p) => {
      const what = WHAT_ZH[p.what ?? ""] ?? "\u5931\u8D25";
      if (!p.failed) return `  \u2192 ${p.steps || (STATUS_ZH[p.status] ?? p.status)}`;
      return `  \u2192 ${p.steps ? `${p.steps}\uFF1B${what}` : what}`;
    }
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
    (p) => `${p.label}\uFF1A\u6CA1\u6709\u5C1D\u8BD5\u2014\u2014\u8D26\u53F7 \`${p.account}\` \u65E0\u6CD5\u83B7\u53D6 access token\uFF08${p.errmsg}\uFF09`
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
function joinItems(locale2, items, kind2 = "list") {
  return items.join(locale2 === "en" ? ", " : kind2 === "list" ? "\u3001" : "\uFF0C");
}
var publishCliMessages = defineMessages("publishCli", {
  configErrors: m(
    () => "wxpress: the config has errors; run `npx --no-install wxpress check` for details.",
    () => "wxpress\uFF1A\u914D\u7F6E\u6709\u9519\u8BEF\uFF1B\u8FD0\u884C `npx --no-install wxpress check` \u67E5\u770B\u8BE6\u60C5\u3002"
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
    (p) => `\u6309 ${p.now}${p.now.endsWith("\uFF09") ? "" : " "}\u7684\u65F6\u95F4\u53D1\u5E03${p.via ? `\uFF0C\u7ECF\u7531 ${p.via}` : ""}`
  ),
  /** `drafted`: drafts that would be saved; `upToDate`: drafts already up to date (shown when > 0). */
  dryRunTotals: m(
    (p) => `Dry run: ${p.would} push(es) would be sent, ${p.drafted} drafted, ${p.upToDate ? `${p.upToDate} draft(s) up to date, ` : ""}${p.failed} failed, ${p.missed} missed, ${p.blocked} blocked`,
    (p) => `\u8BD5\u8FD0\u884C\uFF1A\u5C06\u53D1\u9001 ${p.would} \u6B21\u63A8\u9001\uFF0C\u5B58\u8349\u7A3F ${p.drafted} \u6B21\uFF0C${p.upToDate ? `\u8349\u7A3F\u5DF2\u662F\u6700\u65B0 ${p.upToDate} \u6B21\uFF0C` : ""}\u5931\u8D25 ${p.failed} \u6B21\uFF0C\u9519\u8FC7 ${p.missed} \u6B21\uFF0C\u88AB\u963B\u6B62 ${p.blocked} \u6B21`
  ),
  /** `sent`: by this run; `confirmed`: found sent by an earlier run or attempt (shown when > 0). */
  totals: m(
    (p) => `${p.sent} sent, ${p.confirmed ? `${p.confirmed} confirmed sent earlier, ` : ""}${p.drafted} drafted, ${p.upToDate ? `${p.upToDate} draft(s) up to date, ` : ""}${p.failed} failed, ${p.notAttempted ? `${p.notAttempted} not attempted, ` : ""}${p.unconfirmed ? `${p.unconfirmed} unconfirmed, ` : ""}${p.missed} missed, ${p.blocked} blocked` + (p.blockedLater ? `
${p.blockedLater} blocked push(es) not due yet: fix the errors above before the slot, or publish fails then and does not send.` : ""),
    (p) => `\u5DF2\u53D1\u9001 ${p.sent} \u6B21\uFF0C${p.confirmed ? `\u786E\u8BA4\u6B64\u524D\u5DF2\u53D1\u51FA ${p.confirmed} \u6B21\uFF0C` : ""}\u5B58\u8349\u7A3F ${p.drafted} \u6B21\uFF0C${p.upToDate ? `\u8349\u7A3F\u5DF2\u662F\u6700\u65B0 ${p.upToDate} \u6B21\uFF0C` : ""}\u5931\u8D25 ${p.failed} \u6B21\uFF0C${p.notAttempted ? `\u672A\u5C1D\u8BD5 ${p.notAttempted} \u6B21\uFF0C` : ""}${p.unconfirmed ? `\u5F85\u5BF9\u8D26 ${p.unconfirmed} \u6B21\uFF0C` : ""}\u9519\u8FC7 ${p.missed} \u6B21\uFF0C\u88AB\u963B\u6B62 ${p.blocked} \u6B21` + (p.blockedLater ? `
\u88AB\u963B\u6B62\u7684\u63A8\u9001\u4E2D\u6709 ${p.blockedLater} \u6B21\u8FD8\u6CA1\u5230\u63A8\u9001\u65F6\u95F4\uFF1A\u8BF7\u5728\u63A8\u9001\u65F6\u95F4\u4E4B\u524D\u4FEE\u6B63\u4E0A\u9762\u7684\u9519\u8BEF\uFF0C\u5426\u5219\u5230\u65F6 publish \u4F1A\u5931\u8D25\uFF0C\u4E0D\u4F1A\u53D1\u9001\u3002` : "")
  ),
  /** No ledger on this machine while pushes of the last week are past their slot (`state pull` forgotten?). */
  noLedger: m(
    (p) => `warning: no publish ledger on this machine (.wxpress/state/ is empty) while ${p.n} push(es) of the last week are past their slot and the allowed lateness. If the ledgers live on the wxpress-state branch, run \`npx --no-install wxpress state pull\` first: a push said missed below may have been sent from another machine. Check \u516C\u4F17\u53F7\u540E\u53F0 \u2192 \u7FA4\u53D1\u8BB0\u5F55 before sending anything by hand.`,
    (p) => `\u8B66\u544A\uFF1A\u672C\u673A\u6CA1\u6709\u53D1\u9001\u53F0\u8D26\uFF08.wxpress/state/ \u662F\u7A7A\u7684\uFF09\uFF0C\u800C\u6700\u8FD1\u4E00\u5468\u6709 ${p.n} \u6B21\u63A8\u9001\u5DF2\u8FC7\u63A8\u9001\u65F6\u95F4\u548C\u5141\u8BB8\u7684\u5EF6\u8FDF\u3002\u5982\u679C\u53F0\u8D26\u5728 wxpress-state \u5206\u652F\u4E0A\uFF0C\u8BF7\u5148\u8FD0\u884C \`npx --no-install wxpress state pull\`\uFF1A\u4E0B\u9762\u8BF4\u300C\u5DF2\u9519\u8FC7\u300D\u7684\u63A8\u9001\u53EF\u80FD\u5DF2\u7ECF\u7531\u522B\u7684\u673A\u5668\u53D1\u51FA\u3002\u624B\u52A8\u8865\u53D1\u4E4B\u524D\uFF0C\u5148\u5230\u300C\u516C\u4F17\u53F7\u540E\u53F0 \u2192 \u7FA4\u53D1\u8BB0\u5F55\u300D\u6838\u5BF9\u3002`
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

// src/i18n/messages/publish-lock.ts
var publishLockMessages = defineMessages("publishLock", {
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
  /** `written`: the lock file's mtime (ISO). */
  lockUnreadable: m(
    (p) => `wxpress: the publish lock ${p.file} of account \`${p.account}\` cannot be read (empty or not JSON; last written ${p.written}); nothing was done.`,
    (p) => `wxpress\uFF1A\u8D26\u53F7 \`${p.account}\` \u7684\u53D1\u5E03\u9501 ${p.file} \u65E0\u6CD5\u8BFB\u53D6\uFF08\u662F\u7A7A\u6587\u4EF6\u6216\u4E0D\u662F JSON\uFF0C\u6700\u540E\u5199\u5165\u4E8E ${p.written}\uFF09\uFF1B\u4EC0\u4E48\u4E5F\u6CA1\u505A\u3002`
  ),
  /** `at`: when the lock reaches the max age (ISO). */
  lockUnreadableHint: m(
    (p) => `hint: a publish killed (or out of disk space) while taking the lock leaves such a file. It is taken over once it is older than --lock-max-age (${p.minutes} minutes, at ${p.at}); if no publish is running now, delete ${p.file}.`,
    (p) => `\u5EFA\u8BAE\uFF1A\u53D1\u5E03\u5728\u52A0\u9501\u65F6\u88AB\u5F3A\u884C\u7EC8\u6B62\uFF08\u6216\u78C1\u76D8\u5DF2\u6EE1\uFF09\u5C31\u4F1A\u7559\u4E0B\u8FD9\u6837\u7684\u6587\u4EF6\u3002\u5B83\u8D85\u8FC7 --lock-max-age\uFF08${p.minutes} \u5206\u949F\uFF0C\u5373 ${p.at}\uFF09\u540E\u4F1A\u88AB\u81EA\u52A8\u63A5\u7BA1\uFF1B\u5982\u679C\u786E\u5B9A\u73B0\u5728\u6CA1\u6709\u53D1\u5E03\u5728\u8FD0\u884C\uFF0C\u53EF\u4EE5\u76F4\u63A5\u5220\u9664 ${p.file}\u3002`
  ),
  tookOverUnreadable: m(
    (p) => `wxpress: took over the unreadable publish lock ${p.file} of account \`${p.account}\` (empty or not JSON; last written ${p.written}, longer ago than --lock-max-age)`,
    (p) => `wxpress\uFF1A\u63A5\u7BA1\u4E86\u8D26\u53F7 \`${p.account}\` \u7684\u53D1\u5E03\u9501 ${p.file}\uFF1A\u5B83\u65E0\u6CD5\u8BFB\u53D6\uFF08\u662F\u7A7A\u6587\u4EF6\u6216\u4E0D\u662F JSON\uFF09\uFF0C\u6700\u540E\u5199\u5165\u4E8E ${p.written}\uFF0C\u5DF2\u8D85\u8FC7 --lock-max-age`
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
  ),
  /** publish: the ledger of a folder that is gone still names a draft in WeChat's draft box. */
  leftoverDraft: m(
    (p) => `\`${p.old}\` is no longer in content/, but its draft (media_id ${p.mediaId}) is still in the account's draft box: wxpress will not send it. Do not mass-send it by hand; if it is not needed, delete it in \u516C\u4F17\u53F7\u540E\u53F0 \u2192 \u5185\u5BB9\u4E0E\u4E92\u52A8 \u2192 \u8349\u7A3F\u7BB1 and remove ${p.file} on the wxpress-state branch (a renamed folder: move the ledger instead).`,
    (p) => `\`${p.old}\` \u5DF2\u4E0D\u5728 content/ \u91CC\uFF0C\u4F46\u5B83\u7684\u8349\u7A3F\uFF08media_id ${p.mediaId}\uFF09\u4ECD\u5728\u516C\u4F17\u53F7\u8349\u7A3F\u7BB1\uFF0Cwxpress \u4E0D\u4F1A\u53D1\u9001\u5B83\u3002\u8BF7\u4E0D\u8981\u624B\u52A8\u7FA4\u53D1\uFF1B\u4E0D\u518D\u9700\u8981\u5C31\u5728\u300C\u516C\u4F17\u53F7\u540E\u53F0 \u2192 \u5185\u5BB9\u4E0E\u4E92\u52A8 \u2192 \u8349\u7A3F\u7BB1\u300D\u91CC\u5220\u9664\u5B83\uFF0C\u5E76\u5728 wxpress-state \u5206\u652F\u4E0A\u5220\u6389 ${p.file}\uFF08\u5982\u679C\u53EA\u662F\u6539\u4E86\u6587\u4EF6\u5939\u540D\uFF0C\u5C31\u79FB\u52A8\u53F0\u8D26\uFF09\u3002`
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
    (p) => `  GitHub: ${p.line}`,
    (p) => `  GitHub \u6D88\u606F\uFF1A${p.line}`
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
  suggestions: ["post the suggested changes", "\u8D34\u51FA\u4FEE\u6539\u5EFA\u8BAE"],
  comment: ["write the wxpress comment", "\u5199 wxpress \u8BC4\u8BBA"]
};
var step = (key, zh) => STEPS[key]?.[zh ? 1 : 0] ?? key;
var ACTION_ZH3 = {
  created: "\u5DF2\u521B\u5EFA",
  updated: "\u5DF2\u66F4\u65B0",
  unchanged: "\u6CA1\u6709\u53D8\u5316",
  committed: "\u5DF2\u63D0\u4EA4",
  skipped: "\u5DF2\u8DF3\u8FC7"
};
var action = (a) => ACTION_ZH3[a] ?? a;
var githubSaid = (status, zh) => status > 0 ? zh ? `GitHub \u8FD4\u56DE HTTP ${status}` : `GitHub answered HTTP ${status}` : status === 0 ? zh ? "GitHub \u6CA1\u6709\u5E94\u7B54" : "GitHub did not answer" : zh ? "\u51FA\u9519" : "an error";
var refusedEn = (key, github) => `GitHub refused to ${step(key, false)} (HTTP 403: ${github}): this job needs \`pull-requests: write\` and \`checks: write\` (and \`contents: write\` for the preview images); `;
var refusedZh = (key, github) => `GitHub \u62D2\u7EDD${step(key, true)}\uFF08HTTP 403\uFF1A${github}\uFF09\uFF1A\u8FD9\u4E2A\u4F5C\u4E1A\u9700\u8981 \`pull-requests: write\` \u548C \`checks: write\`\uFF08\u53D1\u5E03\u9884\u89C8\u56FE\u8FD8\u9700\u8981 \`contents: write\`\uFF09\uFF1B`;
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
  headDiffers: m(
    (p) => `the artifact is for ${p.artifact} but pull request #${p.n} is at ${p.head}: nothing reported. Either the pull request moved on (the check of ${p.head} reports when it finishes) or this artifact comes from another commit; without a workflow_run event (GITHUB_EVENT_PATH) pr-report cannot tell.`,
    (p) => `\u4EA7\u7269\u5BF9\u5E94\u7684\u63D0\u4EA4\u662F ${p.artifact}\uFF0C\u4F46\u62C9\u53D6\u8BF7\u6C42 #${p.n} \u73B0\u5728\u7684\u5934\u63D0\u4EA4\u662F ${p.head}\uFF1A\u672C\u6B21\u4E0D\u62A5\u544A\u3002\u53EF\u80FD\u662F\u62C9\u53D6\u8BF7\u6C42\u5DF2\u7ECF\u66F4\u65B0\uFF08${p.head} \u7684\u68C0\u67E5\u5B8C\u6210\u540E\u4F1A\u62A5\u544A\uFF09\uFF0C\u4E5F\u53EF\u80FD\u8FD9\u4E2A\u4EA7\u7269\u6765\u81EA\u522B\u7684\u63D0\u4EA4\uFF1B\u6CA1\u6709 workflow_run \u4E8B\u4EF6\uFF08GITHUB_EVENT_PATH\uFF09\u65F6 pr-report \u65E0\u6CD5\u533A\u5206\u3002`
  ),
  nothingToReport: m(
    () => "the pull request changes no article, theme, config or plugin and the check found nothing: nothing written (no comment, no check run).",
    () => "\u62C9\u53D6\u8BF7\u6C42\u6CA1\u6709\u6539\u52A8\u6587\u7AE0\u3001\u4E3B\u9898\u3001\u914D\u7F6E\u6216\u63D2\u4EF6\uFF0C\u68C0\u67E5\u4E5F\u6CA1\u6709\u53D1\u73B0\u95EE\u9898\uFF1A\u4E0D\u5199\u4EFB\u4F55\u5185\u5BB9\uFF08\u4E0D\u53D1\u8BC4\u8BBA\uFF0C\u4E0D\u5EFA\u68C0\u67E5\u8FD0\u884C\uFF09\u3002"
  ),
  failed: m(
    (p) => `${step(p.step, false)} failed: ${p.error}`,
    (p) => `${step(p.step, true)}\u5931\u8D25\uFF1A${p.error}`
  ),
  /** A 403 under `pull_request`: a fork's token is read-only whatever the workflow asks. */
  refused: m(
    (p) => `${refusedEn(p.step, p.github)}a fork PR's token is read-only, so run pr-report from a \`workflow_run\` workflow.`,
    (p) => `${refusedZh(p.step, p.github)}\u6765\u81EA fork \u7684\u62C9\u53D6\u8BF7\u6C42\u7684\u4EE4\u724C\u662F\u53EA\u8BFB\u7684\uFF0C\u6240\u4EE5\u8BF7\u5728 \`workflow_run\` \u5DE5\u4F5C\u6D41\u91CC\u8FD0\u884C pr-report\u3002`
  ),
  /** A 403 under any other event (`workflow_run` included): the workflow's permissions are too narrow. */
  refusedPermissions: m(
    (p) => `${refusedEn(p.step, p.github)}grant them in the workflow's \`permissions:\` block (or allow them in Settings \u2192 Actions \u2192 General \u2192 Workflow permissions).`,
    (p) => `${refusedZh(p.step, p.github)}\u8BF7\u5728\u5DE5\u4F5C\u6D41\u7684 \`permissions:\` \u5757\u91CC\u6388\u4E88\u8FD9\u4E9B\u6743\u9650\uFF08\u6216\u5728 Settings \u2192 Actions \u2192 General \u2192 Workflow permissions \u91CC\u5141\u8BB8\uFF09\u3002`
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
    (p) => `suggestions: ${p.posted} posted, ${p.there} already there` + (p.left > 0 ? `, ${p.left} more not posted (at most ${p.max} per commit; \`npx --no-install wxpress check --fix\` fixes all)` : ""),
    (p) => `\u4FEE\u6539\u5EFA\u8BAE\uFF1A\u53D1\u8868 ${p.posted} \u6761\uFF0C\u5DF2\u6709 ${p.there} \u6761` + (p.left > 0 ? `\uFF0C\u53E6\u6709 ${p.left} \u6761\u6CA1\u6709\u53D1\u8868\uFF08\u6BCF\u4E2A\u63D0\u4EA4\u6700\u591A ${p.max} \u6761\uFF1B\`npx --no-install wxpress check --fix\` \u53EF\u5168\u90E8\u4FEE\u6B63\uFF09` : "")
  ),
  comment: m(
    (p) => `comment ${p.action} (${p.n} characters): ${p.url}`,
    (p) => `\u8BC4\u8BBA${action(p.action)}\uFF08${p.n} \u4E2A\u5B57\u7B26\uFF09\uFF1A${p.url}`
  ),
  retrying: m(
    (p) => `GitHub ${p.method} ${p.route}: ${p.status ? `HTTP ${p.status}` : "no answer"}; trying again in ${p.s} s (attempt ${p.attempt})`,
    (p) => `GitHub ${p.method} ${p.route}\uFF1A${p.status ? `HTTP ${p.status}` : "\u6CA1\u6709\u5E94\u7B54"}\uFF1B${p.s} \u79D2\u540E\u91CD\u8BD5\uFF08\u7B2C ${p.attempt} \u6B21\u5C1D\u8BD5\uFF09`
  ),
  rateLimited: m(
    (p) => `GitHub ${p.method} ${p.route}: rate limited; waiting ${p.s} s as GitHub asks (attempt ${p.attempt})`,
    (p) => `GitHub ${p.method} ${p.route}\uFF1A\u89E6\u53D1\u4E86\u901F\u7387\u9650\u5236\uFF1B\u6309 GitHub \u7684\u8981\u6C42\u7B49\u5F85 ${p.s} \u79D2\uFF08\u7B2C ${p.attempt} \u6B21\u5C1D\u8BD5\uFF09`
  ),
  gaveUp: m(
    (p) => `GitHub ${p.method} ${p.route}: not waiting any longer (already waited ${p.s} s in this run; the job has a time limit)`,
    (p) => `GitHub ${p.method} ${p.route}\uFF1A\u4E0D\u518D\u7B49\u5F85\uFF08\u672C\u6B21\u8FD0\u884C\u5DF2\u7B49\u5F85 ${p.s} \u79D2\uFF0C\u4F5C\u4E1A\u6709\u65F6\u95F4\u9650\u5236\uFF09`
  ),
  partFailed: m(
    (p) => `Could not ${step(p.step, false)} this time (${githubSaid(p.status, false)}); the job log has the details, and the next run tries again.`,
    (p) => `\u672C\u6B21\u672A\u80FD${step(p.step, true)}\uFF08${githubSaid(p.status, true)}\uFF09\uFF0C\u8BE6\u60C5\u89C1\u4F5C\u4E1A\u65E5\u5FD7\uFF0C\u4E0B\u6B21\u8FD0\u884C\u4F1A\u518D\u8BD5\u3002`
  )
});

// src/i18n/catalogue.ts
var AREAS = [
  commonMessages,
  configMessages,
  contentMessages,
  contentYamlMessages,
  lintMessages,
  lintDateMessages,
  lintRuleMessages,
  lintStructureMessages,
  reportMessages,
  planMessages,
  scheduleMessages,
  renderMessages,
  renderSizeMessages,
  imageFileMessages,
  renderCliMessages,
  renderHtmlMessages,
  renderStyleMessages,
  renderImageMessages,
  renderDiagramMessages,
  themeMessages,
  statsMessages,
  stateMessages,
  stateTransportMessages,
  cliMiscMessages,
  cliUsageMessages,
  ...cliHelpAreas,
  prCheckMessages,
  prCheckSummaryMessages,
  previewMessages,
  initMessages,
  publishMessages,
  publishErrcodeMessages,
  publishStepMessages,
  publishCliMessages,
  publishLockMessages,
  publishRenamedMessages,
  alertsCliMessages,
  prReportMessages
];
var CATALOGUE = new Map(AREAS.flatMap((a) => Object.entries(a.entries)));
var messageIds = () => [...CATALOGUE.keys()];
function renderText(text, locale2 = "en", fallback) {
  if (!isMessage(text)) return text;
  const entry = CATALOGUE.get(text.id);
  if (!entry) return fallback ?? text.id;
  return locale2 === "zh-CN" ? entry.zh(text.params) : entry.en(text.params);
}
var t = (locale2, message) => renderText(message, locale2);

export {
  commonMessages,
  configMessages,
  contentMessages,
  contentYamlMessages,
  scheduleMessages,
  lintMessages,
  lintRuleMessages,
  lintDateMessages,
  lintStructureMessages,
  isValidTimeZone,
  parseSlot,
  formatLocalIso,
  offsetLabel,
  formatUtcIso,
  localDate,
  formatLocalHuman,
  localClock,
  parseNow,
  nowProblem,
  planMessages,
  pushWhen,
  reportMessages,
  renderMessages,
  renderSizeMessages,
  imageFileMessages,
  renderCliMessages,
  renderHtmlMessages,
  renderStyleMessages,
  renderImageMessages,
  renderDiagramMessages,
  themeMessages,
  statsMessages,
  cliMiscMessages,
  NOT_REPO,
  cliUsageMessages,
  prCheckMessages,
  prCheckSummaryMessages,
  initMessages,
  stateMessages,
  stateTransportMessages,
  stateReasonZh,
  publishMessages,
  publishErrcodeMessages,
  publishStepMessages,
  joinItems,
  publishCliMessages,
  publishLockMessages,
  publishRenamedMessages,
  alertsCliMessages,
  prReportMessages,
  messageIds,
  renderText,
  t
};
