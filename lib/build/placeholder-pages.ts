// A static export refuses a dynamic route whose generateStaticParams lists nothing (Next.js
// issue 61213), yet an edition may have no tags, today's site has no edition but English, and a
// site may have no reporters, newsroom pages or archive months.
// Such a route lists one placeholder instead, and the build deletes what it rendered for it from
// its own temporary folder before anything else sees the pages.
import fs from "node:fs";
import path from "node:path";

/** No edition, section, tag, reporter, page or month can be called this: their slugs, codes and numbers have no "_". */
export const PLACEHOLDER = "_none";

/** `params`, or the one placeholder page (each of `keys` the placeholder) when there are none. */
export function orPlaceholder<K extends string>(params: Record<K, string>[], ...keys: [K, ...K[]]): Record<K, string>[] {
  return params.length > 0 ? params : [Object.fromEntries(keys.map((key) => [key, PLACEHOLDER])) as Record<K, string>];
}

/** Deletes every file and folder of `exportDir` named for the placeholder; returns how many. */
export function removePlaceholderPages(exportDir: string): number {
  const found = fs
    .readdirSync(exportDir, { recursive: true, encoding: "utf8" })
    .filter((name) => path.basename(name).replace(/\.[^.]*$/, "") === PLACEHOLDER)
    // A folder's contents go with it: only the outermost of each needs deleting.
    .filter((name, _, all) => !all.some((other) => other !== name && name.startsWith(other + path.sep)));
  for (const name of found) {
    fs.rmSync(path.join(exportDir, name), { recursive: true, force: true });
    // /authors/ on a site with no reporter holds nothing else: it goes too.
    const parent = path.join(exportDir, path.dirname(name));
    if (parent !== exportDir && fs.readdirSync(parent).length === 0) fs.rmdirSync(parent);
  }
  return found.length;
}
