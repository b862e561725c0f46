import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  resolveNow
} from "./chunk-2NWFFI6H.js";
import {
  EXIT
} from "./chunk-5BTLSYB3.js";
import "./chunk-3H6A6EEH.js";
import {
  localeInText
} from "./chunk-ARZ2MO6U.js";
import {
  packageRepository,
  packageVersion
} from "./chunk-YSZOIMHP.js";
import {
  formatLocalIso,
  initMessages,
  localDate,
  t
} from "./chunk-OWIXN4P4.js";
import "./chunk-W666XFH3.js";
import "./chunk-6YQ3DZCD.js";
import "./chunk-S4VC6IKX.js";
import "./chunk-RGBDA2DB.js";
import {
  configSchema
} from "./chunk-DS2PTOKG.js";
import "./chunk-HQTF5GXH.js";
import "./chunk-EP4KRDZC.js";

// src/cli/commands/run-init.ts
import { copyFile, mkdir, readFile, readdir, stat, writeFile } from "node:fs/promises";
import path2 from "node:path";

// src/init/distribution.ts
import path from "node:path";
var TEMPLATE_ACTION = "wxpress-dev/wxpress@v0";
function githubRepository(repository) {
  const raw = typeof repository === "object" && repository !== null ? repository.url : repository;
  if (typeof raw !== "string") return void 0;
  const prefix = /^(?:github:|git\+https:\/\/github\.com\/|https:\/\/github\.com\/|git@github\.com:)?/;
  const match = new RegExp(`${prefix.source}([\\w.-]+\\/[\\w.-]+?)(?:\\.git)?$`).exec(raw.trim());
  return match?.[1];
}
function distribution(repository, version) {
  const major = /^(\d+)\./.exec(version)?.[1] ?? "0";
  return { repository: githubRepository(repository) ?? TEMPLATE_ACTION.split("@")[0], tag: `v${major}` };
}
function actionRef(d) {
  return `${d.repository}@${d.tag}`;
}
function gitDependency(d) {
  return `github:${d.repository}#${d.tag}`;
}
function fromSource(from, absolute, isFile) {
  if (isFile) {
    const name = path.basename(absolute);
    return { kind: "tarball", file: absolute, vendorPath: `vendor/${name}`, spec: `file:vendor/${name}` };
  }
  return { kind: "spec", spec: from };
}
function looksLikeFile(from) {
  if (/^[a-z][a-z0-9+.-]*:/i.test(from) && !/^[A-Za-z]:\\/.test(from)) return false;
  return /^(\.{0,2}\/|~\/|[A-Za-z]:\\)/.test(from) || /\.(tgz|tar\.gz)$/i.test(from);
}

// src/init/workflow-templates.ts
import { readFileSync } from "node:fs";
var WORKFLOW_NAMES = [
  "wxpress-check.yml",
  "wxpress-report.yml",
  "wxpress-publish.yml",
  "wxpress-stats.yml"
];
var WORKFLOW_TEMPLATES = new URL("../../templates/workflows/", import.meta.url);
function workflowTemplate(name) {
  return readFileSync(new URL(name, WORKFLOW_TEMPLATES), "utf8");
}
function workflowFiles(action) {
  return WORKFLOW_NAMES.map((name) => ({
    path: `.github/workflows/${name}`,
    content: workflowTemplate(name).replaceAll(TEMPLATE_ACTION, action)
  }));
}

