// What each thread of the runtime removal does: read one exported page and strip it.
import fs from "node:fs";
import { threadTask } from "./in-parallel";
import { strippedPage } from "./strip-page";

export interface PageFile {
  file: string;
  /** The file relative to the site's root. */
  page: string;
}

// __filename, not import.meta: Playwright loads this file (tests/e2e) as CommonJS.
export const stripPageFile = threadTask(__filename, ({ file, page }: PageFile) => strippedPage(fs.readFileSync(file, "utf8"), page));
