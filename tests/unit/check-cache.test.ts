// Each article file's check result, kept in the build cache between checks: taken again only for
// the same bytes, name and code, and always the same result as checking the file afresh.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { cachedArticleCheck, pruneCheckCache } from "@/lib/build/check-cache";
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
const entries = () => fs.readdirSync(path.join(cacheDir, "checked"));

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
    expect(readable(checkFiles(files(site), cachedArticleCheck({ fingerprint: "code", check: first.check })))).toEqual(fresh);
    expect(first.checked).toHaveLength(files(site).length);

    const second = countedCheck();
    expect(readable(checkFiles(files(site), cachedArticleCheck({ fingerprint: "code", check: second.check })))).toEqual(fresh);
    expect(second.checked).toEqual([]);
    // Sound, warned about, broken and a draft that cannot be read: each kind of result was kept.
    expect(fresh.map(({ article, problems, saysDraft }) => [Boolean(article), problems.length > 0, Boolean(saysDraft)])).toEqual(
      expect.arrayContaining([[true, false, false], [true, true, false], [false, true, false], [false, true, true]]),
    );
  });

  it("checks a file again when its bytes change, and only that file", () => {
    const site = fixtureSite();
    checkFiles(files(site), cachedArticleCheck({ fingerprint: "code" }));
    site.write("long-title.md", articleFile({ ...REQUIRED_FIELDS, title: "A corrected headline", tags: ["Iran"] }));

    const again = countedCheck();
    const checked = checkFiles(files(site), cachedArticleCheck({ fingerprint: "code", check: again.check }));
    expect(again.checked).toEqual(["long-title.md"]);
    expect(readable(checked)).toEqual(readable(checkFiles(files(site))));
  });

  it("checks every file again when the code that checks them changes", () => {
    const site = fixtureSite();
    checkFiles(files(site), cachedArticleCheck({ fingerprint: "code" }));

    const again = countedCheck();
    checkFiles(files(site), cachedArticleCheck({ fingerprint: "changed code", check: again.check }));
    expect(again.checked).toHaveLength(files(site).length);
  });

  it("checks a file again when its entry is damaged, empty, of another shape or another file's, and replaces it", () => {
    const site = fixtureSite();
    checkFiles(files(site), cachedArticleCheck({ fingerprint: "code" }));
    const kept = entries().map((name) => path.join(cacheDir, "checked", name));
    const written = kept.map((entry) => fs.readFileSync(entry, "utf8"));
    // Entries are named by hashes, so which file is where changes with the temporary folder's name:
    // pick the one to lengthen by what it holds, and damage the rest in turn.
    const lengthened = written.findIndex((entry) => entry.includes('"bodyLength"'));
    const damages = (index: number) => ['{"key": "cut short', "", "{}", JSON.stringify({ key: "another", problems: [] }), "\u0000\u0001", written[(index + 1) % kept.length]];
    let damaged = 0;
    kept.forEach((entry, index) =>
      fs.writeFileSync(entry, index === lengthened ? written[index].replace(/"bodyLength":\d+/, '"bodyLength":1000000') : damages(index)[damaged++ % 6]),
    );
    // Its own key, but a body longer than the file: a value no check wrote.
    expect(fs.readFileSync(kept[lengthened], "utf8")).toContain('"bodyLength":1000000');
    expect(damaged).toBeGreaterThanOrEqual(6);

    const again = countedCheck();
    expect(readable(checkFiles(files(site), cachedArticleCheck({ fingerprint: "code", check: again.check })))).toEqual(readable(checkFiles(files(site))));
    expect(again.checked).toHaveLength(kept.length);
    const third = countedCheck();
    checkFiles(files(site), cachedArticleCheck({ fingerprint: "code", check: third.check }));
    expect(third.checked).toEqual([]);
  });

  it("takes no kept result that was changed: a meta refresh added to a kept body is not on the page, and it says so once", () => {
    const site = fixtureSite();
    const fresh = readable(checkFiles(files(site)));
    checkFiles(files(site), cachedArticleCheck({ fingerprint: "code" }));
    // What a writer of a shared CI cache would do: the entry stays valid JSON under its own key.
    const refresh = '<meta http-equiv=\\"refresh\\" content=\\"0;url=https://evil.example/\\">';
    const tampered = entries()
      .map((name) => path.join(cacheDir, "checked", name))
      .filter((entry) => fs.readFileSync(entry, "utf8").includes('"html":"'));
    for (const entry of tampered) fs.writeFileSync(entry, fs.readFileSync(entry, "utf8").replace('"html":"', `"html":"${refresh}`));
    expect(tampered.length).toBeGreaterThan(1);
    const text = fs.readFileSync(tampered[0], "utf8");
    expect(JSON.parse(text.slice(text.indexOf("{"))).article.sections[0].html).toContain('<meta http-equiv="refresh"');

    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    const again = countedCheck();
    const checked = checkFiles(files(site), cachedArticleCheck({ fingerprint: "code", check: again.check }));
    expect(JSON.stringify(checked)).not.toContain("evil.example");
    expect(readable(checked)).toEqual(fresh);
    expect(again.checked).toHaveLength(tampered.length);
    expect(log.mock.calls).toEqual([[expect.stringMatching(/^Some check results kept in the build cache do not carry this build's seal .*: those files are checked again\.$/)]]);
    log.mockRestore();
  });

  it("gives the same results when the cache folder cannot be made or written, checking each file each time", () => {
    const site = fixtureSite();
    const blocked = path.join(cacheDir, "a-file");
    fs.writeFileSync(blocked, "where the folder would go");
    vi.stubEnv("BUILD_CACHE_DIR", path.join(blocked, "cache"));
    const fresh = readable(checkFiles(files(site)));

    for (let run = 0; run < 2; run++) {
      const counted = countedCheck();
      expect(readable(checkFiles(files(site), cachedArticleCheck({ fingerprint: "code", check: counted.check })))).toEqual(fresh);
      expect(counted.checked).toHaveLength(files(site).length);
    }
  });

  it("checks a badly named file each time: the free name it is told to take depends on the other files", () => {
    const site = tempSite({ "iran-story.md": articleFile(REQUIRED_FIELDS), "Iran-Story.md": articleFile(REQUIRED_FIELDS) });
    const message = () => checkFiles(files(site), cachedArticleCheck({ fingerprint: "code" })).flatMap(({ problems }) => problems)[0]?.message;
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
      expect(readable(checkFiles(files(site), cachedArticleCheck({ fingerprint: "code", check: counted.check })))).toEqual(fresh);
      expect(counted.checked).toEqual(["odd-field.md"]);
    }
  });

  it("prunes the results no check used since a moment: those of files changed or removed since", () => {
    const site = fixtureSite();
    checkFiles(files(site), cachedArticleCheck({ fingerprint: "code" }));
    const count = entries().length;
    for (const name of entries()) fs.utimesSync(path.join(cacheDir, "checked", name), new Date(2020, 0, 1), new Date(2020, 0, 1));
    site.write("long-title.md", articleFile({ ...REQUIRED_FIELDS, title: "A corrected headline" }));
    fs.rmSync(path.join(site.contentDir, "articles", "broken-date.md"));

    const since = Date.now() - 1000;
    checkFiles(files(site), cachedArticleCheck({ fingerprint: "code" }));
    expect(pruneCheckCache(since)).toBe(2);
    expect(entries()).toHaveLength(count - 1);
    const again = countedCheck();
    checkFiles(files(site), cachedArticleCheck({ fingerprint: "code", check: again.check }));
    expect(again.checked).toEqual([]);
  });
});
