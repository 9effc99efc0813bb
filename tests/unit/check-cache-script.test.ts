// The check prints, and the build's check saves, the same with the cache as without it: checked
// cold, then warm; then after an edit and after a removal, each against a cold check of the folder
// as it is then. The content has problems of every kind that does not stop the build.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isRecord } from "@/lib/content/records";
import { articleFile, REQUIRED_FIELDS, ROOT, runScript, tempSite, type TempSite } from "./helpers";

const FIXTURES = path.join(ROOT, "tests/fixtures/content/articles");

function fixtureSite(afterTest: Parameters<typeof tempSite>[1]): TempSite {
  const site = tempSite({}, afterTest);
  for (const name of fs.readdirSync(FIXTURES)) site.write(name, fs.readFileSync(path.join(FIXTURES, name)));
  // The fixture stories' photos (tests/fixtures/public/images), that the check finds them.
  for (const name of fs.readdirSync(path.join(ROOT, "tests/fixtures/public/images"))) site.writePublic(`images/${name}`);
  // A draft's errors, a warning, two spellings of one tag, and a draft's link to a story.
  site.write("draft-with-error.md", articleFile({ ...REQUIRED_FIELDS, draft: true, publishedAt: "2025-13-45" }));
  site.write("long-title.md", articleFile({ ...REQUIRED_FIELDS, title: "T".repeat(80), tags: ["IRAN"] }));
  site.write(
    "draft-linking.md",
    articleFile({ ...REQUIRED_FIELDS, draft: true, tags: ["Iran"], relatedEvents: [{ date: "2025-11-03", title: "A correction", article: "corrected-story" }] }),
  );
  return site;
}

/** `npm run build`'s check: what it prints, its exit code, and the snapshot it saves (but the moment it was taken). */
async function check(site: TempSite, cacheDir: string) {
  const snapshot = path.join(fs.mkdtempSync(path.join(cacheDir, "..", "snapshot-")), "content.json");
  const { status, stdout, stderr } = await runScript("check.ts", ["--snapshot", snapshot], site, { PUBLIC_DIR: site.publicDir, BUILD_CACHE_DIR: cacheDir });
  const saved: unknown = JSON.parse(fs.readFileSync(snapshot, "utf8"), (key, value: unknown) => (key === "checkedAt" ? undefined : value));
  return { status, stdout, stderr, saved };
}

const keptFiles = (cacheDir: string) => fs.readdirSync(path.join(cacheDir, "checked")).map((name) => path.join(cacheDir, "checked", name));

/** The keys of the results kept, their seals unread. */
function keptKeys(cacheDir: string): string[] {
  return keptFiles(cacheDir)
    .flatMap((file) => {
      const text = fs.readFileSync(file, "utf8");
      const results: unknown = JSON.parse(text.slice(text.indexOf("\n") + 1));
      return isRecord(results) ? Object.keys(results) : [];
    })
    .sort();
}

describe("the check with its cache", { timeout: 180_000 }, () => {
  it("prints and saves what a check without it does: warm, after an edit, after a removal", async ({ onTestFinished }) => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-check-cache-script-"));
    onTestFinished(() => fs.rmSync(work, { recursive: true, force: true }));
    const cache = path.join(work, "cache");
    let cold = 0;
    const coldCache = () => path.join(work, `cold-cache-${++cold}`);
    const site = fixtureSite(onTestFinished);

    const first = await check(site, cache);
    expect(first.status).toBe(0);
    expect(first.stderr).toContain("draft-with-error.md");
    expect(first.stderr).toContain("long-title.md:2: title: warning:");
    expect(first.stderr).toContain('"IRAN" is written "Iran" elsewhere');
    const kept = keptKeys(cache);
    expect(await check(site, cache)).toEqual(first);
    expect(keptKeys(cache)).toEqual(kept);

    // Used long ago, as far as pruning can tell: only what the next check uses is kept.
    for (const file of keptFiles(cache)) fs.utimesSync(file, new Date(2020, 0, 1), new Date(2020, 0, 1));
    site.write("long-title.md", articleFile({ ...REQUIRED_FIELDS, title: "A corrected headline", tags: ["IRAN"] }));
    const [edited, editedCold] = await Promise.all([check(site, cache), check(site, coldCache())]);
    expect(edited).toEqual(editedCold);
    expect(edited).not.toEqual(first);
    // The edited file's old result is pruned, its new one kept.
    expect(keptKeys(cache).filter((key) => !kept.includes(key))).toHaveLength(1);
    expect(keptKeys(cache)).toHaveLength(kept.length);

    // A story a draft links to, removed: the draft, unchanged and taken from the cache, is told where its link is.
    fs.rmSync(path.join(site.contentDir, "articles", "corrected-story.md"));
    const [removed, removedCold] = await Promise.all([check(site, cache), check(site, coldCache())]);
    expect(removed).toEqual(removedCold);
    expect(removed.stderr).toMatch(/draft-linking\.md:\d+: relatedEvents\[0\]\.article: no article "corrected-story"/);
  });
});
