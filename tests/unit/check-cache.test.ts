// Each article file's check result, kept in the build cache between checks: taken again only for
// the same bytes, name and code, and always the same result as checking the file afresh.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { threadId } from "node:worker_threads";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { cachedArticleCheck, type CheckCacheOptions } from "@/lib/build/check-cache";
import { cacheSeal } from "@/lib/build/cache-seal";
import { checkArticleFile, type CheckedFile } from "@/lib/content/article-file";
import { isRecord } from "@/lib/content/records";
import { checkFiles, readContentFiles } from "@/lib/pipeline";
import { articleFile, BODY, REQUIRED_FIELDS, ROOT, tempSite, type TempSite } from "./helpers";

const FIXTURES = path.join(ROOT, "tests/fixtures/content/articles");

let cacheDir: string;
beforeEach(() => {
  cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-check-cache-"));
  vi.stubEnv("BUILD_CACHE_DIR", cacheDir);
});
afterEach(() => {
  vi.unstubAllEnvs();
  fs.rmSync(cacheDir, { recursive: true, force: true });
});

/** The fixture articles, and beside them files with an error, a warning and a draft whose YAML cannot be read. */
function fixtureSite(): TempSite {
  const site = tempSite();
  for (const name of fs.readdirSync(FIXTURES)) site.write(name, fs.readFileSync(path.join(FIXTURES, name)));
  site.write("broken-date.md", articleFile({ ...REQUIRED_FIELDS, publishedAt: "2025-13-45", tags: ["Iran"] }));
  site.write("long-title.md", articleFile({ ...REQUIRED_FIELDS, title: "T".repeat(80), tags: ["IRAN"] }));
  site.write("unfinished-draft.md", "---\ndraft: true\ntitle: Half: written\n---\n\nNotes.\n");
  // A word processor's non-breaking space: read as meant, with a warning of the file's own.
  site.write("pasted-space.md", articleFile({ ...REQUIRED_FIELDS, title: "Commander\u00a0killed" }));
  return site;
}

/** checkArticleFile, counting the files it is asked to check. */
function countedCheck() {
  const checked: string[] = [];
  const check: typeof checkArticleFile = (file, name, bytes, others) => {
    checked.push(name);
    return checkArticleFile(file, name, bytes, others);
  };
  return { checked, check };
}

const files = (site: TempSite) => readContentFiles({ contentDir: site.contentDir, publicDir: site.publicDir }).files;
const folder = () => path.join(cacheDir, "checked");
/** The files that keep the results, by the first digit of their keys. */
const keptFiles = () => fs.readdirSync(folder()).filter((name) => /^results-[0-9a-f]\.bin$/.test(name)).map((name) => path.join(folder(), name));

/** The results a kept file holds by key, its seal unread. */
function keptResults(file: string): Record<string, unknown> {
  const text = fs.readFileSync(file, "utf8");
  const results: unknown = JSON.parse(text.slice(text.indexOf("\n") + 1));
  return isRecord(results) ? results : {};
}

