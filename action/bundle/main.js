import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  Command,
  CommanderError,
  Option,
  formatOption,
  jobsOption,
  localeOption,
  nowOption,
  portNumber,
  resolveNow,
  wholeNumber,
  withSiteOptions
} from "./chunk-YJAHRESA.js";
import {
  EXIT
} from "./chunk-5BTLSYB3.js";
import {
  packageVersion
} from "./chunk-YSZOIMHP.js";
import {
  cliUsageMessages
} from "./chunk-IG4EDCR2.js";
import "./chunk-O5JSVDFR.js";
import "./chunk-EP4KRDZC.js";

// src/cli/action-main.ts
import { appendFileSync } from "node:fs";

// src/cli/commands/check.ts
function checkCommand(io) {
  const command = new Command("check").description("check front-matter, lint, render and schedule; report every finding in every file").argument("[slugs...]", "only these articles (default: all)").addOption(formatOption(["pretty", "json", "github", "markdown"], "pretty")).addOption(nowOption()).option("--changed <git-ref>", "only articles changed since <git-ref> (e.g. origin/main)").option("-q, --quiet", "hide infos in the pretty report").option("--fix", "apply safe typography fixes to the Markdown sources").addOption(new Option("--fix-dry-run", "show the fixes as a diff without writing").conflicts("fix")).option("--no-cache", "ignore .wxpress/cache (neither read nor written)").addOption(jobsOption()).addOption(localeOption());
  withSiteOptions(command);
  return command.action(async (slugs, flags) => {
    const { runCheck } = await import("./chunk-2YVJXE5T.js");
    io.exitCode = await runCheck(io, slugs, flags);
  });
}

// src/cli/commands/demo.ts
function demoCommand(io, run2) {
  return new Command("demo").description(
    "run the main job end to end on ./content with a fixed clock and the built-in WeChat emulator"
  ).option("--now <iso>", "clock for check and plan", "2027-03-01T09:00:00+08:00").action(async (flags) => {
    const { runDemo } = await import("./chunk-DOKBXVCZ.js");
    io.exitCode = await runDemo(io, flags.now, run2);
  });
}

// src/cli/commands/emulator.ts
var positive = wholeNumber(() => cliUsageMessages.msg.positiveNumber(), 1);
function emulatorCommand(io) {
  return new Command("emulator").description("start the WeChat API emulator, a real HTTP server on 127.0.0.1 (docs/emulator.md)").option("-p, --port <n>", "port (0 = any free port)", portNumber, 8090).option("--host <address>", "address to listen on", "127.0.0.1").option("--clock <iso>", "start the emulator clock at this instant").addOption(
    new Option("--kind <kind>", "account kind").choices(["subscription", "service"]).default("subscription")
  ).option("--tags <names>", "comma-separated follower tags to create (ids from 100)").option(
    "--unverified",
    "an unverified (\u672A\u8BA4\u8BC1) account: freepublish, mass send, tags and datacube answer 48001"
  ).option(
    "--content-text-max <n>",
    "refuse content with this many characters of text (WeChat: 20000)",
    positive
  ).option(
    "--content-bytes-max <n>",
    "refuse content with this many bytes of HTML (WeChat: 1048576)",
    positive
  ).option(
    "--publish-delay <ms>",
    'how long a freepublish task stays "publishing" (emulator clock; default 1500)',
    wholeNumber(() => cliUsageMessages.msg.milliseconds())
  ).action(async (flags) => {
    const { createEmulator, DEFAULT_APP_ID, DEFAULT_APP_SECRET } = await import("./chunk-F2QIUO7A.js");
    if (flags.clock !== void 0 && Number.isNaN(Date.parse(flags.clock))) {
      io.stderr.write(`wxpress: --clock expects an ISO-8601 date-time, got "${flags.clock}"
`);
      io.exitCode = 2;
      return;
    }
    const { listenErrorMessage } = await import("./chunk-VSB6D45K.js");
    let emulator;
    try {
      emulator = await createEmulator({
        port: flags.port,
        host: flags.host,
        clock: flags.clock,
        kind: flags.kind,
        verified: flags.unverified !== true,
        appId: io.env.WECHAT_APP_ID || DEFAULT_APP_ID,
        appSecret: io.env.WECHAT_APP_SECRET || DEFAULT_APP_SECRET,
        tags: flags.tags ? flags.tags.split(",").map((t) => t.trim()).filter(Boolean) : [],
        settings: {
          ...flags.publishDelay !== void 0 ? { publishDelayMs: flags.publishDelay } : {},
          ...flags.contentTextMax ? { contentTextMax: flags.contentTextMax } : {},
          ...flags.contentBytesMax ? { contentBytesMax: flags.contentBytesMax } : {}
        }
      });
    } catch (error) {
      const message = listenErrorMessage(error, flags.host, flags.port);
      if (!message) throw error;
      io.stderr.write(`wxpress emulator: ${message}
`);
      io.exitCode = 2;
      return;
    }
    io.stdout.write(`wxpress emulator listening on ${emulator.url}
`);
    io.stdout.write(
      `account ${io.env.WECHAT_APP_ID || DEFAULT_APP_ID} (${flags.kind}); state: ${emulator.url}/__emulator/state; stop with Ctrl-C
`
    );
    await new Promise((resolve) => {
      const stop = () => resolve();
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    });
    await emulator.close();
    io.exitCode = 0;
  });
}

