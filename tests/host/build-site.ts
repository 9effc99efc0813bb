// The real `npm run build`, the one way every test runs it: on content and into a folder of the
// test's choosing, in this project, a copy of it, or an empty stand-in (for refusals that must
// come before any work), with settings of its own, to its end or to a pause point where the test
// kills it.
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { isRunning } from "../../scripts/build/is-running";
import { testRunDir } from "./test-run";

// Tests run from the project folder (Playwright's CommonJS has no import.meta to find it by).
const tsx = path.resolve("node_modules/tsx/dist");
const script = path.resolve("scripts/build.ts");
// The build runs in node itself with tsx's hooks, as tsx's command line would give them to it, not
// under that command line, which would make it a child process: a test's SIGKILL must stop the
// build, not a wrapper whose death leaves the build running (and, paused, running for ever).
const node = [process.execPath, "--require", path.join(tsx, "preflight.cjs"), "--import", pathToFileURL(path.join(tsx, "loader.mjs")).href, script] as const;

/**
 * Waits for the lock folder `lock` (polling, so that a synchronous test can wait), then holds it, with
 * this process's id inside; returns its release. A process that died holding it (killed, timed out)
 * leaves it: its turn is over.
 */
export function takeTurn(lock: string): () => void {
  const holder = path.join(lock, "pid");
  const nap = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      fs.mkdirSync(lock);
      fs.writeFileSync(holder, String(process.pid));
      return () => fs.rmSync(lock, { recursive: true, force: true });
    } catch (error) {
      if (!(error instanceof Error && "code" in error && error.code === "EEXIST")) throw error;
    }
    const pid = Number(fs.existsSync(holder) ? fs.readFileSync(holder, "utf8") : 0);
    if (pid && !isRunning(pid)) fs.rmSync(lock, { recursive: true, force: true });
    else Atomics.wait(nap, 0, 0, 200);
  }
}

// A static export keeps Next.js's working files in the project's .next, whatever distDir says
// (next/dist/export/utils.js, getBuildDistDir), so the build refuses a second one of the same project
// folder at once (scripts/build/project-lock.ts). Tests run in parallel workers: the builds of
// one folder take turns, holding a lock folder named after it.
const projectTurn = (project: string) =>
  takeTurn(path.join(os.tmpdir(), `newsroom-test-build-${createHash("sha1").update(path.resolve(project)).digest("hex").slice(0, 12)}.lock`));

export interface BuildOptions {
  /** The project folder the build runs in: this one unless a test made a copy or a stand-in. */
  project?: string;
  /** false for a build for the web, which needs the site's address; true (the default) for `--local`. */
  local?: boolean;
  /** `--full`: render every page, whatever the build cache holds. */
  full?: boolean;
  /** Run once this build's turn has come, just before it starts: for content that must be written as late as possible. */
  beforeStart?: () => void;
  /** Run without waiting for this project's other builds to end: for a test of two builds at once. */
  alongside?: boolean;
}

/** Settings for one build, added to the test's environment; undefined leaves one out. */
export type BuildSettings = Record<string, string | undefined>;

export interface BuildRun {
  /** The build's own process (it names its working folder out.building-<pid> after it). */
  pid: number;
  status: number | null;
  /** Everything the build printed, stdout then stderr. */
  output: string;
  stdout: string;
  stderr: string;
}

const argsFor = ({ local = true, full = false }: BuildOptions) => [...node.slice(1), ...(local ? ["--local"] : []), ...(full ? ["--full"] : [])];

// A build keeps its pages in BUILD_CACHE_DIR for the next (scripts/build/page-cache.ts). Tests that
// do not name one get one of their own for each build, so no test's build starts from another's
// pages. But every build of the same code renders from one compile: each cache's next-compile/ is
// a link to the run's, unless the test made it otherwise.
export function withCache(env: BuildSettings): BuildSettings {
  const cache = env.BUILD_CACHE_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-test-cache-"));
  const compiles = path.join(cache, "next-compile");
  if (!fs.existsSync(compiles)) {
    fs.mkdirSync(runCompiles(), { recursive: true });
    fs.mkdirSync(cache, { recursive: true });
    fs.symlinkSync(runCompiles(), compiles);
  }
  return { ...env, BUILD_CACHE_DIR: cache };
}

/** The run's folder of compiles, which every test build's cache links to. */
export const runCompiles = () => path.join(testRunDir(), "next-compile");

/** Vitest sets NODE_ENV=test, which the build refuses (scripts/build/node-env.ts): builds run as
 * `npm run build` does, without it, unless a test sets it. */
export const BUILD_ENV: BuildSettings = { NODE_ENV: undefined };

/** Runs the build to its end with `env` added to the test's environment (CONTENT_DIR, OUT_DIR...). */
export function runBuild(env: BuildSettings, options: BuildOptions = {}): BuildRun {
  const project = options.project ?? process.cwd();
  const done = options.alongside ? () => undefined : projectTurn(project);
  let result;
  try {
    options.beforeStart?.();
    result = spawnSync(node[0], argsFor(options), { cwd: project, env: { ...process.env, ...BUILD_ENV, ...withCache(env) }, encoding: "utf8" });
  } finally {
    done();
  }
  return { pid: result.pid, status: result.status, output: `${result.stdout}${result.stderr}`, stdout: result.stdout, stderr: result.stderr };
}

/** Builds `contentDir` into `outDir`, and throws with the build's output if it fails. */
export function buildSite(contentDir: string, outDir: string, env: BuildSettings = {}, options: BuildOptions = {}): void {
  const { status, output } = runBuild({ CONTENT_DIR: contentDir, OUT_DIR: outDir, ...env }, options);
  if (status !== 0) throw new Error(`the build failed:\n${output}`);
}

/** Starts a build that stops at `point` (scripts/build/pause.ts); resolves, with the process, once it is there. */
export function buildPausedAt(point: string, env: BuildSettings) {
  const done = projectTurn(process.cwd());
  const child = spawn(node[0], argsFor({}), { env: { ...process.env, ...BUILD_ENV, ...withCache(env), BUILD_PAUSE_AT: point }, stdio: ["ignore", "pipe", "pipe"] });
  child.once("exit", done);
  let output = "";
  return new Promise<typeof child>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(`Paused at ${point}.`)) resolve(child);
    };
    child.stdout.on("data", read);
    child.stderr.on("data", read);
    child.once("exit", (code) => reject(new Error(`the build ended (exit code ${code}) before ${point}:\n${output}`)));
  });
}

/** How a build process ended: its signal, else its exit code. */
export const exited = (child: ReturnType<typeof spawn>) =>
  new Promise<NodeJS.Signals | number | null>((resolve) =>
    child.exitCode !== null || child.signalCode !== null ? resolve(child.signalCode ?? child.exitCode) : child.once("exit", (code, signal) => resolve(signal ?? code)),
  );
