// A route with nothing to show (no reporters yet) makes one address for Next.js's export; the
// build removes it, and its folder when that is left empty, and nothing else.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, expect, it } from "vitest";
import { NO_PAGE } from "@/app/no-page";
import { removeNoPages } from "@/scripts/no-pages";

let dir = "";
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

it("removes the no-page address and its data, and a folder it leaves empty, keeping every real page", () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-no-pages-"));
  const files = [`authors/${NO_PAGE}/index.html`, `authors/${NO_PAGE}.txt`, `archive/${NO_PAGE}/${NO_PAGE}/index.html`, "archive/index.html", "about/index.html"];
  for (const name of files) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), "x");
  }
  expect(removeNoPages(dir)).toBe(3);
  expect(fs.readdirSync(dir, { recursive: true, encoding: "utf8" }).sort()).toEqual(["about", path.join("about", "index.html"), "archive", path.join("archive", "index.html")]);
});