// src/cli/commands/init.ts
function initCommand(io) {
  return new Command("init").description(
    "scaffold a site that runs as it is: package.json, config, GitHub workflows using the wxpress Action, .gitignore and one example article (never sent); never overwrites a file"
  ).argument("[dir]", "folder to create the site in", ".").option(
    "--from <tarball-or-git-url>",
    "where the site installs wxpress from: a .tgz made by `npm pack` (copied into vendor/) or a git URL (default: the wxpress repository at its release tag)"
  ).option("--force-example", "write the example article even if this site had one or already has articles").addOption(nowOption()).addOption(localeOption()).action(async (dir, flags) => {
    const { runInit } = await import("./chunk-WNHZIGO2.js");
    io.exitCode = await runInit(io, dir, flags);
  });
}

// src/cli/commands/plan.ts
function planCommand(io) {
  const command = new Command("plan").description("show the push plan: pushes by local date, audiences, blocked articles, schedule findings").addOption(formatOption(["pretty", "json", "ics", "markdown"], "pretty")).addOption(nowOption()).addOption(localeOption());
  withSiteOptions(command);
  return command.action(async (flags) => {
    const { runPlan } = await import("./chunk-H237QC36.js");
    io.exitCode = await runPlan(io, flags);
  });
}

// src/cli/commands/preview.ts
function previewCommand(io) {
  const command = new Command("preview").description("serve the articles as WeChat shows them, in a phone-width frame, reloading on change").option(
    "-p, --port <n>",
    "port; a busy one moves to the next free port (0 = any free port)",
    portNumber,
    4321
  ).option(
    "--host <address>",
    "address to listen on (0.0.0.0: open it on a phone in the same network)",
    "127.0.0.1"
  ).addOption(nowOption()).addOption(localeOption());
  withSiteOptions(command);
  return command.action(async (flags) => {
    const { startPreview } = await import("./chunk-ZRZBEIMV.js");
    const { buildVersion } = await import("./chunk-UN77NPPH.js");
    const { listenErrorMessage } = await import("./chunk-VSB6D45K.js");
    let server;
    try {
      server = await startPreview({
        root: io.cwd,
        content: flags.content,
        config: flags.config,
        port: flags.port,
        host: flags.host,
        nowMs: () => resolveNow(flags.now),
        version: buildVersion(),
        locale: flags.locale
      });
    } catch (error) {
      const message = listenErrorMessage(error, flags.host, flags.port, flags.locale);
      if (!message) throw error;
      io.stderr.write(`wxpress preview${flags.locale === "zh-CN" ? "\uFF1A" : ": "}${message}
`);
      io.exitCode = 2;
      return;
    }
    const { t } = await import("./chunk-MCWHO26Y.js");
    const { previewMessages: msg } = await import("./chunk-36WFOVLP.js");
    const locale = server.locale;
    if (server.busyPort !== void 0)
      io.stderr.write(`${t(locale, msg.msg.portBusy({ busy: server.busyPort, port: server.port }))}
`);
    io.stdout.write(`${t(locale, msg.msg.listening({ url: server.url }))}
`);
    if (flags.host === "0.0.0.0" || flags.host === "::") {
      for (const url of await lanUrls(server.port)) io.stdout.write(`${t(locale, msg.msg.lan({ url }))}
`);
    }
    await new Promise((resolve) => {
      process.once("SIGINT", resolve);
      process.once("SIGTERM", resolve);
    });
    await server.close();
  });
}
async function lanUrls(port) {
  const { networkInterfaces } = await import("node:os");
  const urls = [];
  for (const list of Object.values(networkInterfaces())) {
    for (const info of list ?? [])
      if (info.family === "IPv4" && !info.internal) urls.push(`http://${info.address}:${port}`);
  }
  return urls;
}