const notSealed = expect.stringMatching(/^Some check results kept in the build cache do not carry this build's seal .*: those files are checked again\.$/);

// The file system stamps a touch by a coarser clock than Date.now(): `npm run check` prunes with the same margin.
const FS_CLOCK_MARGIN = 2_000;

/** A check with the cache, as `npm run check` and the desk run it: its new results kept, and pruned if `prune` says since when. */
function cachedCheck(site: TempSite, options: CheckCacheOptions = { fingerprint: "code" }, prune?: { since: number }): CheckedFile[] {
  const cache = cachedArticleCheck(options);
  const checked = checkFiles(files(site), cache.check);
  cache.keep(prune);
  return checked;
}

// Every path into the frontmatter as written, and two that lead nowhere.
function fieldPaths(value: unknown, at: PropertyKey[] = []): PropertyKey[][] {
  const children: [PropertyKey, unknown][] = Array.isArray(value) ? value.map((item, index) => [index, item]) : isRecord(value) ? Object.entries(value) : [];
  return [...children.flatMap(([key, child]) => [[...at, key], ...fieldPaths(child, [...at, key])]), [...at, "nowhere"]];
}

/** What the checks across files and the build read of each result, the line of every field included. */
const readable = (checked: CheckedFile[]) =>
  checked.map(({ source, ...rest }) => ({
    ...rest,
    source: source && { ...source, lineOf: fieldPaths(source.data).map((fieldPath) => [fieldPath, source.lineOf(fieldPath)]) },
  }));

describe("the check's cache", () => {
  it("takes every file's result from an earlier check, the same as checking it again", () => {
    const site = fixtureSite();
    const fresh = readable(checkFiles(files(site)));
    const first = countedCheck();
    expect(readable(cachedCheck(site, { fingerprint: "code", check: first.check }))).toEqual(fresh);
    expect(first.checked).toHaveLength(files(site).length);

    const second = countedCheck();
    expect(readable(cachedCheck(site, { fingerprint: "code", check: second.check }))).toEqual(fresh);
    expect(second.checked).toEqual([]);
    // Sound, warned about, broken and a draft that cannot be read: each kind of result was kept.
    expect(fresh.map(({ article, problems, saysDraft }) => [Boolean(article), problems.length > 0, Boolean(saysDraft)])).toEqual(
      expect.arrayContaining([[true, false, false], [true, true, false], [false, true, false], [false, true, true]]),
    );
  });

  it("checks a file again when its bytes change, and only that file", () => {
    const site = fixtureSite();
    cachedCheck(site);
    site.write("long-title.md", articleFile({ ...REQUIRED_FIELDS, title: "A corrected headline", tags: ["Iran"] }));

    const again = countedCheck();
    const checked = cachedCheck(site, { fingerprint: "code", check: again.check });
    expect(again.checked).toEqual(["long-title.md"]);
    expect(readable(checked)).toEqual(readable(checkFiles(files(site))));
  });

  it("checks every file again when the code that checks them changes", () => {
    const site = fixtureSite();
    cachedCheck(site);

    const again = countedCheck();
    cachedCheck(site, { fingerprint: "changed code", check: again.check });
    expect(again.checked).toHaveLength(files(site).length);
  });

  it("checks again the files whose kept results are damaged, cut short, another file's or of another shape, and keeps them anew", () => {
    const site = fixtureSite();
    const fresh = readable(checkFiles(files(site)));
    const sealing = cacheSeal();
    if ("problem" in sealing) throw new Error(sealing.problem);
    const sealed = (value: unknown) => sealing.seal.close("checked results", JSON.stringify(value));
    // Each result in a kept file, changed by `change`, under this build's seal: a shape no check wrote.
    const reshaped = (change: (entry: Record<string, unknown>) => unknown) => (text: string) => {
      const entries: unknown = JSON.parse(text.slice(text.indexOf("\n") + 1));
      return sealed(Object.fromEntries(Object.entries(isRecord(entries) ? entries : {}).map(([key, entry]) => [key, isRecord(entry) ? change(entry) : entry])));
    };
    const damages: ((text: string, others: string[]) => string)[] = [
      () => "",
      (text) => text.slice(0, text.length / 2),
      () => sealing.seal.close("checked results", "{"),
      () => sealed([]),
      // Another kept file's results, moved: each result is found under its own file's key only.
      (text, others) => others.find((other) => other !== text) ?? sealed({}),
      reshaped(({ problems, ...entry }) => entry),
      // Its own key, but a body longer than the file, or a draft that says it is none: values no check wrote.
      reshaped(({ source, ...entry }) => (isRecord(source) ? { ...entry, source: { ...source, bodyLength: 1_000_000 } } : { ...entry, saysDraft: false })),
    ];
    for (const [index, damage] of damages.entries()) {
      fs.rmSync(folder(), { recursive: true, force: true });
      cachedCheck(site);
      const written = keptFiles().map((file) => fs.readFileSync(file, "utf8"));
      expect(written.length).toBeGreaterThan(1);
      keptFiles().forEach((file, index) => fs.writeFileSync(file, damage(written[index], written)));

      const again = countedCheck();
      expect(readable(cachedCheck(site, { fingerprint: "code", check: again.check }))).toEqual(fresh);
      expect(again.checked, `damage ${index}`).toHaveLength(files(site).length);
      const third = countedCheck();
      expect(readable(cachedCheck(site, { fingerprint: "code", check: third.check }))).toEqual(fresh);
      expect(third.checked).toEqual([]);
    }
  });

  it("takes no kept result that was changed: a meta refresh added to a kept body is not on the page, and it says so once", () => {
    const site = fixtureSite();
    const fresh = readable(checkFiles(files(site)));
    cachedCheck(site);
    // What a writer of a shared CI cache would do: the file stays valid JSON, each result under its own key.
    const refresh = '<meta http-equiv=\\"refresh\\" content=\\"0;url=https://evil.example/\\">';
    const tampered = keptFiles().filter((file) => fs.readFileSync(file, "utf8").includes('"html":"'));
    for (const file of tampered) fs.writeFileSync(file, fs.readFileSync(file, "utf8").replaceAll('"html":"', `"html":"${refresh}`));
    expect(tampered.length).toBeGreaterThan(1);
    expect(JSON.stringify(keptResults(tampered[0]))).toContain('<meta http-equiv=\\"refresh\\"');

    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    const again = countedCheck();
    const checked = cachedCheck(site, { fingerprint: "code", check: again.check });
    expect(JSON.stringify(checked)).not.toContain("evil.example");
    expect(readable(checked)).toEqual(fresh);
    expect(again.checked).toHaveLength(tampered.flatMap((file) => Object.keys(keptResults(file))).length);
    expect(log.mock.calls).toEqual([[notSealed]]);
    log.mockRestore();
  });

  it("checks every file again when the results were kept under another key (another machine's, or a shared cache's), and says so once", () => {
    const site = fixtureSite();
    vi.stubEnv("BUILD_CACHE_SECRET", "a".repeat(32));
    cachedCheck(site);
    vi.stubEnv("BUILD_CACHE_SECRET", "b".repeat(32));
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    const again = countedCheck();
    expect(readable(cachedCheck(site, { fingerprint: "code", check: again.check }))).toEqual(readable(checkFiles(files(site))));
    expect(again.checked).toHaveLength(files(site).length);
    expect(log.mock.calls).toEqual([[notSealed]]);
    log.mockRestore();
    // Kept anew under this key.
    const third = countedCheck();
    cachedCheck(site, { fingerprint: "code", check: third.check });
    expect(third.checked).toEqual([]);
  });

  it("gives the same results when the cache folder cannot be made or written, checking each file each time", () => {
    const site = fixtureSite();
    const blocked = path.join(cacheDir, "a-file");
    fs.writeFileSync(blocked, "where the folder would go");
    vi.stubEnv("BUILD_CACHE_DIR", path.join(blocked, "cache"));
    const fresh = readable(checkFiles(files(site)));

    for (let run = 0; run < 2; run++) {
      const counted = countedCheck();
      expect(readable(cachedCheck(site, { fingerprint: "code", check: counted.check }))).toEqual(fresh);
      expect(counted.checked).toHaveLength(files(site).length);
    }
  });

  it("checks a badly named file each time: the free name it is told to take depends on the other files", () => {
    const site = tempSite({ "iran-story.md": articleFile(REQUIRED_FIELDS), "Iran-Story.md": articleFile(REQUIRED_FIELDS) });
    const message = () => cachedCheck(site).flatMap(({ problems }) => problems)[0]?.message;
    expect(message()).toContain("rename this file to iran-story-2.md");

    site.write("iran-story-2.md", articleFile(REQUIRED_FIELDS));
    expect(message()).toContain("rename this file to iran-story-3.md");
  });

  it("keeps no result that would read back otherwise: a field named __proto__ is checked each time", () => {
    const site = tempSite({ "odd-field.md": articleFile(`${Object.entries(REQUIRED_FIELDS).map(([k, v]) => `${k}: ${v}`).join("\n")}\n__proto__:\n  draft: true\n`, BODY) });
    const fresh = readable(checkFiles(files(site)));
    expect(fresh[0].problems.map(({ field }) => field)).toEqual(["__proto__"]);

    for (let run = 0; run < 2; run++) {
      const counted = countedCheck();
      expect(readable(cachedCheck(site, { fingerprint: "code", check: counted.check }))).toEqual(fresh);
      expect(counted.checked).toEqual(["odd-field.md"]);
    }
  });

  it("keeps no result JSON cannot write: a list that holds itself is checked each time, and the check goes on", () => {
    const site = tempSite({ "odd-list.md": articleFile(REQUIRED_FIELDS) });
    const looped = countedCheck();
    const check: typeof checkArticleFile = (...args) => {
      const checked = looped.check(...args);
      const list: unknown[] = [];
      list.push(list);
      return { ...checked, source: checked.source && { ...checked.source, data: { ...checked.source.data, odd: list } } };
    };
    for (let run = 0; run < 2; run++) expect(cachedCheck(site, { fingerprint: "code", check })).toHaveLength(1);
    expect(looped.checked).toEqual(["odd-list.md", "odd-list.md"]);
  });

  it("takes kept results when the cache cannot be written, and checks only the new file each time", () => {
    const site = fixtureSite();
    cachedCheck(site);
    site.write("long-title.md", articleFile({ ...REQUIRED_FIELDS, title: "A corrected headline" }));
    // A folder where each kept file's new version would be written first: as a read-only disk, to this check.
    for (let digit = 0; digit < 16; digit++) fs.mkdirSync(path.join(folder(), `results-${digit.toString(16)}.bin.${process.pid}-${threadId}.partial`));
    for (let run = 0; run < 2; run++) {
      const counted = countedCheck();
      expect(readable(cachedCheck(site, { fingerprint: "code", check: counted.check }, { since: Date.now() - FS_CLOCK_MARGIN }))).toEqual(readable(checkFiles(files(site))));
      expect(counted.checked).toEqual(["long-title.md"]);
    }
  });

  it("keeps whole what checks running side by side write: the last one's results stand, and are read right", () => {
    const site = fixtureSite();
    const fresh = readable(checkFiles(files(site)));
    const first = cachedArticleCheck({ fingerprint: "code" });
    const second = cachedArticleCheck({ fingerprint: "code" });
    checkFiles(files(site), first.check);
    site.write("long-title.md", articleFile({ ...REQUIRED_FIELDS, title: "A corrected headline" }));
    const edited = readable(checkFiles(files(site)));
    checkFiles(files(site), second.check);
    second.keep({ since: Date.now() - FS_CLOCK_MARGIN });
    first.keep({ since: Date.now() - FS_CLOCK_MARGIN });
    // What a check that stopped halfway through writing left: never read, and pruned.
    const partial = path.join(folder(), `results-0.bin.99999-0.partial`);
    fs.writeFileSync(partial, "cut short");
    fs.utimesSync(partial, new Date(2020, 0, 1), new Date(2020, 0, 1));

    // Older than the margin: what the next check neither uses nor touches is pruned.
    for (const name of fs.readdirSync(folder())) fs.utimesSync(path.join(folder(), name), new Date(2020, 0, 1), new Date(2020, 0, 1));
    const again = countedCheck();
    expect(readable(cachedCheck(site, { fingerprint: "code", check: again.check }, { since: Date.now() - FS_CLOCK_MARGIN }))).toEqual(edited);
    // The first check's results stand; the second's result for the edited file too, unless the first wrote over the file that held it.
    expect(again.checked.filter((name) => name !== "long-title.md")).toEqual([]);
    expect(fs.existsSync(partial)).toBe(false);
    site.write("long-title.md", articleFile({ ...REQUIRED_FIELDS, title: "T".repeat(80), tags: ["IRAN"] }));
    const back = countedCheck();
    expect(readable(cachedCheck(site, { fingerprint: "code", check: back.check }))).toEqual(fresh);
    expect(back.checked).toEqual(["long-title.md"]);
  });

  it("when pruning, keeps only the results this check used: those of files changed or removed since are gone", () => {
    const site = fixtureSite();
    const before = { longTitle: fs.readFileSync(path.join(site.contentDir, "articles", "long-title.md")), brokenDate: fs.readFileSync(path.join(site.contentDir, "articles", "broken-date.md")) };
    cachedCheck(site);
    // Used long ago, as far as the files' times tell: what the next check uses is kept all the same.
    for (const file of keptFiles()) fs.utimesSync(file, new Date(2020, 0, 1), new Date(2020, 0, 1));
    // Kept by an older version of the build, one file a result: tidied, while what is not the cache's stays.
    const older = path.join(folder(), `${"0".repeat(64)}.bin`);
    const notOurs = path.join(folder(), "notes.txt");
    for (const file of [older, notOurs]) {
      fs.writeFileSync(file, "kept elsewhere");
      fs.utimesSync(file, new Date(2020, 0, 1), new Date(2020, 0, 1));
    }
    site.write("long-title.md", articleFile({ ...REQUIRED_FIELDS, title: "A corrected headline" }));
    fs.rmSync(path.join(site.contentDir, "articles", "broken-date.md"));

    cachedCheck(site, { fingerprint: "code" }, { since: Date.now() - 1000 });
    expect(fs.existsSync(older)).toBe(false);
    expect(fs.existsSync(notOurs)).toBe(true);
    expect(keptFiles().flatMap((file) => Object.keys(keptResults(file)))).toHaveLength(files(site).length);
    const again = countedCheck();
    cachedCheck(site, { fingerprint: "code", check: again.check });
    expect(again.checked).toEqual([]);

    // The desk's check prunes nothing: a file put back as it was is taken from the cache after it.
    site.write("long-title.md", before.longTitle);
    site.write("broken-date.md", before.brokenDate);
    const restored = countedCheck();
    cachedCheck(site, { fingerprint: "code", check: restored.check });
    expect(restored.checked.sort()).toEqual(["broken-date.md", "long-title.md"]);
    site.write("long-title.md", articleFile({ ...REQUIRED_FIELDS, title: "A corrected headline" }));
    cachedCheck(site);
    site.write("long-title.md", before.longTitle);
    const unpruned = countedCheck();
    cachedCheck(site, { fingerprint: "code", check: unpruned.check });
    expect(unpruned.checked).toEqual([]);
  });
});
