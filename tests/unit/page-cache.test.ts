// The pages a build keeps for the next (scripts/build/page-cache.ts): what the next build renders,
// keeps and drops, and when it must build everything instead, saying why.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import type { CodeFingerprint } from "@/lib/build/code-fingerprint";
import { clearPageCache, keepUnchangedPages, planBuild, savePageCache } from "@/scripts/build/page-cache";

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
    fs.writeFileSync(manifest, saved.replace('"version":2', '"version":1'));
    expect(planBuild(cache, keys({}), fingerprint, undefined)).toEqual({ full: true, reason: notSealed });
    // A page's key changed to the one the next build will have: the manifest would have it kept.
    fs.writeFileSync(manifest, saved.replace('"key":"kb"', '"key":"kb2"'));
    expect(planBuild(cache, keys({ "/articles/b/": "kb2" }), fingerprint, undefined)).toEqual({ full: true, reason: notSealed });
    fs.writeFileSync(manifest, saved);
    const plan = planBuild(cache, keys({ "/articles/b/": "kb" }), fingerprint, undefined);
    if (plan.full) throw new Error(plan.reason);
    fs.rmSync(path.join(plan.folder, "articles", "b", "index.html"));
    expect(planBuild(cache, keys({ "/articles/b/": "kb" }), fingerprint, undefined)).toEqual({ full: true, reason: "the build cache has lost /articles/b/" });
  });

  it("builds everything after the cache is cleared", () => {
    clearPageCache(cache);
    expect(planBuild(cache, keys({ "/articles/a/": "ka" }), fingerprint, undefined)).toMatchObject({ full: true });
  });

  it("renders again a kept page whose file was changed since the last build kept it, and keeps the rest", () => {
    const first = planBuild(cache, keys({ "/articles/a/": "ka", "/articles/b/": "kb" }), fingerprint, undefined);
    if (first.full) throw new Error(first.reason);
    fs.appendFileSync(path.join(first.folder, "articles", "a", "index.html"), '<meta http-equiv="refresh" content="0;url=https://evil.example/">');
    const plan = planBuild(cache, keys({ "/articles/a/": "ka", "/articles/b/": "kb" }), fingerprint, undefined);
    expect(plan).toMatchObject({ full: false, render: ["/articles/a/"], keep: ["/articles/b/"], changed: ["/articles/a/"] });
  });
});

describe("keepUnchangedPages", () => {
  it("puts the kept pages into the new build as new names for the same files, never writing into them", () => {
    const plan = planBuild(cache, keys({ "/articles/a/": "ka", "/articles/a/social-card.png": "new", "/articles/b/": "kb" }), fingerprint, undefined);
    if (plan.full) throw new Error(plan.reason);
    const building = path.join(work, "building");
    keepUnchangedPages(plan, building);
    expect(fs.readFileSync(path.join(building, "articles", "a", "index.html"), "utf8")).toBe("<p>A</p>");
    expect(fs.readFileSync(path.join(building, "articles", "b", "index.html"), "utf8")).toBe("<p>B</p>");
    // The card's key changed: Next.js draws it again; the cache does not supply it.
    expect(fs.existsSync(path.join(building, "articles", "a", "social-card.png"))).toBe(false);
    expect(fs.statSync(path.join(building, "articles", "a", "index.html")).ino).toBe(fs.statSync(path.join(site, "articles", "a", "index.html")).ino);
  });

  it("leaves a kept page that Next.js rendered anyway (an edition's front, below which a page changed)", () => {
    const plan = planBuild(cache, keys({ "/articles/a/": "ka", "/articles/b/": "kb" }), fingerprint, undefined);
    if (plan.full) throw new Error(plan.reason);
    const building = path.join(work, "building");
    fs.mkdirSync(path.join(building, "articles", "b"), { recursive: true });
    fs.writeFileSync(path.join(building, "articles", "b", "index.html"), "<p>B</p>");
    keepUnchangedPages(plan, building);
    expect(fs.readFileSync(path.join(building, "articles", "b", "index.html"), "utf8")).toBe("<p>B</p>");
    expect(fs.existsSync(path.join(building, "articles", "a", "index.html"))).toBe(true);
  });
});

describe("savePageCache", () => {
  it("replaces the manifest in one step, and keeps the folder a build may still be reading from", () => {
    const first = planBuild(cache, keys({ "/articles/a/": "ka" }), fingerprint, undefined);
    savePageCache(cache, site, keys({ "/articles/a/": "ka" }), fingerprint);
    const second = planBuild(cache, keys({ "/articles/a/": "ka" }), fingerprint, undefined);
    if (first.full || second.full) throw new Error("expected incremental plans");
    expect(second.folder).not.toBe(first.folder);
    // Less than ten minutes old: another build that planned from it can still link its pages.
    expect(fs.existsSync(first.folder)).toBe(true);
    expect(fs.readdirSync(path.join(cache, "pages")).filter((name) => name.endsWith(".partial"))).toEqual([]);
  });
});