// src/cli/commands/pr-check.ts
function prCheckCommand(io) {
  const command = new Command("pr-check").description(
    "the untrusted half of the PR check: check the changed articles, annotate, screenshot, write the artifact"
  ).option(
    "--base <ref>",
    "compare with this git ref instead of the pull_request event in GITHUB_EVENT_PATH"
  ).option("--artifact <dir>", "artifact folder (report.json, html/, screenshots/, covers/)", "wxpress-pr").addOption(nowOption()).addOption(localeOption()).option("--no-screenshots", "do not start a browser").option("--chromium <path>", "Chromium executable (default: CHROMIUM_PATH, then the usual places)");
  withSiteOptions(command);
  return command.action(async (flags) => {
    const { runPrCheckCommand } = await import("./chunk-F34R5TMU.js");
    io.exitCode = await runPrCheckCommand(io, flags);
  });
}

// src/cli/commands/pr-report.ts
function prReportCommand(io) {
  return new Command("pr-report").description(
    "trusted half of the PR check: from the artifact of `pr-check`, write the check run, the sticky comment, the preview images and the one-click fixes"
  ).option("--artifact <dir>", "artifact folder written by `wxpress pr-check`", "wxpress-pr").addOption(nowOption()).addOption(localeOption()).addHelpText(
    "after",
    `
Never runs site code: reads only <dir>. Environment: GITHUB_TOKEN, GITHUB_REPOSITORY (owner/name),
GITHUB_API_URL (default https://api.github.com), GITHUB_SERVER_URL (default https://github.com),
GITHUB_EVENT_PATH (a workflow_run event: its head sha must match the artifact and the pull request),
GITHUB_RUN_ID (link to the artifact when images cannot be published), WXPRESS_BOT_LOGIN (default
github-actions[bot]: the author of the sticky comment when another token is used).
Permissions: pull-requests: write, checks: write, contents: write (preview images).`
  ).action(async (flags) => {
    const { runPrReport } = await import("./chunk-6QLQIMW3.js");
    io.exitCode = await runPrReport(io, flags);
  });
}

// src/cli/commands/github-emulator.ts
function githubEmulatorCommand(io) {
  return new Command("github-emulator").description(
    "start the GitHub REST emulator (real HTTP) that pr-report and stats --post are tested against"
  ).option("-p, --port <n>", "port (0 = any free port)", portNumber, 8091).option("--host <address>", "address to listen on", "127.0.0.1").option("--repository <owner/name>", "the one repository it serves", "shanhai/site").addHelpText(
    "after",
    '\nThe Actions token is $GITHUB_TOKEN (default "emulator-token"), writing as github-actions[bot].\nAdmin (no token): POST /__emulator/pulls, POST /__emulator/commits/<sha>/pulls,\nPOST /__emulator/tokens, GET /__emulator/state \u2014 see docs/github-emulator.md.'
  ).action(async (flags) => {
    const { createGithubEmulator } = await import("./chunk-KODZJ2PI.js");
    const token = io.env.GITHUB_TOKEN || "emulator-token";
    let emulator;
    try {
      emulator = await createGithubEmulator({
        token,
        repository: flags.repository,
        port: flags.port,
        host: flags.host
      });
    } catch (error) {
      io.stderr.write(
        `wxpress: cannot listen on ${flags.host}:${flags.port} (${error.code ?? error.message}); try --port 0
`
      );
      io.exitCode = 2;
      return;
    }
    io.stdout.write(`wxpress github-emulator listening on ${emulator.url}
`);
    io.stdout.write(`repository ${flags.repository}; GITHUB_API_URL=${emulator.url}; stop with Ctrl-C
`);
    await new Promise((resolve) => {
      process.once("SIGINT", () => resolve());
      process.once("SIGTERM", () => resolve());
    });
    await emulator.close();
    io.exitCode = 0;
  });
}

