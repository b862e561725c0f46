import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import "./chunk-EP4KRDZC.js";

// src/github/emulator/create-github-emulator.ts
import { createServer } from "node:http";

// src/github/emulator/route-context.ts
var ok = (body, status = 200) => ({ status, body });
var notFound = () => ({
  status: 404,
  body: { message: "Not Found", documentation_url: "https://docs.github.com/rest" }
});
function invalid(message, errors = []) {
  return {
    status: 422,
    body: { message, errors, documentation_url: "https://docs.github.com/rest", status: "422" }
  };
}
function paginate(ctx, items) {
  const per = Math.max(1, Math.min(Number(ctx.query.get("per_page") ?? 30) || 30, ctx.maxPerPage));
  const page = Math.max(1, Number(ctx.query.get("page") ?? 1) || 1);
  const last = Math.max(1, Math.ceil(items.length / per));
  const link = (n, rel) => {
    const q = new URLSearchParams(ctx.query);
    q.set("per_page", String(per));
    q.set("page", String(n));
    return `<${ctx.base}${ctx.path}?${q.toString()}>; rel="${rel}"`;
  };
  const links = [];
  if (page > 1) links.push(link(page - 1, "prev"), link(1, "first"));
  if (page < last) links.push(link(page + 1, "next"), link(last, "last"));
  const answer2 = { status: 200, body: items.slice((page - 1) * per, page * per) };
  if (links.length) answer2.headers = { link: links.join(", ") };
  return answer2;
}
function text(body, key) {
  const v = body[key];
  return typeof v === "string" ? v : void 0;
}
function chars(s) {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

// src/github/emulator/admin-routes.ts
var SHA = /^[0-9a-f]{7,40}$/;
var str = (v) => typeof v === "string" ? v : void 0;
var obj = (v) => v && typeof v === "object" && !Array.isArray(v) ? v : {};
function addPull(api, body) {
  const number = body.number;
  const head = obj(body.head);
  const sha = str(head.sha);
  if (typeof number !== "number" || !Number.isInteger(number) || number < 1 || !sha || !SHA.test(sha))
    return invalid("Validation Failed", ['"number" (a positive integer) and "head.sha" (hex) are required']);
  const files = (Array.isArray(body.files) ? body.files : []).map((f) => {
    const file = obj(f);
    const status = str(file.status);
    return {
      filename: str(file.filename) ?? "",
      status: status === "modified" || status === "removed" || status === "renamed" ? status : "added",
      ...str(file.patch) ? { patch: str(file.patch) } : {}
    };
  });
  for (const [p, text2] of Object.entries(obj(body.contents)))
    if (typeof text2 === "string") api.state.contents.set(`${sha}:${p}`, text2);
  const merged = body.merged === true;
  const mergeSha = str(body.merge_commit_sha);
  const commits = [sha, ...Array.isArray(body.commits) ? body.commits.map(String) : []];
  if (mergeSha) commits.push(mergeSha);
  const pull2 = api.addPull({
    number,
    headSha: sha,
    headRef: str(head.ref) ?? `pr-${number}`,
    baseRef: str(obj(body.base).ref) ?? "main",
    state: merged || body.state === "closed" ? "closed" : "open",
    files,
    commits,
    merged_at: merged ? new Date(api.state.clockMs).toISOString().replace(/\.\d{3}Z$/, "Z") : null
  });
  return ok({ number: pull2.number, state: pull2.state, commits: pull2.commits, merged_at: pull2.merged_at }, 201);
}
function snapshot(state) {
  return {
    repository: state.repository,
    issues: [...state.issues.values()],
    labels: [...state.labels.values()],
    comments: state.comments,
    pulls: [...state.pulls.values()],
    checkRuns: state.checkRuns,
    reviews: state.reviews,
    reviewComments: state.reviewComments,
    refs: Object.fromEntries(state.refs),
    calls: state.calls
  };
}
function adminAnswer(api, method, rest, body) {
  if (method === "GET" && rest === "/state") return ok(snapshot(api.state));
  if (method === "POST" && rest === "/pulls") return addPull(api, body);
  const assoc = /^\/commits\/([0-9a-f]{7,40})\/pulls$/.exec(rest);
  if (method === "POST" && assoc) {
    const pull2 = api.state.pulls.get(Number(body.number));
    if (!pull2) return notFound();
    if (!pull2.commits.includes(assoc[1])) pull2.commits.push(assoc[1]);
    return ok({ number: pull2.number, commits: pull2.commits }, 201);
  }
  if (method === "POST" && rest === "/tokens") {
    const token = str(body.token);
    const login = str(body.login);
    if (!token || !login) return invalid("Validation Failed", ['"token" and "login" are required']);
    api.addToken(token, login, { readOnly: body.readOnly === true });
    return ok({ token: "(set)", login, readOnly: body.readOnly === true }, 201);
  }
  return notFound();
}

// src/github/emulator/state.ts
function createState(repository, clock) {
  return {
    repository,
    tokens: /* @__PURE__ */ new Map(),
    comments: [],
    pulls: /* @__PURE__ */ new Map(),
    contents: /* @__PURE__ */ new Map(),
    checkRuns: [],
    reviews: [],
    reviewComments: [],
    issues: /* @__PURE__ */ new Map(),
    labels: /* @__PURE__ */ new Map(),
    blobs: /* @__PURE__ */ new Map(),
    trees: /* @__PURE__ */ new Map(),
    commits: /* @__PURE__ */ new Map(),
    refs: /* @__PURE__ */ new Map(),
    calls: [],
    nextId: 1e3,
    clockMs: Date.parse(clock)
  };
}
function stamp(state) {
  state.clockMs += 1e3;
  return { id: state.nextId++, at: new Date(state.clockMs).toISOString().replace(/\.\d{3}Z$/, "Z") };
}
function userJson(user) {
  return { login: user.login, id: user.id, type: user.type, html_url: `https://github.com/${user.login}` };
}

// src/github/emulator/routes-checks.ts
var MAX_ANNOTATIONS = 50;
var LEVELS = ["notice", "warning", "failure"];
function runJson(ctx, r) {
  return {
    id: r.id,
    name: r.name,
    head_sha: r.head_sha,
    status: r.status,
    conclusion: r.conclusion,
    html_url: `https://github.com/${ctx.state.repository}/runs/${r.id}`,
    output: { ...r.output, annotations_count: r.annotations.length },
    app: { slug: r.user.type === "Bot" ? "github-actions" : "none", owner: userJson(r.user) }
  };
}
function readOutput(output) {
  if (output === void 0) return [];
  const o = output;
  if (typeof o.title !== "string" || typeof o.summary !== "string") {
    return invalid("Invalid request.", ['"title" and "summary" are required in output.']);
  }
  if (chars(o.summary) > 65535 || typeof o.text === "string" && chars(o.text) > 65535) {
    return invalid("Invalid request.", [
      "Only 65535 characters are allowed in output.summary and output.text."
    ]);
  }
  const list = Array.isArray(o.annotations) ? o.annotations : [];
  if (list.length > MAX_ANNOTATIONS) {
    return invalid("Invalid request.", [`Only ${MAX_ANNOTATIONS} annotations are allowed per request.`]);
  }
  for (const a of list) {
    const lines = typeof a.start_line === "number" && typeof a.end_line === "number" && a.start_line <= a.end_line;
    if (typeof a.path !== "string" || !lines || !LEVELS.includes(String(a.annotation_level)) || !a.message) {
      return invalid("Invalid request.", [
        "An annotation needs path, start_line, end_line, annotation_level, message."
      ]);
    }
    if ((a.start_column !== void 0 || a.end_column !== void 0) && a.start_line !== a.end_line) {
      return invalid("Invalid request.", ["start_column and end_column are only allowed on one line."]);
    }
  }
  return list;
}
function setOutput(run, output, annotations) {
  if (output === void 0) return;
  const o = output;
  run.output = {
    title: String(o.title),
    summary: String(o.summary),
    text: typeof o.text === "string" ? o.text : null
  };
  run.annotations.push(...annotations);
}
var checkRoutes = [
  {
    method: "POST",
    pattern: /^\/check-runs$/,
    handler: (ctx) => {
      const name = text(ctx.body, "name");
      const headSha = text(ctx.body, "head_sha");
      if (!name || !headSha) return invalid("Invalid request.", ['"name" and "head_sha" are required.']);
      const annotations = readOutput(ctx.body.output);
      if (!Array.isArray(annotations)) return annotations;
      const status = text(ctx.body, "status") ?? "queued";
      const conclusion = text(ctx.body, "conclusion") ?? null;
      if (status === "completed" && !conclusion)
        return invalid("Invalid request.", [`"conclusion" wasn't supplied.`]);
      const run = {
        id: stamp(ctx.state).id,
        name,
        head_sha: headSha,
        status,
        conclusion,
        output: { title: null, summary: null, text: null },
        annotations: [],
        user: ctx.user
      };
      setOutput(run, ctx.body.output, annotations);
      ctx.state.checkRuns.push(run);
      return ok(runJson(ctx, run), 201);
    }
  },
  {
    method: "PATCH",
    pattern: /^\/check-runs\/(\d+)$/,
    handler: (ctx) => {
      const run = ctx.state.checkRuns.find((r) => r.id === Number(ctx.params[0]));
      if (!run) return notFound();
      const annotations = readOutput(ctx.body.output);
      if (!Array.isArray(annotations)) return annotations;
      setOutput(run, ctx.body.output, annotations);
      run.name = text(ctx.body, "name") ?? run.name;
      run.status = text(ctx.body, "status") ?? run.status;
      run.conclusion = text(ctx.body, "conclusion") ?? run.conclusion;
      stamp(ctx.state);
      return ok(runJson(ctx, run));
    }
  },
  {
    method: "GET",
    pattern: /^\/commits\/([^/]+)\/check-runs$/,
    handler: (ctx) => {
      const name = ctx.query.get("check_name");
      const runs = ctx.state.checkRuns.filter((r) => r.head_sha === ctx.params[0] && (!name || r.name === name)).sort((a, b) => b.id - a.id);
      return ok({ total_count: runs.length, check_runs: runs.map((r) => runJson(ctx, r)) });
    }
  },
  {
    method: "GET",
    pattern: /^\/check-runs\/(\d+)\/annotations$/,
    handler: (ctx) => {
      const run = ctx.state.checkRuns.find((r) => r.id === Number(ctx.params[0]));
      return run ? paginate(ctx, run.annotations) : notFound();
    }
  }
];

// src/github/emulator/routes-git.ts
import { createHash as createHash2 } from "node:crypto";

// src/github/emulator/git-objects.ts
import { createHash } from "node:crypto";
function blobSha(content) {
  return createHash("sha1").update(`blob ${content.length}\0`).update(content).digest("hex");
}
function flatten(state, sha, prefix = "", out = /* @__PURE__ */ new Map()) {
  for (const e of state.trees.get(sha) ?? []) {
    const full = prefix + e.path;
    if (e.type === "tree") flatten(state, e.sha, `${full}/`, out);
    else out.set(full, { ...e, path: full });
  }
  return out;
}
function storeTree(state, flat) {
  const children = /* @__PURE__ */ new Map();
  const here = [];
  for (const [full, e] of flat) {
    const slash = full.indexOf("/");
    if (slash < 0) {
      here.push({ ...e, path: full });
      continue;
    }
    const dir = full.slice(0, slash);
    if (!children.has(dir)) children.set(dir, /* @__PURE__ */ new Map());
    children.get(dir).set(full.slice(slash + 1), e);
  }
  for (const [dir, sub] of children)
    here.push({ path: dir, mode: "040000", type: "tree", sha: storeTree(state, sub) });
  here.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  const sha = createHash("sha1").update("tree\0").update(JSON.stringify(here)).digest("hex");
  state.trees.set(sha, here);
  return sha;
}
function isAncestor(state, ancestor, sha) {
  const seen = /* @__PURE__ */ new Set();
  const queue = [sha];
  while (queue.length) {
    const next = queue.pop();
    if (next === ancestor) return true;
    if (seen.has(next)) continue;
    seen.add(next);
    queue.push(...state.commits.get(next)?.parents ?? []);
  }
  return false;
}

// src/github/emulator/routes-git.ts
function createTree(ctx) {
  const base = text(ctx.body, "base_tree");
  if (base && !ctx.state.trees.has(base))
    return invalid("Invalid tree info", ["base_tree is not a valid tree"]);
  const flat = base ? flatten(ctx.state, base) : /* @__PURE__ */ new Map();
  const entries = Array.isArray(ctx.body.tree) ? ctx.body.tree : [];
  for (const e of entries) {
    const path = typeof e.path === "string" ? e.path.replace(/^\/+|\/+$/g, "") : "";
    if (!path || path.split("/").some((s) => s === "" || s === "." || s === "..")) {
      return invalid("Invalid tree info", [`invalid path "${String(e.path)}"`]);
    }
    const under = [...flat.keys()].filter((key) => key === path || key.startsWith(`${path}/`));
    for (const key of under) flat.delete(key);
    if (e.sha === null) {
      if (under.length === 0) return invalid("GitRPC::BadObjectState", [`cannot delete missing "${path}"`]);
      continue;
    }
    if (typeof e.content === "string") {
      const content = Buffer.from(e.content, "utf8");
      const sha2 = blobSha(content);
      ctx.state.blobs.set(sha2, content);
      flat.set(path, { path, mode: String(e.mode ?? "100644"), type: "blob", sha: sha2 });
    } else if (e.type === "tree" && typeof e.sha === "string" && ctx.state.trees.has(e.sha)) {
      for (const [sub, entry] of flatten(ctx.state, e.sha)) flat.set(`${path}/${sub}`, entry);
    } else if (e.type === "blob" && typeof e.sha === "string" && ctx.state.blobs.has(e.sha)) {
      flat.set(path, { path, mode: String(e.mode ?? "100644"), type: "blob", sha: e.sha });
    } else {
      return invalid("Invalid tree info", [`tree.sha ${String(e.sha)} is not a valid ${String(e.type)}`]);
    }
  }
  const sha = storeTree(ctx.state, flat);
  return ok({ sha, tree: ctx.state.trees.get(sha), truncated: false }, 201);
}
function refJson(ctx, name, sha) {
  return {
    ref: `refs/${name}`,
    object: { sha, type: "commit" },
    url: `${ctx.base}/repos/${ctx.state.repository}/git/refs/${name}`
  };
}
var gitRoutes = [
  {
    method: "POST",
    pattern: /^\/git\/blobs$/,
    handler: (ctx) => {
      const content = text(ctx.body, "content");
      if (content === void 0) return invalid("Invalid request.", [`"content" wasn't supplied.`]);
      const buffer = Buffer.from(content, text(ctx.body, "encoding") === "base64" ? "base64" : "utf8");
      const sha = blobSha(buffer);
      ctx.state.blobs.set(sha, buffer);
      return ok({ sha }, 201);
    }
  },
  {
    method: "GET",
    pattern: /^\/git\/blobs\/([0-9a-f]{40})$/,
    handler: (ctx) => {
      const blob = ctx.state.blobs.get(ctx.params[0]);
      return blob ? ok({ sha: ctx.params[0], size: blob.length, encoding: "base64", content: blob.toString("base64") }) : notFound();
    }
  },
  { method: "POST", pattern: /^\/git\/trees$/, handler: createTree },
  {
    method: "GET",
    pattern: /^\/git\/trees\/([0-9a-f]{40})$/,
    handler: (ctx) => {
      const sha = ctx.params[0];
      if (!ctx.state.trees.has(sha)) return notFound();
      const tree = ctx.query.get("recursive") ? [...flatten(ctx.state, sha).values()] : ctx.state.trees.get(sha);
      return ok({ sha, tree, truncated: false });
    }
  },
  {
    method: "POST",
    pattern: /^\/git\/commits$/,
    handler: (ctx) => {
      const tree = text(ctx.body, "tree");
      const parents = Array.isArray(ctx.body.parents) ? ctx.body.parents.map(String) : [];
      const message = text(ctx.body, "message");
      if (!tree || !ctx.state.trees.has(tree) || !message)
        return invalid("Invalid request.", ["tree and message are required"]);
      if (parents.some((p) => !ctx.state.commits.has(p)))
        return invalid("Invalid request.", ["parent is not a commit"]);
      const { at } = stamp(ctx.state);
      const sha = createHash2("sha1").update(JSON.stringify({ tree, parents, message, at })).digest("hex");
      ctx.state.commits.set(sha, { tree, parents, message });
      return ok({ sha, tree: { sha: tree }, parents: parents.map((p) => ({ sha: p })), message }, 201);
    }
  },
  {
    method: "GET",
    pattern: /^\/git\/commits\/([0-9a-f]{40})$/,
    handler: (ctx) => {
      const commit = ctx.state.commits.get(ctx.params[0]);
      if (!commit) return notFound();
      return ok({
        sha: ctx.params[0],
        tree: { sha: commit.tree },
        parents: commit.parents.map((sha) => ({ sha })),
        message: commit.message
      });
    }
  },
  {
    method: "GET",
    pattern: /^\/git\/ref\/(.+)$/,
    handler: (ctx) => {
      const name = decodeURIComponent(ctx.params[0]);
      const sha = ctx.state.refs.get(name);
      return sha ? ok(refJson(ctx, name, sha)) : notFound();
    }
  },
  {
    method: "POST",
    pattern: /^\/git\/refs$/,
    handler: (ctx) => {
      const ref = text(ctx.body, "ref") ?? "";
      const sha = text(ctx.body, "sha") ?? "";
      if (!/^refs\/heads\/[\w./-]+$/.test(ref) || !ctx.state.commits.has(sha))
        return invalid("Reference update failed");
      const name = ref.slice("refs/".length);
      if (ctx.state.refs.has(name)) return invalid("Reference already exists");
      ctx.state.refs.set(name, sha);
      stamp(ctx.state);
      return ok(refJson(ctx, name, sha), 201);
    }
  },
  {
    method: "PATCH",
    pattern: /^\/git\/refs\/(.+)$/,
    handler: (ctx) => {
      const name = decodeURIComponent(ctx.params[0]);
      const current = ctx.state.refs.get(name);
      const sha = text(ctx.body, "sha") ?? "";
      if (!current) return invalid("Reference does not exist");
      if (!ctx.state.commits.has(sha)) return invalid("Object does not exist");
      if (ctx.body.force !== true && !isAncestor(ctx.state, current, sha))
        return invalid("Update is not a fast forward");
      ctx.state.refs.set(name, sha);
      stamp(ctx.state);
      return ok(refJson(ctx, name, sha));
    }
  }
];

// src/github/emulator/routes-issues.ts
var MAX_BODY = 65536;
function commentJson(ctx, c) {
  const web = `https://github.com/${ctx.state.repository}`;
  return {
    id: c.id,
    node_id: `IC_${c.id}`,
    body: c.body,
    user: userJson(c.user),
    created_at: c.created_at,
    updated_at: c.updated_at,
    html_url: `${web}/issues/${c.issue}#issuecomment-${c.id}`,
    url: `${ctx.base}/repos/${ctx.state.repository}/issues/comments/${c.id}`,
    author_association: "NONE"
  };
}
function issueJson(ctx, i) {
  return {
    number: i.number,
    title: i.title,
    body: i.body,
    state: i.state,
    user: userJson(i.user),
    labels: i.labels.map((name) => ({ name })),
    created_at: i.created_at ?? null,
    closed_at: i.closed_at ?? null,
    html_url: `https://github.com/${ctx.state.repository}/issues/${i.number}`
  };
}
function bodyProblem(body) {
  if (body === void 0) return invalid("Invalid request.", [`"body" wasn't supplied.`]);
  if (chars(body) > MAX_BODY) {
    return invalid("Validation Failed", [
      {
        resource: "IssueComment",
        code: "custom",
        field: "body",
        message: `body is too long (maximum is ${MAX_BODY} characters)`
      }
    ]);
  }
  return void 0;
}
function labelNames(ctx) {
  const names = Array.isArray(ctx.body.labels) ? ctx.body.labels.map(String) : [];
  for (const name of names)
    if (!ctx.state.labels.has(name)) ctx.state.labels.set(name, { name, color: "ededed", description: "" });
  return names;
}
var exists = (state, n) => state.pulls.has(n) || state.issues.has(n);
var issueRoutes = [
  {
    method: "GET",
    pattern: /^\/issues\/(\d+)\/comments$/,
    handler: (ctx) => {
      const issue = Number(ctx.params[0]);
      if (!exists(ctx.state, issue)) return notFound();
      const list = ctx.state.comments.filter((c) => c.issue === issue).map((c) => commentJson(ctx, c));
      return paginate(ctx, list);
    }
  },
  {
    method: "POST",
    pattern: /^\/issues\/(\d+)\/comments$/,
    handler: (ctx) => {
      const issue = Number(ctx.params[0]);
      if (!exists(ctx.state, issue)) return notFound();
      const body = text(ctx.body, "body");
      const problem = bodyProblem(body);
      if (problem) return problem;
      const { id, at } = stamp(ctx.state);
      const comment = { id, issue, body, user: ctx.user, created_at: at, updated_at: at };
      ctx.state.comments.push(comment);
      return ok(commentJson(ctx, comment), 201);
    }
  },
  {
    method: "PATCH",
    pattern: /^\/issues\/comments\/(\d+)$/,
    handler: (ctx) => {
      const comment = ctx.state.comments.find((c) => c.id === Number(ctx.params[0]));
      if (!comment) return notFound();
      const body = text(ctx.body, "body");
      const problem = bodyProblem(body);
      if (problem) return problem;
      comment.body = body;
      comment.updated_at = stamp(ctx.state).at;
      return ok(commentJson(ctx, comment));
    }
  },
  {
    method: "GET",
    pattern: /^\/issues$/,
    handler: (ctx) => {
      const state = ctx.query.get("state") ?? "open";
      const labels = (ctx.query.get("labels") ?? "").split(",").filter(Boolean);
      const creator = ctx.query.get("creator");
      const list = [...ctx.state.issues.values()].filter((i) => state === "all" || i.state === state).filter((i) => labels.every((l) => i.labels.includes(l))).filter((i) => !creator || i.user.login === creator).sort((a, b) => b.number - a.number);
      return paginate(
        ctx,
        list.map((i) => issueJson(ctx, i))
      );
    }
  },
  {
    method: "POST",
    pattern: /^\/issues$/,
    handler: (ctx) => {
      const title = text(ctx.body, "title");
      if (!title)
        return invalid("Validation Failed", [{ resource: "Issue", code: "missing_field", field: "title" }]);
      const problem = bodyProblem(text(ctx.body, "body") ?? "");
      if (problem) return problem;
      const numbers = [...ctx.state.issues.keys(), ...ctx.state.pulls.keys()];
      const issue = {
        number: Math.max(0, ...numbers) + 1,
        title,
        body: text(ctx.body, "body") ?? "",
        state: "open",
        labels: labelNames(ctx),
        user: ctx.user,
        created_at: stamp(ctx.state).at,
        closed_at: null
      };
      ctx.state.issues.set(issue.number, issue);
      return ok(issueJson(ctx, issue), 201);
    }
  },
  {
    method: "GET",
    pattern: /^\/issues\/(\d+)$/,
    handler: (ctx) => {
      const issue = ctx.state.issues.get(Number(ctx.params[0]));
      return issue ? ok(issueJson(ctx, issue)) : notFound();
    }
  },
  {
    method: "PATCH",
    pattern: /^\/issues\/(\d+)$/,
    handler: (ctx) => {
      const issue = ctx.state.issues.get(Number(ctx.params[0]));
      if (!issue) return notFound();
      const body = text(ctx.body, "body");
      const problem = body === void 0 ? void 0 : bodyProblem(body);
      if (problem) return problem;
      issue.title = text(ctx.body, "title") ?? issue.title;
      issue.body = body ?? issue.body;
      const state = text(ctx.body, "state");
      const at = stamp(ctx.state).at;
      if ((state === "open" || state === "closed") && state !== issue.state) {
        issue.state = state;
        issue.closed_at = state === "closed" ? at : null;
      }
      if (Array.isArray(ctx.body.labels)) issue.labels = labelNames(ctx);
      return ok(issueJson(ctx, issue));
    }
  }
];

// src/github/emulator/routes-labels.ts
var labelJson = (l) => ({ name: l.name, color: l.color, description: l.description || null });
var labelRoutes = [
  {
    method: "GET",
    pattern: /^\/labels$/,
    handler: (ctx) => paginate(ctx, [...ctx.state.labels.values()].map(labelJson))
  },
  {
    method: "GET",
    pattern: /^\/labels\/([^/]+)$/,
    handler: (ctx) => {
      const label = ctx.state.labels.get(decodeURIComponent(ctx.params[0]));
      return label ? ok(labelJson(label)) : notFound();
    }
  },
  {
    method: "POST",
    pattern: /^\/labels$/,
    handler: (ctx) => {
      const name = text(ctx.body, "name");
      if (!name)
        return invalid("Validation Failed", [{ resource: "Label", code: "missing_field", field: "name" }]);
      if (ctx.state.labels.has(name))
        return invalid("Validation Failed", [{ resource: "Label", code: "already_exists", field: "name" }]);
      const color = (text(ctx.body, "color") ?? "ededed").replace(/^#/, "");
      if (!/^[0-9a-fA-F]{6}$/.test(color))
        return invalid("Validation Failed", [{ resource: "Label", code: "invalid", field: "color" }]);
      const label = { name, color, description: text(ctx.body, "description") ?? "" };
      ctx.state.labels.set(name, label);
      return ok(labelJson(label), 201);
    }
  }
];

// src/github/emulator/diff-right-lines.ts
function diffRightLines(patch) {
  const lines = /* @__PURE__ */ new Set();
  if (!patch) return lines;
  let right = 0;
  let inHunk = false;
  for (const line of patch.split("\n")) {
    const header = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line);
    if (header) {
      right = Number(header[1]);
      inHunk = true;
      continue;
    }
    if (!inHunk || line.startsWith("\\")) continue;
    if (line.startsWith("-")) continue;
    lines.add(right++);
  }
  return lines;
}

// src/github/emulator/comment-anchor.ts
function anchorAtHead(state, pull2, c) {
  const here = { line: c.line, start_line: c.start_line, commit_id: c.commit_id };
  if (pull2.headSha === c.commit_id) return here;
  const outdated = { line: null, start_line: null, commit_id: c.commit_id };
  const before = state.contents.get(`${c.commit_id}:${c.path}`)?.split("\n");
  const now = state.contents.get(`${pull2.headSha}:${c.path}`)?.split("\n");
  if (!before || !now) return outdated;
  const first = c.start_line ?? c.line;
  const block = before.slice(first - 1, c.line);
  const shown = diffRightLines(pull2.files.find((f) => f.filename === c.path)?.patch);
  let best;
  for (let at = 1; at + block.length - 1 <= now.length; at++) {
    if (!block.every((l, i) => now[at - 1 + i] === l && shown.has(at + i))) continue;
    if (best === void 0 || Math.abs(at - first) < Math.abs(best - first)) best = at;
  }
  if (best === void 0) return outdated;
  const line = best + block.length - 1;
  return { line, start_line: c.start_line === null ? null : best, commit_id: pull2.headSha };
}

// src/github/emulator/routes-pulls.ts
function pullJson(ctx, p) {
  return {
    number: p.number,
    state: p.state,
    merged_at: p.merged_at,
    html_url: `https://github.com/${ctx.state.repository}/pull/${p.number}`,
    head: { sha: p.headSha, ref: p.headRef },
    base: { ref: p.baseRef }
  };
}
function reviewCommentJson(ctx, p, c) {
  const at = anchorAtHead(ctx.state, p, c);
  return {
    id: c.id,
    pull_request_review_id: c.review,
    path: c.path,
    line: at.line,
    start_line: at.start_line,
    original_line: c.line,
    original_start_line: c.start_line,
    side: c.side,
    body: c.body,
    commit_id: at.commit_id,
    original_commit_id: c.commit_id,
    user: userJson(c.user)
  };
}
var pull = (ctx) => ctx.state.pulls.get(Number(ctx.params[0]));
function createReview(ctx) {
  const p = pull(ctx);
  if (!p) return notFound();
  const event = text(ctx.body, "event") ?? "PENDING";
  const drafts = Array.isArray(ctx.body.comments) ? ctx.body.comments : [];
  const body = text(ctx.body, "body") ?? "";
  if (event === "COMMENT" && !body && drafts.length === 0) {
    return invalid("Unprocessable Entity", ["Review Comment is missing"]);
  }
  for (const d of drafts) {
    const file = p.files.find((f) => f.filename === d.path);
    const lines = diffRightLines(file?.patch);
    const wanted = [d.line, ...d.start_line === void 0 ? [] : [d.start_line]];
    if (typeof d.body !== "string" || !file || !wanted.every((n) => typeof n === "number" && lines.has(n))) {
      return invalid("Unprocessable Entity", ["Line could not be resolved"]);
    }
  }
  const commitId = text(ctx.body, "commit_id") ?? p.headSha;
  const review = { id: stamp(ctx.state).id, pull: p.number, event, body, commit_id: commitId, user: ctx.user };
  ctx.state.reviews.push(review);
  for (const d of drafts) {
    ctx.state.reviewComments.push({
      id: stamp(ctx.state).id,
      pull: p.number,
      review: review.id,
      path: String(d.path),
      line: Number(d.line),
      start_line: typeof d.start_line === "number" ? d.start_line : null,
      side: "RIGHT",
      body: String(d.body),
      commit_id: commitId,
      user: ctx.user
    });
  }
  return ok({
    id: review.id,
    state: event === "COMMENT" ? "COMMENTED" : event,
    body,
    user: userJson(ctx.user)
  });
}
var pullRoutes = [
  {
    method: "GET",
    pattern: /^\/pulls$/,
    handler: (ctx) => {
      const state = ctx.query.get("state") ?? "open";
      const list = [...ctx.state.pulls.values()].filter((p) => state === "all" || p.state === state);
      return paginate(
        ctx,
        list.sort((a, b) => b.number - a.number).map((p) => pullJson(ctx, p))
      );
    }
  },
  {
    method: "GET",
    pattern: /^\/pulls\/(\d+)$/,
    handler: (ctx) => pull(ctx) ? ok(pullJson(ctx, pull(ctx))) : notFound()
  },
  {
    method: "GET",
    pattern: /^\/pulls\/(\d+)\/files$/,
    handler: (ctx) => {
      const p = pull(ctx);
      if (!p) return notFound();
      return paginate(
        ctx,
        p.files.map((f) => ({
          filename: f.filename,
          status: f.status,
          ...f.patch ? { patch: f.patch } : {}
        }))
      );
    }
  },
  {
    method: "GET",
    pattern: /^\/commits\/([0-9a-f]+)\/pulls$/,
    handler: (ctx) => ok(
      [...ctx.state.pulls.values()].filter((p) => p.commits.includes(ctx.params[0])).map((p) => pullJson(ctx, p))
    )
  },
  { method: "POST", pattern: /^\/pulls\/(\d+)\/reviews$/, handler: createReview },
  {
    method: "GET",
    pattern: /^\/pulls\/(\d+)\/comments$/,
    handler: (ctx) => {
      const p = pull(ctx);
      if (!p) return notFound();
      const mine = ctx.state.reviewComments.filter((c) => c.pull === p.number);
      return paginate(
        ctx,
        mine.map((c) => reviewCommentJson(ctx, p, c))
      );
    }
  },
  {
    method: "GET",
    pattern: /^\/contents\/(.+)$/,
    handler: (ctx) => {
      const ref = ctx.query.get("ref") ?? "main";
      const path = decodeURIComponent(ctx.params[0]);
      const content = ctx.state.contents.get(`${ref}:${path}`);
      if (content === void 0) return notFound();
      const base64 = Buffer.from(content, "utf8").toString("base64").replace(/(.{60})/g, "$1\n");
      return ok({
        type: "file",
        encoding: "base64",
        size: Buffer.byteLength(content),
        name: path.split("/").pop(),
        path,
        content: base64,
        sha: `c${ref.slice(0, 8)}${path.length}`
      });
    }
  }
];

// src/github/emulator/dispatch.ts
var ROUTES = [...issueRoutes, ...labelRoutes, ...pullRoutes, ...checkRoutes, ...gitRoutes];
var MAX_REQUEST = 64 * 1024 * 1024;
async function readJson(req) {
  const chunks = [];
  let size = 0;
  for await (const c of req) {
    size += c.length;
    if (size > MAX_REQUEST) return void 0;
    chunks.push(c);
  }
  if (size === 0) return {};
  try {
    const value = JSON.parse(Buffer.concat(chunks).toString("utf8"));
    return value && typeof value === "object" && !Array.isArray(value) ? value : void 0;
  } catch {
    return void 0;
  }
}
function answer(state, token, method, rest, ctxBase, faults = []) {
  const fault = faults.find((f) => f.times > 0 && f.method === method && f.path.test(rest));
  if (fault) fault.times--;
  if (fault && !fault.after) return fault.answer;
  const real = route(state, token, method, rest, ctxBase);
  return fault ? fault.answer : real;
}
function route(state, token, method, rest, ctxBase) {
  for (const route2 of ROUTES) {
    if (route2.method !== method) continue;
    const m = route2.pattern.exec(rest);
    if (!m) continue;
    if (method !== "GET" && (token.readOnly || token.forbid?.test(rest))) {
      return {
        status: 403,
        body: {
          message: "Resource not accessible by integration",
          documentation_url: "https://docs.github.com/rest"
        }
      };
    }
    return route2.handler({ ...ctxBase, params: m.slice(1), user: token.user, state });
  }
  return notFound();
}

// src/github/emulator/create-github-emulator.ts
async function createGithubEmulator(options) {
  const state = createState(options.repository, options.clock ?? "2027-04-01T00:00:00Z");
  let nextUserId = 41898282;
  const addToken = (token, login, extra = {}) => {
    const user = {
      login,
      type: extra.type ?? (login.endsWith("[bot]") ? "Bot" : "User"),
      id: nextUserId++
    };
    state.tokens.set(token, { user, readOnly: extra.readOnly ?? false, forbid: extra.forbid });
    return user;
  };
  addToken(options.token, "github-actions[bot]");
  const addPull2 = (pull2) => {
    const full = {
      state: "open",
      headRef: `pr-${pull2.number}`,
      baseRef: "main",
      files: [],
      commits: [pull2.headSha],
      merged_at: null,
      ...pull2
    };
    state.pulls.set(full.number, full);
    return full;
  };
  let base = "";
  const faults = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", base);
    const method = req.method ?? "GET";
    const body = await readJson(req);
    const send = (a) => {
      state.calls.push({ method, path: url.pathname + url.search, status: a.status });
      if (a.status === 0) return void req.socket.destroy();
      res.writeHead(a.status, {
        "content-type": "application/json; charset=utf-8",
        "x-github-api-version-selected": "2022-11-28",
        "x-ratelimit-limit": "5000",
        "x-ratelimit-remaining": "4999",
        ...a.headers
      });
      res.end(JSON.stringify(a.body));
    };
    if (url.pathname.startsWith("/__emulator/")) {
      const a = body === void 0 ? { status: 400, body: { message: "Problems parsing JSON" } } : adminAnswer({ state, addPull: addPull2, addToken }, method, url.pathname.slice("/__emulator".length), body);
      res.writeHead(a.status, { "content-type": "application/json; charset=utf-8" });
      return res.end(JSON.stringify(a.body));
    }
    const auth = /^(?:token|bearer) (.+)$/i.exec(req.headers.authorization ?? "")?.[1];
    const token = auth ? state.tokens.get(auth) : void 0;
    if (!token)
      return send({
        status: 401,
        body: { message: "Bad credentials", documentation_url: "https://docs.github.com/rest" }
      });
    if (body === void 0) return send({ status: 400, body: { message: "Problems parsing JSON" } });
    const prefix = `/repos/${options.repository}`;
    if (!url.pathname.startsWith(`${prefix}/`)) return send(notFound());
    const rest = url.pathname.slice(prefix.length);
    send(
      answer(
        state,
        token,
        method,
        rest,
        {
          query: url.searchParams,
          body,
          base,
          path: url.pathname,
          maxPerPage: options.maxPerPage ?? 100
        },
        faults
      )
    );
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", resolve);
  });
  base = `http://${options.host ?? "127.0.0.1"}:${server.address().port}`;
  return {
    url: base,
    state,
    addToken,
    /**
     * The next `times` requests `method` on a path (after /repos/{o}/{r}) matching `path` get `answer`
     * (status 0: the connection is dropped); with `after`, they are carried out first.
     */
    failNext(method, path, times, answer2, after = false) {
      faults.push({ method, path, times, answer: answer2, after });
    },
    /** Registers a pull request (open unless said otherwise). */
    addPull: addPull2,
    /** A file's text at a ref, for `GET /contents`. */
    setContent: (ref, path, text2) => void state.contents.set(`${ref}:${path}`, text2),
    /** Seeds a comment written by `user` (another bot, a human). */
    addComment(issue, body, user) {
      const { id, at } = stamp(state);
      state.comments.push({ id, issue, body, user, created_at: at, updated_at: at });
      return id;
    },
    comments: (issue) => state.comments.filter((c) => c.issue === issue),
    calls: () => [...state.calls],
    /** Every call that was not a GET. */
    writes: () => state.calls.filter((c) => c.method !== "GET"),
    resetCalls: () => void (state.calls.length = 0),
    /** Files of a branch: path → content. */
    branchFiles(branch) {
      const head = state.refs.get(`heads/${branch}`);
      const tree = head ? state.commits.get(head)?.tree : void 0;
      const out = /* @__PURE__ */ new Map();
      if (tree)
        for (const [p, e] of flatten(state, tree)) out.set(p, state.blobs.get(e.sha) ?? Buffer.alloc(0));
      return out;
    },
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    })
  };
}
export {
  createGithubEmulator
};
