// What an editor sees when they run the build: a new article appears; a broken one stops the
// build with every problem listed and leaves the last good site untouched.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { storyPagePath, storyPages } from "@/lib/enrich/story-pages";
import { FRONT_PAGE_STORIES } from "@/lib/site";
import { runBuild } from "../host/build-site";

const work = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-build-"));
const articles = path.join(work, "content", "articles");
const out = path.join(work, "out");
const reads = path.join(work, "reads.log");
const cache = path.join(work, "cache");

const build = () =>
  runBuild({
    CONTENT_DIR: path.join(work, "content"),
    OUT_DIR: out,
    NODE_OPTIONS: `--require ${path.join(import.meta.dirname, "count-content-reads.cjs")}`,
    CONTENT_READS_LOG: reads,
    BUILD_CACHE_DIR: cache,
  });

function write(name: string, text: string) {
  fs.writeFileSync(path.join(articles, name), text);
}

const newArticle = `---
title: Editors can publish a second story
standfirst: A story added by an editor appears on its own page and on the home page.
publishedAt: 2026-01-05T10:00:00+04:30
section: Afghanistan
tags: [Trade, طالبان]
---

The body of the new story.
`;

describe("npm run build", () => {
  let firstOutput = "";
  beforeAll(() => {
    fs.mkdirSync(articles, { recursive: true });
    // The fixture copies of the two launch stories, not content/, which editors change freely.
    for (const name of ["second-anti-taliban-commander-killed-in-iran.md", "maroof-ghulami-shot-dead-in-mashhad.md"]) {
      fs.copyFileSync(path.resolve("tests/fixtures/content/articles", name), path.join(articles, name));
    }
    write("editors-can-publish.md", newArticle);
    write("not-ready-yet.md", newArticle.replace("title: Editors can publish a second story", "title: Not ready yet\ndraft: true"));
    // Enough older stories to fill more than the home page (FRONT_PAGE_STORIES).
    for (let day = 1; day <= FRONT_PAGE_STORIES; day += 1) {
      const date = new Date(Date.UTC(2024, 0, day)).toISOString().slice(0, 10);
      write(`archive-story-${day}.md`, `---\ntitle: Archive story ${day}\nstandfirst: An older story.\npublishedAt: ${date}\nsection: Archive\ntags: [Archive]\n---\n\nThe body.\n`);
    }
  });

  it("publishes a new article on its own page and on the home page, and leaves drafts out", () => {
    const { status, output } = build();
    firstOutput = output;
    expect(output).toContain(`Checked ${FRONT_PAGE_STORIES + 4} articles (${FRONT_PAGE_STORIES + 3} to publish, 1 draft, 0 scheduled)`);
    expect(status).toBe(0);
    // It speaks to editors: Next.js's own output is kept in a log, and the last paragraph says what changed.
    expect(output).not.toMatch(/Route \(app\)|Compiled successfully/);
    expect(fs.readFileSync(path.join(cache, "next-build.log"), "utf8")).toMatch(/Route \(app\)/);
    expect(output).toMatch(new RegExp(`\\nPublished ${FRONT_PAGE_STORIES + 3} new stories; the site is in .*out/ \\([\\d,]+ pages\\)\\.\\n`));

    const page = fs.readFileSync(path.join(out, "articles/editors-can-publish/index.html"), "utf8");
    expect(page).toContain("<h1>Editors can publish a second story</h1>");
    const home = fs.readFileSync(path.join(out, "index.html"), "utf8");
    // Newest first: the new story is above the launch article.
    expect(home.indexOf("Editors can publish a second story")).toBeLessThan(home.indexOf("Second anti-Taliban commander"));
    expect(home).not.toContain("Not ready yet");
    // The home page lists the latest stories, not the archive: the oldest are on their section's page.
    expect(home.match(/<li[^>]*><article>/g)).toHaveLength(FRONT_PAGE_STORIES);
    expect(home).not.toContain("Archive story 1<");
    expect(home).toContain("Older reporting, by section");
    // ...on its oldest page: page 1 once the section has enough stories to go on over pages.
    const oldest = storyPages(Array.from({ length: FRONT_PAGE_STORIES })).at(-1)?.number;
    expect(fs.readFileSync(path.join(out, storyPagePath("/sections/archive/", oldest), "index.html"), "utf8")).toContain("Archive story 1<");
    // A tag in Persian keeps its letters in its address, and its page is written under that name.
    expect(fs.readFileSync(path.join(out, "tags/طالبان/index.html"), "utf8")).toContain("<h1>طالبان</h1>");
    expect(fs.existsSync(path.join(out, "articles/not-ready-yet"))).toBe(false);
    // The host's headers are written last, into the folder that then became out/.
    expect(fs.readFileSync(path.join(out, "_headers"), "utf8")).toMatch(/^\/\*\n {2}Content-Security-Policy: /);
  });

  it("reads and renders each article file once per build, whichever Next.js processes build its pages", () => {
    const files = fs.readFileSync(reads, "utf8").trim().split("\n").filter((file) => file.startsWith(articles));
    expect(files.sort()).toEqual(fs.readdirSync(articles).map((name) => path.join(articles, name)).sort());
  });

  it("draws each social card once: a rebuild takes it from the build's cache, byte for byte, and a full build forgets removed articles", () => {
    const card = () => fs.readFileSync(path.join(out, "articles/editors-can-publish/social-card.png"));
    // A card taken from the cache is the same file (touched); one drawn again is written anew.
    const drawings = path.join(cache, "social-cards");
    const kept = () => new Map(fs.readdirSync(drawings).map((name) => [name, fs.statSync(path.join(drawings, name)).ino]));
    const drawn = card();
    const first = kept();
    expect(first.size).toBeGreaterThan(1);
    // The first build drew every card it published, once: each is kept under one key.
    const cards = fs.readdirSync(out, { recursive: true, encoding: "utf8" }).filter((file) => path.basename(file) === "social-card.png");
    expect(firstOutput).toContain(`\nSocial cards: ${cards.length} written in `);
    expect(first.size).toBe(cards.length);

    const again = build();
    expect(again.status).toBe(0);
    expect(again.output).toMatch(/\nNo story changed; the site is in /);
    expect(card().equals(drawn)).toBe(true);
    expect(kept()).toEqual(first);

    // An incremental build renders no card it kept, so it leaves the drawings alone; a full build
    // (here one with no pages kept, which renders from the kept compile) keeps only the drawings it used.
    fs.rmSync(path.join(articles, "editors-can-publish.md"));
    fs.rmSync(path.join(cache, "pages"), { recursive: true });
    const removed = build();
    expect(removed.output).toContain("Full build: no earlier build is kept in BUILD_CACHE_DIR.");
    expect(removed.status).toBe(0);
    expect(removed.output).toMatch(/\nRemoved 1 story; the site is in .*\n {2}removed: \/articles\/editors-can-publish\/\n/);
    const after = kept();
    expect(after.size).toBe(first.size - 1);
    for (const [name, inode] of after) expect(first.get(name)).toBe(inode);
    write("editors-can-publish.md", newArticle);
  });

  it("publishes beside a broken draft, which is reported and left out", () => {
    write("half-written.md", "---\ntitle: Kabul: a city waits\ndraft: true\n---\n\nNotes.\n");
    const { status, output } = build();
    fs.rmSync(path.join(articles, "half-written.md"));

    expect(status).toBe(0);
    expect(output).toContain('half-written.md:2: a colon followed by a space inside a value: put the value in quotes: `title: "Kabul: a city waits"`');
    expect(output).toContain("the errors are in 1 draft or scheduled story, which is left out until fixed; the rest is ready to publish.");
    expect(fs.existsSync(path.join(out, "articles/half-written"))).toBe(false);
    expect(fs.existsSync(path.join(out, "articles/second-anti-taliban-commander-killed-in-iran/index.html"))).toBe(true);
  });

  it("stops at a broken article, lists every problem in every file, and keeps the last good site", () => {
    const before = fs.readFileSync(path.join(out, "index.html"), "utf8");
    write("editors-can-publish.md", newArticle.replace("publishedAt: 2026-01-05T10:00:00+04:30", "publishedAt: 5 January 2026\nsectoin: World"));
    write("Second_Story.md", "---\ntitle: [unclosed\n---\nBody\n");

    const { pid, status, output } = build();
    expect(status).toBe(1);
    expect(output).toMatch(/: 4 errors and \d+ warnings? in \d+ files; fix the errors to publish\./);
    expect(output).toMatch(/editors-can-publish\.md:4: publishedAt: expected a real date like 2025-12-25.*; found "5 January 2026"/);
    expect(output).toMatch(/editors-can-publish\.md:5: sectoin: unknown field: did you mean "section"\?/);
    expect(output).toMatch(/Second_Story\.md: file name: the slug "Second_Story" must be lowercase .*: rename it to second-story\.md/);
    expect(output).toMatch(/Second_Story\.md:2: YAML syntax: /);
    expect(output).toContain("out/ is unchanged");
    expect(fs.readFileSync(path.join(out, "index.html"), "utf8")).toBe(before);
    // Its own working folder only: other tests' builds may be running beside it.
    expect(fs.existsSync(`out.building-${pid}`)).toBe(false);
  });
});