// src/cli/commands/publish.ts
var whole = wholeNumber((value) => cliUsageMessages.msg.wholeNumber({ value }));
function publishCommand(io) {
  const command = new Command("publish").description("upload images, create or update drafts, and send the pushes that are due (never twice)").addOption(nowOption()).addOption(localeOption()).option("--dry-run", "print the WeChat calls it would make, make none (no credentials needed)").addOption(
    new Option("--mode <mode>", "override the mode of every push").choices([
      "draft",
      "publish",
      "broadcast"
    ])
  ).option("--only <slug>", "only the push containing this article").option(
    "--preflight",
    "send nothing: check credentials, the mode\u2019s permission and follower tags of the pushes to come"
  ).option(
    "--alert",
    'then report on GitHub: an issue per missed/blocked/failed push, "sent" and preflight comments on PRs'
  ).option(
    "--poll <seconds>",
    "how long to wait for a freepublish task before leaving it to the next run (default 120)",
    whole
  ).option(
    "--lock-wait <seconds>",
    "how long to wait for another publish of the same account (default 30)",
    whole
  ).option(
    "--lock-max-age <minutes>",
    "a publish lock older than this is stale and taken over (default 120)",
    whole
  ).addHelpText(
    "after",
    `
Due pushes (slot \u2264 now, at most schedule.maxLatenessMinutes late) are sent; later pushes are prepared
(images uploaded, draft created or updated); missed pushes are reported and never sent late.
Environment: WECHAT_API_BASE (default https://api.weixin.qq.com), WECHAT_APP_ID, WECHAT_APP_SECRET
(or the account's appIdEnv/appSecretEnv). The ledger is .wxpress/state/<slug>.json: keep it with \`wxpress state push\` (the Action does).
--alert needs GITHUB_TOKEN and GITHUB_REPOSITORY (GITHUB_API_URL, WXPRESS_BOT_LOGIN optional); a GitHub
failure is one line on stderr and never changes the exit code.`
  );
  withSiteOptions(command);
  return command.action(async (flags) => {
    const { runPublish } = await import("./chunk-NF5GQ6RX.js");
    io.exitCode = await runPublish(io, flags);
  });
}

// src/cli/commands/render.ts
function renderCommand(io) {
  const command = new Command("render").description("render articles to WeChat-safe HTML: <out>/<slug>.html, <out>/assets/, <out>/manifest.json").argument("[slugs...]", "only these articles (default: all)").option("-o, --out <dir>", "output folder", "out").option("-t, --theme <id>", "theme id (default: config `theme`, or front-matter `theme`)").addOption(formatOption(["pretty", "json"], "pretty")).option("--no-cache", "ignore .wxpress/cache").addOption(jobsOption()).addOption(localeOption());
  withSiteOptions(command);
  return command.action(async (slugs, flags) => {
    const { runRender } = await import("./chunk-WA2ZLTYX.js");
    io.exitCode = await runRender(io, slugs, flags);
  });
}

// src/cli/commands/stats.ts
function statsCommand(io) {
  const command = new Command("stats").description(
    "read WeChat statistics of sent articles into .wxpress/stats/; --post comments them on each article\u2019s PR"
  ).addOption(formatOption(["pretty", "json", "markdown"], "pretty")).option("--post", "post (or update) one comment per article on the pull request that added it").addOption(nowOption()).addOption(localeOption()).addHelpText(
    "after",
    `
Environment: WECHAT_API_BASE, WECHAT_APP_ID, WECHAT_APP_SECRET; with --post also GITHUB_TOKEN,
GITHUB_REPOSITORY (owner/name) and GITHUB_API_URL (default https://api.github.com).`
  );
  withSiteOptions(command);
  return command.action(async (flags) => {
    const { runStats } = await import("./chunk-N2BSPBJA.js");
    io.exitCode = await runStats(io, flags);
  });
}

