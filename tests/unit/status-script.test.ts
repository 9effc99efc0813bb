// `npm run status` as an editor runs it: drafts, scheduled stories with the moment each goes out
// in the newsroom's time zone, what is published since the last build, and problems, by file.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { publishedRecord, saveLastBuild } from "@/lib/build/last-build";
import { readContent } from "@/lib/pipeline";
import { articleFile, printedPath, REQUIRED_FIELDS, ROOT, tempSite } from "./helpers";

const CLEAN = { ...REQUIRED_FIELDS, tags: ["Taliban"] };

function status(contentDir: string, cacheDir: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "scripts/status.ts", ...args], {
    cwd: ROOT,
    env: { ...process.env, CONTENT_DIR: contentDir, BUILD_CACHE_DIR: cacheDir, TIME_ZONE: "Asia/Kabul" },
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout };
}

describe("npm run status", { timeout: 60_000 }, () => {
  it("lists each story by file: drafts, scheduled with their moment, published since the last build, problems", () => {
    const site = tempSite({
      "kept.md": articleFile(CLEAN),
      "edited.md": articleFile({ ...CLEAN, title: "First headline" }),
      "gone.md": articleFile(CLEAN),
    });
    const cacheDir = path.join(site.contentDir, "..", "cache");
    // The last build published these three.
    saveLastBuild(cacheDir, publishedRecord(readContent({ contentDir: site.contentDir, publicDir: site.publicDir }, Date.now(), "Asia/Kabul").articles));
    site.write("edited.md", articleFile({ ...CLEAN, title: "Second headline" }));
    fs.rmSync(path.join(site.contentDir, "articles", "gone.md"));
    site.write("fresh.md", articleFile(CLEAN));
    site.write("draft.md", articleFile({ ...CLEAN, title: "Not yet", draft: true }));
    site.write("later.md", articleFile({ ...CLEAN, publishedAt: "2099-01-01" }));
    site.write("timed.md", articleFile({ ...CLEAN, publishedAt: "2099-01-01T09:30:00+04:30" }));
    site.write("broken.md", articleFile({ ...CLEAN, publishedAt: "tomorrow" }));
    site.write("broken-draft.md", articleFile({ ...CLEAN, publishedAt: "someday", draft: true }));
    site.write("untagged.md", articleFile({ ...REQUIRED_FIELDS, acceptWarnings: "no-tags" }));

    const { status: code, stdout } = status(site.contentDir, cacheDir);
    const file = (name: string) => printedPath(site, name);
    expect(code).toBe(0);
    expect(stdout.split("\n")).toEqual(
      [
        "Drafts (2):",
        `  ${file("draft.md")}: "Not yet"`,
        `  ${file("broken-draft.md")}: has errors (under Problems)`,
        "",
        "Scheduled (2):",
        `  ${file("later.md")}: goes out Thu, 1 January 2099 at 00:00 (Asia/Kabul)`,
        `  ${file("timed.md")}: goes out Thu, 1 January 2099 at 09:30 (Asia/Kabul)`,
        "",
        "Changed since the last build (4 stories), on the site once it is built again:",
        `  ${file("fresh.md")}: new`,
        `  ${file("untagged.md")}: new`,
        `  ${file("edited.md")}: changed`,
        `  ${file("gone.md")}: no longer published (a draft, moved back or deleted)`,
        "",
        "Problems (2 errors, 0 warnings):",
        `  ${file("broken-draft.md")}:4: publishedAt: expected a real date like 2025-12-25, or a date-time with its offset like 2025-12-25T09:30:00+03:30; found "someday"`,
        `  ${file("broken.md")}:4: publishedAt: expected a real date like 2025-12-25, or a date-time with its offset like 2025-12-25T09:30:00+03:30; found "tomorrow"`,
        "",
        "Warnings accepted (1), not printed by check or build:",
        `  ${file("untagged.md")}: no-tags`,
        "",
        "4 published, 2 drafts, 2 scheduled.",
        "",
      ],
    );
  });

  it("lists one reporter's drafts, scheduled and published stories with --by", () => {
    const site = tempSite({
      "hers.md": articleFile({ ...CLEAN, title: "Her story", byline: ["Maryam Ahmadi", "Daud Karimi"] }),
      "her-draft.md": articleFile({ ...CLEAN, title: "Her draft", byline: "Maryam Ahmadi", draft: true }),
      "her-later.md": articleFile({ ...CLEAN, title: "Her next", byline: "Maryam Ahmadi", publishedAt: "2099-01-01" }),
      "his.md": articleFile({ ...CLEAN, title: "His story", byline: "Daud Karimi" }),
    });
    const cacheDir = path.join(site.contentDir, "..", "cache");
    const file = (name: string) => printedPath(site, name);
    expect(status(site.contentDir, cacheDir, "--by", "maryam ahmadi").stdout).toBe(
      [
        "Stories by Maryam Ahmadi:",
        "",
        "Drafts (1):",
        `  ${file("her-draft.md")}: "Her draft"`,
        "",
        "Scheduled (1):",
        `  ${file("her-later.md")}: goes out Thu, 1 January 2099 at 00:00 (Asia/Kabul)`,
        "",
        "Published (1):",
        `  ${file("hers.md")}: "Her story", 2025-12-25`,
        "",
      ].join("\n"),
    );
    expect(status(site.contentDir, cacheDir, "--by", "Zahra").stdout).toBe("No story has Zahra in its byline. The bylines are: Daud Karimi, Maryam Ahmadi.\n");
  });
});
