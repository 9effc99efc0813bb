// The real `npm run build`, on content and into a folder of the test's choosing.
import { spawnSync } from "node:child_process";
import path from "node:path";

export function buildSite(contentDir: string, outDir: string, env: Record<string, string> = {}): void {
  const result = spawnSync(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), "scripts/build.ts"], {
    env: { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: outDir, ...env },
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`the build failed:\n${result.stdout}${result.stderr}`);
}