// src/cli/commands/state.ts
function subcommand(io, name, description) {
  const command = new Command(name).description(description).option("--branch <name>", "the state branch", "wxpress-state").option("--remote <name>", "the remote holding it (name or URL)", "origin").addOption(localeOption()).exitOverride().configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });
  if (name === "push") {
    command.option("--message <text>", "commit message", "wxpress: publish state").option(
      "--attempts <n>",
      "push attempts when the push is rejected (with backoff)",
      (v) => Math.max(1, Math.min(20, Number(v) || 5)),
      5
    );
  }
  return command.action(async (flags) => {
    const { runStatePull, runStatePush } = await import("./chunk-6MUIMEUS.js");
    io.exitCode = name === "pull" ? await runStatePull(io, flags) : await runStatePush(io, flags);
  });
}
function stateCommand(io) {
  return new Command("state").description(
    "carry the publish ledger and statistics on a branch of their own (works with a protected main)"
  ).addCommand(
    subcommand(
      io,
      "pull",
      "write the state branch\u2019s .wxpress/state and .wxpress/stats files into the working tree"
    )
  ).addCommand(
    subcommand(
      io,
      "push",
      "commit .wxpress/state and .wxpress/stats onto the state branch (not the checked-out one), push it"
    )
  ).addHelpText(
    "after",
    `
The Action runs \`wxpress state pull\` before due/publish/stats (they read .wxpress/state as present in
the working tree) and \`wxpress state push\` after publish and stats. A missing branch is fine on first use. Pull never
overwrites a local file that is newer than or conflicts with the branch's copy; push merges file by file
(newer wins, undecidable \u2192 error) and retries a rejected push after fetching again.`
  );
}

// src/cli/commands/due.ts
function dueCommand(io) {
  const command = new Command("due").description(
    "print true when publish has work now (a push due or interrupted, a draft to prepare), else false"
  ).addOption(nowOption()).addOption(localeOption()).addHelpText(
    "after",
    `
Reads front-matter and .wxpress/state only (no render, no lint), so a scheduled job can skip the rest:
  if [ "$(npx --no-install wxpress due)" = true ]; then npx --no-install wxpress publish; fi
Why it is true goes to stderr. Exit 0; 2 on config errors.`
  );
  withSiteOptions(command);
  return command.action(async (flags) => {
    const { runDue } = await import("./chunk-Z6ZG5NW2.js");
    io.exitCode = await runDue(io, flags);
  });
}

// src/cli/main.ts
var COMMANDS = [
  ["check", checkCommand],
  ["render", renderCommand],
  ["plan", planCommand],
  ["publish", publishCommand],
  ["stats", statsCommand],
  ["state", stateCommand],
  ["due", dueCommand],
  ["pr-check", prCheckCommand],
  ["preview", previewCommand],
  ["emulator", emulatorCommand],
  ["init", initCommand],
  ["demo", (io) => demoCommand(io, run)],
  ["pr-report", prReportCommand],
  ["github-emulator", githubEmulatorCommand]
];
function catchErrors(command, failed, help) {
  command.configureOutput({
    outputError: () => {
      failed.command = command;
      failed.help = help;
    }
  });
  for (const sub of command.commands) catchErrors(sub, failed, void 0);
}
async function createProgram(io, failed = {}) {
  const program = new Command("wxpress").description(
    "Content-as-code publishing for WeChat Official Accounts (\u516C\u4F17\u53F7): check, render, plan, publish, stats."
  ).version(packageVersion(), "-v, --version", "print the wxpress version").helpOption("-h, --help", "show help").showSuggestionAfterError(true).exitOverride().configureOutput({
    writeOut: (s) => io.stdout.write(s),
    writeErr: (s) => io.stderr.write(s)
  });
  for (const [name, factory] of COMMANDS) {
    const command = factory(io).exitOverride().configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });
    program.addCommand(command);
    catchErrors(command, failed, name);
  }
  program.configureOutput({ outputError: () => Object.assign(failed, { command: program, help: "program" }) });
  return program;
}
async function run(argv, partial = {}) {
  const io = {
    cwd: partial.cwd ?? process.cwd(),
    env: partial.env ?? process.env,
    stdout: partial.stdout ?? process.stdout,
    stderr: partial.stderr ?? process.stderr,
    exitCode: EXIT.ok
  };
  const failed = {};
  try {
    const program = await createProgram(io, failed);
    if (argv.length === 0) {
      program.outputHelp();
      return EXIT.ok;
    }
    await program.parseAsync([...argv], { from: "user" });
    return io.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === "commander.helpDisplayed" || error.code === "commander.version") return EXIT.ok;
      if (error.code === "commander.help") return EXIT.ok;
      const { reportUsageError } = await import("./chunk-CZC7A6NY.js");
      await reportUsageError(io, argv, error, failed);
      return EXIT.usage;
    }
    const err = error;
    io.stderr.write(`wxpress: internal error: ${err.stack ?? String(err)}
`);
    io.stderr.write(
      "This is a bug in wxpress, not in your content. Please report it with the command you ran.\n"
    );
    return EXIT.usage;
  }
}

