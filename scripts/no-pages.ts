// The one address a route with nothing to show makes (app/no-page.ts) is only there to satisfy
// Next.js's export: it is removed from the built site before anything else reads it.
import fs from "node:fs";
import path from "node:path";
import { NO_PAGE } from "../app/no-page";

/** Removes every file and folder of `dir` named for NO_PAGE (its page, and with the runtime kept its data). */
export function removeNoPages(dir: string): number {
  const found = fs
    .readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((name) => path.basename(name) === NO_PAGE || path.basename(name).startsWith(`${NO_PAGE}.`))
    .sort((a, b) => a.length - b.length);
  let removed = 0;
  for (const name of found) {
    const file = path.join(dir, name);
    if (!fs.existsSync(file)) continue;
    fs.rmSync(file, { recursive: true, force: true });
    removed += 1;
    // /authors/ with no reporter at all is left empty: it goes too.
    const parent = path.dirname(file);
    if (parent !== dir && fs.readdirSync(parent).length === 0) fs.rmdirSync(parent);
  }
  return removed;
}
