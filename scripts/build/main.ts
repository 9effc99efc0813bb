// `npm run build`: refuse an output folder the build did not make, then run the steps
// (steps.ts) over one context, timing each. A mistake in the content, a failed step, a full disk
// or a Ctrl-C leaves the live site exactly as it was and removes whatever this build wrote.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { config } from "../../lib/config";
import type { BuildContext } from "./context";
import { BuildFailure, plainMessage } from "./failure";
import { isRunning } from "./is-running";
import { liveSite, outputFolder, refusal, type OutputFolder } from "./output-folder";
import { pausePoint } from "./pause";
import { lockProject } from "./project-lock";
import { endPlanning } from "./page-cache";
import { abandon, newVersion, prepareVersions, recoverInterrupted } from "./publish";
import { siteAddressProblem } from "./site-address";
import { reportSiteChanges } from "./site-changes";
import { buildSteps } from "./steps";

/** Folders no output folder may be inside or hold. */
function protectedFolders(project: string): { name: string; dir: string }[] {
  return [
    { name: "CONTENT_DIR", dir: config.CONTENT_DIR },
    { name: "PUBLIC_DIR", dir: config.PUBLIC_DIR },
    { name: "BUILD_CACHE_DIR", dir: config.BUILD_CACHE_DIR },
    ...["content", "public", "app", "lib", "components", "scripts", "tests", "node_modules", ".git"].map((name) => ({ name: `${name}/`, dir: path.join(project, name) })),
  ];
}

const PRIVATE_PREFIX = "newsroom-snapshot-";

// A killed build (SIGKILL, a power cut) cannot clean up: it leaves its folder for Next.js and its
// private folder. This one sweeps them, but not those of builds still running (the end-to-end
// tests build several sites at once), nor other users' folders.
function sweepKilledBuilds(project: string): void {
  const sweep = (dir: string, pattern: RegExp) => {
    for (const name of fs.readdirSync(dir)) {
      const pid = Number(pattern.exec(name)?.[1]);
      const folder = path.join(dir, name);
      if (pid && pid !== process.pid && !isRunning(pid) && fs.statSync(folder).uid === os.userInfo().uid) fs.rmSync(folder, { recursive: true, force: true });
    }
  };
  sweep(project, /^out\.building-(\d+)(\.kept)?$/);
  sweep(os.tmpdir(), new RegExp(`^${PRIVATE_PREFIX}(\\d+)-`));
}

/** What a failure says about the live site: only "unchanged" when there is one. */
const liveSiteState = (folder: OutputFolder) => (liveSite(folder) ? `${folder.shown}/ is unchanged.` : `Nothing was published to ${folder.shown}/.`);

/** Everything is checked and made ready before the first step; throws a BuildFailure if the output folder is refused. */
function prepare(project: string): BuildContext {
  const folder = outputFolder(config.OUT_DIR, project);
  let refused: string | undefined;
  try {
    refused = refusal(folder, project, protectedFolders(project));
  } catch (error) {
    refused = `cannot read OUT_DIR=${folder.out}: ${plainMessage(error)}`;
  }
  if (refused) throw new BuildFailure(`Nothing was built: ${refused}.`);
  try {
    prepareVersions(folder);
  } catch (error) {
    throw new BuildFailure(`Nothing was built: cannot write beside ${folder.shown} (${plainMessage(error)}).`);
  }
  const unlock = lockProject(project);
  recoverInterrupted(folder);
  sweepKilledBuilds(project);
  const privateDir = fs.mkdtempSync(path.join(os.tmpdir(), `${PRIVATE_PREFIX}${process.pid}-`));
  return {
    project,
    unlock,
    folder,
    building: path.join(project, `out.building-${process.pid}`),
    staging: path.join(project, `out.building-${process.pid}.kept`),
    privateDir,
    snapshot: path.join(privateDir, "content.json"),
    keepRuntime: config.FRAMEWORK_RUNTIME === "keep",
    full: process.argv.includes("--full"),
    publishing: newVersion(folder),
    fromPublic: [],
    timings: [],
  };
}

/** Removes what this build wrote and did not publish. Synchronous: it also runs as the process exits. */
function cleanUp(context: BuildContext): void {
  fs.rmSync(context.privateDir, { recursive: true, force: true });
  fs.rmSync(context.building, { recursive: true, force: true });
  fs.rmSync(context.staging, { recursive: true, force: true });
  // It links no kept file now: the cache's next save may prune them.
  if (context.kept?.pages) endPlanning(config.BUILD_CACHE_DIR);
  // Kept (renamed) by a build that got that far; otherwise not the cache's to hold.
  if (context.compiled) fs.rmSync(context.compiled, { recursive: true, force: true });
  abandon(context.folder, context.publishing);
  context.unlock();
}

export async function main(): Promise<void> {
  const context = prepare(process.cwd());
  process.on("exit", () => cleanUp(context));
  for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143]] as const) {
    process.on(signal, () => {
      context.child?.kill(signal);
      process.exit(code);
    });
  }
  const address = siteAddressProblem(process.argv.includes("--local"));
  if (address.problem) {
    cleanUp(context);
    throw new BuildFailure(`${address.problem}\nNothing was built${liveSite(context.folder) ? `; ${context.folder.shown}/ is unchanged` : ""}.`);
  }
  if (address.note) console.log(address.note);
  for (const step of buildSteps(context)) {
    await pausePoint(`before ${step.name}`);
    const started = performance.now();
    try {
      await step.run(context);
    } catch (error) {
      cleanUp(context);
      throw new BuildFailure(`${step.name === "check" ? "" : `The build failed at "${step.name}": `}${plainMessage(error)} ${liveSiteState(context.folder)}`);
    }
    context.timings.push({ step: step.name, seconds: (performance.now() - started) / 1000 });
  }
  console.log(`Site written to ${context.folder.shown}/.`);
  console.log(`Build steps: ${context.timings.map(({ step, seconds }) => `${step} ${seconds.toFixed(1)} s`).join(", ")}.`);
  if (context.published) console.log(`\n${reportSiteChanges(context.published, context.folder.out, context.folder.shown)}`);
}
