// What a build was made for, left in the site it made, so that a deploy can refuse a site built for
// another address, or for this machine only (npm start, npm run build -- --local), before anything
// is copied (scripts/deploy/built-for.ts). It holds nothing a reader could not read on the site.
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { readJsonRecord } from "../../lib/build/json-record";

export const BUILD_RECORD = ".newsroom-build.json";

const recordSchema = z.object({
  /** The address every canonical link, feed and sitemap of the site points at. */
  builtFor: z.string(),
  /** false when no address was set, so that builtFor is this machine's placeholder. */
  forTheWeb: z.boolean(),
});

export type BuildRecord = z.infer<typeof recordSchema>;

export function writeBuildRecord(site: string, record: BuildRecord): void {
  fs.writeFileSync(path.join(site, BUILD_RECORD), `${JSON.stringify(record, null, 2)}\n`);
}

/** The record in `site`, or undefined when there is none (a site built before builds left one) or it cannot be read. */
export function readBuildRecord(site: string): BuildRecord | undefined {
  return readJsonRecord(path.join(site, BUILD_RECORD), recordSchema);
}
