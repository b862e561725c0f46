import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  localeInText
} from "./chunk-ARZ2MO6U.js";
import {
  inspectFile
} from "./chunk-OYTPAMKN.js";
import {
  RULE_IDS,
  isKnownRuleId
} from "./chunk-4L3TKDER.js";
import {
  VFile
} from "./chunk-2LHYGFIJ.js";
import {
  didYouMean
} from "./chunk-HD5MTZOP.js";
import {
  report
} from "./chunk-ATHEYLYN.js";
import {
  cliMiscMessages,
  commonMessages,
  configMessages,
  isValidTimeZone,
  lintMessages
} from "./chunk-OWIXN4P4.js";

// src/config/load-config.ts
import { readFile as readFile2, access } from "node:fs/promises";
import path3 from "node:path";

// src/config/import-site-module.ts
import { pathToFileURL } from "node:url";
async function importSiteModule(root, absolute, options = {}) {
  if (options.fresh || /\.[cm]?ts$/.test(absolute)) {
    const { createJiti } = await import("jiti");
    return await createJiti(pathToFileURL(root).href, { moduleCache: false }).import(absolute);
  }
  return await import(pathToFileURL(absolute).href);
}

// src/config/hash-config-code.ts
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
async function hashConfigCode(root, configPath) {
  const hash = createHash("sha256").update(await readFile(configPath).catch(() => Buffer.alloc(0)));
  const dir = path.join(root, "plugins");
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  const files = entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name)).sort();
  for (const f of files)
    hash.update("\0").update(path.relative(dir, f)).update("\0").update(await readFile(f).catch(() => Buffer.alloc(0)));
  return hash.digest("hex");
}

// src/config/config-memo.ts
import { isDeepStrictEqual } from "node:util";

// src/cache/hash-key.ts
import { createHash as createHash2 } from "node:crypto";
function hashKey(...parts) {
  const hash = createHash2("sha256");
  for (const part of parts) {
    hash.update(part);
    hash.update("\0");
  }
  return hash.digest("hex");
}

// src/config/config-memo.ts
var keyOf = (memo, rel, text) => hashKey("config", memo.version, rel, text);
async function configMemo(memo, rel, text) {
  const known = await memo.cache.get("config", keyOf(memo, rel, text));
  if (!known || typeof known.config !== "object" || known.config === null) return void 0;
  if (known.zone !== void 0 && !isValidTimeZone(known.zone)) return void 0;
  return known.config;
}
async function rememberConfig(memo, rel, text, config, zone) {
  if (!isDeepStrictEqual(JSON.parse(JSON.stringify(config)), config)) return;
  await memo.cache.set("config", keyOf(memo, rel, text), zone === void 0 ? { config } : { config, zone });
}

// src/config/strict-json.ts
var { msg } = configMessages;
var TRAILING_COMMA = /("(?:[^"\\\n]|\\.)*")|,(\s*[}\]])/g;
var jsonError = (text) => {
  try {
    JSON.parse(text);
    return void 0;
  } catch (error) {
    return error;
  }
};
function checkStrictJson(file, text) {
  const error = jsonError(text);
  if (!error) return true;
  const at = Number(/position (\d+)/.exec(error.message)?.[1] ?? 0);
  const before = text.slice(0, at);
  const place = { line: before.split("\n").length, column: at - before.lastIndexOf("\n") };
  const value = text.slice(at, at + 12).split("\n")[0];
  if (!jsonError(text.replace(TRAILING_COMMA, (all, string, end) => string ?? end ?? all))) {
    report(file, "warning", "config/not-strict-json", "config", msg.looseJson(), {
      place,
      value,
      hint: msg.looseJsonHint()
    });
    return true;
  }
  report(file, "error", "config/invalid", "config", msg.json({ error: error.message }), {
    place,
    value,
    hint: msg.jsonHint()
  });
  return false;
}

// src/config/resolve-plugins.ts
import { existsSync } from "node:fs";
import path2 from "node:path";
var { msg: msg2 } = cliMiscMessages;
async function importPlugin(root, ref) {
  const absolute = path2.resolve(root, ref);
  const rel = path2.relative(root, absolute);
  if (rel.startsWith("..") || path2.isAbsolute(rel)) {
    return { problem: { message: msg2.pluginOutside({ ref }), hint: msg2.pluginOutsideHint() } };
  }
  if (!existsSync(absolute))
    return { problem: { message: msg2.pluginMissing({ ref }), hint: msg2.pluginMissingHint() } };
  let mod;
  try {
    mod = await importSiteModule(root, absolute);
  } catch (error) {
    return {
      problem: {
        message: msg2.pluginBroken({ ref, error: error.message }),
        hint: msg2.pluginBrokenHint()
      }
    };
  }
  const functions = Object.values(mod).filter((v) => typeof v === "function");
  const plugin = typeof mod.default === "function" ? mod.default : functions.length === 1 ? functions[0] : void 0;
  if (!plugin) return { problem: { message: msg2.pluginNoExport({ ref }), hint: msg2.pluginNoExportHint() } };
  return { plugin };
}
async function resolvePlugins(root, list, key) {
  const plugins = [];
  const problems = [];
  for (const [i, entry] of list.entries()) {
    const tuple = Array.isArray(entry) ? entry : [entry];
    const [head, ...options] = tuple;
    if (typeof head !== "string") {
      plugins.push(entry);
      continue;
    }
    const { plugin, problem } = await importPlugin(root, head);
    if (problem) problems.push({ ...problem, at: ["markdown", key, i], value: head });
    else plugins.push([plugin, ...options]);
  }
  return { plugins, problems };
}

