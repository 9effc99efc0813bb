// A static export refuses a dynamic route whose generateStaticParams lists nothing (Next.js
// issue 61213), yet an edition may have no tags, and today's site has no edition but English.
// Such a route lists one placeholder instead, and the build deletes what it rendered for it from
// its own temporary folder before anything else sees the pages.
import fs from "node:fs";
import path from "node:path";

/** No edition, section or tag can be called this: term slugs and language codes have no "_". */
export const PLACEHOLDER = "_none";

/** `params`, or the one placeholder page, every key of its address the placeholder, when there are none. */
export function orPlaceholder<K extends string>(params: Record<K, string>[], ...keys: K[]): Record<K, string>[] {
  return params.length > 0 ? params : [Object.fromEntries(keys.map((key) => [key, PLACEHOLDER])) as Record<K, string>];
}

/** Deletes every file and folder of `exportDir` named for the placeholder; returns how many. */
export function removePlaceholderPages(exportDir: string): number {
  const found = fs
    .readdirSync(exportDir, { recursive: true, encoding: "utf8" })
    .filter((name) => path.basename(name).replace(/\.[^.]*$/, "") === PLACEHOLDER)
    // A folder's contents go with it: only the outermost of each needs deleting.
    .filter((name, _, all) => !all.some((other) => other !== name && name.startsWith(other + path.sep)));
  for (const name of found) fs.rmSync(path.join(exportDir, name), { recursive: true, force: true });
  return found.length;
}
