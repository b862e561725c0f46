import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  recordsSince,
  replayRecords
} from "./chunk-DJXUAFTC.js";
import {
  inspectFile
} from "./chunk-OYTPAMKN.js";
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
  themeMessages
} from "./chunk-OWIXN4P4.js";

// src/themes/load-theme.ts
import { createHash } from "node:crypto";
import { access, readFile, readdir } from "node:fs/promises";
import path2 from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

// src/themes/validate-theme-meta.ts
var ID = /^[a-z0-9][a-z0-9-]*$/;
function plainThemeMeta(raw) {
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) return void 0;
  const { id, name, description = "", author = "", codeStyle = "light" } = raw;
  if (typeof id !== "string" || !ID.test(id) || typeof name !== "string" || name.length === 0)
    return void 0;
  if (typeof description !== "string" || typeof author !== "string") return void 0;
  if (codeStyle !== "light" && codeStyle !== "dark") return void 0;
  return { id, name, description, author, codeStyle };
}
async function validateThemeMeta(raw) {
  const data = plainThemeMeta(raw);
  if (data) return { success: true, data };
  const { themeMetaSchema } = await import("./chunk-TLSLZCX2.js");
  return themeMetaSchema.safeParse(raw);
}

// src/themes/refuse-theme-file.ts
import path from "node:path";
function refuseThemeFile(root, absolute, file) {
  const problem = inspectFile(absolute, root);
  if (!problem || problem.kind === "missing") return false;
  const name = path.relative(root, absolute).split(path.sep).join("/");
  const outside = problem.kind === "outside";
  report(
    file,
    "error",
    outside ? "theme/outside-root" : "theme/not-regular-file",
    "theme",
    outside ? themeMessages.msg.fileOutside({ name }) : themeMessages.msg.fileNotRegular({ type: problem.type, name }),
    {
      value: name,
      hint: outside ? themeMessages.msg.fileOutsideHint() : themeMessages.msg.fileNotRegularHint()
    }
  );
  return true;
}

// src/themes/load-theme.ts
var BUILTIN_THEMES = fileURLToPath(new URL("../../themes/", import.meta.url));
var exists = (p) => access(p).then(
  () => true,
  () => false
);
async function themeFolders(input) {
  return [
    .../* @__PURE__ */ new Set([
      path2.join(input.root, "themes"),
      ...(input.themeDirs ?? []).map((d) => path2.resolve(input.root, d)),
      BUILTIN_THEMES
    ])
  ];
}
async function listThemes(input) {
  const ids = /* @__PURE__ */ new Set();
  for (const dir of await themeFolders({ ...input, id: "" })) {
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const e of entries)
      if (e.isDirectory() && await exists(path2.join(dir, e.name, "theme.css"))) ids.add(e.name);
  }
  return [...ids].sort();
}
async function loadTheme(input) {
  let dir;
  for (const base2 of await themeFolders(input)) {
    if (await exists(path2.join(base2, input.id, "theme.css"))) {
      dir = path2.join(base2, input.id);
      break;
    }
  }
  const rel = (p) => {
    const r = path2.relative(input.root, p).split(path2.sep).join("/");
    return r.startsWith("..") ? `wxpress/themes/${path2.relative(BUILTIN_THEMES, p).split(path2.sep).join("/")}` : r;
  };
  if (!dir) {
    const ids = await listThemes(input);
    const s = didYouMean(input.id, ids);
    return {
      theme: void 0,
      files: [],
      notFoundHint: themeMessages.msg.available({ s: s ?? "", list: ids.join(", ") })
    };
  }
  const jsonPath = path2.join(dir, "theme.json");
  const cssPath = path2.join(dir, "theme.css");
  const jsonFile = new VFile({ path: rel(jsonPath), cwd: input.root });
  const fromPackage = path2.relative(BUILTIN_THEMES, dir);
  const siteTheme = fromPackage.startsWith("..") || path2.isAbsolute(fromPackage);
  const refused = (p, file) => siteTheme ? refuseThemeFile(input.root, p, file) : false;
  const cssFile = new VFile({ path: rel(cssPath), cwd: input.root });
  const cssText = refused(cssPath, cssFile) ? "" : await readFile(cssPath, "utf8");
  cssFile.value = cssText;
  let metaRaw = { id: input.id, name: input.id };
  if (await exists(jsonPath) && !refused(jsonPath, jsonFile)) {
    try {
      metaRaw = JSON.parse(await readFile(jsonPath, "utf8"));
    } catch (error) {
      report(
        jsonFile,
        "error",
        "theme/invalid-meta",
        "theme",
        themeMessages.msg.metaJson({ error: error.message }),
        {
          hint: themeMessages.msg.metaJsonHint()
        }
      );
    }
  }
  const meta = await validateThemeMeta(metaRaw);
  if (!meta.success) {
    for (const issue of meta.error.issues) {
      report(
        jsonFile,
        "error",
        "theme/invalid-meta",
        "theme",
        themeMessages.msg.metaField({ path: issue.path.join("."), problem: issue.message }),
        {
          hint: themeMessages.msg.seeThemesDoc()
        }
      );
    }
  }
  let rehypePlugins = [];
  const pluginsPath = path2.join(dir, "plugins.mjs");
  let pluginsText = "";
  if (await exists(pluginsPath) && !refused(pluginsPath, jsonFile)) {
    pluginsText = await readFile(pluginsPath, "utf8");
    const mod = await import(pathToFileURL(pluginsPath).href);
    rehypePlugins = mod.rehypePlugins ?? [];
  }
  const hash = createHash("sha256").update(JSON.stringify(metaRaw)).update("\0").update(cssText).update("\0").update(pluginsText).digest("hex");
  const compiled = await compile(cssText, cssFile, input.cache);
  const { css, rules } = compiled;
  const base = meta.success ? meta.data : (await validateThemeMeta({ id: input.id, name: input.id })).data;
  return {
    theme: { ...base, id: input.id, dir, cssPath: rel(cssPath), css, rules, hash, rehypePlugins },
    files: [jsonFile, cssFile]
  };
}
async function compile(cssText, file, cache) {
  const key = createHash("sha256").update(`theme-css\0${cache?.version ?? ""}\0`).update(cssText).digest("hex");
  const hit = await cache?.store.get("theme", key);
  if (hit) {
    replayRecords(file, hit.records);
    return hit;
  }
  const { compileThemeCss, splitThemeRules } = await import("./chunk-IIXX2DWN.js");
  const before = file.messages.length;
  const css = compileThemeCss(cssText, file);
  const compiled = { css, rules: splitThemeRules(css), records: recordsSince(file, before) };
  await cache?.store.set("theme", key, compiled);
  return compiled;
}

export {
  BUILTIN_THEMES,
  listThemes,
  loadTheme
};