// src/cli/action-plan.ts
var ACTION_COMMANDS = ["pr-check", "pr-report", "publish", "stats", "check", "due"];
function readActionInputs(env) {
  const text = (name, fallback = "") => (env[`WXPRESS_ACTION_${name}`] ?? fallback).trim();
  return {
    command: text("COMMAND"),
    artifact: text("ARTIFACT", "wxpress-pr") || "wxpress-pr",
    dryRun: text("DRY_RUN").toLowerCase() === "true",
    only: text("ONLY"),
    now: text("NOW"),
    state: text("STATE", "true").toLowerCase() !== "false"
  };
}
function isCommand(command) {
  return ACTION_COMMANDS.includes(command);
}
function actionPlan(inputs) {
  const { command } = inputs;
  if (!isCommand(command)) {
    const given = command === "" ? "no command" : `unknown command "${command}"`;
    const valid = ACTION_COMMANDS.join(", ");
    return { ok: false, message: `wxpress action: ${given}; set the input \`command\` to one of ${valid}` };
  }
  const now = inputs.now ? [`--now=${inputs.now}`] : [];
  const pull = inputs.state ? [{ argv: ["state", "pull"], when: "ok" }] : [];
  const push = inputs.state ? [{ argv: ["state", "push"], when: "ran" }] : [];
  const artifact = `--artifact=${inputs.artifact}`;
  const plans = {
    "pr-check": () => [{ argv: ["pr-check", artifact, ...now], when: "ok" }],
    "pr-report": () => [{ argv: ["pr-report", artifact], when: "ok" }],
    check: () => [{ argv: ["check", "--format=github", ...now], when: "ok" }],
    due: () => [...pull, { argv: ["due", ...now], when: "ok", output: "due" }],
    publish: () => {
      const flags = [
        ...inputs.dryRun ? ["--dry-run"] : [],
        ...inputs.only ? [`--only=${inputs.only}`] : [],
        ...inputs.dryRun ? [] : ["--alert"],
        ...now
      ];
      return [...pull, { argv: ["publish", ...flags], when: "ok" }, ...inputs.dryRun ? [] : push];
    },
    stats: () => [...pull, { argv: ["stats", "--post"], when: "ok" }, ...push]
  };
  return { ok: true, command, steps: plans[command]() };
}
async function runActionSteps(plan, runStep2) {
  const outcome = { code: 0, ran: [] };
  let previousRan = true;
  for (const step of plan.steps) {
    const go = step.when === "ran" ? previousRan : outcome.code === 0;
    if (!go) {
      outcome.ran.push({ argv: step.argv, code: void 0 });
      previousRan = false;
      continue;
    }
    const result = await runStep2(step.argv);
    outcome.ran.push({ argv: step.argv, code: result.code });
    previousRan = true;
    outcome.code = Math.max(outcome.code, result.code);
    if (step.output === "due") {
      outcome.due = result.code === 0 && result.stdout.trim() === "false" ? "false" : "true";
    }
  }
  if (plan.command === "due") {
    outcome.due ??= "true";
    outcome.code = 0;
  }
  return outcome;
}

// src/cli/action-main.ts
async function runStep(argv) {
  let stdout = "";
  const tee = {
    write: (text) => {
      stdout += text;
      return process.stdout.write(text);
    }
  };
  process.stdout.write(`
$ wxpress ${argv.join(" ")}
`);
  const code = await run(argv, { stdout: tee });
  return { code, stdout };
}
async function main() {
  const plan = actionPlan(readActionInputs(process.env));
  if (!plan.ok) {
    process.stderr.write(`${plan.message}
`);
    return 2;
  }
  const outcome = await runActionSteps(plan, runStep);
  if (outcome.due !== void 0) {
    process.stdout.write(`wxpress: due=${outcome.due}
`);
    const file = process.env.GITHUB_OUTPUT;
    if (file) appendFileSync(file, `due=${outcome.due}
`);
  }
  return outcome.code;
}
process.exitCode = await main();
