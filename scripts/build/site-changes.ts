// The build's last paragraph, for editors: what changed on the site since the last build, and
// where the site now is. "Published 1 new story, updated 2, removed 1; the site is in out/ (1,204 pages)."
import fs from "node:fs";
import path from "node:path";
import { buildCacheDir } from "../../lib/build/cache";
import { compareRecords, describeChanges, readLastBuild, saveLastBuild, type PublishedRecord } from "../../lib/build/last-build";

const countPages = (dir: string): number =>
  fs.readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((name) => name.endsWith(".html")).length;

/**
 * Compares `next`, the record of what this build published (worked out with the plan, where the
 * content is loaded: loading it again here took 1.5 s at 5,000 articles), with the last build's,
 * keeps it for the next, and says what changed.
 */
export function reportSiteChanges(next: PublishedRecord, outDir: string, shownOut: string): string {
  const changes = compareRecords(readLastBuild(buildCacheDir()) ?? {}, next);
  saveLastBuild(buildCacheDir(), next);
  const lines = [`${describeChanges(changes)}; the site is in ${shownOut}/ (${countPages(outDir).toLocaleString("en")} pages).`];
  // Named, when few enough to read: an editor checks their own story went out (or came down).
  for (const [what, slugs] of [["new", changes.added], ["updated", changes.updated], ["removed", changes.removed]] as const) {
    if (slugs.length > 0 && slugs.length <= 10) lines.push(`  ${what}: ${slugs.map((slug) => path.join("/articles", slug, "/")).join(", ")}`);
  }
  return lines.join("\n");
}
