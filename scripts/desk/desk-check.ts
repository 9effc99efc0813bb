// The check's verdict on one file of the desk: what `npm run check` says about it, line for line,
// so the editor reads the same words in the desk as in a terminal. It checks the whole folder (a
// link to a story that does not exist is told too), as `npm run check` does: with the check's
// cache, so that a check costs what changed since the last, and one check at a time, as the page
// asks on every open and save.
import path from "node:path";
import { readContentFiles, type ContentLocation } from "@/lib/pipeline";
import { config } from "@/lib/config";
import { cachedArticleCheck } from "@/lib/build/check-cache";
import { findProblems } from "@/lib/find-problems";
import { formatProblem, sortProblems, summarize } from "@/lib/content/problems";
import { readSiteSettings } from "@/lib/site-settings";

export type Verdict = { file: string; summary: string; problems: string[] };

/** The folder's problems now, as `npm run check` finds them, in the time zone of the folder's own settings. */
async function problemsNow(location: ContentLocation, cacheDir: string | undefined) {
  // The served folder's zone (its site.yml), unless TIME_ZONE sets one for every folder, as lib/config.ts reads it.
  const timeZone = config.TIME_ZONE ?? readSiteSettings(location.contentDir).timeZone;
  const cache = cachedArticleCheck({ cacheDir });
  const found = await findProblems(readContentFiles(location), location.publicDir, Date.now(), timeZone, cache.check);
  // Not pruned: the next build's check does that, for the folder it builds.
  cache.keep();
  return found;
}

/**
 * The checker of the files in `location`: for a file (a path), the check's lines about it in its
 * order, the file as `npm run check` names it from this folder, and their count in its words. A
 * request while a check runs waits for it, then shares the one check that starts after it with
 * every other request that came meanwhile: each sees the files as they were when it asked, or later.
 */
export function deskChecker(location: ContentLocation, cacheDir?: string): (file: string) => Promise<Verdict> {
  let running: Promise<unknown> = Promise.resolve();
  let waiting: ReturnType<typeof problemsNow> | undefined;
  const next = () => {
    if (waiting) return waiting;
    const started = running
      .catch(() => undefined)
      .then(() => {
        waiting = undefined;
        return problemsNow(location, cacheDir);
      });
    waiting = started;
    running = started;
    return started;
  };
  return async (file) => {
    // The check names a file relative to the folder it runs in, as readContentFiles does.
    const named = path.relative(process.cwd(), path.resolve(file));
    const { problems } = await next();
    const found = sortProblems(problems.filter((problem) => problem.file === named));
    return { file: named, summary: summarize(found), problems: found.map(formatProblem) };
  };
}