// src/init/starter-site.ts
var STARTER_COVER_BASE64 = "iVBORw0KGgoAAAANSUhEUgAAAdYAAADICAMAAABibzA3AAAABlBMVEV8xqQfiltXdPusAAAACXBIWXMAAAsTAAALEwEAmpwYAAABHUlEQVR42u3coREAAAgDsbL/0ggMGsklI/R9UzwUE8iKrMiKrMgqK7IiK7IiK7LKiqzIiqzIiqyyIiuyIiuyyoqsyIqsyIqssiIrsiIrsiKrrMiKrMiKrMgqK7IiK7Iiq6zIiqzIiqzIKiuyIiuyIiuyyoqsyIqsyIqssiIrsiIrssqKrMiKrMiKrLIiK7IiK+esAAAAAAAAAAAAAAAAAAAAAAAADNdUXtSQFVmRFVllRVZkRVZkRVZZkRVZkRVZkVVWZEVWZEVWWZEVWZEVWZFVVmRFVmRFVmSVFVmRFVmRFVllRVZkRVZklRVZkRVZkRVZZUVWZEVWZEVWWZEVWZEVWZFVVmRFVmRFVlmRFVmRFVmRVVZkRVZkRVaWBjh9JdAIDmsiAAAAAElFTkSuQmCC";
function starterArticle(suggestedSlot) {
  return `---
title: \u4F60\u597D\uFF0Cwxpress
topic: \u793E\u533A\u901A\u77E5
audience: \u5168\u90E8\u7C89\u4E1D
slogan: \u7528\u5199\u4EE3\u7801\u7684\u65B9\u5F0F\u5199\u516C\u4F17\u53F7
author: \u5C0F\u7F16
digest: \u7B2C\u4E00\u7BC7\u7528 wxpress \u7BA1\u7406\u7684\u6587\u7AE0\u3002
cover: cover.png
# \u793A\u4F8B\u6587\u7AE0\uFF1A\u6CA1\u6709 slot\uFF0C\u6240\u4EE5\u4E0D\u4F1A\u88AB\u53D1\u9001\uFF1Bmode: draft \u8BA9\u5B83\u5373\u4F7F\u6709\u4E86 slot \u4E5F\u53EA\u8FDB\u5165\u8349\u7A3F\u7BB1\u3002
# \u5199\u771F\u6B63\u7684\u6587\u7AE0\u65F6\uFF0C\u52A0\u4E0A\u8BA1\u5212\u65F6\u95F4\uFF08\u5E26\u65F6\u533A\uFF09\uFF0C\u4F8B\u5982\uFF1A
# slot: ${suggestedSlot}
mode: draft
---

## \u6B22\u8FCE

\u8FD9\u662F\u4E00\u7BC7\u793A\u4F8B\u6587\u7AE0\u3002\u628A\u5B83\u6539\u6210\u4F60\u7684\u5185\u5BB9\uFF0C\u8FD0\u884C \`npm run check\` \u770B\u770B\u6709\u6CA1\u6709\u9700\u8981\u4FEE\u6539\u7684\u5730\u65B9\uFF0C\u518D\u7528 \`npm run preview\` \u5728\u624B\u673A\u5BBD\u5EA6\u7684\u9884\u89C8\u91CC\u770B\u6548\u679C\u3002

- \u6BCF\u7BC7\u6587\u7AE0\u653E\u5728 \`content/<slug>/index.md\`\uFF0C\u56FE\u7247\u653E\u5728\u540C\u4E00\u4E2A\u6587\u4EF6\u5939\uFF1B
- \`slot\` \u662F\u8BA1\u5212\u63A8\u9001\u7684\u65F6\u95F4\uFF0C\u8BF7\u5199\u4E0A\u65F6\u533A\uFF0C\u4F8B\u5982 \`+08:00\`\uFF1B
- \u63D0\u4EA4 Pull Request \u540E\uFF0CCI \u4F1A\u68C0\u67E5\u6587\u7AE0\u5E76\u5728 PR \u91CC\u8D34\u51FA\u624B\u673A\u622A\u56FE\uFF1B\u5408\u5E76\u4E4B\u540E\uFF0C\u5230\u4E86\u8BA1\u5212\u65F6\u95F4\u81EA\u52A8\u53D1\u9001\uFF0C\u53EA\u53D1\u4E00\u6B21\u3002
`;
}
var GITIGNORE_LINES = [
  "node_modules/",
  ".wxpress/cache/",
  ".wxpress/state/",
  ".wxpress/stats/",
  ".wxpress/locks/",
  "wxpress-pr/",
  "out/"
];
function starterConfig(withLocale) {
  const config = {
    $schema: "./node_modules/wxpress/docs/config.schema.json",
    ...withLocale ? { locale: "zh-CN" } : {},
    timezone: "Asia/Shanghai",
    theme: "default",
    accounts: { main: { kind: "subscription", mode: "draft" } }
  };
  return `${JSON.stringify(config, null, 2)}
`;
}
var EXAMPLE_SLUG = "hello-wxpress";
var EXAMPLE_DIR = `content/${EXAMPLE_SLUG}`;
function starterFiles(options) {
  return [
    { path: "wxpress.config.json", content: starterConfig(options.withLocale) },
    ...workflowFiles(options.action),
    { path: ".gitignore", content: `${GITIGNORE_LINES.join("\n")}
` }
  ];
}
function exampleFiles(suggestedSlot) {
  return [
    { path: `${EXAMPLE_DIR}/index.md`, content: starterArticle(suggestedSlot) },
    { path: `${EXAMPLE_DIR}/cover.png`, content: Buffer.from(STARTER_COVER_BASE64, "base64") }
  ];
}

