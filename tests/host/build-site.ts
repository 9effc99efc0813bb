// The real `npm run build`, on content and into a folder of the test's choosing.
import { spawnSync } from "node:child_process";
import path from "node:path";

/** `project` is the project folder to build, the current one unless a test made a copy. */
export function buildSite(contentDir: string, outDir: string, env: Record<string, string> = {}, project = process.cwd()): void {
  const result = spawnSync(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), "scripts/build.ts", "--local"], {
    cwd: project,
    env: { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: outDir, ...env },
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`the build failed:\n${result.stdout}${result.stderr}`);
}
