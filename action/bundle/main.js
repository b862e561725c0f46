import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  usageLocale
} from "./chunk-H5PLKBEY.js";
import {
  formatOption,
  jobsOption,
  localeOption,
  nowOption,
  portNumber,
  resolveNow,
  wholeNumber,
  withSiteOptions
} from "./chunk-2NWFFI6H.js";
import {
  EXIT
} from "./chunk-5BTLSYB3.js";
import {
  Command,
  CommanderError,
  argument,
  command,
  described,
  helpAfter,
  option
} from "./chunk-3H6A6EEH.js";
import {
  packageVersion
} from "./chunk-YSZOIMHP.js";
import {
  cliUsageMessages
} from "./chunk-OWIXN4P4.js";
import {
  afterHelp,
  commandHelp,
  programHelp,
  sharedHelp,
  toolHelp
} from "./chunk-W666XFH3.js";
import "./chunk-6YQ3DZCD.js";
import "./chunk-S4VC6IKX.js";
import "./chunk-RGBDA2DB.js";
import "./chunk-EP4KRDZC.js";

// src/cli/action-main.ts
import { appendFileSync } from "node:fs";

// src/cli/help-locale.ts
function showsHelp(program, argv) {
  const end = argv.indexOf("--");
  const args = end < 0 ? argv : argv.slice(0, end);
  if (args.length === 0 || args.includes("-h") || args.includes("--help")) return true;
  let command2 = program;
  for (const arg of args) {
    if (arg === "help" && command2.commands.length > 0) return true;
    const sub = command2.commands.find((c) => c.name() === arg);
    if (!sub) return false;
    command2 = sub;
  }
  return command2.commands.length > 0;
}
async function localizeHelp(program, argv, cwd) {
  if (!showsHelp(program, argv)) return;
  const locale = await usageLocale(argv, cwd);
  if (locale === "en") return;
  const { zhHelp } = await import("./chunk-75ZN4T3Z.js");
  zhHelp(program);
}

// src/cli/commands/check.ts
var help = commandHelp.check;
function checkCommand(io) {
  const command2 = command("check", help.description).addArgument(argument("[slugs...]", sharedHelp.slugs)).addOption(formatOption(["pretty", "json", "github", "markdown"], "pretty")).addOption(nowOption()).addOption(option("--changed <git-ref>", help.changed)).addOption(option("-q, --quiet", help.quiet)).addOption(option("--fix", help.fix)).addOption(option("--fix-dry-run", help.fixDryRun).conflicts("fix")).addOption(option("--no-cache", help.noCache)).addOption(jobsOption()).addOption(localeOption());
  withSiteOptions(command2);
  return command2.action(async (slugs, flags) => {
    const { runCheck } = await import("./chunk-2LNKV5QC.js");
    io.exitCode = await runCheck(io, slugs, flags);
  });
}

// src/cli/commands/demo.ts
function demoCommand(io, run2) {
  return command("demo", toolHelp.demo.description).addOption(option("--now <iso>", toolHelp.demo.now).default("2027-03-01T09:00:00+08:00")).action(async (flags) => {
    const { runDemo } = await import("./chunk-GVIO74TO.js");
    io.exitCode = await runDemo(io, flags.now, run2);
  });
}

// src/cli/until-stopped.ts
var SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"];
function untilStopped(proc = process, everyMs = 500) {
  return new Promise((resolve) => {
    const parent = proc.ppid;
    const handlers = new Map(SIGNALS.map((signal) => [signal, () => stop(signal)]));
    const timer = setInterval(() => {
      if (proc.ppid !== parent) stop("parent-gone");
    }, everyMs);
    timer.unref();
    for (const [signal, handler] of handlers) proc.once(signal, handler);
    function stop(reason) {
      clearInterval(timer);
      for (const [signal, handler] of handlers) proc.off(signal, handler);
      resolve(reason);
    }
  });
}

// src/cli/commands/emulator.ts
var positive = wholeNumber(() => cliUsageMessages.msg.positiveNumber(), 1);
var help2 = toolHelp.emulator;
function emulatorCommand(io) {
  return command("emulator", help2.description).addOption(option("-p, --port <n>", sharedHelp.port).argParser(portNumber).default(8090)).addOption(option("--host <address>", sharedHelp.host).default("127.0.0.1")).addOption(option("--clock <iso>", help2.clock)).addOption(
    option("--kind <kind>", help2.kind).choices(["subscription", "service"]).default("subscription")
  ).addOption(option("--tags <names>", help2.tags)).addOption(option("--unverified", help2.unverified)).addOption(option("--content-text-max <n>", help2.contentTextMax).argParser(positive)).addOption(option("--content-bytes-max <n>", help2.contentBytesMax).argParser(positive)).addOption(
    option("--publish-delay <ms>", help2.publishDelay).argParser(
      wholeNumber(() => cliUsageMessages.msg.milliseconds())
    )
  ).action(async (flags) => {
    const { createEmulator, DEFAULT_APP_ID, DEFAULT_APP_SECRET } = await import("./chunk-YYDTMANT.js");
    if (flags.clock !== void 0 && Number.isNaN(Date.parse(flags.clock))) {
      io.stderr.write(`wxpress: --clock expects an ISO-8601 date-time, got "${flags.clock}"
`);
      io.exitCode = 2;
      return;
    }
    const { listenErrorMessage } = await import("./chunk-TMGE5CIX.js");
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
    await untilStopped();
    await emulator.close();
    io.exitCode = 0;
  });
}

