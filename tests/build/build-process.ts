// The real `npm run build` as the build tests run it: in a folder of the test's choosing (the
// project itself, or an empty stand-in for refusals that must happen before any work), with
// settings of its own, to its end or to a pause point where the test kills it.
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";

export const repo = path.resolve(import.meta.dirname, "../..");
const tsx = path.join(repo, "node_modules/tsx/dist/cli.mjs");
const script = path.join(repo, "scripts/build.ts");

export function runBuild(env: Record<string, string>, cwd = repo): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [tsx, script, "--local"], { cwd, env: { ...process.env, ...env }, encoding: "utf8" });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** Starts a build that stops at `point` (scripts/build/pause.ts); resolves, with the process, once it is there. */
export function buildPausedAt(point: string, env: Record<string, string>) {
  const child = spawn(process.execPath, [tsx, script, "--local"], { cwd: repo, env: { ...process.env, ...env, BUILD_PAUSE_AT: point }, stdio: ["ignore", "pipe", "pipe"] });
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

export const exited = (child: ReturnType<typeof spawn>) =>
  new Promise<NodeJS.Signals | number | null>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve(child.signalCode ?? child.exitCode) : child.once("exit", (code, signal) => resolve(signal ?? code))));