// src/config/load-config.ts
var { msg: msg3 } = configMessages;
var CONFIG_NAMES = [
  "wxpress.config.ts",
  "wxpress.config.mts",
  "wxpress.config.mjs",
  "wxpress.config.js",
  "wxpress.config.json"
];
async function defaults() {
  return (await import("./chunk-LQFUS37V.js")).defaultConfig();
}
async function exists(p) {
  return access(p).then(
    () => true,
    () => false
  );
}
async function loadConfig(root, explicit, memo) {
  let absolute;
  if (explicit) absolute = path3.resolve(root, explicit);
  else
    for (const name of CONFIG_NAMES)
      if (await exists(path3.join(root, name))) {
        absolute = path3.join(root, name);
        break;
      }
  if (!absolute)
    return { config: await defaults(), path: void 0, file: void 0, failed: false, codeHash: "" };
  const rel = path3.relative(root, absolute).split(path3.sep).join("/");
  const file = new VFile({ path: rel, cwd: root });
  const fail = async (message, hint, place) => {
    report(file, "error", "config/invalid", "config", message, { place, hint });
    return { config: await defaults(), path: rel, file, failed: true, codeHash: "" };
  };
  const problem = inspectFile(absolute, explicit ? path3.parse(absolute).root : root);
  if (problem && problem.kind !== "missing") {
    return fail(
      problem.kind === "outside" ? `The config file links to a file outside the site; it is not read: ${rel}` : `The config file is ${problem.type}, not a regular file; it is not read: ${rel}`,
      "Replace it with the config file itself."
    );
  }
  let raw;
  let locate;
  if (absolute.endsWith(".json")) {
    let text;
    try {
      text = (await readFile2(absolute, "utf8")).replace(/^\uFEFF/, "");
    } catch (error) {
      return fail(msg3.unreadable({ error: error.message }), msg3.unreadableHint());
    }
    file.value = text;
    const known = memo && await configMemo(memo, rel, text);
    if (known) return { config: known, path: rel, file, failed: false, codeHash: "" };
    const { parseYaml } = await import("./chunk-QJARL3IB.js");
    const parsed2 = parseYaml(text);
    const first = parsed2.errors[0];
    if (first) {
      const failed2 = await fail(msg3.json({ error: first.message }), msg3.jsonHint(), first.position.start);
      failed2.config.locale = localeInText(text) ?? failed2.config.locale;
      return failed2;
    }
    if (!checkStrictJson(file, text)) {
      const config2 = await defaults();
      config2.locale = localeInText(text) ?? config2.locale;
      return { config: config2, path: rel, file, failed: true, codeHash: "" };
    }
    raw = parsed2.data ?? {};
    locate = parsed2.locate;
  } else {
    try {
      if (!await exists(absolute)) throw new Error("file not found");
      const mod = await importSiteModule(root, absolute, { fresh: true });
      raw = mod.default ?? mod;
    } catch (error) {
      return fail(msg3.load({ error: error.message }), msg3.loadHint());
    }
  }
  const { parseConfig } = await import("./chunk-4LHV66BS.js");
  const parsed = parseConfig(raw, file, locate);
  const config = parsed.config;
  let failed = parsed.failed;
  let pluginPaths = false;
  for (const key of ["remarkPlugins", "rehypePlugins"]) {
    const list = config.markdown[key];
    if (!list.some((e) => typeof e === "string" || Array.isArray(e) && typeof e[0] === "string")) continue;
    pluginPaths = true;
    const { plugins, problems } = await resolvePlugins(root, list, key);
    config.markdown[key] = plugins;
    for (const p of problems) {
      failed = true;
      report(file, "error", "config/invalid", "config", p.message, {
        place: locate?.(p.at)?.start,
        field: p.at.join("."),
        value: p.value,
        hint: p.hint
      });
    }
  }
  for (const id of Object.keys(config.rules)) {
    if (isKnownRuleId(id)) continue;
    const s = didYouMean(id, RULE_IDS);
    report(
      file,
      "warning",
      "lint/unknown-rule",
      "lint",
      lintMessages.msg.unknownRule({ id, where: "rules" }),
      {
        place: locate?.(["rules", id])?.start,
        field: `rules.${id}`,
        value: id,
        hint: s ? commonMessages.msg.didYouMean({ s }) : commonMessages.msg.seeRulesDoc()
      }
    );
  }
  const zone = raw?.timezone;
  if (typeof zone === "string" && !isValidTimeZone(zone)) {
    failed = true;
    report(file, "error", "config/invalid", "config", msg3.timezone({ zone }), {
      place: locate?.(["timezone"])?.start,
      field: "timezone",
      value: zone,
      hint: msg3.timezoneHint()
    });
  }
  const json = absolute.endsWith(".json") && !pluginPaths;
  if (memo && json && !failed && file.messages.length === 0)
    await rememberConfig(memo, rel, String(file.value), config, typeof zone === "string" ? zone : void 0);
  return { config, path: rel, file, failed, codeHash: json ? "" : await hashConfigCode(root, absolute) };
}

export {
  hashKey,
  CONFIG_NAMES,
  loadConfig
};
