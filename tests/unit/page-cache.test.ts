// The pages a build keeps for the next (scripts/build/page-cache.ts): what the next build renders,
// keeps and drops, and when it must build everything instead, saying why.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import type { CodeFingerprint } from "@/lib/build/code-fingerprint";
import { clearPageCache, keepUnchangedPages, planBuild, readKeptPages, savePageCache, stageKeptPages } from "@/scripts/build/page-cache";

const fingerprint: CodeFingerprint = { code: "c1", packages: "p1", settings: "s1", publicFiles: "f1" };
let work: string;
let cache: string;
let site: string;

/** A published site with a page and a card, and the cache of it. */
beforeEach(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-page-cache-"));
  cache = path.join(work, "cache");
  site = path.join(work, "site");
  fs.mkdirSync(path.join(site, "articles", "a"), { recursive: true });
  fs.writeFileSync(path.join(site, "articles", "a", "index.html"), "<p>A</p>");
  fs.writeFileSync(path.join(site, "articles", "a", "social-card.png"), "PNG");
  fs.mkdirSync(path.join(site, "articles", "b"), { recursive: true });
  fs.writeFileSync(path.join(site, "articles", "b", "index.html"), "<p>B</p>");
  savePageCache(cache, site, keys({ "/articles/a/": "ka", "/articles/a/social-card.png": "kc", "/articles/b/": "kb" }), fingerprint);
});

const keys = (record: Record<string, string>) => new Map(Object.entries(record));
const keptFiles = () => fs.readdirSync(path.join(cache, "pages", "files")).map((name) => path.join(cache, "pages", "files", name));
/** The cache's file for what `site` has at `file`: the same file, by another name. */
const keptFileOf = (file: string) => {
  const found = keptFiles().find((kept) => fs.statSync(kept).ino === fs.statSync(path.join(site, file)).ino);
  if (!found) throw new Error(`the cache keeps no file for ${file}`);
  return found;
};

