// `next build` talks to programmers: about fifty lines of routes, bundles and workers on every
// build. Editors need none of it unless it fails, so it goes to a log file in the build's cache
// (a folder the build owns, never beside the published site), and is shown only when the build
// fails (with the log's name, for whoever is asked to help).
import fs from "node:fs";
import path from "node:path";
import type { StdioOptions } from "node:child_process";
import { buildCacheDir } from "../../lib/build/cache";

/** The log of the last `next build`. */
export const nextLogPath = () => path.join(buildCacheDir(), "next-build.log");

/** Runs `run` with its output going to the log; on failure prints the log and returns why, in words. */
export async function withOutputLogged(run: (stdio: StdioOptions) => Promise<number | null>): Promise<string | undefined> {
  const log = nextLogPath();
  fs.mkdirSync(path.dirname(log), { recursive: true });
  const fd = fs.openSync(log, "w");
  let status: number | null;
  try {
    status = await run(["ignore", fd, fd]);
  } finally {
    fs.closeSync(fd);
  }
  if (status === 0) return undefined;
  process.stderr.write(fs.readFileSync(log, "utf8"));
  return `Next.js could not build the pages (its whole output is above, and in ${log}).`;
}
