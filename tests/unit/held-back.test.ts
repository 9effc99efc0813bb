// A broken draft hurts only itself: its errors are reported, but the published stories load and
// build, unless a published story links it.
import { describe, expect, it } from "vitest";
import { ContentError } from "@/lib/content/problems";
import { articleFile, checkSite, inFile, REQUIRED_FIELDS, runScript, tempSite } from "./helpers";

const CLEAN = { ...REQUIRED_FIELDS, tags: ["Taliban"] };
const BAD_DATE = { file: inFile("draft.md"), line: 4, field: "publishedAt", message: expect.stringContaining('found "soon"') };

describe("a story that is not going out, with errors", () => {
  it.each([
    ["a draft", articleFile({ ...CLEAN, publishedAt: "soon", draft: true })],
    ["scheduled for later", articleFile({ ...CLEAN, publishedAt: "2099-01-01", section: "" })],
    ["a draft whose YAML cannot be read", articleFile("title: Kabul: a city waits\ndraft: true\n")],
  ])("is reported, but does not stop the published stories: %s", (_, text) => {
    const site = tempSite({ "published.md": articleFile(CLEAN), "draft.md": text });

    expect(site.load().map((article) => article.slug)).toEqual(["published"]);
    const { problems, heldBack } = checkSite(site);
    expect(problems.filter((problem) => problem.file.endsWith("draft.md")).length).toBeGreaterThan(0);
    expect([...heldBack]).toEqual([expect.stringMatching(/draft\.md$/)]);
  });

  it("stops the build when a published story links it, as the link would lead nowhere", () => {
    const linking = articleFile({ ...CLEAN, relatedEvents: [{ date: "2025-12-24", title: "The draft's event", article: "draft" }] });
    const site = tempSite({ "published.md": linking, "draft.md": articleFile({ ...CLEAN, publishedAt: "soon", draft: true }) });

    expect(() => site.load()).toThrow(ContentError);
    expect(site.problems()).toEqual([BAD_DATE]);
  });

  it("is an error the check prints, with a verdict saying the rest is ready", async ({ onTestFinished }) => {
    const site = tempSite({ "published.md": articleFile(CLEAN), "draft.md": articleFile({ ...CLEAN, publishedAt: "soon", draft: true }) }, onTestFinished);

    const run = await runScript("check.ts", [], site);
    expect(run.stderr).toMatch(/draft\.md:4: publishedAt: expected a real date/);
    expect(run.stdout).toBe(
      "Checked 2 articles (1 to publish, 1 draft, 0 scheduled): 1 error and 0 warnings in 1 file; the errors are in 1 draft or scheduled story, which is left out until fixed; the rest is ready to publish.\n",
    );
    expect(run.status).toBe(0);
  }, 30_000);
});