// src/cli/commands/init.ts
function initCommand(io) {
  const help6 = toolHelp.init;
  return command("init", help6.description).addArgument(argument("[dir]", help6.dir).default(".")).addOption(option("--from <tarball-or-git-url>", help6.from)).addOption(option("--force-example", help6.forceExample)).addOption(nowOption()).addOption(localeOption()).action(async (dir, flags) => {
    const { runInit } = await import("./chunk-DPIH5SNI.js");
    io.exitCode = await runInit(io, dir, flags);
  });
}

// src/cli/commands/plan.ts
function planCommand(io) {
  const command2 = command("plan", commandHelp.plan.description).addOption(formatOption(["pretty", "json", "ics", "markdown"], "pretty")).addOption(nowOption()).addOption(localeOption());
  withSiteOptions(command2);
  return command2.action(async (flags) => {
    const { runPlan } = await import("./chunk-D5UMK4IP.js");
    io.exitCode = await runPlan(io, flags);
  });
}

// src/cli/commands/preview.ts
function previewCommand(io) {
  const command2 = command("preview", toolHelp.preview.description).addOption(option("-p, --port <n>", toolHelp.preview.port).argParser(portNumber).default(4321)).addOption(option("--host <address>", toolHelp.preview.host).default("127.0.0.1")).addOption(nowOption()).addOption(localeOption());
  withSiteOptions(command2);
  return command2.action(async (flags) => {
    const { startPreview } = await import("./chunk-36XCW5RC.js");
    const { buildVersion } = await import("./chunk-UN77NPPH.js");
    const { listenErrorMessage } = await import("./chunk-TMGE5CIX.js");
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
    const { t } = await import("./chunk-GMZX4H4D.js");
    const { previewMessages: msg } = await import("./chunk-AWEFBKRY.js");
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
    await untilStopped();
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
  const help6 = toolHelp.prCheck;
  const command2 = command("pr-check", help6.description).addOption(option("--base <ref>", help6.base)).addOption(option("--artifact <dir>", help6.artifact).default("wxpress-pr")).addOption(nowOption()).addOption(localeOption()).addOption(option("--no-screenshots", help6.noScreenshots)).addOption(option("--chromium <path>", help6.chromium));
  withSiteOptions(command2);
  return command2.action(async (flags) => {
    const { runPrCheckCommand } = await import("./chunk-X7ACMBXN.js");
    io.exitCode = await runPrCheckCommand(io, flags);
  });
}

// src/cli/commands/pr-report.ts
function prReportCommand(io) {
  const command2 = command("pr-report", toolHelp.prReport.description).addOption(option("--artifact <dir>", toolHelp.prReport.artifact).default("wxpress-pr")).addOption(nowOption()).addOption(localeOption(toolHelp.prReport.locale));
  return helpAfter(command2, afterHelp.prReport).action(async (flags) => {
    const { runPrReport } = await import("./chunk-HUL73OSY.js");
    io.exitCode = await runPrReport(io, flags);
  });
}

// src/cli/commands/github-emulator.ts
function githubEmulatorCommand(io) {
  const command2 = command("github-emulator", toolHelp.githubEmulator.description).addOption(option("-p, --port <n>", sharedHelp.port).argParser(portNumber).default(8091)).addOption(option("--host <address>", sharedHelp.host).default("127.0.0.1")).addOption(
    option("--repository <owner/name>", toolHelp.githubEmulator.repository).default("shanhai/site")
  );
  return helpAfter(command2, afterHelp.githubEmulator).action(async (flags) => {
    const { createGithubEmulator } = await import("./chunk-VE6XLSSV.js");
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
    await untilStopped();
    await emulator.close();
    io.exitCode = 0;
  });
}

// src/cli/commands/publish.ts
var whole = wholeNumber((value) => cliUsageMessages.msg.wholeNumber({ value }));
var help3 = commandHelp.publish;
function publishCommand(io) {
  const command2 = command("publish", help3.description).addOption(nowOption()).addOption(localeOption()).addOption(option("--dry-run", help3.dryRun)).addOption(option("--mode <mode>", help3.mode).choices(["draft", "publish", "broadcast"])).addOption(option("--only <slug>", help3.only)).addOption(option("--preflight", help3.preflight)).addOption(option("--alert", help3.alert)).addOption(option("--poll <seconds>", help3.poll).argParser(whole)).addOption(option("--lock-wait <seconds>", help3.lockWait).argParser(whole)).addOption(option("--lock-max-age <minutes>", help3.lockMaxAge).argParser(whole));
  helpAfter(command2, afterHelp.publish);
  withSiteOptions(command2);
  return command2.action(async (flags) => {
    const { runPublish } = await import("./chunk-UK5ETZKD.js");
    io.exitCode = await runPublish(io, flags);
  });
}

// src/cli/commands/render.ts
var help4 = commandHelp.render;
function renderCommand(io) {
  const command2 = command("render", help4.description).addArgument(argument("[slugs...]", sharedHelp.slugs)).addOption(option("-o, --out <dir>", help4.out).default("out")).addOption(option("-t, --theme <id>", help4.theme)).addOption(formatOption(["pretty", "json"], "pretty")).addOption(option("--no-cache", help4.noCache)).addOption(jobsOption()).addOption(localeOption());
  withSiteOptions(command2);
  return command2.action(async (slugs, flags) => {
    const { runRender } = await import("./chunk-DBHMOKBR.js");
    io.exitCode = await runRender(io, slugs, flags);
  });
}

// src/cli/commands/stats.ts
function statsCommand(io) {
  const command2 = command("stats", commandHelp.stats.description).addOption(formatOption(["pretty", "json", "markdown"], "pretty")).addOption(option("--post", commandHelp.stats.post)).addOption(nowOption()).addOption(localeOption());
  helpAfter(command2, afterHelp.stats);
  withSiteOptions(command2);
  return command2.action(async (flags) => {
    const { runStats } = await import("./chunk-I6U6AIS2.js");
    io.exitCode = await runStats(io, flags);
  });
}

// src/cli/commands/state.ts
var help5 = commandHelp.state;
function subcommand(io, name) {
  const command2 = command(name, help5[name]).addOption(option("--branch <name>", help5.branch).default("wxpress-state")).addOption(option("--remote <name>", help5.remote).default("origin")).addOption(localeOption()).exitOverride().configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });
  if (name === "push") {
    command2.addOption(option("--message <text>", help5.message).default("wxpress: publish state")).addOption(
      option("--attempts <n>", help5.attempts).argParser((v) => Math.max(1, Math.min(20, Number(v) || 5))).default(5)
    );
  }
  return command2.action(async (flags) => {
    const { runStatePull, runStatePush } = await import("./chunk-AUAEQSPY.js");
    io.exitCode = name === "pull" ? await runStatePull(io, flags) : await runStatePush(io, flags);
  });
}
function stateCommand(io) {
  const command2 = command("state", help5.description).addCommand(subcommand(io, "pull")).addCommand(subcommand(io, "push"));
  return helpAfter(command2, afterHelp.state);
}

