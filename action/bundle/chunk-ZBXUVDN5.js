import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);

// src/publish/alerts/issue-bodies.ts
function alertMarker(account, slotUtc) {
  return `<!-- wxpress:alert:${account}:${slotUtc} -->`;
}
var WHAT = {
  missed: "\u9519\u8FC7",
  blocked: "\u88AB\u963B\u6B62",
  failed: "\u5931\u8D25",
  unconfirmed: "\u7ED3\u679C\u672A\u786E\u8BA4"
};
var MODE_ZH = { draft: "\u8349\u7A3F", publish: "\u53D1\u8868", broadcast: "\u7FA4\u53D1" };
var modeZh = (mode) => MODE_ZH[mode] ?? mode;
var RENAMED = "publish/renamed-after-send";
var UNREADABLE = "publish/ledger-unreadable";
function sentState(reason) {
  if (reason.kind === "unconfirmed") return "maybe";
  if (reason.kind !== "blocked") return "not";
  if (reason.reasons.some((b) => b.ruleId === RENAMED)) return "renamed";
  if (reason.reasons.some((b) => b.ruleId === UNREADABLE)) return "unknown";
  return "not";
}
var TITLE_VERB = {
  not: "\u672A\u53D1\u9001",
  renamed: "\u5DF2\u5728\u65E7\u6587\u4EF6\u5939\u540D\u4E0B\u53D1\u9001\u8FC7\uFF0C\u53F0\u8D26\u9700\u8981\u8FC1\u79FB",
  unknown: "\u88AB\u963B\u6B62\uFF0C\u53F0\u8D26\u65E0\u6CD5\u8BFB\u53D6",
  maybe: "\u53EF\u80FD\u5DF2\u53D1\u9001"
};
var OPENING = {
  not: "\u6CA1\u6709\u53D1\u51FA",
  renamed: "\u5DF2\u7ECF\u5728\u65E7\u6587\u4EF6\u5939\u540D\u4E0B\u53D1\u9001\u8FC7\uFF08\u6216\u5C1D\u8BD5\u53D1\u9001\u8FC7\uFF09\uFF0C\u4F46\u53F0\u8D26\u8FD8\u7559\u5728\u65E7\u540D\u5B57\u4E0B\uFF0C\u8FD9\u6B21\u8FD0\u884C\u6CA1\u6709\u518D\u53D1",
  unknown: "\u8FD9\u6B21\u8FD0\u884C\u6CA1\u6709\u53D1\u9001\uFF1B\u5B83\u6B64\u524D\u662F\u5426\u53D1\u51FA\u8FC7\uFF0C\u8981\u770B\u65E0\u6CD5\u8BFB\u53D6\u7684\u53F0\u8D26",
  maybe: "\u7ED3\u679C\u672A\u786E\u8BA4"
};
function alertTitle(input) {
  const sent = sentState(input.reason);
  const what = sent === "unknown" ? "" : `\uFF08${WHAT[input.reason.kind]}\uFF09`;
  return `wxpress\uFF1A${input.slot.short} \u7684\u63A8\u9001${TITLE_VERB[sent]}${what}`;
}
function reasonLines(input) {
  const r = input.reason;
  switch (r.kind) {
    case "missed":
      return [
        `- \`publish/missed\`\uFF1A\u5230 ${input.slot.short} \u4E4B\u540E ${input.maxLatenessMinutes} \u5206\u949F\u5185\u6CA1\u6709\u4E00\u6B21\u53D1\u5E03\u8FD0\u884C\u628A\u5B83\u53D1\u51FA\uFF1Bwxpress \u4ECE\u4E0D\u8FDF\u53D1\u3002`
      ];
    case "blocked":
      return r.reasons.flatMap((b) => [
        `- \`${b.ruleId}\`\uFF08\`${b.file}\`\uFF09\uFF1A${b.message}`,
        ...b.hint ? [`  - \u5EFA\u8BAE\uFF1A${b.hint}`] : []
      ]);
    case "failed":
      return [
        `- ${r.errcode !== void 0 ? `\`publish/wechat-${r.errcode}\`\uFF0Cerrcode ${r.errcode}\uFF1A` : ""}` + r.message,
        ...r.hint ? [`  - \u5EFA\u8BAE\uFF1A${r.hint}`] : []
      ];
    case "unconfirmed":
      return [`- \`publish/unconfirmed\`\uFF1A${r.message}`];
  }
}
var NEXT = {
  missed: [
    "\u7ED9\u6587\u7AE0\u4E00\u4E2A\u65B0\u7684 `slot`\uFF08\u5C06\u6765\u7684\u65F6\u95F4\uFF09\u5E76\u5408\u5E76\u5230 main\uFF1A\u4E0B\u4E00\u6B21\u8FD0\u884C\u4F1A\u51C6\u5907\u8349\u7A3F\u5E76\u6309\u65F6\u53D1\u9001\uFF0C\u8FD9\u4E2A\u95EE\u9898\u968F\u4E4B\u5173\u95ED\u3002",
    "\u6216\u8005\u5728\u516C\u4F17\u5E73\u53F0\u624B\u52A8\u53D1\u9001\uFF0C\u7136\u540E\u5220\u9664\u6216\u6539\u6389\u8FD9\u4E2A `slot`\u3002"
  ],
  blocked: [
    "\u5728\u672C\u5730\u8FD0\u884C `npx --no-install wxpress check` \u770B\u5230\u540C\u6837\u7684\u9519\u8BEF\uFF0C\u4FEE\u590D\u540E\u5408\u5E76\u5230 main\u3002",
    "\u4ECD\u5728\u5141\u8BB8\u7684\u5EF6\u8FDF\u4E4B\u5185\u65F6\uFF0C\u4E0B\u4E00\u6B21\u8FD0\u884C\u4F1A\u53D1\u9001\uFF1B\u5DF2\u7ECF\u9519\u8FC7\u65F6\uFF0C\u8BF7\u6539\u4E00\u4E2A\u65B0\u7684 `slot`\u3002"
  ],
  failed: [
    "\u6309\u4E0A\u9762\u7684\u63D0\u793A\u5904\u7406\uFF08\u51ED\u636E\u3001IP \u767D\u540D\u5355\u3001\u8D26\u53F7\u6743\u9650\u6216\u989D\u5EA6\uFF09\uFF0C\u7136\u540E\u91CD\u65B0\u8FD0\u884C \u201Cwxpress publish\u201D \u5DE5\u4F5C\u6D41\u3002",
    "\u4ECD\u5728\u5141\u8BB8\u7684\u5EF6\u8FDF\u4E4B\u5185\u65F6\u4F1A\u518D\u8BD5\uFF1B\u5DF2\u7ECF\u9519\u8FC7\u65F6\uFF0C\u8BF7\u6539\u4E00\u4E2A\u65B0\u7684 `slot`\u3002"
  ],
  unconfirmed: [
    "\u5728\u516C\u4F17\u5E73\u53F0 \u2192 \u5185\u5BB9\u4E0E\u4E92\u52A8 \u2192 \u53D1\u8868\u8BB0\u5F55 / \u7FA4\u53D1\u8BB0\u5F55 \u4E2D\u67E5\u770B\u5B83\u662F\u5426\u5DF2\u7ECF\u53D1\u51FA\u3002",
    "\u628A\u770B\u5230\u7684\u7ED3\u679C\u8BB0\u5165\u53F0\u8D26\uFF08`.wxpress/state/<slug>.json`\uFF0C\u5728 wxpress-state \u5206\u652F\u4E0A\uFF09\u540E\u518D\u8FD0\u884C\uFF1B\u5728\u6B64\u4E4B\u524D wxpress \u4E0D\u4F1A\u518D\u53D1\u8FD9\u6761\u63A8\u9001\uFF0C\u4EE5\u514D\u91CD\u590D\u53D1\u9001\u3002"
  ]
};
var LEDGER_NEXT = [
  "\u6309\u4E0A\u9762\u7684\u63D0\u793A\uFF0C\u4ECE `wxpress-state` \u5206\u652F\u7684\u5386\u53F2\u91CC\u6062\u590D\u53F0\u8D26\u6587\u4EF6\uFF08\u53F0\u8D26\u4E0D\u5728 main \u4E0A\uFF0C\u6539 main \u4FEE\u4E0D\u597D\u5B83\uFF09\uFF1B\u6062\u590D\u5E76\u63A8\u9001\u540E\uFF0C\u4E0B\u4E00\u6B21\u53D1\u5E03\u8FD0\u884C\u4F1A\u63A5\u7740\u5904\u7406\u3002",
  "\u9664\u975E\u786E\u5B9A\u6587\u7AE0\u6CA1\u6709\u53D1\u51FA\uFF0C\u5426\u5219\u4E0D\u8981\u5220\u9664\u53F0\u8D26\u6587\u4EF6\uFF1A\u5220\u9664\u540E wxpress \u4F1A\u628A\u5B83\u5F53\u4F5C\u4ECE\u672A\u53D1\u9001\u3002",
  "\u53F0\u8D26\u6062\u590D\u4E4B\u524D\u4E0D\u8981\u6539 `slot` \u6216\u624B\u52A8\u91CD\u53D1\uFF1A\u8FD9\u6761\u63A8\u9001\u53EF\u80FD\u5DF2\u7ECF\u53D1\u51FA\u3002"
];
var RENAMED_NEXT = [
  "\u6309\u4E0A\u9762 `publish/renamed-after-send` \u7684\u5EFA\u8BAE\u5904\u7406\uFF1A\u628A\u6587\u4EF6\u5939\u6539\u56DE\u539F\u540D\uFF0C\u6216\u8005\u5728 `wxpress-state` \u5206\u652F\u4E0A\u628A\u65E7\u53F0\u8D26\u79FB\u5230\u65B0\u540D\u5B57\u4E0B\uFF08\u53F0\u8D26\u4E0D\u5728 main \u4E0A\uFF09\uFF1B\u63A8\u9001\u4E4B\u540E\uFF0C\u4E0B\u4E00\u6B21\u53D1\u5E03\u8FD0\u884C\u4F1A\u8BA4\u51FA\u5B83\u5DF2\u53D1\u9001\uFF0C\u8FD9\u4E2A\u95EE\u9898\u968F\u4E4B\u5173\u95ED\u3002",
  "\u4E0D\u8981\u6539\u65B0\u7684 `slot`\uFF0C\u4E5F\u4E0D\u8981\u624B\u52A8\u91CD\u53D1\uFF1A\u8BFB\u8005\u5DF2\u7ECF\u6536\u5230\u8FC7\u8FD9\u7BC7\u6587\u7AE0\u3002",
  "\u53EA\u6709\u786E\u5B9E\u662F\u53E6\u4E00\u7BC7\u9700\u8981\u53D1\u9001\u7684\u6587\u7AE0\u65F6\uFF0C\u624D\u6309\u5EFA\u8BAE\u5220\u9664\u65E7\u53F0\u8D26\u3002"
];
function nextSteps(reason) {
  if (reason.kind !== "blocked") return NEXT[reason.kind];
  const [check] = NEXT.blocked;
  const others = reason.reasons.some((b) => b.ruleId !== UNREADABLE && b.ruleId !== RENAMED);
  const sent = sentState(reason);
  if (sent === "renamed") return others ? [...RENAMED_NEXT, check] : RENAMED_NEXT;
  if (sent === "unknown") return others ? [...LEDGER_NEXT, check] : LEDGER_NEXT;
  return NEXT.blocked;
}
function alertBody(input) {
  const articles = input.articles.map((a, i) => {
    const file = a.link ? `[\`${a.path}\`](${a.link})` : `\`${a.path}\``;
    return `${i + 1}. **${a.title}**\uFF08${file}\uFF09`;
  });
  return [
    alertMarker(input.account, input.slot.utc),
    `**${input.slot.short}** \u7684\u63A8\u9001${OPENING[sentState(input.reason)]}\uFF08\u8D26\u53F7 \`${input.account}\`\uFF0C\u65B9\u5F0F\uFF1A${modeZh(input.mode)}\uFF09\u3002`,
    "",
    `- \u8BA1\u5212\u65F6\u95F4\uFF1A${input.slot.full} \xB7 ${input.slot.utc}`,
    "",
    "### \u6587\u7AE0",
    ...articles,
    "",
    "### \u539F\u56E0",
    ...reasonLines(input),
    "",
    "### \u4E0B\u4E00\u6B65",
    ...nextSteps(input.reason).map((line) => `- ${line}`),
    "",
    "<sub>\u7531 wxpress \u7684\u53D1\u5E03\u8FD0\u884C\u7EF4\u62A4\uFF1A\u539F\u56E0\u53D8\u5316\u65F6\u66F4\u65B0\uFF1B\u63A8\u9001\u53D1\u51FA\u3001\u65F6\u95F4\u6539\u53D8\u6216\u6587\u7AE0\u79FB\u9664\u540E\u81EA\u52A8\u5173\u95ED\u3002</sub>"
  ].join("\n");
}
function sentCloseComment(input) {
  const link = input.url ? `\uFF1A${input.url}` : "";
  return `\u5DF2\u53D1\u9001${link}\uFF08${input.sentAt.full}\uFF0C${input.lateness}\uFF09\u3002\u5173\u95ED\u6B64\u95EE\u9898\u3002`;
}
var SLOT_GONE_COMMENT = "\u8FD9\u4E2A\u65F6\u95F4\u7684\u63A8\u9001\u5DF2\u4E0D\u5728\u8BA1\u5212\u4E2D\uFF08`slot` \u5DF2\u66F4\u6539\uFF0C\u6216\u6587\u7AE0\u5DF2\u79FB\u9664\uFF09\u3002\u5173\u95ED\u6B64\u95EE\u9898\uFF1B\u65B0\u7684\u65F6\u95F4\u5982\u6709\u95EE\u9898\u4F1A\u53E6\u5F00\u4E00\u4E2A\u3002";