describe("planBuild", () => {
  it("renders the pages whose key changed or that are new, keeps the rest and drops the ones gone", () => {
    const plan = planBuild(cache, keys({ "/articles/a/": "ka2", "/articles/a/social-card.png": "kc", "/articles/c/": "kc" }), fingerprint, undefined);
    expect(plan).toMatchObject({ full: false, render: ["/articles/a/", "/articles/c/"], keep: ["/articles/a/social-card.png"], removed: ["/articles/b/"] });
  });

  it("builds everything when asked, or when there is no cache, saying why", () => {
    expect(planBuild(cache, keys({}), fingerprint, "asked for with --full")).toEqual({ full: true, reason: "asked for with --full" });
    expect(planBuild(path.join(work, "none"), keys({}), fingerprint, undefined)).toEqual({ full: true, reason: "no earlier build is kept in BUILD_CACHE_DIR" });
  });

  it("builds everything when the code, packages, settings or public files changed, naming which", () => {
    for (const [part, words] of [
      ["code", "the site's code"],
      ["packages", "the installed packages"],
      ["settings", "the site's settings"],
      ["publicFiles", "the files in PUBLIC_DIR"],
    ] as const) {
      const plan = planBuild(cache, keys({ "/articles/a/": "ka" }), { ...fingerprint, [part]: "changed" }, undefined);
      expect(plan.full && plan.reason).toMatch(new RegExp(`^${words}.* changed since the last build$`));
    }
  });

  it("builds everything when the cache is damaged, from another version, changed, or has lost a page", () => {
    const manifest = path.join(cache, "pages", "manifest.json");
    const saved = fs.readFileSync(manifest, "utf8");
    const notSealed = "the kept pages do not carry this build's seal (kept by an older version of the build, made on another machine, or changed since)";
    fs.writeFileSync(manifest, "{ not json");
    expect(planBuild(cache, keys({}), fingerprint, undefined)).toEqual({ full: true, reason: notSealed });
    fs.writeFileSync(manifest, saved.replace('"version":3', '"version":2'));
    expect(planBuild(cache, keys({}), fingerprint, undefined)).toEqual({ full: true, reason: notSealed });
    // A page's key changed to the one the next build will have: the manifest would have it kept.
    fs.writeFileSync(manifest, saved.replace('"key":"kb"', '"key":"kb2"'));
    expect(planBuild(cache, keys({ "/articles/b/": "kb2" }), fingerprint, undefined)).toEqual({ full: true, reason: notSealed });
    fs.writeFileSync(manifest, saved);
    fs.rmSync(keptFileOf("articles/b/index.html"));
    expect(planBuild(cache, keys({ "/articles/b/": "kb" }), fingerprint, undefined)).toEqual({ full: true, reason: "the build cache has lost /articles/b/" });
  });

  it("builds everything after the cache is cleared", () => {
    clearPageCache(cache);
    expect(planBuild(cache, keys({ "/articles/a/": "ka" }), fingerprint, undefined)).toMatchObject({ full: true });
  });

  it("renders again a kept page whose file was changed since the last build kept it, and keeps the rest", () => {
    const kept = keptFileOf("articles/a/index.html");
    // Not through the site's name for it: the site, as published, goes on being served.
    const planted = `${kept}.planted`;
    fs.writeFileSync(planted, '<p>A</p><meta http-equiv="refresh" content="0;url=https://evil.example/">');
    fs.renameSync(planted, kept);
    const plan = planBuild(cache, keys({ "/articles/a/": "ka", "/articles/b/": "kb" }), fingerprint, undefined);
    expect(plan).toMatchObject({ full: false, render: ["/articles/a/"], keep: ["/articles/b/"], changed: ["/articles/a/"] });
    if (plan.full) throw new Error(plan.reason);
    // Rendered again, as it was: the file kept for it is the page again, and the next build keeps it.
    savePageCache(cache, site, keys({ "/articles/a/": "ka", "/articles/b/": "kb" }), fingerprint, plan.digests);
    expect(fs.readFileSync(kept, "utf8")).toBe("<p>A</p>");
    expect(planBuild(cache, keys({ "/articles/a/": "ka", "/articles/b/": "kb" }), fingerprint, undefined)).toMatchObject({ full: false, render: [], keep: ["/articles/a/", "/articles/b/"] });
  });
});

describe("keepUnchangedPages", () => {
  /** The kept pages staged as the content is checked, then Next.js's export (`building`) moved over them for `pageKeys`. */
  const published = (pageKeys: Record<string, string>, rendered: Record<string, string> = {}) => {
    const staging = path.join(work, "building.kept");
    const { kept, staged } = stageKeptPages(readKeptPages(cache, fingerprint), staging);
    const plan = planBuild(cache, keys(pageKeys), fingerprint, undefined, kept);
    if (plan.full) throw new Error(plan.reason);
    const building = path.join(work, "building");
    fs.mkdirSync(building, { recursive: true });
    for (const [file, text] of Object.entries(rendered)) {
      fs.mkdirSync(path.dirname(path.join(building, file)), { recursive: true });
      fs.writeFileSync(path.join(building, file), text);
    }
    const linked = keepUnchangedPages(plan, staged, staging, building);
    expect(fs.existsSync(staging)).toBe(false);
    return { building, linked };
  };

  it("puts the kept pages into the new build as new names for the same files, never writing into them", () => {
    const { building, linked } = published({ "/articles/a/": "ka", "/articles/a/social-card.png": "new", "/articles/b/": "kb" });
    expect(fs.readFileSync(path.join(building, "articles", "a", "index.html"), "utf8")).toBe("<p>A</p>");
    expect(fs.readFileSync(path.join(building, "articles", "b", "index.html"), "utf8")).toBe("<p>B</p>");
    // The card's key changed: Next.js draws it again; the cache does not supply it.
    expect(fs.existsSync(path.join(building, "articles", "a", "social-card.png"))).toBe(false);
    expect(fs.statSync(path.join(building, "articles", "a", "index.html")).ino).toBe(fs.statSync(path.join(site, "articles", "a", "index.html")).ino);
    expect([...linked.keys()].sort()).toEqual(["/articles/a/", "/articles/b/"]);
  });

  it("takes what Next.js rendered over a kept page (an edition's front, below which a page changed), and leaves no folder of a page gone", () => {
    const { building, linked } = published({ "/articles/a/": "ka" }, { "articles/a/index.html": "<p>A</p>", "_next/static/app.css": "css" });
    expect(fs.readFileSync(path.join(building, "articles", "a", "index.html"), "utf8")).toBe("<p>A</p>");
    expect(fs.statSync(path.join(building, "articles", "a", "index.html")).ino).not.toBe(fs.statSync(path.join(site, "articles", "a", "index.html")).ino);
    expect(fs.readFileSync(path.join(building, "_next", "static", "app.css"), "utf8")).toBe("css");
    // Rendered here, so the next build's cache hashes it afresh.
    expect(linked.size).toBe(0);
    expect(fs.existsSync(path.join(building, "articles", "b"))).toBe(false);
  });
});

