// Each page's key takes in what the page shows, so an edit changes the keys of the pages that show
// it and no others (lib/build/page-keys.ts). The end-to-end proof that nothing is missed is
// tests/build/incremental-build.test.ts; these say which pages an edit reaches, and why.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { pageKeys } from "@/lib/build/page-keys";
import { viewSite } from "@/lib/enrich/site-view";
import { readContent } from "@/lib/pipeline";
import { applyEdit, newsroomArchive, writeArchive, type Edit, type Story } from "../fixtures/newsroom-archive";
import { folder } from "../host/temp-folder";

const NOW = Date.UTC(2026, 0, 1);

function keysOf(stories: readonly Story[], publicDir?: string): Map<string, string> {
  const contentDir = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-keys-"));
  try {
    writeArchive(contentDir, stories);
    const { articles, authors, pages, problems } = readContent({ contentDir, publicDir: publicDir ?? contentDir }, NOW, "Asia/Kabul");
    expect(problems.filter((problem) => problem.severity === "error")).toEqual([]);
    return pageKeys(viewSite(articles, false, { authors, pages }), publicDir ?? contentDir);
  } finally {
    fs.rmSync(contentDir, { recursive: true, force: true });
  }
}

/** The addresses whose key differs between `before` and `after`, or that only one has. */
function changed(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...new Set([...before.keys(), ...after.keys()])].filter((address) => before.get(address) !== after.get(address)).sort();
}

const base = newsroomArchive();
const baseKeys = keysOf(base);
const afterEdit = (edit: Edit) => changed(baseKeys, keysOf(applyEdit(base, edit, 1)));

describe("page keys", () => {
  it("key every page a build may keep: stories, cards, lists and their numbered pages, fronts, reporters, pages, months", () => {
    for (const address of [
      "/articles/story-1/",
      "/articles/story-1/social-card.png",
      "/sections/afghanistan/",
      "/sections/afghanistan/page/1/",
      "/tags/trade/",
      "/fa/",
      "/fa/sections/afghanistan/",
      "/fa/search/",
      "/authors/farid-noori/",
      "/about/",
      "/archive/2024/01/",
    ]) {
      expect(baseKeys.has(address), address).toBe(true);
    }
    // A draft has no page; a Dari story without a photo has a card of its own, like any other.
    expect(baseKeys.has("/articles/held-draft/")).toBe(false);
    expect(baseKeys.has("/articles/dari-story-1/social-card.png")).toBe(true);
  });

  it("change, for a sentence added to a story, its page and the lists it is on, and nothing else", () => {
    // story-31: among the oldest 30 of Afghanistan (its page 1), tagged Trade, published in January 2024.
    expect(afterEdit({ kind: "body", at: 30 })).toEqual(["/archive/2024/01/", "/articles/story-31/", "/sections/afghanistan/page/1/", "/tags/trade/"].sort());
  });

  it("change, for an update added to a live story, its page, its updates file and the lists it is on, and nothing else", () => {
    expect(baseKeys.has("/articles/live-crossing/updates.json")).toBe(true);
    // The newest story: first in its section, its tag, its month and the reporter-less English lists.
    expect(afterEdit({ kind: "live-update", at: 0 })).toEqual(
      ["/archive/2024/03/", "/articles/live-crossing/", "/articles/live-crossing/updates.json", "/sections/afghanistan/", "/tags/trade/"].sort(),
    );
  });

  it("change, for a new headline, the card too, and the page of every story whose timeline names it", () => {
    // story-20's timeline links story-10, which shows "also in the timeline of" story-20's headline.
    const reached = afterEdit({ kind: "headline", at: 19 });
    expect(reached).toContain("/articles/story-20/social-card.png");
    expect(reached).toContain("/articles/story-10/");
    expect(reached).not.toContain("/articles/story-11/");
  });

  it("change every page of an edition when a section appears in its masthead", () => {
    const withNewSection = base.map((story) => (story.slug === "story-5" ? { ...story, section: "Health" } : story));
    const reached = changed(baseKeys, keysOf(withNewSection));
    expect(reached).toContain("/articles/story-40/");
    expect(reached).toContain("/sections/health/");
    // The Dari edition's masthead lists its own sections only.
    expect(reached).not.toContain("/articles/dari-story-1/");
  });

  // A photo added to public/images/ was taken for a change of the site's code: a full build.
  it("change, for a story's photo added or replaced in public/images/, that story's page, and nothing else", async () => {
    const publicDir = folder();
    fs.mkdirSync(path.join(publicDir, "images"));
    const photo = (name: string, width: number) => sharp({ create: { width, height: 400, channels: 3, background: "#c08040" } }).jpeg().toFile(path.join(publicDir, "images", name));
    const image = { src: "/images/oven.jpg", alt: "Bread in an oven", credit: "Farid Noori" };
    const withPhoto = base.map((story) => (story.slug === "story-31" ? { ...story, image } : story));
    await photo("oven.jpg", 600);
    const before = keysOf(withPhoto, publicDir);

    await photo("oven.jpg", 900);
    expect(changed(before, keysOf(withPhoto, publicDir))).toEqual(["/articles/story-31/"]);
    // A photo no story shows yet changes no page.
    const replaced = keysOf(withPhoto, publicDir);
    await photo("unused.jpg", 500);
    expect(changed(replaced, keysOf(withPhoto, publicDir))).toEqual([]);
  });

  // An update's photo is shown as the story's is: its size and srcset come from its file.
  it("change, for a live update's photo replaced in public/images/, that story's page, and nothing else", async () => {
    const publicDir = folder();
    fs.mkdirSync(path.join(publicDir, "images"));
    const photo = (width: number) => sharp({ create: { width, height: 400, channels: 3, background: "#c08040" } }).jpeg().toFile(path.join(publicDir, "images", "gate.jpg"));
    const image = { src: "/images/gate.jpg", alt: "Guards at the gate" };
    const withPhoto = base.map((story) => (story.slug === "live-crossing" ? { ...story, updates: story.updates?.map((update) => ({ ...update, image })) } : story));
    await photo(600);
    const before = keysOf(withPhoto, publicDir);

    await photo(900);
    expect(changed(before, keysOf(withPhoto, publicDir))).toEqual(["/articles/live-crossing/"]);
  });

  it("are the same for the same content, so an unchanged site renders nothing", () => {
    expect(changed(baseKeys, keysOf(newsroomArchive()))).toEqual([]);
  });
});
