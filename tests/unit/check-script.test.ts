// `npm run check`, run as an editor runs it: every problem on stderr as file:line: field: message,
// one summary line on stdout, and an exit code the build can stop on.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { articleFile, lineOf, printedPath, REQUIRED_FIELDS, runScript, tempSite } from "./helpers";

const CLEAN = { ...REQUIRED_FIELDS, tags: ["Taliban", "Iran"] } as const;
const check = (site: ReturnType<typeof tempSite>) => runScript("check.ts", [], site);

// Each test runs the script in its own process, so they run side by side.
describe.concurrent("npm run check", { timeout: 60_000 }, () => {
  it("passes clean content, saying it is ready to publish", async ({ onTestFinished }) => {
    const site = tempSite({ "a.md": articleFile(CLEAN), "b.md": articleFile({ ...CLEAN, publishedAt: "2025-12-24" }) }, onTestFinished);

    const run = await check(site);
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe("Checked 2 articles (2 to publish, 0 drafts, 0 scheduled): no problems; ready to publish.\n");
    expect(run.status).toBe(0);
  });

  it("counts drafts and scheduled articles apart from those to publish", async ({ onTestFinished }) => {
    const site = tempSite({
      "a.md": articleFile(CLEAN),
      "b.md": articleFile({ ...CLEAN, draft: true }),
      "c.md": articleFile({ ...CLEAN, draft: true }),
      "d.md": articleFile({ ...CLEAN, publishedAt: "2099-01-01" }), // The last year a story can be dated.
    }, onTestFinished);

    const run = await check(site);
    expect(run.stdout).toBe(
      "Checked 4 articles (1 to publish, 2 drafts, 1 scheduled): no problems; ready to publish.\n" +
        // A date without a time goes out when that day begins in the newsroom's time zone (Kabul by default).
        "  scheduled: d.md goes out Thu, 1 January 2099 at 00:00 (Asia/Kabul)\n",
    );
    expect(run.status).toBe(0);
  });

  it("prints warnings as file:line: field: warning: message, and passes", async ({ onTestFinished }) => {
    const text = articleFile({ ...CLEAN, tags: [] });
    const site = tempSite({ "a.md": text, "b.md": articleFile(CLEAN) }, onTestFinished);

    const run = await check(site);
    expect(run.stderr).toBe(
      `${printedPath(site, "a.md")}:${lineOf(text, "tags:")}: tags: warning: no tags: add a few, like [Taliban, Iran], so readers find related stories\n`,
    );
    expect(run.stdout).toBe("Checked 2 articles (2 to publish, 0 drafts, 0 scheduled): 0 errors and 1 warning in 1 file; warnings do not stop the build.\n");
    expect(run.status).toBe(0);
  });

  it("prints every error and warning in every file, file by file and line by line, and fails", async ({ onTestFinished }) => {
    const broken = articleFile("title: Headline\nstandfirst: Summary.\npublishdAt: 2025-12-25\nsection: Afghanistan\ntags: [Iran]\ndraft: yes\n");
    const long = articleFile({ ...CLEAN, title: "T".repeat(71) });
    const site = tempSite({ "b-broken.md": broken, "a-long.md": long, "c-fine.md": articleFile(CLEAN) }, onTestFinished);

    const run = await check(site);
    expect(run.stderr.split("\n")).toEqual([
      `${printedPath(site, "a-long.md")}:${lineOf(long, "title:")}: title: warning: 71 characters: search results cut titles off after about 70; a shorter headline shows whole`,
      `${printedPath(site, "b-broken.md")}: publishedAt: is required: add a date like 2025-12-25 or 2025-12-25T09:30:00+03:30`,
      `${printedPath(site, "b-broken.md")}:${lineOf(broken, "publishdAt:")}: publishdAt: unknown field: did you mean "publishedAt"?`,
      `${printedPath(site, "b-broken.md")}:${lineOf(broken, "draft:")}: draft: expected true or false; found "yes"`,
      "",
    ]);
    // The broken file is counted: it is what the errors are about.
    expect(run.stdout).toBe("Checked 3 articles (2 to publish, 0 drafts, 0 scheduled): 3 errors and 1 warning in 2 files; fix the errors to publish.\n");
    expect(run.status).toBe(1);
  });

  it("fails when there is no articles folder, rather than publish an empty site", async ({ onTestFinished }) => {
    const site = tempSite({}, onTestFinished);
    fs.rmSync(path.join(site.contentDir, "articles"), { recursive: true });

    const run = await check(site);
    expect(run.stderr).toMatch(/articles: no such folder: articles live in content\/articles\/ \(check CONTENT_DIR\)\n$/);
    expect(run.status).toBe(1);
  });

  it("fails on a file that is no article at all, naming it", async ({ onTestFinished }) => {
    const site = tempSite({ "a.md": articleFile(CLEAN), "notes.txt": "remember the photo" }, onTestFinished);

    const run = await check(site);
    expect(run.stderr).toMatch(new RegExp(`^${printedPath(site, "notes.txt").replace(/[.]/g, "\\.")}: only \\.md files are articles`));
    expect(run.stdout).toMatch(/: 1 error and 0 warnings in 1 file; fix the errors to publish\.\n$/);
    expect(run.status).toBe(1);
  });

  it("says 1 draft, not 1 drafts", async ({ onTestFinished }) => {
    const site = tempSite({ "a.md": articleFile(CLEAN), "b.md": articleFile({ ...CLEAN, draft: true }) }, onTestFinished);

    expect((await check(site)).stdout).toBe("Checked 2 articles (1 to publish, 1 draft, 0 scheduled): no problems; ready to publish.\n");
  });
});