// src/cli/commands/due.ts
function dueCommand(io) {
  const command2 = command("due", commandHelp.due.description).addOption(nowOption()).addOption(localeOption());
  helpAfter(command2, afterHelp.due);
  withSiteOptions(command2);
  return command2.action(async (flags) => {
    const { runDue } = await import("./chunk-FKORHUM4.js");
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
function catchErrors(command2, failed, help6) {
  command2.configureOutput({
    outputError: () => {
      failed.command = command2;
      failed.help = help6;
    }
  });
  for (const sub of command2.commands) catchErrors(sub, failed, void 0);
}
async function createProgram(io, failed = {}) {
  const program = new Command("wxpress").description(programHelp.description.en({})).version(packageVersion(), "-v, --version", programHelp.version.en({})).addHelpOption(option("-h, --help", programHelp.help)).showSuggestionAfterError(true).exitOverride().configureOutput({
    writeOut: (s) => io.stdout.write(s),
    writeErr: (s) => io.stderr.write(s)
  });
  described(program, programHelp.description);
  for (const [name, factory] of COMMANDS) {
    const command2 = factory(io).exitOverride().configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });
    program.addCommand(command2);
    catchErrors(command2, failed, name);
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
    ...partial.sleep ? { sleep: partial.sleep } : {},
    exitCode: EXIT.ok
  };
  const failed = {};
  try {
    const program = await createProgram(io, failed);
    await localizeHelp(program, argv, io.cwd);
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
      const { reportUsageError } = await import("./chunk-NSO2QEW3.js");
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
function isCommand(command2) {
  return ACTION_COMMANDS.includes(command2);
}
function actionPlan(inputs) {
  const { command: command2 } = inputs;
  if (!isCommand(command2)) {
    const given = command2 === "" ? "no command" : `unknown command "${command2}"`;
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
  return { ok: true, command: command2, steps: plans[command2]() };
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
