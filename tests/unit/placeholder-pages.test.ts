// Routes with nothing to list render one placeholder page (a static export refuses an empty list);
// the build deletes what was rendered for it, and nothing else.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, it, onTestFinished } from "vitest";
import { orPlaceholder, PLACEHOLDER, removePlaceholderPages } from "@/lib/build/placeholder-pages";
import { termSlug } from "@/lib/content/taxonomy";

it("stands in for an empty list only, under a name no section, tag or edition can have", () => {
  expect(orPlaceholder([], "edition")).toEqual([{ edition: PLACEHOLDER }]);
  expect(orPlaceholder([{ slug: "iran" }], "slug")).toEqual([{ slug: "iran" }]);
  expect(orPlaceholder([], "year", "month")).toEqual([{ year: PLACEHOLDER, month: PLACEHOLDER }]);
  // A section's numbered pages: /sections/_none/page/_none/, deleted with its outermost folder.
  expect(orPlaceholder([], "slug", "page")).toEqual([{ slug: PLACEHOLDER, page: PLACEHOLDER }]);
  expect(termSlug(PLACEHOLDER)).not.toBe(PLACEHOLDER);
});

it("is deleted from an export with everything rendered for it, leaving every other file", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-placeholder-"));
  onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }));
  const files = ["_none/index.html", "_none/feed.xml", "_none.txt", "fa/tags/_none/index.html", "fa/index.html", "tags/none/index.html", "index.html", "authors/_none/index.html", "authors/_none.txt", "archive/_none/_none/index.html", "archive/index.html"];
  for (const file of files) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), "");
  }

  expect(removePlaceholderPages(dir)).toBe(6);
  const left = fs.readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((name) => fs.statSync(path.join(dir, name)).isFile());
  expect(left.sort()).toEqual(["archive/index.html", "fa/index.html", "index.html", "tags/none/index.html"]);
  // A folder that held only the placeholder's pages is gone; one with a real page stays.
  expect(fs.existsSync(path.join(dir, "authors"))).toBe(false);
});