// src/publish/alerts/pr-bodies.ts
var sentMarker = (slug) => `<!-- wxpress:sent:${slug} -->`;
var preparedMarker = (slug) => `<!-- wxpress:prepared:${slug} -->`;
var NO_LINK = "\uFF08\u5FAE\u4FE1\u6CA1\u6709\u8FD4\u56DE\u94FE\u63A5\uFF1B\u89C1\u516C\u4F17\u5E73\u53F0\u7684\u53D1\u8868\u8BB0\u5F55\uFF09";
var withSentLink = (body, url) => body.replace(`- \u6587\u7AE0\u94FE\u63A5\uFF1A${NO_LINK}`, `- \u6587\u7AE0\u94FE\u63A5\uFF1A<${url}>\uFF08\u7531\u7EDF\u8BA1\u4EFB\u52A1\u8865\u4E0A\uFF09`);
function sentComment(input) {
  return [
    sentMarker(input.slug),
    `### \u2705 \u5DF2\u53D1\u9001\uFF1A${input.title}`,
    "",
    // in <>: GitHub's autolink would take a full-width mark after the URL into it
    `- \u6587\u7AE0\u94FE\u63A5\uFF1A${input.url ? `<${input.url}>` : NO_LINK}`,
    `- \u53D1\u9001\u65F6\u95F4\uFF1A${input.sentAt.full}\uFF0C${input.lateness}\uFF08\u8BA1\u5212 ${input.slot.full}\uFF09`,
    `- \u8D26\u53F7\uFF1A\`${input.account}\``
  ].join("\n");
}
var ICON = { error: "\u274C", warning: "\u26A0\uFE0F", info: "\u2139\uFE0F" };
function preparedComment(input) {
  const n = input.findings.length;
  const verdict = n === 0 ? "\u9884\u68C0\u901A\u8FC7" : `\u9884\u68C0\u53D1\u73B0 ${n} \u4E2A\u95EE\u9898`;
  const findings = input.findings.map(
    (f) => `- ${ICON[f.severity]} \`${f.ruleId}\`\uFF1A${f.message}${f.hint ? `
  - \u5EFA\u8BAE\uFF1A${f.hint}` : ""}`
  );
  return [
    preparedMarker(input.slug),
    `### \u{1F4DD} \u5DF2\u51C6\u5907\u8349\u7A3F \xB7 ${verdict}\uFF1A${input.title}`,
    "",
    `- \u8BA1\u5212\u53D1\u9001\uFF1A${input.slot.full} \xB7 ${input.slot.utc}`,
    `- \u8D26\u53F7\uFF1A\`${input.account}\`\uFF0C\u65B9\u5F0F\uFF1A${modeZh(input.mode)}`,
    "- \u9884\u68C0\uFF1A\u51ED\u636E\u3001\u65B9\u5F0F\u7684\u6743\u9650\u3001\u7C89\u4E1D\u6807\u7B7E\uFF08\u4E0D\u53D1\u9001\u4EFB\u4F55\u5185\u5BB9\uFF09",
    ...n > 0 ? ["", ...findings, "", "\u8BF7\u5728\u53D1\u9001\u65F6\u95F4\u4E4B\u524D\u4FEE\u590D\u5E76\u5408\u5E76\uFF0C\u5426\u5219\u8FD9\u6761\u63A8\u9001\u4F1A\u5728\u53D1\u9001\u65F6\u5931\u8D25\u3002"] : []
  ].join("\n");
}

export {
  alertMarker,
  alertTitle,
  alertBody,
  sentCloseComment,
  SLOT_GONE_COMMENT,
  sentMarker,
  preparedMarker,
  NO_LINK,
  withSentLink,
  sentComment,
  preparedComment
};
