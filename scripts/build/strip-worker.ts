// What each thread of the runtime removal does: read one exported page, strip it, and write the
// stripped page beside it (strippedFile), for the build to put in its place once every page is
// stripped. Written here, not sent back: the build's process held every page of the site at once,
// and kept the memory through the steps after (about 150 MB at 5,000 articles, while Pagefind ran).
import fs from "node:fs";
import { threadTask } from "./in-parallel";
import { strippedPage, type StrippedPage } from "./strip-page";

/** Where a page's stripped copy waits until every page is stripped. */
export const strippedFile = (file: string) => `${file}.stripped`;

export interface PageFile {
  file: string;
  /** The file relative to the site's root. */
  page: string;
}

// __filename, not import.meta: Playwright loads this file (tests/e2e) as CommonJS.
export const stripPageFile = threadTask(__filename, ({ file, page }: PageFile): Omit<StrippedPage, "html"> => {
  const { html, ...found } = strippedPage(fs.readFileSync(file, "utf8"), page);
  fs.writeFileSync(strippedFile(file), html);
  return found;
});