// src/init/merge-gitignore.ts
function mergeGitignore(existing) {
  const bare = (line) => line.trim().replace(/^\//, "").replace(/\/$/, "");
  const present = new Set(existing.split(/\r?\n/).map(bare));
  const added = GITIGNORE_LINES.filter((line) => !present.has(bare(line)));
  if (added.length === 0) return { text: void 0, added };
  const separator = existing === "" || existing.endsWith("\n") ? "" : "\n";
  return { text: `${existing}${separator}# wxpress
${added.join("\n")}
`, added };
}

// src/init/site-package-json.ts
function isOutsideFileSpec(spec) {
  const file = /^file:(.*)$/.exec(spec)?.[1];
  return file !== void 0 && (file.startsWith("..") || file.startsWith("/") || /^[A-Za-z]:/.test(file));
}
var isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
function packageName(folder) {
  const name = folder.toLowerCase().replace(/[^a-z0-9._-]+/g, "-").replace(/^[._-]+|-+$/g, "").slice(0, 214);
  return name === "" ? "wxpress-site" : name;
}
function rememberedExample(text) {
  if (text === void 0) return void 0;
  try {
    const data = JSON.parse(text);
    const wx = isObject(data) ? data.wxpress : void 0;
    return isObject(wx) && typeof wx.example === "string" ? wx.example : void 0;
  } catch {
    return void 0;
  }
}
function section(data, key) {
  const value = data[key];
  if (isObject(value)) return value;
  if (value !== void 0) return void 0;
  const created = {};
  data[key] = created;
  return created;
}
function sitePackageJson(existing, input) {
  let data;
  const added = [];
  if (existing === void 0) {
    const description = "WeChat Official Account articles, checked and published by wxpress";
    data = { name: input.name, private: true, description };
  } else {
    let parsed;
    try {
      parsed = JSON.parse(existing);
    } catch (error) {
      return { ok: false, reason: `package.json is not valid JSON (${error.message})` };
    }
    if (!isObject(parsed)) return { ok: false, reason: "package.json does not hold a JSON object" };
    data = parsed;
  }
  const add = (target, key, value, label) => {
    if (target === void 0 || target[key] !== void 0) return;
    target[key] = value;
    added.push(label);
  };
  for (const [script, command] of [
    ["check", "wxpress check"],
    ["preview", "wxpress preview"]
  ]) {
    add(section(data, "scripts"), script, command, `scripts.${script}`);
  }
  const declared = ["dependencies", "devDependencies"].some(
    (key) => isObject(data[key]) && data[key].wxpress !== void 0
  );
  if (!declared) add(section(data, "devDependencies"), "wxpress", input.spec, "devDependencies.wxpress");
  let replaced;
  for (const key of ["dependencies", "devDependencies"]) {
    const deps = data[key];
    if (!input.vendored || !isObject(deps) || typeof deps.wxpress !== "string") continue;
    if (!isOutsideFileSpec(deps.wxpress)) continue;
    replaced = `${key}.wxpress: ${deps.wxpress} \u2192 ${input.spec}`;
    deps.wxpress = input.spec;
  }
  if (input.example !== void 0 && rememberedExample(existing) === void 0) {
    add(section(data, "wxpress"), "example", input.example, "wxpress.example");
  }
  if (existing !== void 0 && added.length === 0 && !replaced) return { ok: true, text: void 0, added };
  const indent = existing === void 0 ? 2 : /^\{\r?\n([ \t]+)"/.exec(existing)?.[1] ?? 2;
  return {
    ok: true,
    text: `${JSON.stringify(data, null, indent)}
`,
    added,
    ...replaced ? { replaced } : {}
  };
}

// src/init/next-steps.ts
function nextSteps(input) {
  const cd = input.folder === "." ? "" : `  cd ${input.folder}
`;
  return `
\u4E0B\u4E00\u6B65\uFF1A
 1. \u5B89\u88C5 wxpress\uFF08${input.spec}\uFF09\u5E76\u68C0\u67E5\u793A\u4F8B\u6587\u7AE0\uFF1A
${outsideNote(input.spec)}${cd}  npm install
  npm run check                     # = npx --no-install wxpress check
  npm run preview                   # \u624B\u673A\u5BBD\u5EA6\u7684\u672C\u5730\u9884\u89C8
 2. \u63D0\u4EA4\u5E76\u63A8\u9001\u5230 GitHub\u3002\u5DE5\u4F5C\u6D41\u4F7F\u7528 Action ${input.action}\uFF1A
  .github/workflows/wxpress-check.yml    PR \u68C0\u67E5\uFF08\u53EA\u8BFB\uFF0Cfork \u5B89\u5168\uFF09
  .github/workflows/wxpress-report.yml   PR \u8BC4\u8BBA\u3001\u68C0\u67E5\u7ED3\u679C\u3001\u624B\u673A\u622A\u56FE\u3001\u4FEE\u6539\u5EFA\u8BAE
  .github/workflows/wxpress-publish.yml  \u5408\u5E76\u540E\u51C6\u5907\u8349\u7A3F\uFF0C\u6309\u8BA1\u5212\u65F6\u95F4\u53D1\u9001
  .github/workflows/wxpress-stats.yml    \u6BCF\u5929\u8BFB\u53D6\u7EDF\u8BA1\u6570\u636E
 3. \u5728 Settings \u2192 Secrets and variables \u2192 Actions \u6DFB\u52A0 WECHAT_APP_ID \u548C WECHAT_APP_SECRET\u3002
 4. \u5728 Settings \u2192 Branches\uFF08\u6216 Rules\uFF09\u8981\u6C42 "wxpress check" \u901A\u8FC7\u540E\u624D\u80FD\u5408\u5E76\uFF1B\u5B83\u5728\u6BCF\u4E2A PR \u4E0A\u90FD\u8FD0\u884C\uFF0C
    \u4E0D\u8981\u7ED9 wxpress-check.yml \u52A0 paths: \u8FC7\u6EE4\uFF0C\u5426\u5219\u6CA1\u6709\u6539\u52A8\u6587\u7AE0\u7684 PR \u4F1A\u4E00\u76F4\u7B49\u5F85\u3001\u65E0\u6CD5\u5408\u5E76\u3002
    \u53D1\u9001\u8BB0\u5F55\u4FDD\u5B58\u5728 wxpress-state \u5206\u652F\uFF0C\u53D1\u5E03\u4EFB\u52A1\u4ECE\u4E0D\u63A8\u9001\u5230\u53D7\u4FDD\u62A4\u7684 main\u3002
 5. \u5FAE\u4FE1\u53EA\u63A5\u53D7\u767D\u540D\u5355 IP \u7684\u8C03\u7528\uFF08errcode 40164\uFF09\uFF1A\u628A\u56FA\u5B9A\u51FA\u53E3 IP \u52A0\u5165\u516C\u4F17\u53F7\u7684 IP \u767D\u540D\u5355\uFF0C
    \u7528 self-hosted runner \u8FD0\u884C wxpress-publish.yml / wxpress-stats.yml\uFF08runs-on\uFF09\uFF0C
    \u6216\u8BBE\u7F6E secret WECHAT_HTTPS_PROXY \u4E3A\u56FA\u5B9A IP \u7684\u4EE3\u7406\u3002
 6. \u8D26\u53F7\u5728 wxpress.config.json \u7684 accounts.main\uFF1A\u73B0\u5728\u662F "mode": "draft"\uFF0C\u5230\u4E86\u63A8\u9001\u65F6\u95F4\u53EA\u5B58\u8FDB\u8349\u7A3F\u7BB1\uFF0C
    \u4E0D\u4F1A\u53D1\u7ED9\u7C89\u4E1D\u3002\u51C6\u5907\u597D\u540E\u6539\u6210 "broadcast"\uFF08\u7FA4\u53D1\uFF0C\u7C89\u4E1D\u4F1A\u6536\u5230\uFF09\u6216 "publish"\uFF08\u53D1\u8868\uFF0C\u4E0D\u63A8\u9001\u7ED9\u7C89\u4E1D\uFF09\u3002
    \u6587\u7AE0\u7684 audience \u5199\u7C89\u4E1D\u6807\u7B7E\u65F6\uFF0C\u628A\u8FD9\u4E9B\u6807\u7B7E\u5217\u8FDB accounts.main.tags\uFF08\u4E0E\u516C\u4F17\u53F7\u540E\u53F0\u7684\u6807\u7B7E\u540D\u4E00\u81F4\uFF09\u3002
`;
}
function outsideNote(spec) {
  if (!isOutsideFileSpec(spec)) return "";
  const file = spec.slice("file:".length);
  return `    \u6CE8\u610F\uFF1A\u8FD9\u4E2A\u4F9D\u8D56\u6307\u5411\u4ED3\u5E93\u4E4B\u5916\u7684\u672C\u673A\u6587\u4EF6\uFF0C\u961F\u53CB\u7684\u514B\u9686\u548C CI \u90FD\u88C5\u4E0D\u4E0A\u3002
    \u6539\u7528 \`npx --no-install wxpress init --from ${file}\` \u628A\u5B89\u88C5\u5305\u653E\u8FDB\u4ED3\u5E93\u7684 vendor/\u3002
`;
}

// src/cli/commands/run-init.ts
var { msg } = initMessages;
var exists = (file) => stat(file).then(
  () => true,
  () => false
);
var readText = (file) => readFile(file, "utf8").catch(() => void 0);
async function hasArticles(content) {
  const entries = await readdir(content, { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    if (entry.isDirectory() && await exists(path2.join(content, entry.name, "index.md"))) return true;
  }
  return false;
}
async function resolveFrom(io, from, fallback) {
  if (from === void 0 || from.trim() === "") return { spec: fallback };
  const absolute = path2.resolve(io.cwd, from);
  const isFile = await stat(absolute).then(
    (s) => s.isFile(),
    () => false
  );
  if (!isFile && looksLikeFile(from)) {
    return { problem: msg.noTarball({ from }) };
  }
  const source = fromSource(from, absolute, isFile);
  return source.kind === "tarball" ? { spec: source.spec, vendor: source } : { spec: source.spec };
}
async function runInit(io, dir, flags) {
  const root = path2.resolve(io.cwd, dir);
  const configText = await readFile(path2.join(root, "wxpress.config.json"), "utf8").catch(() => void 0);
  const locale = flags.locale ?? localeInText(configText) ?? "en";
  const dist = distribution(packageRepository(), packageVersion());
  const action = actionRef(dist);
  const from = await resolveFrom(io, flags.from, gitDependency(dist));
  if ("problem" in from) {
    io.stderr.write(`${t(locale, from.problem)}
`);
    return EXIT.usage;
  }
  const log = (what, file) => void io.stdout.write(`${t(locale, msg.fileLine({ what, file }))}
`);
  let written = 0;
  const put = async (file, content) => {
    const target = path2.join(root, file);
    if (await exists(target)) return log("kept", file);
    await mkdir(path2.dirname(target), { recursive: true });
    await writeFile(target, content);
    log("created", file);
    written++;
  };
  const packageFile = path2.join(root, "package.json");
  const packageText = await readText(packageFile);
  const remembered = rememberedExample(packageText);
  const example = flags.forceExample === true || remembered === void 0 && !await hasArticles(path2.join(root, "content"));
  const week = resolveNow(flags.now) + 7 * 864e5;
  const zone = "Asia/Shanghai";
  const suggestedSlot = formatLocalIso(Date.parse(`${localDate(week, zone)}T12:00:00Z`), zone);
  const pkg = sitePackageJson(packageText, {
    name: packageName(path2.basename(root)),
    spec: from.spec,
    vendored: from.vendor !== void 0,
    ...example || remembered !== void 0 ? { example: remembered ?? EXAMPLE_DIR } : {}
  });
  if (!pkg.ok) {
    io.stderr.write(`${t(locale, msg.badPackage({ reason: pkg.reason, spec: from.spec }))}
`);
    return EXIT.usage;
  }
  await mkdir(root, { recursive: true });
  if (packageText === void 0) await put("package.json", pkg.text ?? "");
  else if (pkg.text !== void 0) {
    await writeFile(packageFile, pkg.text);
    const changes = [...pkg.added.map((label) => `+${label}`), ...pkg.replaced ? [pkg.replaced] : []];
    log("updated", `package.json (${changes.join(", ")})`);
    written++;
  } else log("kept", "package.json");
  if (from.vendor) {
    const target = path2.join(root, from.vendor.vendorPath);
    if (await exists(target)) log("kept", from.vendor.vendorPath);
    else {
      await mkdir(path2.dirname(target), { recursive: true });
      await copyFile(from.vendor.file, target);
      log("created", from.vendor.vendorPath);
      written++;
    }
  }
  for (const file of starterFiles({ action, suggestedSlot, withLocale: "locale" in configSchema.shape })) {
    const gitignore = file.path === ".gitignore" ? await readText(path2.join(root, file.path)) : void 0;
    if (gitignore === void 0) {
      await put(file.path, file.content);
      continue;
    }
    const merged = mergeGitignore(gitignore);
    if (merged.text === void 0) log("kept", file.path);
    else {
      await writeFile(path2.join(root, file.path), merged.text);
      log("updated", `${file.path} (+${merged.added.join(", +")})`);
      written++;
    }
  }
  if (example) for (const file of exampleFiles(suggestedSlot)) await put(file.path, file.content);
  else log("noExample", t(locale, remembered ? msg.writtenBefore({ dir: remembered }) : msg.hasArticles()));
  const folder = path2.relative(io.cwd, root) || ".";
  io.stdout.write(`
${t(locale, msg.written({ n: written, folder }))}
`);
  io.stdout.write(nextSteps({ folder, action, spec: keptSpec(pkg.text ?? packageText) ?? from.spec }));
  return EXIT.ok;
}
function keptSpec(packageText) {
  try {
    const pkg = JSON.parse(packageText ?? "");
    const spec = pkg.dependencies?.wxpress ?? pkg.devDependencies?.wxpress;
    return typeof spec === "string" ? spec : void 0;
  } catch {
    return void 0;
  }
}
export {
  runInit
};
