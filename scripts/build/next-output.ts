// `next build` talks to programmers: about fifty lines of routes, bundles and workers on every
// build. Editors need none of it unless it fails, so it goes to a log file beside the site, and
// is shown only when the build fails (with the log's name, for whoever is asked to help).
import fs from "node:fs";
import type { StdioOptions } from "node:child_process";

/** The log of the last `next build` for the site built into `out`. */
export const nextLogPath = (out: string) => `${out}.next-build.log`;

/** Runs `run` with its output going to the log; on failure prints the log and returns why, in words. */
export async function withOutputLogged(out: string, run: (stdio: StdioOptions) => Promise<number | null>): Promise<string | undefined> {
  const log = nextLogPath(out);
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