describe("stageKeptPages", () => {
  it("builds everything, leaving nothing staged, when a kept page cannot be staged: the site would lack it", () => {
    const read = readKeptPages(cache, fingerprint);
    // Gone between the reading and the staging.
    fs.rmSync(keptFileOf("articles/b/index.html"));
    const staging = path.join(work, "building.kept");
    const { kept, staged } = stageKeptPages(read, staging);
    expect(staged.size).toBe(0);
    expect(fs.existsSync(staging)).toBe(false);
    expect(planBuild(cache, keys({ "/articles/a/": "ka", "/articles/b/": "kb" }), fingerprint, undefined, kept)).toEqual({
      full: true,
      reason: expect.stringMatching(/^the kept pages could not be linked \(ENOENT/),
    });
  });
});

describe("savePageCache", () => {
  const changeA = () => {
    // A new file, as Next.js writes a page it renders again.
    fs.rmSync(path.join(site, "articles", "a", "index.html"));
    fs.writeFileSync(path.join(site, "articles", "a", "index.html"), "<p>A, corrected</p>");
  };
  const planAndSave = () => {
    const plan = planBuild(cache, keys({ "/articles/a/": "ka2", "/articles/b/": "kb" }), fingerprint, undefined);
    if (plan.full) throw new Error(plan.reason);
    savePageCache(cache, site, keys({ "/articles/a/": "ka2", "/articles/b/": "kb" }), fingerprint, plan.digests);
  };

  it("adds the files of the pages rendered again, replaces the manifest in one step, and forgets the files no page has", () => {
    const before = keptFileOf("articles/a/index.html");
    changeA();
    planAndSave();
    expect(fs.readFileSync(keptFileOf("articles/a/index.html"), "utf8")).toBe("<p>A, corrected</p>");
    expect(fs.existsSync(before)).toBe(false);
    expect(keptFiles()).toHaveLength(2);
    expect(fs.readdirSync(path.join(cache, "pages")).sort()).toEqual(["files", "manifest.json"]);
  });

  it("keeps every file while another build that planned from the cache is running, and forgets them once it is gone", () => {
    const before = keptFileOf("articles/a/index.html");
    // A running process (this test's parent) stands for a build still linking kept files.
    fs.writeFileSync(path.join(cache, "pages", `planning-${process.ppid}`), "");
    changeA();
    planAndSave();
    expect(fs.existsSync(before)).toBe(true);
    // Gone without saving (killed): its mark is removed, and the files with it.
    const gone = spawnSync(process.execPath, ["-e", ""]).pid;
    fs.renameSync(path.join(cache, "pages", `planning-${process.ppid}`), path.join(cache, "pages", `planning-${gone}`));
    planAndSave();
    expect(fs.existsSync(before)).toBe(false);
    expect(fs.readdirSync(path.join(cache, "pages")).sort()).toEqual(["files", "manifest.json"]);
  });
});
