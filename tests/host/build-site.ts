// The real `npm run build`, the one way every test runs it: on content and into a folder of the
// test's choosing, in this project, a copy of it, or an empty stand-in (for refusals that must
// come before any work), with settings of its own, to its end or to a pause point where the test
// kills it.
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";

// Tests run from the project folder (Playwright's CommonJS has no import.meta to find it by).
const tsx = path.resolve("node_modules/tsx/dist");
const script = path.resolve("scripts/build.ts");
// The build runs in node itself with tsx's hooks, as tsx's command line would give them to it, not
// under that command line, which would make it a child process: a test's SIGKILL must stop the
// build, not a wrapper whose death leaves the build running (and, paused, running for ever).
const node = [process.execPath, "--require", path.join(tsx, "preflight.cjs"), "--import", pathToFileURL(path.join(tsx, "loader.mjs")).href, script] as const;

export interface BuildOptions {
  /** The project folder the build runs in: this one unless a test made a copy or a stand-in. */
  project?: string;
  /** false for a build for the web, which needs the site's address; true (the default) for `--local`. */
  local?: boolean;
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

const argsFor = ({ local = true }: BuildOptions) => [...node.slice(1), ...(local ? ["--local"] : [])];

/** Runs the build to its end with `env` added to the test's environment (CONTENT_DIR, OUT_DIR...). */
export function runBuild(env: BuildSettings, options: BuildOptions = {}): BuildRun {
  const result = spawnSync(node[0], argsFor(options), { cwd: options.project ?? process.cwd(), env: { ...process.env, ...env }, encoding: "utf8" });
  return { pid: result.pid, status: result.status, output: `${result.stdout}${result.stderr}`, stdout: result.stdout, stderr: result.stderr };
}

/** The same build, not waited for: for builds that may run side by side. */
export function startBuild(env: BuildSettings, options: BuildOptions = {}): Promise<BuildRun> {
  const child = spawn(node[0], argsFor(options), { cwd: options.project ?? process.cwd(), env: { ...process.env, ...env } });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("close", (status) => resolve({ pid: child.pid ?? 0, status, output: `${stdout}${stderr}`, stdout, stderr }));
  });
}

/** Builds `contentDir` into `outDir`, and throws with the build's output if it fails. */
export function buildSite(contentDir: string, outDir: string, env: BuildSettings = {}, options: BuildOptions = {}): void {
  const { status, output } = runBuild({ CONTENT_DIR: contentDir, OUT_DIR: outDir, ...env }, options);
  if (status !== 0) throw new Error(`the build failed:\n${output}`);
}

/** Starts a build that stops at `point` (scripts/build/pause.ts); resolves, with the process, once it is there. */
export function buildPausedAt(point: string, env: BuildSettings) {
  const child = spawn(node[0], argsFor({}), { env: { ...process.env, ...env, BUILD_PAUSE_AT: point }, stdio: ["ignore", "pipe", "pipe"] });
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
