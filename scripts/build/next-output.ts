// `next build` talks to programmers: about fifty lines of routes, bundles and workers on every
// build. Editors need none of it unless it fails, so it goes to a log file beside the site, and
// is shown only when the build fails (with the log's name, for whoever is asked to help).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

/** The log of the last `next build` for the site built into `out`. */
export const nextLogPath = (out: string) => `${out}.next-build.log`;

/** Runs `next build` with `env`, its output kept in the log; true when it succeeded. */
export function runNextBuild(out: string, env: NodeJS.ProcessEnv): boolean {
  const next = createRequire(import.meta.url).resolve("next/dist/bin/next");
  const log = nextLogPath(out);
  fs.mkdirSync(path.dirname(log), { recursive: true });
  const fd = fs.openSync(log, "w");
  let status: number | null;
  try {
    status = spawnSync(process.execPath, [next, "build"], { stdio: ["ignore", fd, fd], env }).status;
  } finally {
    fs.closeSync(fd);
  }
  if (status !== 0) {
    process.stderr.write(fs.readFileSync(log, "utf8"));
    console.error(`\nNext.js could not build the pages (its whole output is above, and in ${log}).`);
  }
  return status === 0;
}
