// An incremental build publishes exactly what a full build of the same content does, byte for byte,
// whatever the editors changed: the proof that each page's key (lib/build/page-keys.ts) takes in
// everything the page shows. Each kind of edit is made on a generated archive and built both ways;
// fast-check then tries random sequences of edits. A build that fails leaves the cache as it was.
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { applyEdit, EDIT_KINDS, newsroomArchive, writeArchive, type Edit, type Story } from "../fixtures/newsroom-archive";
import { projectPart } from "../../scripts/build/next-compile";
import { runBuild, runCompiles, type BuildOptions, type BuildSettings } from "../host/build-site";
import { projectCopy } from "../host/project-copy";
import { serveWithHeaders } from "../host/serve-with-headers";
import { watchPage } from "../host/browser-watch";
import { chromeFlags, chromePath } from "../../scripts/chromium";

const work = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-incremental-"));
// A copy of the project of its own (tests/host/project-copy.ts): this file's builds, the most of
// any, run beside the other build tests' rather than taking turns with them.
const project = projectCopy("incremental-build");
let runs = 0;
// How many random sequences of edits fast-check tries, each two builds: CI's budget holds two.
// Raise it locally to look harder (RANDOM_RUNS=20 npx vitest run tests/build/incremental-build.test.ts).
const RANDOM_RUNS = Number(process.env.RANDOM_RUNS ?? 2);

/** Builds `stories` into a new folder, with `cacheDir` and `settings`; returns the folder and what the build printed. */
function build(stories: readonly Story[], cacheDir: string, options: BuildOptions = {}, settings: BuildSettings = {}): { out: string; output: string } {
  runs += 1;
  const content = path.join(work, `content-${runs}`);
  writeArchive(content, stories);
  const out = path.join(work, `out-${runs}`);
  // Front pages of three stories, so that an edit to an older story leaves its edition's front page
  // as it was while pages in the edition's folder change.
  const { status, output } = runBuild({ CONTENT_DIR: content, OUT_DIR: out, BUILD_CACHE_DIR: cacheDir, FRONT_PAGE_STORIES: "3", ...settings }, { project, ...options });
  if (status !== 0) throw new Error(`the build failed:\n${output}`);
  return { out, output };
}

const newCache = () => fs.mkdtempSync(path.join(work, "cache-"));

function filesIn(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

/** Every file that differs between two built sites (or is in one only); none when they are the same. */
function differences(a: string, b: string): string[] {
  const inA = filesIn(a);
  const inB = filesIn(b);
  const all = [...new Set([...inA, ...inB])].sort();
  return all.filter((file) => !inA.includes(file) || !inB.includes(file) || !fs.readFileSync(path.join(a, file)).equals(fs.readFileSync(path.join(b, file))));
}

/** Builds `stories` incrementally from `cacheDir` and in full from nothing; both sites must be the same. */
function expectSameAsFull(stories: readonly Story[], cacheDir: string) {
  const incremental = build(stories, cacheDir);
  expect(incremental.output).toMatch(/Incremental build: \d+ pages to render/);
  // The code is the same as the last build's, so Next.js's compile is the one kept, not made again.
  expect(incremental.output).toContain("Next.js renders without compiling again.");
  const full = build(stories, newCache());
  expect(differences(incremental.out, full.out)).toEqual([]);
  return incremental;
}

// What a writer of a CI cache shared between branches could add to a kept page or a kept body.
const REFRESH = '<meta http-equiv="refresh" content="0;url=https://evil.example/">';

describe("an incremental build", () => {
  let base: Story[];
  let baseCache: string;
  let baseOut: string;

  beforeAll(() => {
    base = newsroomArchive();
    baseCache = newCache();
    const { output, out } = build(base, baseCache, { full: true });
    expect(output).toContain("Full build: asked for with --full.");
    baseOut = out;
  }, 600_000);

  it("publishes what a full build does after every kind of edit, a story falling due included; an open live page offers the added update", async () => {
    // The first round: add (into the middle of a list), body (of an English and of an old Dari story),
    // headline, section, tags, correction, link; and a story scheduled a moment after this build
    // checks the content.
    const dueSoon: Story = { ...newsroomArchive()[0], slug: "due-soon", title: "A story that falls due between two builds", publishedAt: "" };
    let dueAt = 0;
    const firstRound: Edit[] = [
      { kind: "add", at: 40, daysBefore: 20 },
      { kind: "body", at: 3 },
      { kind: "body", at: 60 },
      { kind: "headline", at: 47 },
      { kind: "section", at: 12 },
      { kind: "tags", at: 25 },
      { kind: "correction", at: 51 },
      { kind: "link", at: 8 },
    ];
    let stories = firstRound.reduce((edited, edit, serial) => applyEdit(edited, edit, serial), base);
    // The story is due `margin` after the build starts, which is after it checks the content unless
    // the machine is very slow: then the round is made again, from the base build, with twice the
    // margin. (A fixed 15 s margin left the test waiting 10 s for the story to fall due; at a load of
    // 11 on two cores the check came 4 to 8 s after the start.)
    let cache = "";
    let first: ReturnType<typeof build> | undefined;
    for (let margin = 8_000; !first; margin *= 2) {
      cache = newCache();
      fs.cpSync(baseCache, cache, { recursive: true });
      const schedule = () => {
        dueAt = Date.now() + margin;
        dueSoon.publishedAt = new Date(dueAt).toISOString().replace(/\.\d+Z$/, "Z");
        writeArchive(path.join(work, `content-${runs}`), [...stories, dueSoon]);
      };
      const built = build([...stories, dueSoon], cache, { beforeStart: schedule });
      if (margin >= 60_000 || built.output.includes("scheduled: due-soon.md goes out")) first = built;
    }
    expect(first.output).toContain("scheduled: due-soon.md goes out");
    // A reader has the live story open, from the first round's site, served as a host serves it
    // (its headers, Content-Security-Policy and all); the page's clock is the test's to move.
    const served = path.join(work, "served");
    fs.cpSync(first.out, served, { recursive: true });
    const host = await serveWithHeaders(served);
    const browser = await chromium.launch({ executablePath: chromePath, args: chromeFlags });
    try {
      const page = await browser.newPage();
      const watch = await watchPage(page);
      await page.clock.install();
      await page.goto(`${host.origin}/articles/live-crossing/`);
      await page.evaluate(() => Object.assign(window, { sameDocument: true }));
      // The second round: unlink, delete, publish the draft, unpublish, an update to the live story;
      // and the scheduled story is due.
      const secondRound: Edit[] = [
        { kind: "unlink", at: 19 },
        { kind: "delete", at: 9 },
        { kind: "publish-draft", at: 0 },
        { kind: "unpublish", at: 33 },
        { kind: "live-update", at: 0 },
      ];
      stories = secondRound.reduce((edited, edit, serial) => applyEdit(edited, edit, 10 + serial), [...stories, dueSoon]);
      while (Date.now() < dueAt + 1000) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
      const second = expectSameAsFull(stories, cache);
      expect(second.output).not.toContain("scheduled: due-soon.md");
      expect(fs.existsSync(path.join(second.out, "articles", "due-soon", "index.html"))).toBe(true);

      // Published over the site the reader's page came from: within a minute, the page offers the
      // update, politely, and shows it when asked, without reloading.
      const added = stories.find((story) => story.live)?.updates?.at(-1)?.id;
      expect(added).toBe("update-14");
      fs.rmSync(served, { recursive: true });
      fs.cpSync(second.out, served, { recursive: true });
      await page.clock.runFor(60_000);
      const offer = page.locator(".live-notice[aria-live=polite]").getByRole("button", { name: "1 new update: show" });
      await offer.waitFor();
      expect(await page.locator(`#update-${added}`).count()).toBe(0);
      // Twice, as an impatient reader does: the second click waits for the first.
      await offer.dblclick();
      await page.locator(`#update-${added}`).waitFor();
      expect(await page.locator(".live-update").evaluateAll((updates) => updates.map((update) => update.id))).toEqual([`update-${added}`, "update-gate-closes"]);
      expect(await page.evaluate(() => [document.activeElement?.id, "sameDocument" in window])).toEqual([`update-${added}`, true]);
      expect(await page.locator(".live-notice").textContent()).toBe("");
      expect(await watch.problems()).toEqual([]);
    } finally {
      await browser.close();
      await host.close();
      fs.rmSync(served, { recursive: true, force: true });
    }
  }, 900_000);

  it("publishes what a full build does after any sequence of edits (fast-check)", () => {
    const edit: fc.Arbitrary<Edit> = fc.oneof(
      fc.record({ kind: fc.constant("add" as const), at: fc.nat(), daysBefore: fc.integer({ min: 0, max: 40 }) }),
      fc.record({ kind: fc.constantFrom(...EDIT_KINDS.filter((kind) => kind !== "add")), at: fc.nat() }),
    );
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 5 }), (edits) => {
        const cache = newCache();
        fs.cpSync(baseCache, cache, { recursive: true });
        expectSameAsFull(edits.reduce<Story[]>((stories, next, serial) => applyEdit(stories, next, serial), base), cache);
      }),
      // Each run is two real builds of the archive: a few runs, each of several edits at once, and
      // no shrinking (each step of it would be two builds more): the failing edits are reported as found.
      { numRuns: RANDOM_RUNS, endOnFailure: true },
    );
  }, 1_200_000);

  it("leaves the cache as it was when the content has an error", () => {
    const cache = newCache();
    fs.cpSync(baseCache, cache, { recursive: true });
    const manifest = path.join(cache, "pages", "manifest.json");
    const before = fs.readFileSync(manifest, "utf8");
    const broken = base.map((story, index) => (index === 5 ? { ...story, publishedAt: "last Tuesday" } : story));
    expect(() => build(broken, cache)).toThrow(/publishedAt/);
    expect(fs.readFileSync(manifest, "utf8")).toBe(before);
  }, 600_000);

  it("renders only the pages an edit changes, from the kept compile, and publishes no kept page that was changed in the cache", () => {
    const cache = newCache();
    fs.cpSync(baseCache, cache, { recursive: true });
    // A page the edit below leaves alone, changed in the cache between the two builds.
    const page = path.join("articles", base[50].slug, "index.html");
    // The cache keeps each file under its SHA-256 (scripts/build/page-cache.ts).
    const tampered = path.join(cache, "pages", "files", createHash("sha256").update(fs.readFileSync(path.join(baseOut, page))).digest("hex"));
    fs.writeFileSync(tampered, fs.readFileSync(tampered, "utf8").replace("<head>", `<head>${REFRESH}`));
    expect(fs.readFileSync(tampered, "utf8")).toContain(REFRESH);
    // One sentence in one story's body: its page, and the lists that show it, no more. (That such
    // an edit publishes what a full build does is the rounds' to show.)
    const { out, output } = build(applyEdit(base, { kind: "body", at: 30 }, 1), cache);
    const [, rendered] = /Incremental build: (\d+) pages to render/.exec(output) ?? [];
    expect(Number(rendered)).toBeGreaterThan(0);
    expect(Number(rendered)).toBeLessThan(10);
    expect(output).toContain("Next.js renders without compiling again.");
    // Rendered again from its story: the page the first build published, byte for byte.
    expect(fs.readFileSync(path.join(out, page), "utf8")).not.toContain(REFRESH);
    expect(fs.readFileSync(path.join(out, page)).equals(fs.readFileSync(path.join(baseOut, page)))).toBe(true);
    expect(output).toContain("The build cache held 1 page changed since the last build kept it: rendered again.");
  }, 600_000);

  it("runs no kept compile that was changed: it compiles again; and renders other settings from a kept compile as from a new one", () => {
    // Code added to the front page's server file, which every build renders, in the kept compile.
    // The run's compiles are shared by every build (tests/host/build-site.ts): this cache changes a
    // copy of this project's.
    const damaged = newCache();
    const compiles = path.join(damaged, "next-compile");
    const ours = fs.readdirSync(runCompiles()).filter((name) => name.startsWith(`${projectPart(project)}.`) && !name.endsWith(".partial"));
    expect(ours).toHaveLength(1);
    fs.cpSync(path.join(runCompiles(), ours[0]), path.join(compiles, ours[0]), { recursive: true });
    const ran = path.join(work, "planted-code-ran");
    const front = path.join(compiles, ours[0], "server", "app", "(site)", "page.js");
    fs.writeFileSync(front, `require("node:fs").writeFileSync(${JSON.stringify(ran)}, "ran");\n${fs.readFileSync(front, "utf8")}`);
    // Other settings, content and public files than the base build's, which kept the compile: it is
    // of the code alone (scripts/build/next-compile.ts).
    const settings = { SITE_URL: "https://news.example.org", TIME_ZONE: "UTC", FRONT_PAGE_STORIES: "5", PUBLIC_DIR: path.resolve("tests/fixtures/public") };
    const stories = applyEdit(applyEdit(base, { kind: "headline", at: 7 }, 700), { kind: "add", at: 2, daysBefore: 3 }, 701);
    const compiled = build(stories, damaged, {}, settings);
    expect(fs.existsSync(ran)).toBe(false);
    expect(compiled.output).toContain("The kept compile does not carry this build's seal (kept in part, by an older version of the build or on another machine, or changed since): Next.js compiles it again.");
    // Kept anew for the next build.
    expect(fs.readdirSync(compiles)).toEqual(ours);
    expect(fs.readFileSync(front, "utf8")).not.toContain("planted-code-ran");
    const kept = build(stories, newCache(), {}, settings);
    expect(kept.output).toMatch(/Full build: no earlier build is kept/);
    expect(kept.output).toContain("Next.js renders without compiling again.");
    expect(kept.output).not.toContain("compiles it again");
    expect(differences(kept.out, compiled.out)).toEqual([]);
  }, 600_000);
});
